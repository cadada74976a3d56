//go:build js && wasm

package runtime

import (
	"math"
	"syscall/js"
	"time"
)

// The helpers below convert between JavaScript values and Go values for
// generated decoders and encoders. They never panic: undefined, null and
// values of the wrong type give Go zero values.

var (
	objectCtor = js.Global().Get("Object")
	arrayCtor  = js.Global().Get("Array")
	dateCtor   = js.Global().Get("Date")
	objectKeys = objectCtor.Get("keys")
)

// String returns v if it is a string, else "".
func String(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// Bool returns v if it is a boolean, else false.
func Bool(v js.Value) bool {
	if v.Type() != js.TypeBoolean {
		return false
	}
	return v.Bool()
}

// Float64 returns v if it is a number, else 0.
func Float64(v js.Value) float64 {
	if v.Type() != js.TypeNumber {
		return 0
	}
	return v.Float()
}

// Int returns v truncated toward zero if it is a finite number in int's
// range, else 0.
func Int(v js.Value) int { return intOf(Float64(v)) }

func intOf(f float64) int {
	if math.IsNaN(f) || f >= math.MaxInt64 || f <= math.MinInt64 {
		return 0
	}
	return int(f)
}

// Time converts a JS Date to a UTC time.Time with millisecond precision. It
// calls getTime rather than testing instanceof Date, so Dates from another
// realm (an iframe, jsdom) work. Numbers are taken as milliseconds since the
// epoch and strings are parsed as RFC 3339; anything else, and invalid
// dates, give the zero time.
func Time(v js.Value) (t time.Time) {
	var ms float64
	switch v.Type() {
	case js.TypeNumber:
		ms = v.Float()
	case js.TypeString:
		return timeOfString(v.String())
	case js.TypeObject:
		defer func() {
			if recover() != nil {
				t = time.Time{}
			}
		}()
		if v.Get("getTime").Type() != js.TypeFunction {
			return time.Time{}
		}
		ms = Float64(v.Call("getTime"))
	default:
		return time.Time{}
	}
	return timeOfMillis(ms)
}

// timeOfMillis is the UTC time ms milliseconds after the epoch; NaN and
// infinities give the zero time.
func timeOfMillis(ms float64) time.Time {
	if math.IsNaN(ms) || math.IsInf(ms, 0) {
		return time.Time{}
	}
	return time.UnixMilli(int64(ms)).UTC()
}

// timeOfString parses s as RFC 3339, in UTC with millisecond precision;
// anything else gives the zero time.
func timeOfString(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC().Truncate(time.Millisecond)
}

// Date converts t to a JS Date (new Date(ms)); sub-millisecond precision is
// lost.
func Date(t time.Time) js.Value {
	return dateCtor.New(float64(t.UnixMilli()))
}

// Slice converts a JS array (or array-like object) with elem. Anything else
// gives nil; an empty array gives an empty, non-nil slice.
func Slice[T any](v js.Value, elem func(js.Value) T) []T {
	if v.Type() != js.TypeObject {
		return nil
	}
	n := v.Get("length")
	if n.Type() != js.TypeNumber {
		return nil
	}
	l := Int(n)
	if l < 0 {
		return nil
	}
	s := make([]T, l)
	for i := range s {
		s[i] = elem(v.Index(i))
	}
	return s
}

// Record converts the own enumerable string-keyed properties of a JS object
// with elem. Anything else gives nil.
func Record[T any](v js.Value, elem func(js.Value) T) map[string]T {
	if v.Type() != js.TypeObject {
		return nil
	}
	keys := objectKeys.Invoke(v)
	n := keys.Length()
	m := make(map[string]T, n)
	for i := 0; i < n; i++ {
		k := String(keys.Index(i))
		m[k] = elem(v.Get(k))
	}
	return m
}

// NewObject returns a new empty JS object ({}).
func NewObject() js.Value { return objectCtor.New() }

// NewArray returns a new empty JS array ([]).
func NewArray() js.Value { return arrayCtor.New() }
