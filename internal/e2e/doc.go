// Package e2e holds the end-to-end tests of streamsgen: a Go program built
// for js/wasm from gen/streams (./app), loaded by the generated loader
// (gen/js/loader.esm.js) together with the real connect-streams.js in
// headless Chromium, against a ccptest server on another port, so that the
// CCP iframe is really cross-origin.
//
// The tests build the program once and share one browser; each test has
// its own page and its own ccptest server, and they run in parallel. With
// -short they are skipped.
package e2e
