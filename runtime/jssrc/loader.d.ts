// Types of the streamsgen loader (loader.esm.js, and loader.iife.js which
// defines the global StreamsGo). Needs the "dom" and "es2020" libs.

/** In a script without imports, the loader is the global StreamsGo (loader.iife.js). */
export as namespace StreamsGo;

/**
 * Where the Go program (the .wasm file) comes from: a URL to fetch, a fetch
 * Response (or a promise of one), or the bytes of the program.
 */
export type WasmSource =
  | string
  | URL
  | Response
  | PromiseLike<Response>
  | ArrayBuffer
  | ArrayBufferView;

/** Options of {@link load}. */
export interface LoadOptions {
  /** The Go program, built with GOOS=js GOARCH=wasm by the Go toolchain whose wasm_exec.js is bundled. */
  wasm: WasmSource;
  /**
   * URL of connect-streams.js, added to the page with a script element before
   * the program starts. Ignored when globalThis.connect already exists or when
   * a copy of the library was bundled into the loader.
   */
  streams?: string | URL;
  /** Arguments after the program name (os.Args[1:] in Go). */
  argv?: readonly string[];
  /** Environment of the program (os.Getenv in Go). */
  env?: Readonly<Record<string, string>>;
}

/** A running Go program. */
export interface Instance {
  readonly module: WebAssembly.Module;
  readonly instance: WebAssembly.Instance;
  /** The same promise as the exported {@link ready}. */
  readonly ready: Promise<void>;
  /** Resolves with the exit code when the program exits; rejects if it fails (a trap). */
  readonly exited: Promise<number>;
}

/**
 * Fetches, instantiates and starts the Go program. Resolves once the program
 * runs; await {@link ready} for its runtime to be attached. Rejects when
 * called a second time on the same page.
 */
export declare function load(options: LoadOptions): Promise<Instance>;

/**
 * Resolves when the Go program's runtime has attached to the JS side; rejects
 * if the program exits or fails first, or if {@link load} fails.
 */
export declare const ready: Promise<void>;
