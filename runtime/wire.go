//go:build js && wasm

package runtime

import (
	"encoding/binary"
	"math"
	"slices"
	"sync"
	"syscall/js"
	"time"
)

// The wire format carries values between Go and the JS side as bytes, so
// that a record costs one crossing instead of one per field. Generated code
// writes arguments with a Writer and reads results and events with a
// Reader; the JS side compiles the same layouts from the package's spec
// (runtime.js, pk and up). Each value is, by wire type:
//
//	s   string: int32 byte length, UTF-8 bytes
//	n   number: float64 (integers are numbers)
//	b   boolean: one byte
//	d   date: to Go, byte 0 (none), 1 and float64 milliseconds since the
//	    epoch, or 2 and a string to parse; to JS, float64 milliseconds
//	v   any JS value: byte 0 undefined, 1 null, 2 false, 3 true,
//	    4 and float64 number, 5 and int32 index of a held JS value
//	?T  byte 0 (absent: undefined or null) or 1 and T
//	[T  int32 count (-1 for none) and the elements
//	{T  int32 count (-1 for none) and key (s), value (T) pairs
//	#N  record N of the package: byte 0 (none) or 1 and its members in order
//	|N  union N of the package: byte 0 (none) or one more than the index of
//	    the alternative, and a value of it
//	*T  (arguments only) a variadic tail: int32 count and the elements
//
// All integers and floats are little-endian. Readers never panic: bytes that
// run out give zero values.

// Reader reads values of the wire format, for generated decoders.
type Reader struct {
	b   []byte
	p   int
	src *reply  // where held JS values come from; nil if none
	buf *[]byte // pooled buffer of b, released by done
}

// reply is one batch of bytes from the JS side and the JS values held with
// it under a token.
type reply struct {
	tok   float64
	refs  int // JS values held
	taken int // JS values Go asked for
}

func (r *Reader) fail() { r.p = len(r.b) }

func (r *Reader) byte1() byte {
	if r.p >= len(r.b) {
		return 0
	}
	c := r.b[r.p]
	r.p++
	return c
}

func (r *Reader) int32() int {
	if r.p+4 > len(r.b) {
		r.fail()
		return 0
	}
	v := int32(binary.LittleEndian.Uint32(r.b[r.p:]))
	r.p += 4
	return int(v)
}

// Bool reads a boolean.
func (r *Reader) Bool() bool { return r.byte1() != 0 }

// Present reads the presence byte of an optional value.
func (r *Reader) Present() bool { return r.byte1() != 0 }

// Float64 reads a number.
func (r *Reader) Float64() float64 {
	if r.p+8 > len(r.b) {
		r.fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.b[r.p:]))
	r.p += 8
	return v
}

// Int reads a number and converts it as [Int] does.
func (r *Reader) Int() int { return intOf(r.Float64()) }

// String reads a string.
func (r *Reader) String() string {
	n := r.int32()
	if n < 0 || r.p+n > len(r.b) {
		r.fail()
		return ""
	}
	s := string(r.b[r.p : r.p+n])
	r.p += n
	return s
}

// Time reads a date and converts it as [Time] does.
func (r *Reader) Time() time.Time {
	switch r.byte1() {
	case 1:
		return timeOfMillis(r.Float64())
	case 2:
		return timeOfString(r.String())
	}
	return time.Time{}
}

// Value reads any JS value. Numbers and the constants cost nothing; other
// values are fetched from the JS side, one crossing each.
func (r *Reader) Value() js.Value {
	switch r.byte1() {
	case 1:
		return js.Null()
	case 2:
		return js.ValueOf(false)
	case 3:
		return js.ValueOf(true)
	case 4:
		return js.ValueOf(r.Float64())
	case 5:
		i := r.int32()
		if r.src == nil || i < 0 || i >= r.src.refs {
			return js.Undefined()
		}
		r.src.taken++
		return jsRef.Invoke(r.src.tok, i)
	}
	return js.Undefined()
}

// Alt reads the number of a union's alternative: 0 for none, else one
// more than its index.
func (r *Reader) Alt() int { return int(r.byte1()) }

// Len reads the count of a list or map; -1 means none. A count larger than
// the bytes left (every element takes at least one) is treated as none.
func (r *Reader) Len() int {
	n := r.int32()
	if n > len(r.b)-r.p {
		r.fail()
		return -1
	}
	return n
}

