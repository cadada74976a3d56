// Package runtime is the Go side of the streamsgen runtime, for generated code
// only: the packages that streamsgen generates (gen/streams and others) call it
// to reach the Amazon Connect Streams library over syscall/js. Application code
// uses the generated packages, not this one; its API may change with the
// protocol version.
//
// It builds only for GOOS=js GOARCH=wasm, except for this file, so that host
// tools can read [Version].
//
// # Protocol
//
// The JS side (runtime/jssrc/runtime.js, bundled by the generated loader)
// installs globalThis.__streamsgen_rt. At init this package checks that its
// version equals [Version] and attaches one js.Func, the dispatcher, through
// which every event and every call completion arrives as dispatch(id, ...)
// with id a number naming a Go-side entry. If the JS side is missing or has
// another version, every call returns an error saying so.
//
// Subscriptions ([Subscribe]) decode each event's arguments synchronously in
// the dispatcher, so the value reflects the moment of the event, and queue it
// to the subscription's own goroutine, which runs the handler in order with
// panics recovered and reported ([SetPanicHandler]). Go runs runnable
// goroutines before returning to JavaScript, so handlers run promptly, and a
// handler that blocks (for example on [CallCallbacks]) parks only its
// goroutine. Decoders run inside the dispatcher and must never block.
//
// Calls ([Call], [CallCallbacks], [Await]) turn JavaScript exceptions and
// rejections into [*JSError] and failure callbacks into [*CallError]. Pending
// calls are entries removed on completion or when their context is done; a
// late completion is ignored. [LiveCallbacks] counts the entries still
// registered.
package runtime

// Version is the runtime protocol version. It must equal the version string of
// the JS side (globalThis.__streamsgen_rt.version, set in runtime.js).
const Version = "2"

// SupportPackageIsVersion2 is referenced by generated code so that it fails to
// compile against a runtime that does not provide the API of protocol
// version 2 (Package, Invoke, Listen and the wire format).
const SupportPackageIsVersion2 = true

// SupportPackageIsVersion1 is referenced by code generated for protocol
// version 1, whose API (Call, CallCallbacks, Await, Subscribe) this runtime
// still provides.
const SupportPackageIsVersion1 = true
