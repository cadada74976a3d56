//go:build js && wasm

package runtime_test

import (
	"context"
	"errors"
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
"i":[["arn","?s","name","s","type","s"]],
"m":[
["echo",0,"v",["s","n","b","d","v","?s","[s","{n","#0"],0],
["getState",0,"#0",[],0],
["version",1,"s",[],0],
["setState",2,"s",["#0"],1],
["later",2,"",[],0],
["fetch",3,"[#0",["n"],0],
["onChange",4,"",["#0","v","s"],0],
["sum",0,"n",["*n"],0],
["big",0,"s",["n"],0],
["union",0,"|0",["|0"],0]],
"uo":[["s","s","a","[s","d","d","o","#0"]],
"ui":[["s","[s"]]
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
)

var newTarget = streamstest.Func("", `
const listeners = new Set();
return {
  version: "v9",
  state: {name: "Lunch", start: new window.Date(1700000000123), type: "not_routable"},
  echo(...a) { return JSON.stringify(a); },
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
	w.String("héllo ☃")
	w.Float64(1.5)
	w.Bool(true)
	w.Time(time.UnixMilli(86400000))
	w.Value(js.Global().Get("JSON").Call("parse", `{"k":[1]}`))
	w.Present(false)
	runtime.WriteSlice(w, []string{"a", ""}, (*runtime.Writer).String)
	runtime.WriteRecord(w, map[string]float64{"b": 2, "a": 1}, (*runtime.Writer).Float64)
	w.Present(true)
	w.Present(false)
	w.String("N")
	w.String("T")
	got, err := runtime.Invoke(testPkg, "echo", mEcho, target, w, (*runtime.Reader).Value)
	if err != nil {
		t.Fatal(err)
	}
	want := `["héllo ☃",1.5,true,"1970-01-02T00:00:00.000Z",{"k":[1]},null,["a",""],{"a":1,"b":2},{"name":"N","type":"T"}]`
	if got.String() != want {
		t.Errorf("echo got\n%s\nwant\n%s", got.String(), want)
	}

	w = runtime.NewWriter()
	w.Len(3)
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
	readU := func(r *runtime.Reader) string {
		switch r.Alt() {
		case 1:
			return "s:" + r.String()
		case 2:
			return "a:" + strings.Join(runtime.ReadSlice(r, (*runtime.Reader).String), ",")
		case 3:
			return "d:" + r.Time().Format(time.RFC3339)
		case 4:
			return "o:" + readState(r).Name
		}
		return "none"
	}
	w := runtime.NewWriter()
	w.Alt(2)
	runtime.WriteSlice(w, []string{"x", "y"}, (*runtime.Writer).String)
	if got, err := runtime.Invoke(testPkg, "union", mUnion, target, w, readU); err != nil || got != "a:x,y" {
		t.Errorf("union of a list = %q, %v", got, err)
	}
	w = runtime.NewWriter()
	w.Alt(0)
	if got, _ := runtime.Invoke(testPkg, "union", mUnion, target, w, readU); got != "none" {
		t.Errorf("union of nothing = %q", got)
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
		w.Present(true)
		w.Present(false)
		w.String(name)
		w.String("routable")
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