// sub returns a reader of the next n bytes, sharing the held values.
func (r *Reader) sub(n int) *Reader {
	if n < 0 || r.p+n > len(r.b) {
		r.fail()
		return &Reader{}
	}
	s := &Reader{b: r.b[r.p : r.p+n : r.p+n], src: r.src}
	r.p += n
	return s
}

// ReadSlice reads a list, each element with elem; none gives nil.
func ReadSlice[T any](r *Reader, elem func(*Reader) T) []T {
	n := r.Len()
	if n < 0 {
		return nil
	}
	s := make([]T, n)
	for i := range s {
		s[i] = elem(r)
	}
	return s
}

// ReadRecord reads a map, each value with elem; none gives nil.
func ReadRecord[T any](r *Reader, elem func(*Reader) T) map[string]T {
	n := r.Len()
	if n < 0 {
		return nil
	}
	m := make(map[string]T, n)
	for range n {
		k := r.String()
		m[k] = elem(r)
	}
	return m
}

// ReadPtr reads an optional value with elem; absent gives nil.
func ReadPtr[T any](r *Reader, elem func(*Reader) T) *T {
	if !r.Present() {
		return nil
	}
	v := elem(r)
	return &v
}

// Writer writes values of the wire format, for generated encoders. Get one
// with [NewWriter]; the call it is passed to releases it.
type Writer struct {
	b    []byte
	refs []any // js.Value, passed as arguments of the call
	call []any // arguments of the call, reused
}

var writers = sync.Pool{New: func() any { return &Writer{b: make([]byte, 0, 256)} }}

// NewWriter returns an empty Writer.
func NewWriter() *Writer { return writers.Get().(*Writer) }

func (w *Writer) release() {
	if w == nil || cap(w.b) > 64<<10 {
		return
	}
	w.b = w.b[:0]
	clear(w.refs)
	w.refs = w.refs[:0]
	clear(w.call)
	w.call = w.call[:0]
	writers.Put(w)
}

// Bool writes a boolean.
func (w *Writer) Bool(x bool) {
	if x {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

// Present writes the presence byte of an optional value.
func (w *Writer) Present(ok bool) { w.Bool(ok) }

func (w *Writer) int32(n int) { w.b = binary.LittleEndian.AppendUint32(w.b, uint32(int32(n))) }

// Alt writes the number of a union's alternative: 0 for none, else one
// more than its index.
func (w *Writer) Alt(n int) { w.b = append(w.b, byte(n)) }

// Len writes the count of a list or map, -1 for none.
func (w *Writer) Len(n int) { w.int32(n) }

// Float64 writes a number.
func (w *Writer) Float64(x float64) { w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(x)) }

// Int writes an integer as a number.
func (w *Writer) Int(x int) { w.Float64(float64(x)) }

// String writes a string.
func (w *Writer) String(s string) {
	w.int32(len(s))
	w.b = append(w.b, s...)
}

// Time writes t as a JS Date, with millisecond precision, as [Date] does.
func (w *Writer) Time(t time.Time) { w.Float64(float64(t.UnixMilli())) }

// Value writes any JS value; objects are passed along with the call.
func (w *Writer) Value(v js.Value) {
	switch t := v.Type(); {
	case t == js.TypeUndefined:
		w.b = append(w.b, 0)
	case t == js.TypeNull:
		w.b = append(w.b, 1)
	case t == js.TypeBoolean:
		w.b = append(w.b, 2)
		if v.Bool() {
			w.b[len(w.b)-1] = 3
		}
	case t == js.TypeNumber:
		w.b = append(w.b, 4)
		w.Float64(v.Float())
	default:
		w.b = append(w.b, 5)
		w.int32(len(w.refs))
		w.refs = append(w.refs, v)
	}
}

// WriteSlice writes a list, each element with elem; nil writes none.
func WriteSlice[T any](w *Writer, xs []T, elem func(*Writer, T)) {
	if xs == nil {
		w.Len(-1)
		return
	}
	w.Len(len(xs))
	for _, x := range xs {
		elem(w, x)
	}
}

// WriteRecord writes a map with its keys in sorted order, so that the JS
// object's key order does not depend on Go's map order; nil writes none.
func WriteRecord[T any](w *Writer, m map[string]T, elem func(*Writer, T)) {
	if m == nil {
		w.Len(-1)
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.Len(len(keys))
	for _, k := range keys {
		w.String(k)
		elem(w, m[k])
	}
}
