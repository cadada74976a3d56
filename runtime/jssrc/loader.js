// The streamsgen loader: starts a Go js/wasm program that uses the streamsgen
// runtime. It is the entry point that generator/internal/jsgen bundles with
// Go's wasm_exec.js and the JS side of the runtime into loader.esm.js and
// loader.iife.js (global StreamsGo). The API is typed in loader.d.ts.
//
// The imports below are resolved by the bundler: "./wasm_exec.js" is Go's
// lib/wasm/wasm_exec.js (defines globalThis.Go), "./runtime.js" installs
// globalThis.__streamsgen_rt, and "./streams.js" exports whether a copy of
// connect-streams.js was bundled in (evaluated before this module's body).
//
// No eval and no new Function here, so the loader works under a strict CSP
// (the Go program itself needs 'wasm-unsafe-eval').

import "./wasm_exec.js";
import "./runtime.js";
import { bundledStreams } from "./streams.js";

let resolveReady;
let rejectReady;

/**
 * Resolves when the Go program's runtime has attached to the JS side
 * (called globalThis.__streamsgen_rt.attach); rejects if the program exits or
 * fails first, or if load fails.
 */
export const ready = new Promise((resolve, reject) => {
  resolveReady = resolve;
  rejectReady = reject;
});
// A page that never awaits ready must not get an "unhandled rejection" for it;
// load's own promise still reports the failure.
ready.catch(() => {});

let started = false;

/**
 * Fetches, instantiates and starts the Go program. Resolves once the program
 * is running (its init functions and the first part of main have run); await
 * ready, or the instance's ready, for the runtime to be attached.
 * Only one program can be loaded per page (the runtime is a global).
 */
export async function load(options) {
  try {
    if (started) {
      throw new Error("streamsgen: load was already called on this page");
    }
    started = true;
    const opts = checkOptions(options);
    const go = new globalThis.Go();
    go.argv = ["js", ...opts.argv];
    go.env = opts.env;
    hookRuntime(go);

    // Fetch the program and the library in parallel; run the program only
    // once connect exists, so that its init functions can use it.
    const [source] = await Promise.all([
      instantiate(opts.wasm, go.importObject),
      loadStreams(opts.streams),
    ]);

    let exitCode;
    let resolveExited;
    let rejectExited;
    const exited = new Promise((resolve, reject) => {
      resolveExited = resolve;
      rejectExited = reject;
    });
    exited.catch(() => {});
    const stopTimers = () => {
      // wasm_exec.js leaves pending setTimeout calls behind when the program
      // exits; when they fire they throw "Go program has already exited".
      for (const id of go._scheduledTimeouts.values()) {
        clearTimeout(id);
      }
      go._scheduledTimeouts.clear();
    };
    const goExit = go.exit;
    go.exit = (code) => {
      exitCode = code;
      stopTimers();
      rejectReady(new Error(`streamsgen: the Go program exited with code ${code} before the runtime attached`));
      goExit.call(go, code);
    };
    go.run(source.instance).then(
      () => resolveExited(exitCode === undefined ? 0 : exitCode),
      (err) => {
        stopTimers();
        const e = new Error(`streamsgen: the Go program failed: ${err}`, { cause: err });
        rejectReady(e);
        rejectExited(e);
      },
    );
    return Object.freeze({
      module: source.module,
      instance: source.instance,
      ready,
      exited,
    });
  } catch (err) {
    rejectReady(err);
    throw err;
  }
}

// checkOptions validates the options of load, naming the first bad one.
function checkOptions(options) {
  const bad = (what) => {
    throw new TypeError(`streamsgen: load: bad ${what}`);
  };
  const { wasm, streams, argv = [], env = {} } = options ?? bad("options");
  if (wasm == null) bad("options.wasm (required)");
  if (!Array.isArray(argv) || argv.some((a) => typeof a !== "string")) bad("options.argv (strings)");
  const goEnv = {};
  for (const [k, v] of Object.entries(env ?? bad("options.env"))) {
    // wasm_exec.js joins entries as "k=v" in NUL-terminated strings.
    if (typeof v !== "string" || /[=\0]/.test(k) || v.includes("\0")) bad(`options.env entry ${JSON.stringify(k)}`);
    goEnv[k] = v;
  }
  return { wasm, streams, argv: argv.slice(), env: goEnv };
}

// hookRuntime binds the runtime's JS side (imported above, so present) to
// go, which lets it pass bytes through Go's memory and wake Go without a
// js.Func call, and wraps __streamsgen_rt.attach so that ready resolves when
// the Go runtime attaches, whatever runtime.js does with the call.
function hookRuntime(go) {
  const rt = globalThis.__streamsgen_rt;
  const attach = rt.attach;
  rt.bind(go);
  rt.attach = function (...args) {
    const result = attach.apply(this, args);
    resolveReady();
    return result;
  };
}

function isBufferSource(v) {
  return v instanceof ArrayBuffer || ArrayBuffer.isView(v);
}

async function instantiate(wasm, imports) {
  if (isBufferSource(wasm)) {
    return WebAssembly.instantiate(wasm, imports);
  }
  let response = await wasm;
  if (typeof response === "string" || response instanceof URL) {
    response = await fetch(response);
  }
  if (typeof Response === "undefined" || !(response instanceof Response)) {
    throw new TypeError("streamsgen: options.wasm must be a URL, a Response or the bytes of the program");
  }
  if (!response.ok) {
    throw new Error(`streamsgen: fetching ${response.url || "the program"}: HTTP ${response.status}`);
  }
  if (typeof WebAssembly.instantiateStreaming === "function") {
    // Keep a copy of the body: instantiateStreaming consumes it, and rejects
    // with a TypeError when the server sends the wrong Content-Type.
    const spare = response.clone();
    try {
      const source = await WebAssembly.instantiateStreaming(response, imports);
      spare.body?.cancel().catch(() => {});
      return source;
    } catch (err) {
      if (!(err instanceof TypeError)) {
        throw err;
      }
      response = spare;
    }
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

function loadStreams(src) {
  if (src === undefined || src === null || bundledStreams || globalThis.connect !== undefined) {
    return Promise.resolve();
  }
  if (typeof document === "undefined") {
    return Promise.reject(new Error("streamsgen: options.streams needs a document to add a <script> to"));
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = String(src);
    script.onload = () => {
      if (globalThis.connect === undefined) {
        reject(new Error(`streamsgen: ${script.src} did not define connect`));
      } else {
        resolve();
      }
    };
    script.onerror = () => reject(new Error(`streamsgen: loading ${script.src} failed`));
    (document.head || document.documentElement).appendChild(script);
  });
}
