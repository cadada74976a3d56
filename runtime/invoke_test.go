//go:build js && wasm

package runtime_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"syscall/js"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/streamsgen/streamsgen/internal/streamstest"
	"github.com/streamsgen/streamsgen/runtime"
)

// testPkg is a hand-written package spec, as gogen would generate it: one
// output record (a state), one input record (a state definition), and the
// operations of a stand-in object made by newTarget.
var testPkg = runtime.NewPackage(`{
"o":[["name","s","start","d","type","s","when","?n"]],
"m":[
["echo",0,"v",[],0],
["getState",0,"#0",[],0],
["version",1,"s",[],0],
["setState",2,"s",[],1],
["later",2,"",[],0],
["fetch",3,"[#0",[],0],
["onChange",4,"",["#0","v","s"],0],
["sum",0,"n",[],0],
["big",0,"s",[],0],
["union",0,"v",[],0],
["",1,"[s",[],0],
["",1,"#0",[],0]]
}`)

const (
	mEcho = iota
	mGetState
	mVersion
	mSetState
	mLater
	mFetch
	mOnChange
	mSum
	mBig
	mUnion
	mAsList
	mAsState
)

var newTarget = streamstest.Func("", `
const listeners = new Set();
return {
  version: "v9",
  state: {name: "Lunch", start: new window.Date(1700000000123), type: "not_routable"},
  echo(...a) { this.last = a; return JSON.stringify(a); },
  count() { return this.last.length; },
  getState() { return this.state; },
  setState(def, cbs) { this.def = def; this.mode === "failure" ? cbs.failure('{"e":1}', {status: 4}) : cbs.success("ok:" + def.name); },
  later(cbs) { this.done = cbs; },
  fetch(n) { return n < 0 ? Promise.reject(new RangeError("negative")) : Promise.resolve([this.state, null]); },
  onChange(f) { listeners.add(f); return {unsubscribe() { listeners.delete(f); }}; },
  fire(...a) { for (const f of listeners) f(...a); },
  listeners() { return listeners.size; },
  sum(...n) { return n.reduce((a, b) => a + b, 0); },
  big(n) { return "x".repeat(n); },
  union(u) { return u; },
};`)

type state struct {
	Name  string
	Start time.Time
	Type  string
	When  *float64
}

func readState(r *runtime.Reader) state {
	if !r.Present() {
		return state{}
	}
	var s state
	s.Name = r.String()
	s.Start = r.Time()
	s.Type = r.String()
	s.When = runtime.ReadPtr(r, (*runtime.Reader).Float64)
	return s
}

func TestInvokeArguments(t *testing.T) {
	target := newTarget.Invoke()
	w := runtime.NewWriter()
	w.String("héllo ☃ \"q\" \\ \n\x00")
	w.Float64(1.5)
	w.Bool(true)
	w.Time(time.UnixMilli(86400000))
	w.Value(js.Global().Get("JSON").Call("parse", `{"k":[1]}`))
	w.Undefined()
	runtime.WriteSlice(w, []string{"a", ""}, (*runtime.Writer).String)
	runtime.WriteRecord(w, map[string]float64{"b": 2, "a": 1}, (*runtime.Writer).Float64)
	w.Begin()
	w.Key("name")
	w.String("N")
	w.Key("arn")
	w.Undefined()
	w.Key("type")
	w.Int(-7)
	w.End()
	w.Float64(math.Inf(-1))
	w.Value(js.Null())
	w.Value(js.ValueOf("s"))
	got, err := runtime.Invoke(testPkg, "echo", mEcho, target, w, (*runtime.Reader).Value)
	if err != nil {
		t.Fatal(err)
	}
	want := `["héllo ☃ \"q\" \\ \n\u0000",1.5,true,"1970-01-02T00:00:00.000Z",{"k":[1]},null,["a",""],{"a":1,"b":2},{"name":"N","type":-7},null,null,"s"]`
	if got.String() != want {
		t.Errorf("echo got\n%s\nwant\n%s", got.String(), want)
	}
	if n := target.Call("count").Int(); n != 12 {
		t.Errorf("echo got %d arguments, want 12 (undefined included)", n)
	}
	if !target.Get("last").Index(5).IsUndefined() || !target.Get("last").Index(9).Equal(js.ValueOf(math.Inf(-1))) {
		t.Errorf("undefined or -Infinity did not arrive: %v", target.Get("last"))
	}

	w = runtime.NewWriter()
	for _, n := range []float64{1, 2, 3} {
		w.Float64(n)
	}
	if n, err := runtime.Invoke(testPkg, "sum", mSum, target, w, (*runtime.Reader).Int); err != nil || n != 6 {
		t.Errorf("sum = %d, %v", n, err)
	}
}

