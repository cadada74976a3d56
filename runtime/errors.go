//go:build js && wasm

package runtime

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sync/atomic"
	"syscall/js"
)

// JSError is a JavaScript exception thrown by a call, or the reason a promise
// was rejected with.
type JSError struct {
	Op      string // the operation, as given by the generated caller
	Name    string // the error's name ("TypeError"), "" if the value was not an object
	Message string // the error's message, or the thrown value as text
	Stack   string // the JavaScript stack, if any

	// Value is the thrown or rejected JavaScript value itself.
	Value js.Value
}

// Error returns op + ": " + Name + ": " + Message, leaving out the name when
// there is none.
func (e *JSError) Error() string {
	if e.Name == "" {
		return e.Op + ": " + e.Message
	}
	return e.Op + ": " + e.Name + ": " + e.Message
}

// CallError is a call whose failure callback was called.
type CallError struct {
	Op string
	// Err is the failure callback's err argument as text: a string verbatim
	// (Streams usually passes JSON text), "" for undefined or null, otherwise
	// its JSON.
	Err string
	// Data is JSON.stringify of the failure callback's data argument, "" if
	// it was undefined.
	Data string
	// ErrValue and DataValue are the two arguments themselves.
	ErrValue, DataValue js.Value
}

// Error returns op + ": " + Err, followed by the data when there is some.
func (e *CallError) Error() string {
	msg := e.Err
	if msg == "" {
		msg = "failure callback called"
	}
	if e.Data != "" && e.Data != "null" {
		return e.Op + ": " + msg + " (data: " + e.Data + ")"
	}
	return e.Op + ": " + msg
}

// PanicError is a panic recovered from a subscription's handler or decoder.
type PanicError struct {
	Op    string // the subscription's operation
	Value any    // the value passed to panic
	Stack string // the goroutine's stack at the panic
}

// Error returns op + ": panic: " + the panic value.
func (e *PanicError) Error() string {
	return fmt.Sprintf("%s: panic: %v", e.Op, e.Value)
}

// Unwrap returns the panic value if it is an error.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

var panicHandler atomic.Pointer[func(*PanicError)]

// SetPanicHandler sets the function that receives panics recovered from
// handlers and decoders. nil restores the default, which reports the panic
// and its stack with console.error. The handler runs on the goroutine that
// panicked; a panic in the handler itself is reported by the default.
func SetPanicHandler(h func(*PanicError)) {
	if h == nil {
		panicHandler.Store(nil)
		return
	}
	panicHandler.Store(&h)
}

// reportPanic hands a recovered panic to the panic handler.
func reportPanic(op string, v any) {
	pe := &PanicError{Op: op, Value: v, Stack: string(debug.Stack())}
	if h := panicHandler.Load(); h != nil {
		defer func() {
			if v := recover(); v != nil {
				defaultPanicHandler(&PanicError{Op: op + " (panic handler)", Value: v, Stack: string(debug.Stack())})
			}
		}()
		(*h)(pe)
		return
	}
	defaultPanicHandler(pe)
}

func defaultPanicHandler(e *PanicError) {
	msg := "streamsgen: " + e.Error() + "\n\n" + e.Stack
	defer func() {
		if recover() != nil {
			// No console (or it threw): stderr still reaches someone.
			os.Stderr.WriteString(msg + "\n")
		}
	}()
	js.Global().Get("console").Call("error", msg)
}

// jsErrorFrom builds a JSError for the thrown or rejected value v.
func jsErrorFrom(op string, v js.Value) *JSError {
	name, msg, stack := describeError(v)
	return &JSError{Op: op, Name: name, Message: msg, Stack: stack, Value: v}
}

// describeError returns the name, message and stack of a thrown or
// rejected value: its fields for an object (the message as errText if it
// has none), the value as text otherwise.
func describeError(v js.Value) (name, msg, stack string) {
	if t := v.Type(); t != js.TypeObject && t != js.TypeFunction {
		if v.IsUndefined() {
			return "", "undefined", ""
		}
		var s string
		if protect("", func() { s = js.Global().Call("String", v).String() }) != nil {
			s = "(unreadable error)"
		}
		return "", s, ""
	}
	if protect("", func() {
		name, msg, stack = String(v.Get("name")), "", String(v.Get("stack"))
		if m := v.Get("message"); m.Type() == js.TypeString {
			msg = m.String()
		} else {
			msg = errText(v)
		}
	}) != nil {
		return "", "(unreadable error)", ""
	}
	return name, msg, stack
}

var jsonStringify = js.Global().Get("JSON").Get("stringify")

// jsonText is JSON.stringify(v), or "" when that is undefined or throws
// (cycles, BigInt).
func jsonText(v js.Value) string {
	var s js.Value
	if protect("", func() { s = jsonStringify.Invoke(v) }) != nil {
		return ""
	}
	return String(s)
}

// errText is a failure callback's err as CallError.Err: strings verbatim
// (Streams usually passes JSON text), "" for undefined and null, JSON for
// other values, "Name: message" for errors JSON cannot show.
func errText(v js.Value) string {
	switch v.Type() {
	case js.TypeUndefined, js.TypeNull:
		return ""
	case js.TypeString:
		return v.String()
	}
	text := jsonText(v)
	if (text == "" || text == "{}") && v.Type() == js.TypeObject {
		var name, msg js.Value
		if protect("", func() { name, msg = v.Get("name"), v.Get("message") }) == nil && msg.Type() == js.TypeString {
			if n := String(name); n != "" {
				return n + ": " + msg.String()
			}
			return msg.String()
		}
	}
	if text == "" {
		protect("", func() { text = js.Global().Call("String", v).String() })
	}
	return text
}

// ErrUnsupported is wrapped by the errors of calls to members that the
// loaded Streams does not have, such as a method added in a release newer
// than the page's copy of the library. Test for it with errors.Is.
var ErrUnsupported = errors.New("not supported by the loaded Streams")

// UnsupportedError reports a call to a member that the loaded Streams lacks.
type UnsupportedError struct {
	Op     string // the operation, e.g. "connect.Agent#getNextState"
	Member string // the JS member that is missing, e.g. "getNextState"
	Since  string // the Streams release that introduced it, when known
}

func (e *UnsupportedError) Error() string {
	msg := e.Op + ": " + e.Member + " is " + ErrUnsupported.Error()
	if e.Since != "" {
		msg += " (it was added in Streams " + e.Since + ")"
	}
	return msg
}

// Unwrap makes errors.Is(err, ErrUnsupported) true.
func (e *UnsupportedError) Unwrap() error { return ErrUnsupported }

// Supports reports whether this has a member name that can be called: a
// function, or for attributes any defined value. Generated Supports methods
// use it, so programs can check before calling a member that an older
// Streams deployment may lack.
func Supports(this js.Value, name string) (ok bool) {
	if t := this.Type(); t != js.TypeObject && t != js.TypeFunction {
		return false
	}
	protect("Supports", func() { ok = !this.Get(name).IsUndefined() })
	return ok
}
