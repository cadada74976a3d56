//go:build js && wasm

package runtime

import (
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall/js"
	"time"
)

// The wire format carries values from the JS side to Go as bytes, so that a
// record costs one crossing instead of one per field: generated code reads
// results and events with a Reader, in the layouts the JS side compiles from
// the package's spec (runtime.js, pk). Arguments go the other way as JSON
// text (see Writer). Each value is, by wire type:
//
//	s   string: int32 byte length, UTF-8 bytes
//	n   number: float64 (integers are numbers)
//	b   boolean: one byte
//	d   date: byte 0 (none) or 1 and float64 milliseconds since the epoch
//	v   any JS value: byte 0 undefined, 1 null, 2 false, 3 true,
//	    4 and float64 number, 5 and int32 index of a held JS value (also
//	    a union's value, whose alternative Go picks with Pick)
//	?T  byte 0 (absent: undefined or null) or 1 and T
//	[T  int32 count (-1 for none) and the elements
//	{T  int32 count (-1 for none) and key (s), value (T) pairs
//	#N  record N of the package: byte 0 (none) or 1 and its members in order
//
// All integers and floats are little-endian. Readers never panic: bytes that
// run out give zero values.

// Reader reads values of the wire format, for generated decoders.
type Reader struct {
	b   []byte
	p   int
	src *reply    // where its JS values come from; nil if none
	buf *replyBuf // pooled buffer of b, released by done
}

// reply is one batch of bytes from the JS side and the JS values held with
// it under a token (0 for the ring's).
type reply struct {
	tok  float64
	refs int // JS values held
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
	if r.byte1() == 1 {
		return timeOfMillis(r.Float64())
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
		s := r.src
		switch {
		case s == nil || i < 0:
			return js.Undefined()
		case s.tok == 0: // the ring's, kept until the JS side starts over
			return jsHeld.Invoke(0, num(i))
		case i >= s.refs:
			return js.Undefined()
		}
		return jsHeld.Invoke(s.tok, num(i))
	}
	return js.Undefined()
}

// nums holds small numbers as interface values, to spare an allocation per
// call that passes one.
var nums = func() (a [64]any) {
	for i := range a {
		a[i] = float64(i)
	}
	return a
}()

// num returns i as an interface value.
func num(i int) any {
	if i >= 0 && i < len(nums) {
		return nums[i]
	}
	return float64(i)
}

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

// Writer writes the arguments of a call, for generated encoders, as JSON
// text that the JS side parses with JSON.parse: a list of the arguments,
// records as objects whose absent members are left out. What JSON cannot
// say is an object with the single key "\x00" (which no record member and no
// real map key has): ["u"] undefined, ["d", ms] a Date, ["r", i] the i-th JS
// value passed along with the call, ["n", "NaN"] a number JSON cannot show.
// Get a Writer with [NewWriter]; the call it is passed to releases it.
type Writer struct {
	b     []byte
	refs  []any // js.Value, passed as arguments of the call
	call  []any // arguments of the call, reused
	comma bool  // a value was written at this level: the next needs a comma
}

var writers = sync.Pool{New: func() any { return &Writer{b: make([]byte, 0, 256)} }}

// NewWriter returns a Writer for a list of arguments.
func NewWriter() *Writer {
	w := writers.Get().(*Writer)
	w.b = append(w.b, '[')
	return w
}

func (w *Writer) release() {
	if w == nil || cap(w.b) > 64<<10 {
		return
	}
	w.b = w.b[:0]
	w.comma = false
	clear(w.refs)
	w.refs = w.refs[:0]
	clear(w.call)
	w.call = w.call[:0]
	writers.Put(w)
}

// text finishes the list and returns the JSON text.
func (w *Writer) text() []byte {
	w.b = append(w.b, ']')
	return w.b
}

// sep starts a value.
func (w *Writer) sep() {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.comma = true
}

// Begin starts a record (an object); End ends it.
func (w *Writer) Begin() {
	w.sep()
	w.b = append(w.b, '{')
	w.comma = false
}

// End ends a record.
func (w *Writer) End() {
	w.b = append(w.b, '}')
	w.comma = true
}

// Key starts the member k of a record.
func (w *Writer) Key(k string) {
	w.sep()
	w.str(k)
	w.b = append(w.b, ':')
	w.comma = false
}

