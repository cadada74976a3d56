//go:build js && wasm

package runtime

import (
	"syscall/js"
)

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
