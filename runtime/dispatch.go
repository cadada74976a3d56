//go:build js && wasm

package runtime

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall/js"
	"unsafe"
)

// entry is a Go-side registration that queue entries are delivered to: a
// subscription or a pending call. Delivery runs in the dispatcher goroutine
// (or, for a subscription whose worker is idle, in the worker) and must not
// block.
type entry interface {
	op() string
	deliverPacked(r *Reader)
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

	// dispatching is true while a decoder of the version 1 API (Subscribe)
	// runs. JavaScript and the Go wasm port are single-threaded, so a plain
	// bool is exact; it lets blocking calls made from a decoder fail instead
	// of leaving the event undecoded when Go returns to JavaScript.
	dispatching bool

	// The JS side's functions, fetched once at attach.
	jsSetup, jsCall, jsEnd, jsHeld js.Value
)

func init() {
	// A JS side of another protocol version is a build mistake (the Go
	// program and the loader come from different streamsgen versions): say
	// so once, at start-up, on the console, in addition to the error every
	// call returns. A JS side that is merely not there yet stays quiet: it
	// may be installed later.
	if err := ensureAttached(); err != nil && strings.Contains(err.Error(), "version mismatch") {
		fmt.Fprintln(os.Stderr, err)
	}
}

// ensureAttached attaches to the JS side if that has not happened yet and
// reports why it cannot. Retrying on use lets a program whose JS side is
// installed after start-up recover.
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
	if ring == nil {
		ring = make([]byte, ringSize)
	}
	var bound js.Value
	if err := protect("streamsgen runtime: globalThis.__streamsgen_rt.attach", func() {
		bound = obj.Call("attach", ptr(ring), len(ring), float64(uintptr(unsafe.Pointer(&ringRead))))
		for _, f := range []struct {
			v    *js.Value
			name string
		}{
			{&jsSetup, "setup"}, {&jsCall, "call"}, {&jsEnd, "end"}, {&jsHeld, "held"},
		} {
			*f.v = obj.Get(f.name)
		}
	}); err != nil {
		rtErr = err
		return rtErr
	}
	if bound.Type() != js.TypeBoolean || !bound.Bool() {
		rtErr = errors.New("streamsgen runtime: the JS side was not bound to the Go program: " +
			"call globalThis.__streamsgen_rt.bind(go) with the wasm_exec.js Go instance before go.run, " +
			"as the streamsgen loader does")
		return rtErr
	}
	startDispatcher.Do(func() { go dispatcher() })
	rt = obj
	rtErr = nil
	return nil
}

var startDispatcher sync.Once

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
		return jsErrorFrom(op, v.Value)
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
