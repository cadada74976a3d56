//go:build js && wasm

package runtime

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"syscall/js"
)

// The version 1 API below (Call, CallCallbacks, Await, Subscribe) takes JS
// method names and js.Values, for hand-written code and tests. It runs on
// the same machinery as generated code: each method name gets a one-operation
// package whose arguments and result are plain JS values.

// dynamic returns the package of a one-operation spec with the given JS
// name, kind, result type and callbacks index; a subscription's handler
// gets its first maxArgs arguments as JS values.
func dynamic(name string, kind int, res string, cb int) *Package {
	key := strconv.Itoa(kind) + "," + strconv.Itoa(cb) + "," + name
	dynMu.Lock()
	defer dynMu.Unlock()
	p := dynPkgs[key]
	if p == nil {
		args := ""
		if kind == jsKindSubscribe {
			args = strings.Repeat(`,"v"`, maxArgs)[1:]
		}
		var w Writer
		w.str(name)
		p = NewPackage(`{"o":[],"m":[` + "\n[" + string(w.b) + "," + strconv.Itoa(kind) + `,"` + res + `",[` + args + "]," + strconv.Itoa(cb) + "]]}")
		dynPkgs[key] = p
	}
	return p
}

// maxArgs is how many arguments of a handler Subscribe passes to its
// decoder, trailing undefined ones left out.
const maxArgs = 8

var (
	dynMu   sync.Mutex
	dynPkgs = map[string]*Package{}
)

// values writes args, converted by js.ValueOf.
func values(op string, args []any) (*Writer, error) {
	w := NewWriter()
	for _, a := range args {
		var v js.Value
		if err := protect(op, func() { v = js.ValueOf(a) }); err != nil {
			w.release()
			return nil, err
		}
		w.Value(v)
	}
	return w, nil
}

// Call calls this[method](args...) and returns its result. A JavaScript
// exception becomes a *JSError; a missing method or an argument syscall/js
// cannot convert becomes an error naming it. Call does not block.
func Call(op string, this js.Value, method string, args ...any) (js.Value, error) {
	w, err := values(op, args)
	if err != nil {
		return js.Undefined(), err
	}
	v, err := Invoke(dynamic(method, jsKindCall, "v", 0), op, 0, this, w, (*Reader).Value)
	if err != nil {
		return js.Undefined(), err
	}
	return v, nil
}

// ctxError is a call abandoned because its context was done; it unwraps to
// the context's error.
type ctxError struct {
	op  string
	err error
}

func (e *ctxError) Error() string { return e.op + ": " + e.err.Error() }
func (e *ctxError) Unwrap() error { return e.err }

// blockingAllowed reports an error when a blocking call is made from inside
// a decoder, which must not wait for JavaScript.
func blockingAllowed(op string) error {
	if dispatching {
		return errors.New(op + ": blocking call made inside an event decoder; decoders must not wait for JavaScript")
	}
	return nil
}

// CallCallbacks calls this[method] with args and, inserted at JS argument
// index cbIndex, a {success(data), failure(err, data)} object, then blocks
// until one of them is called or ctx is done. Success returns the data;
// failure returns a *CallError; a synchronous exception a *JSError; a done
// context an error wrapping ctx.Err(). Only the first callback counts.
func CallCallbacks(ctx context.Context, op string, this js.Value, method string, cbIndex int, args ...any) (js.Value, error) {
	if cbIndex < 0 {
		return js.Undefined(), errors.New(op + ": negative callbacks index")
	}
	if err := start(ctx, op); err != nil {
		return js.Undefined(), err
	}
	w, err := values(op, args)
	if err != nil {
		return js.Undefined(), err
	}
	v, err := InvokeCallbacks(ctx, dynamic(method, jsKindCallbacks, "v", cbIndex), op, 0, this, w, (*Reader).Value)
	if err != nil {
		return js.Undefined(), err
	}
	return v, nil
}

var promiseCtor = js.Global().Get("Promise")

// Await blocks until promise settles or ctx is done. A fulfilled promise
// returns its value; a rejection returns a *JSError describing the reason
// (the reason itself is JSError.Value). A value that is not a promise is
// returned as it is, after a microtask.
func Await(ctx context.Context, op string, promise js.Value) (js.Value, error) {
	w := NewWriter()
	w.Value(promise)
	v, err := InvokeAwait(ctx, dynamic("resolve", jsKindPromise, "v", 0), op, 0, promiseCtor, w, (*Reader).Value)
	if err != nil {
		return js.Undefined(), err
	}
	return v, nil
}

// JS-side operation kinds (runtime.js, op).
const (
	jsKindCall = iota
	jsKindGet
	jsKindCallbacks
	jsKindPromise
	jsKindSubscribe
)
