// Package jssrc holds the JavaScript half of the streamsgen runtime as embedded
// source text, for the generator to bundle and for test harnesses to load.
//
// [Runtime] installs globalThis.__streamsgen_rt, the object the Go runtime
// (package github.com/streamsgen/streamsgen/runtime) checks and attaches its
// dispatcher to; its version string equals runtime.Version.
package jssrc

import _ "embed"

// Runtime is the source of runtime.js, the JS side of the runtime protocol
// described in docs/architecture.md. It is plain ES2020 with no imports and
// no eval, and must run before the Go program starts.
//
//go:embed runtime.js
var Runtime string
