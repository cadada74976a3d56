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
// installs globalThis.__streamsgen_rt; the host binds it to the wasm_exec.js
// Go instance before running the program (the loader does). At init this
// package checks that its version equals [Version] and attaches, giving the
// address of the ring, a buffer in Go's memory. If the JS side is missing,
// has another version or was not bound, every call returns an error saying
// so.
//
// A generated package registers its spec ([NewPackage]): the wire types of
// the records it reads and of its operations. Every call is one crossing:
// Go passes the operation's number, the JS objects involved and the address
// of a reply buffer, and its arguments as JSON text in its memory ([Writer]);
// the JS side calls the method and writes the result into the buffer in the
// wire format ([Reader]), so a record costs one crossing rather than one per
// field. JS values Go must hold as js.Value (handles, any) are fetched by
// index, one crossing each.
//
// Events ([Listen]) and late completions of {success, failure} and promise
// calls ([InvokeCallbacks], [InvokeAwait]) are written into the ring; the JS
// side then calls the exported function streamsgen_notify, which records the
// entry and makes a goroutine runnable (it must not block or allocate), and
// resumes Go with go._resume(), as a js.Func call does but without creating
// any js.Value. The entry is decoded before Go returns to JavaScript, so the
// value reflects the moment of the event: by the subscription's worker
// goroutine when it is idle, else by the dispatcher goroutine, which queues
// it to the worker. The worker runs the handler, in order, with panics
// recovered and reported ([SetPanicHandler]); a handler that blocks (for
// example on [InvokeCallbacks]) parks only its goroutine.
//
// Calls turn JavaScript exceptions and rejections into [*JSError] and failure
// callbacks into [*CallError]. Subscriptions and pending calls are entries
// removed on Unsubscribe, on completion or when their context is done; a
// late completion is ignored. [LiveCallbacks] counts the entries still
// registered. The version 1 API ([Call], [CallCallbacks], [Await],
// [Subscribe]), which takes JS method names and js.Values, runs on the same
// machinery.
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
