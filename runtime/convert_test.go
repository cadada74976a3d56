//go:build js && wasm

package runtime_test

import (
	"math"
	"syscall/js"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/streamsgen/streamsgen/runtime"
)

func TestTimeDate(t *testing.T) {
	want := time.Date(2024, 2, 29, 23, 59, 58, 987e6, time.UTC)
	if got := runtime.Time(runtime.Date(want)); !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("round trip = %v, want %v", got, want)
	}
	local := want.Add(456 * time.Microsecond).In(time.FixedZone("X", 3600))
	if got := runtime.Time(runtime.Date(local)); !got.Equal(want) {
		t.Errorf("round trip of %v = %v, want %v (ms precision)", local, got, want)
	}
	// A Date from the page's realm (jsdom), where instanceof Date is false.
	other := js.Global().Get("window").Get("Date").New(float64(want.UnixMilli()))
	if js.Global().Get("Object").Get("prototype").Get("isPrototypeOf").Call("call", js.Global().Get("Date").Get("prototype"), other).Bool() {
		t.Fatal("the page's Date is in this realm; the test proves nothing")
	}
	if got := runtime.Time(other); !got.Equal(want) {
		t.Errorf("Time(page Date) = %v, want %v", got, want)
	}
	for name, v := range map[string]js.Value{
		"undefined":    js.Undefined(),
		"null":         js.Null(),
		"invalid Date": js.Global().Get("Date").New(math.NaN()),
		"object":       runtime.NewObject(),
		"bool":         js.ValueOf(true),
		"bad string":   js.ValueOf("yesterday"),
	} {
		if got := runtime.Time(v); !got.IsZero() {
			t.Errorf("Time(%s) = %v, want zero", name, got)
		}
	}
	if got := runtime.Time(js.ValueOf(float64(want.UnixMilli()))); !got.Equal(want) {
		t.Errorf("Time(ms) = %v", got)
	}
	if got := runtime.Time(js.ValueOf("2024-02-29T23:59:58.987Z")); !got.Equal(want) {
		t.Errorf("Time(ISO) = %v", got)
	}
}

func TestScalars(t *testing.T) {
	type scalars struct {
		S string
		B bool
		F float64
		I int
	}
	read := func(v js.Value) scalars {
		return scalars{runtime.String(v), runtime.Bool(v), runtime.Float64(v), runtime.Int(v)}
	}
	got := map[string]scalars{}
	for name, v := range map[string]js.Value{
		"undefined": js.Undefined(),
		"null":      js.Null(),
		"string":    js.ValueOf("x"),
		"true":      js.ValueOf(true),
		"number":    js.ValueOf(-2.75),
		"NaN":       js.ValueOf(math.NaN()),
		"huge":      js.ValueOf(1e300),
		"object":    runtime.NewObject(),
	} {
		got[name] = read(v)
	}
	want := map[string]scalars{
		"undefined": {},
		"null":      {},
		"string":    {S: "x"},
		"true":      {B: true},
		"number":    {F: -2.75, I: -2},
		"NaN":       {F: math.NaN()},
		"huge":      {F: 1e300},
		"object":    {},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return a == b || (a != a && b != b) })); diff != "" {
		t.Errorf("scalars (-want +got):\n%s", diff)
	}
}

func TestSliceRecord(t *testing.T) {
	arr := js.ValueOf([]any{"a", "b", 3})
	if diff := cmp.Diff([]string{"a", "b", ""}, runtime.Slice(arr, runtime.String)); diff != "" {
		t.Errorf("Slice (-want +got):\n%s", diff)
	}
	if got := runtime.Slice(runtime.NewArray(), runtime.String); got == nil || len(got) != 0 {
		t.Errorf("Slice([]) = %#v, want empty non-nil", got)
	}
	if got := runtime.Slice(js.Undefined(), runtime.String); got != nil {
		t.Errorf("Slice(undefined) = %#v", got)
	}
	if got := runtime.Slice(js.ValueOf("abc"), runtime.String); got != nil {
		t.Errorf("Slice(string) = %#v", got)
	}
	rec := js.ValueOf(map[string]any{"VOICE": 1, "CHAT": 3, "TASK": "x"})
	if diff := cmp.Diff(map[string]int{"VOICE": 1, "CHAT": 3, "TASK": 0}, runtime.Record(rec, runtime.Int)); diff != "" {
		t.Errorf("Record (-want +got):\n%s", diff)
	}
	if got := runtime.Record(js.Null(), runtime.Int); got != nil {
		t.Errorf("Record(null) = %#v", got)
	}
}