// special writes a value JSON cannot say (see Writer).
func (w *Writer) special(kind string, v func()) {
	w.sep()
	w.b = append(w.b, `{"\u0000":["`...)
	w.b = append(w.b, kind...)
	w.b = append(w.b, '"')
	if v != nil {
		w.b = append(w.b, ',')
		w.comma = false
		v()
	}
	w.b = append(w.b, "]}"...)
	w.comma = true
}

// Undefined writes undefined (an absent value).
func (w *Writer) Undefined() { w.special("u", nil) }

// Bool writes a boolean.
func (w *Writer) Bool(x bool) {
	w.sep()
	w.b = strconv.AppendBool(w.b, x)
}

// Float64 writes a number.
func (w *Writer) Float64(x float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		s := "NaN"
		if math.IsInf(x, 0) {
			s = strings.Replace(strconv.FormatFloat(x, 'g', -1, 64), "Inf", "Infinity", 1)
		}
		w.special("n", func() { w.String(s) })
		return
	}
	w.sep()
	w.b = strconv.AppendFloat(w.b, x, 'g', -1, 64)
}

// Int writes an integer as a number.
func (w *Writer) Int(x int) {
	w.sep()
	w.b = strconv.AppendInt(w.b, int64(x), 10)
}

// String writes a string.
func (w *Writer) String(s string) {
	w.sep()
	w.str(s)
}

const hex = "0123456789abcdef"

// str writes s as a JSON string. Invalid UTF-8 reaches JavaScript as
// U+FFFD, as with syscall/js.
func (w *Writer) str(s string) {
	w.b = append(w.b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			w.b = append(w.b, '\\', c)
		case c < 0x20:
			w.b = append(w.b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		default:
			w.b = append(w.b, c)
		}
	}
	w.b = append(w.b, '"')
}

// Time writes t as a JS Date, with millisecond precision, as [Date] does.
func (w *Writer) Time(t time.Time) { w.special("d", func() { w.Int(int(t.UnixMilli())) }) }

// Value writes any JS value; others than undefined, null, booleans and
// numbers are passed along with the call.
func (w *Writer) Value(v js.Value) {
	switch v.Type() {
	case js.TypeUndefined:
		w.Undefined()
	case js.TypeNull:
		w.sep()
		w.b = append(w.b, "null"...)
	case js.TypeBoolean:
		w.Bool(v.Bool())
	case js.TypeNumber:
		w.Float64(v.Float())
	default:
		w.special("r", func() { w.Int(len(w.refs)) })
		w.refs = append(w.refs, v)
	}
}

// WriteSlice writes a list, each element with elem; nil writes undefined.
func WriteSlice[T any](w *Writer, xs []T, elem func(*Writer, T)) {
	if xs == nil {
		w.Undefined()
		return
	}
	w.sep()
	w.b = append(w.b, '[')
	w.comma = false
	for _, x := range xs {
		elem(w, x)
	}
	w.b = append(w.b, ']')
	w.comma = true
}

// WriteRecord writes a map as an object with its keys in sorted order, so
// that the object's key order does not depend on Go's map order; nil
// writes undefined.
func WriteRecord[T any](w *Writer, m map[string]T, elem func(*Writer, T)) {
	if m == nil {
		w.Undefined()
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.Begin()
	for _, k := range keys {
		w.Key(k)
		elem(w, m[k])
	}
	w.End()
}

// Pick returns the index of the alternative of a union that v is, given
// the class of each alternative (s string, n number, b boolean, f function,
// a Array, d Date, o other object): the first of v's class, an Array or a
// Date falling back to o; -1 for none (undefined, null, or no alternative
// of its class).
func Pick(v js.Value, classes string) int {
	var c byte
	switch v.Type() {
	case js.TypeString:
		c = 's'
	case js.TypeNumber:
		c = 'n'
	case js.TypeBoolean:
		c = 'b'
	case js.TypeFunction:
		c = 'f'
	case js.TypeObject:
		c = 'o'
		if IsArray(v) {
			c = 'a'
		} else if IsDate(v) {
			c = 'd'
		}
	default:
		return -1
	}
	if i := strings.IndexByte(classes, c); i >= 0 || c != 'a' && c != 'd' {
		return i
	}
	return strings.IndexByte(classes, 'o')
}

// Convert reads v as alternative of a union through p's operation m, which
// returns the value it is called on; a JS exception gives the zero value.
func Convert[T any](p *Package, m int, v js.Value, dec func(*Reader) T) T {
	x, _ := Invoke(p, "union alternative", m, v, nil, dec)
	return x
}
