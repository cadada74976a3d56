//go:build js && wasm

package runtime

import (
	"context"
	"errors"
	"syscall/js"
)

// Call calls this[method](args...) and returns its result. A JavaScript
// exception becomes a *JSError; a missing method or an argument syscall/js
// cannot convert becomes an error naming it. Call does not block.
func Call(op string, this js.Value, method string, args ...any) (result js.Value, err error) {
	if err := ready(op); err != nil {
		return js.Undefined(), err
	}
	defer func() {
		if v := recover(); v != nil {
			result, err = js.Undefined(), callPanic(op, this, method, v)
		}
	}()
	return this.Call(method, args...), nil
}

// callPanic explains a panic out of Value.Call.
func callPanic(op string, this js.Value, method string, v any) error {
	if _, ok := v.(js.Error); !ok {
		if t := this.Type(); t != js.TypeObject && t != js.TypeFunction {
			return errors.New(op + ": cannot call " + method + " on " + t.String())
		}
		if t := this.Get(method).Type(); t != js.TypeFunction {
			return errors.New(op + ": " + method + " is not a function (it is " + t.String() + ")")
		}
	}
	return panicToError(op, v)
}

// outcome is what a pending call's entry receives from the dispatcher.
type outcome struct {
	value js.Value
	err   error
}

// pendingCall is the entry of a call waiting for a callback or a promise.
type pendingCall struct {
	name    string
	promise bool // Await rather than CallCallbacks
	id      float64
	done    chan outcome // buffered: deliver never blocks
}

func (p *pendingCall) op() string { return p.name }

// deliver receives dispatch(id, 0, data) on success, and on failure
// dispatch(id, 1, err, data, errText, dataJSON) for callbacks or
// dispatch(id, 1, reason, errorInfo) for promises.
func (p *pendingCall) deliver(args []js.Value) {
	if !unregister(p.id) {
		return
	}
	arg := func(i int) js.Value {
		if i < len(args) {
			return args[i]
		}
		return js.Undefined()
	}
	var o outcome
	switch {
	case Int(arg(0)) == 0:
		o.value = arg(1)
	case p.promise:
		o.err = jsErrorFrom(p.name, arg(1), arg(2))
	default:
		o.err = &CallError{Op: p.name, Err: String(arg(3)), Data: String(arg(4)), ErrValue: arg(1), DataValue: arg(2)}
	}
	p.done <- o
}

func newPending(op string, promise bool) *pendingCall {
	p := &pendingCall{name: op, promise: promise, done: make(chan outcome, 1)}
	p.id = register(p)
	return p
}

// wait blocks until p completes or ctx is done.
func (p *pendingCall) wait(ctx context.Context) (js.Value, error) {
	select {
	case o := <-p.done:
		return o.value, o.err
	case <-ctx.Done():
	}
	if !unregister(p.id) {
		// Completed at the same moment: the outcome is already queued.
		o := <-p.done
		return o.value, o.err
	}
	protect(p.name, func() { rt.Call("cancel", p.id) })
	return js.Undefined(), &ctxError{op: p.name, err: ctx.Err()}
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
// the dispatcher (a decoder), where waiting would deadlock the page.
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
	if err := ready(op); err != nil {
		return js.Undefined(), err
	}
	if err := blockingAllowed(op); err != nil {
		return js.Undefined(), err
	}
	if err := ctx.Err(); err != nil {
		return js.Undefined(), &ctxError{op: op, err: err}
	}
	if cbIndex < 0 {
		return js.Undefined(), errors.New(op + ": negative callbacks index")
	}
	p := newPending(op, false)
	full := make([]any, 0, 4+len(args))
	full = append(full, this, method, cbIndex, p.id)
	full = append(full, args...)
	if err := callRT(op, "callbacks", full...); err != nil {
		unregister(p.id)
		return js.Undefined(), err
	}
	return p.wait(ctx)
}

// Await blocks until promise settles or ctx is done. A fulfilled promise
// returns its value; a rejection returns a *JSError describing the reason
// (the reason itself is JSError.Value). A value that is not a promise is
// returned as it is, after a microtask.
func Await(ctx context.Context, op string, promise js.Value) (js.Value, error) {
	if err := ready(op); err != nil {
		return js.Undefined(), err
	}
	if err := blockingAllowed(op); err != nil {
		return js.Undefined(), err
	}
	if err := ctx.Err(); err != nil {
		return js.Undefined(), &ctxError{op: op, err: err}
	}
	p := newPending(op, true)
	if err := callRT(op, "await", promise, p.id); err != nil {
		unregister(p.id)
		return js.Undefined(), err
	}
	return p.wait(ctx)
}

// callRT calls a method of the JS side, turning exceptions into errors.
func callRT(op, method string, args ...any) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = panicToError(op, v)
		}
	}()
	rt.Call(method, args...)
	return nil
}
