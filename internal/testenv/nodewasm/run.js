// Runs a Go js/wasm program (argv[2], its arguments after) the way Go's
// lib/wasm/wasm_exec_node.js does, in an environment that looks like a page
// using Amazon Connect Streams:
//
//   - a jsdom window (runScripts: "outside-only", an https URL) in which
//     node_modules/amazon-connect-streams/release/connect-streams.js has been
//     evaluated; globalThis.connect and globalThis.window point into it, and
//     globalThis.__streamsgen_jsdom is the JSDOM object;
//   - runtime/jssrc/runtime.js evaluated in Node's global realm (where the Go
//     program runs), installing globalThis.__streamsgen_rt, and bound to the
//     Go instance as the streamsgen loader does (__streamsgen_rt.bind).
//
// Paths are resolved from this file's location (the repository), not from
// the working directory, which go test sets to the package being tested.
// wasm_exec.js comes from $GOROOT/lib/wasm (the exec script sets GOROOT), so
// it always matches the toolchain that built the binary.
//
// The process exits as soon as the Go program does: Streams leaves timers
// running that would otherwise keep Node alive.
"use strict";

const fs = require("fs");
const path = require("path");
const vm = require("vm");

function fail(msg) {
  process.stderr.write(`nodewasm: ${msg}\n`);
  process.exit(2);
}

if (process.argv.length < 3) {
  fail("usage: exec program.wasm [args...]");
}

const repo = path.resolve(__dirname, "..", "..", "..");
const nodeModules = path.join(repo, "node_modules");
const streamsFile = path.join(nodeModules, "amazon-connect-streams", "release", "connect-streams.js");
const runtimeFile = path.join(repo, "runtime", "jssrc", "runtime.js");
const goroot = process.env.GOROOT;
if (!goroot) {
  fail("GOROOT is not set (run through the exec script)");
}
const wasmExec = path.join(goroot, "lib", "wasm", "wasm_exec.js");

for (const [file, hint] of [
  [streamsFile, "run `npm ci` in the repository root"],
  [path.join(nodeModules, "jsdom"), "run `npm ci` in the repository root"],
  [runtimeFile, "the repository is incomplete"],
  [wasmExec, "GOROOT does not hold lib/wasm/wasm_exec.js"],
]) {
  if (!fs.existsSync(file)) {
    fail(`${file} is missing: ${hint}`);
  }
}

// The page: jsdom with Streams loaded.
const { JSDOM } = require(path.join(nodeModules, "jsdom"));
const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
  runScripts: "outside-only",
  url: "https://streamsgen.test/ccp-host.html",
});
dom.window.eval(fs.readFileSync(streamsFile, "utf8") + "\n//# sourceURL=connect-streams.js");
if (dom.window.connect === undefined) {
  fail(`${streamsFile} did not define connect`);
}
globalThis.window = dom.window;
globalThis.connect = dom.window.connect;
globalThis.__streamsgen_jsdom = dom;

// The JS side of the runtime, in the realm the Go program runs in.
vm.runInThisContext(fs.readFileSync(runtimeFile, "utf8"), { filename: runtimeFile });

// From here on, as wasm_exec_node.js.
globalThis.require = require;
globalThis.fs = fs;
globalThis.path = path;
globalThis.TextEncoder = require("util").TextEncoder;
globalThis.TextDecoder = require("util").TextDecoder;
globalThis.performance ??= require("perf_hooks").performance;
globalThis.crypto ??= require("crypto").webcrypto;

require(wasmExec);

const go = new Go();
go.argv = process.argv.slice(2);
go.env = Object.assign({ TMPDIR: require("os").tmpdir() }, process.env);
go.exit = (code) => process.exit(code);
globalThis.__streamsgen_rt.bind(go);

WebAssembly.instantiate(fs.readFileSync(process.argv[2]), go.importObject)
  .then((result) => {
    process.on("exit", (code) => {
      // Node exits when nothing is pending: if Go has not exited, it is
      // deadlocked; make it print the error and stacks.
      if (code === 0 && !go.exited) {
        go._pendingEvent = { id: 0 };
        go._resume();
      }
    });
    return go.run(result.instance);
  })
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