func TestInvokeResults(t *testing.T) {
	target := newTarget.Invoke()
	s, err := runtime.Invoke(testPkg, "getState", mGetState, target, nil, readState)
	want := state{Name: "Lunch", Start: time.UnixMilli(1700000000123).UTC(), Type: "not_routable"}
	if err != nil || !cmp.Equal(want, s) {
		t.Errorf("getState = %+v, %v", s, err)
	}
	if v, err := runtime.Invoke(testPkg, "version", mVersion, target, nil, (*runtime.Reader).String); err != nil || v != "v9" {
		t.Errorf("version = %q, %v", v, err)
	}
	// Larger than the staging buffers: held on the JS side and taken.
	for _, n := range []int{4095, 5000, 100000} {
		w := runtime.NewWriter()
		w.Int(n)
		if v, err := runtime.Invoke(testPkg, "big", mBig, target, w, (*runtime.Reader).String); err != nil || len(v) != n {
			t.Errorf("big(%d) = %d bytes, %v", n, len(v), err)
		}
	}
	if got := streamstest.JSLive(); got != 0 {
		t.Errorf("JS live = %d after calls", got)
	}
}

func TestInvokeUnion(t *testing.T) {
	target := newTarget.Invoke()
	// As generated code reads a union of string, list, Date and record.
	readU := func(r *runtime.Reader) string {
		v := r.Value()
		switch runtime.Pick(v, "sado") {
		case 0:
			return "s:" + runtime.String(v)
		case 1:
			return "a:" + strings.Join(runtime.Convert(testPkg, mAsList, v, func(r *runtime.Reader) []string {
				return runtime.ReadSlice(r, (*runtime.Reader).String)
			}), ",")
		case 2:
			return "d:" + runtime.Time(v).Format(time.RFC3339)
		case 3:
			return "o:" + runtime.Convert(testPkg, mAsState, v, readState).Name
		}
		return "none"
	}
	for _, c := range []struct {
		arg  func(w *runtime.Writer)
		want string
	}{
		{func(w *runtime.Writer) { runtime.WriteSlice(w, []string{"x", "y"}, (*runtime.Writer).String) }, "a:x,y"},
		{func(w *runtime.Writer) { w.String("z") }, "s:z"},
		{func(w *runtime.Writer) { w.Time(time.Unix(60, 0)) }, "d:1970-01-01T00:01:00Z"},
		{func(w *runtime.Writer) { w.Begin(); w.Key("name"); w.String("N"); w.End() }, "o:N"},
		{func(w *runtime.Writer) { w.Float64(1) }, "none"},
		{(*runtime.Writer).Undefined, "none"},
	} {
		w := runtime.NewWriter()
		c.arg(w)
		if got, err := runtime.Invoke(testPkg, "union", mUnion, target, w, readU); err != nil || got != c.want {
			t.Errorf("union = %q, %v; want %q", got, err, c.want)
		}
	}
}

func TestInvokeErrors(t *testing.T) {
	target := newTarget.Invoke()
	_, err := runtime.Invoke(testPkg, "echo", mEcho, js.Undefined(), nil, (*runtime.Reader).Value)
	if err == nil || !strings.Contains(err.Error(), "cannot call echo on undefined") {
		t.Errorf("on undefined: %v", err)
	}
	target.Set("getState", 1)
	_, err = runtime.Invoke(testPkg, "getState", mGetState, target, nil, readState)
	if err == nil || !strings.Contains(err.Error(), "getState is not a function (it is number)") {
		t.Errorf("not a function: %v", err)
	}
	target.Set("getState", streamstest.Func("", `throw new window.TypeError("nope");`))
	_, err = runtime.Invoke(testPkg, "getState", mGetState, target, nil, readState)
	var je *runtime.JSError
	if !errors.As(err, &je) || je.Name != "TypeError" || je.Message != "nope" || je.Op != "getState" {
		t.Errorf("exception: %#v", err)
	}
}

