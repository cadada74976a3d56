//go:build js && wasm

package runtime

import (
	"slices"
	"syscall/js"
)

// Ptr converts v with dec, or returns nil when v is null or undefined. It
// decodes nullable and optional values.
func Ptr[T any](v js.Value, dec func(js.Value) T) *T {
	if v.IsUndefined() || v.IsNull() {
		return nil
	}
	x := dec(v)
	return &x
}

// Arg returns args[i], or undefined when the caller passed fewer arguments.
func Arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// EncodeSlice converts a Go slice to a JS array, each element with enc. A
// nil slice becomes undefined, so an absent list stays absent.
func EncodeSlice[T any](xs []T, enc func(T) any) js.Value {
	if xs == nil {
		return js.Undefined()
	}
	a := NewArray()
	for i, x := range xs {
		a.SetIndex(i, enc(x))
	}
	return a
}

// EncodeRecord converts a Go map to a JS object, each value with enc. Keys
// are set in sorted order, so the object's key order does not depend on Go's
// map iteration order. A nil map becomes undefined.
func EncodeRecord[T any](m map[string]T, enc func(T) any) js.Value {
	if m == nil {
		return js.Undefined()
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	o := NewObject()
	for _, k := range keys {
		o.Set(k, enc(m[k]))
	}
	return o
}

// IsArray reports whether v is a JS array, from any realm (Array.isArray).
func IsArray(v js.Value) bool {
	return v.Type() == js.TypeObject && arrayIsArray.Invoke(v).Bool()
}

// IsDate reports whether v looks like a JS Date from any realm: an object
// with a getTime method. (instanceof fails across realms.)
func IsDate(v js.Value) bool {
	return v.Type() == js.TypeObject && v.Get("getTime").Type() == js.TypeFunction
}

var arrayIsArray = js.Global().Get("Array").Get("isArray")
