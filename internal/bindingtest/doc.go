// Package bindingtest holds the js/wasm tests of the generated bindings in
// gen/streams against the real connect-streams.js. It has no code of its own.
package bindingtest
