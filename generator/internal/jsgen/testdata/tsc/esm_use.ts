// Uses the loader as an ES module (loader.esm.js).
import { load, ready, type Instance, type LoadOptions } from "./loader.esm.js";

const opts: LoadOptions = {
  wasm: new URL("main.wasm", import.meta.url),
  streams: "connect-streams.js",
  argv: ["a"],
  env: { GREETING: "hi" },
};

export async function start(): Promise<number> {
  const inst: Instance = await load(opts);
  await ready;
  await inst.ready;
  const bytes: ArrayBuffer = new ArrayBuffer(8);
  await load({ wasm: bytes }).catch(() => undefined);
  await load({ wasm: new Uint8Array(bytes) }).catch(() => undefined);
  await load({ wasm: fetch("main.wasm") }).catch(() => undefined);
  const m: WebAssembly.Module = inst.module;
  console.log(m, inst.instance.exports);
  return inst.exited;
}