func TestInvokeCallbacks(t *testing.T) {
	target := newTarget.Invoke()
	live := runtime.LiveCallbacks()
	def := func(name string) *runtime.Writer {
		w := runtime.NewWriter()
		w.Begin()
		w.Key("name")
		w.String(name)
		w.Key("type")
		w.String("routable")
		w.End()
		return w
	}
	got, err := runtime.InvokeCallbacks(context.Background(), testPkg, "setState", mSetState, target, def("Lunch"), (*runtime.Reader).String)
	if err != nil || got != "ok:Lunch" {
		t.Errorf("success: %q, %v", got, err)
	}
	target.Set("mode", "failure")
	err = testPkg.ExecCallbacks(context.Background(), "setState", mSetState, target, def("Lunch"))
	var ce *runtime.CallError
	if !errors.As(err, &ce) {
		t.Fatalf("failure: %T %v", err, err)
	}
	if diff := cmp.Diff(runtime.CallError{Op: "setState", Err: `{"e":1}`, Data: `{"status":4}`}, *ce,
		cmpopts.IgnoreFields(runtime.CallError{}, "ErrValue", "DataValue")); diff != "" {
		t.Errorf("CallError (-want +got):\n%s", diff)
	}
	if ce.ErrValue.String() != `{"e":1}` || ce.DataValue.Get("status").Int() != 4 {
		t.Errorf("CallError values: %v %v", ce.ErrValue, ce.DataValue)
	}

	// Completed later, from a JS timer.
	done := make(chan error, 1)
	go func() { done <- testPkg.ExecCallbacks(context.Background(), "later", mLater, target, nil) }()
	for target.Get("done").IsUndefined() {
		time.Sleep(time.Millisecond)
	}
	streamstest.Func("t", `setTimeout(() => t.done.success(), 1);`).Invoke(target)
	if err := streamstest.Receive(t, done); err != nil {
		t.Errorf("later: %v", err)
	}

	// Given up.
	target.Delete("done")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	if err := testPkg.ExecCallbacks(ctx, "later", mLater, target, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("cancelled: %v", err)
	}
	target.Get("done").Call("success") // ignored
	if g := runtime.LiveCallbacks(); g != live {
		t.Errorf("LiveCallbacks = %d, want %d", g, live)
	}
	if g := streamstest.JSLive(); g != 0 {
		t.Errorf("JS live = %d", g)
	}
}

func TestInvokeAwait(t *testing.T) {
	target := newTarget.Invoke()
	w := runtime.NewWriter()
	w.Float64(1)
	got, err := runtime.InvokeAwait(context.Background(), testPkg, "fetch", mFetch, target, w, func(r *runtime.Reader) []state {
		return runtime.ReadSlice(r, readState)
	})
	if err != nil || len(got) != 2 || got[0].Name != "Lunch" || got[1] != (state{}) {
		t.Errorf("fetch = %+v, %v", got, err)
	}
	w = runtime.NewWriter()
	w.Float64(-1)
	err = testPkg.ExecAwait(context.Background(), "fetch", mFetch, target, w)
	var je *runtime.JSError
	if !errors.As(err, &je) || je.Name != "RangeError" || je.Message != "negative" || je.Value.Get("message").String() != "negative" {
		t.Errorf("rejected: %v", err)
	}
}

func TestListen(t *testing.T) {
	target := newTarget.Invoke()
	type ev struct {
		S     state
		Agent js.Value
		Name  string
	}
	got := make(chan ev, 8)
	sub, err := runtime.Listen(testPkg, "onChange", mOnChange, target, func(r *runtime.Reader) ev {
		return ev{readState(r), r.Value(), r.String()}
	}, func(e ev) { got <- e })
	if err != nil {
		t.Fatal(err)
	}
	obj := js.Global().Get("Object").New()
	obj.Set("tag", "me")
	target.Call("fire", target.Get("state"), obj, "first")
	target.Call("fire", js.Null(), 7, js.Undefined(), "ignored extra")
	e := streamstest.Receive(t, got)
	if e.S.Name != "Lunch" || e.Agent.Get("tag").String() != "me" || e.Name != "first" {
		t.Errorf("first event = %+v", e)
	}
	e = streamstest.Receive(t, got)
	if e.S != (state{}) || e.Agent.Int() != 7 || e.Name != "" {
		t.Errorf("second event = %+v", e)
	}
	sub.Unsubscribe()
	if n := target.Call("listeners").Int(); n != 0 {
		t.Errorf("%d listeners after Unsubscribe", n)
	}
	if g := streamstest.JSLive(); g != 0 {
		t.Errorf("JS live = %d", g)
	}
}
