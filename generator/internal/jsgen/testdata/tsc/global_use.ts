// Uses the loader as a classic script (loader.iife.js, global StreamsGo).
/// <reference path="loader.esm.d.ts" />

async function startGo(): Promise<void> {
  const inst: StreamsGo.Instance = await StreamsGo.load({ wasm: "main.wasm" });
  await StreamsGo.ready;
  const code: number = await inst.exited;
  console.log(code);
}

startGo();
