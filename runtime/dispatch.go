//go:build js && wasm

package runtime

import (
	"errors"
	"sync"
	"syscall/js"
)

// entry is a Go-side registration that the dispatcher delivers to: a
// subscription or a pending call, made through the wire format (a
// packedEntry, fed from the queue) or with JS values (an argsEntry, fed by
// dispatch(id, ...args)). Delivery runs on the JavaScript caller's stack or
// in the dispatcher goroutine, and must not block.
type entry interface {
	op() string
}

// argsEntry is an entry that receives the arguments of dispatch(id, ...args).
type argsEntry interface {
	entry
	deliver(args []js.Value)
}

var (
	// rt is globalThis.__streamsgen_rt once attached, undefined before.
	rt js.Value
	// rtErr says why the JS side could not be attached; nil once attached.
	rtErr = errors.New("streamsgen runtime: not attached")

	attachMu sync.Mutex

	entriesMu sync.Mutex
	entries   = map[float64]entry{}
	lastID    float64

	// dispatching is true while the dispatcher runs. JavaScript and the Go
	// wasm port are single-threaded, so a plain bool is exact; it lets
	// blocking calls made from a decoder fail instead of deadlocking the page.
	dispatching bool

	dispatchFunc js.Func

	// bound is true when the JS side was given the Go instance (runtime.js,
	// bind): bytes then go through Go's memory and events through notify.
	bound bool

	// The JS side's functions and buffers, fetched once at attach.
	jsSetup, jsCall, jsCbs, jsProm, jsListen, jsDrain, jsTake, jsRef, jsDrop, jsUnsubscribe, jsCancel js.Value
	stageReply, stageQueue, stageArgs                                                                 js.Value

	uint8Array = js.Global().Get("Uint8Array")
)

func init() {
	ensureAttached()
}

// ensureAttached attaches the dispatcher to the JS side if that has not
// happened yet and reports why it cannot. Retrying on use lets a program
// whose JS side is installed after start-up recover.
func ensureAttached() error {
	attachMu.Lock()
	defer attachMu.Unlock()
	if rtErr == nil {
		return nil
	}
	obj := js.Global().Get("__streamsgen_rt")
	if err := checkRuntime(obj); err != nil {
		rtErr = err
		return err
	}
	if dispatchFunc.IsUndefined() {
		dispatchFunc = js.FuncOf(dispatch)
	}
	var isBound js.Value
	if err := protect("streamsgen runtime: globalThis.__streamsgen_rt.attach", func() {
		isBound = obj.Call("attach", dispatchFunc)
		for _, f := range []struct {
			v    *js.Value
			name string
		}{
			{&jsSetup, "setup"}, {&jsCall, "call"}, {&jsCbs, "cbs"}, {&jsProm, "prom"}, {&jsListen, "listen"},
			{&jsDrain, "drain"}, {&jsTake, "take"}, {&jsRef, "ref"}, {&jsDrop, "drop"},
			{&jsUnsubscribe, "unsubscribe"}, {&jsCancel, "cancel"},
		} {
			*f.v = obj.Get(f.name)
		}
		stage := obj.Call("stage")
		stageReply, stageQueue, stageArgs = stage.Index(0), stage.Index(1), stage.Index(2)
	}); err != nil {
		rtErr = err
		return rtErr
	}
	if !bound && isBound.Type() == js.TypeBoolean && isBound.Bool() {
		bound = true
		go dispatcher()
	}
	rt = obj
	rtErr = nil
	return nil
}

// checkRuntime reports whether obj is a JS side this Go side can attach to.
func checkRuntime(obj js.Value) error {
	if t := obj.Type(); t != js.TypeObject {
		return errors.New("streamsgen runtime: the JS side is missing (globalThis.__streamsgen_rt is " +
			t.String() + "); load the streamsgen loader or runtime.js before starting the Go program")
	}
	v := obj.Get("version")
	if v.Type() != js.TypeString || v.String() != Version {
		got := "not a string"
		if v.Type() == js.TypeString {
			got = `"` + v.String() + `"`
		}
		return errors.New(`streamsgen runtime: protocol version mismatch: the Go runtime speaks "` + Version +
			`" but globalThis.__streamsgen_rt.version is ` + got +
			"; build the Go program and the JS loader with the same streamsgen version")
	}
	if obj.Get("attach").Type() != js.TypeFunction {
		return errors.New("streamsgen runtime: globalThis.__streamsgen_rt.attach is not a function")
	}
	return nil
}

// ready returns the error every call reports while the JS side is unusable.
func ready(op string) error {
	if rtErr == nil {
		return nil
	}
	if err := ensureAttached(); err != nil {
		return errors.New(op + ": " + err.Error())
	}
	return nil
}

// register adds e under a fresh id.
func register(e entry) float64 {
	entriesMu.Lock()
	lastID++
	id := lastID
	entries[id] = e
	entriesMu.Unlock()
	return id
}

// unregister removes id and reports whether it was still registered.
func unregister(id float64) bool {
	entriesMu.Lock()
	_, ok := entries[id]
	delete(entries, id)
	entriesMu.Unlock()
	return ok
}

// LiveCallbacks reports how many Go-side entries (subscriptions and pending
// calls) are registered, for leak tests.
func LiveCallbacks() int {
	entriesMu.Lock()
	defer entriesMu.Unlock()
	return len(entries)
}

// dispatch is the one js.Func of the program: the JS side calls it as
// dispatch(id, ...args) for every event and call completion.
//
// dispatch(0) asks for the queue to be drained, when the JS side was not
// bound and cannot wake Go through notify.
func dispatch(_ js.Value, args []js.Value) any {
	if len(args) == 0 || args[0].Type() != js.TypeNumber {
		return nil
	}
	id := args[0].Float()
	if id == 0 {
		drainQueue()
		return nil
	}
	entriesMu.Lock()
	e := entries[id]
	entriesMu.Unlock()
	ae, ok := e.(argsEntry)
	if !ok {
		return nil // unsubscribed or given up: late deliveries are dropped
	}
	outer := dispatching
	dispatching = true
	defer func() {
		dispatching = outer
		if v := recover(); v != nil {
			reportPanic(e.op(), v)
		}
	}()
	ae.deliver(args[1:])
	return nil
}

// protect runs f and turns a panic (a JS exception surfaces as one from
// syscall/js) into an error for op.
func protect(op string, f func()) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = panicToError(op, v)
		}
	}()
	f()
	return nil
}

// panicToError converts a panic out of syscall/js into an error for op.
func panicToError(op string, v any) error {
	switch v := v.(type) {
	case js.Error:
		return jsErrorFrom(op, v.Value, js.Undefined())
	case *js.ValueError:
		return errors.New(op + ": " + v.Error())
	case error:
		return errors.New(op + ": " + v.Error())
	case string:
		return errors.New(op + ": " + v)
	default:
		return &PanicError{Op: op, Value: v}
	}
}
