package jssrc

import _ "embed"

// Loader is the source of loader.js, the entry point that
// generator/internal/jsgen bundles with Go's wasm_exec.js and [Runtime] into
// the streamsgen loader. It imports "./wasm_exec.js", "./runtime.js" and
// "./streams.js", which the bundler provides.
//
//go:embed loader.js
var Loader string

// LoaderDTS is the source of loader.d.ts, the TypeScript declarations of the
// bundled loader, both as an ES module and as the global StreamsGo.
//
//go:embed loader.d.ts
var LoaderDTS string
