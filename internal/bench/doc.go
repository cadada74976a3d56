// Package bench measures the generated bindings (gen/streams over the
// runtime) against hand-written syscall/js code doing the same work, on the
// real connect-streams.js, in one js/wasm program that runs under Node and
// in headless Chromium. Run it with
//
//	go run ./internal/bench/cmd/bench
//
// which also reports program and loader sizes and generation times; see
// BENCHMARKS.md. Timings are printed, never asserted; the tests check that
// both implementations of every case compute the same results.
package bench
