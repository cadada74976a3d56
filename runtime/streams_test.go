//go:build js && wasm

// These tests run under Node with the real connect-streams.js loaded in jsdom
// (internal/testenv/nodewasm), driving the library's own event bus the way its
// unit tests do: a fresh connect.EventBus and AgentDataProvider, a stub
// connect.core.client, and connect.AgentEvents.UPDATE triggered with agent
// snapshots.

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

type agentState struct {
	Type, Name string
	Start      time.Time
}

type agentInfo struct {
	Name   string
	State  agentState
	States []string
}

func decodeState(v js.Value) agentState {
	return agentState{Type: runtime.String(v.Get("type")), Name: runtime.String(v.Get("name")), Start: runtime.Time(v.Get("startTimestamp"))}
}

// decodeAgent reads an Agent through its methods, as generated getters will.
func decodeAgent(args []js.Value) agentInfo {
	a := args[0]
	name, _ := runtime.Call("Agent.getName", a, "getName")
	state, _ := runtime.Call("Agent.getState", a, "getState")
	states, _ := runtime.Call("Agent.getAgentStates", a, "getAgentStates")
	return agentInfo{
		Name:   runtime.String(name),
		State:  decodeState(state),
		States: runtime.Slice(states, func(v js.Value) string { return runtime.String(v.Get("name")) }),
	}
}

func TestAgentSubscription(t *testing.T) {
	s := streamstest.New(t)
	got := make(chan agentInfo, 4)
	sub, err := runtime.Subscribe("connect.agent", s.Connect, "agent", decodeAgent, func(a agentInfo) { got <- a })
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	streamstest.ExpectNone(t, got)

	s.Update("routable", "Available")
	want := agentInfo{
		Name:   "Jane Doe",
		State:  agentState{Type: "routable", Name: "Available", Start: streamstest.Start},
		States: []string{"Available", "Lunch", "Offline"},
	}
	if diff := cmp.Diff(want, streamstest.Receive(t, got)); diff != "" {
		t.Errorf("agent (-want +got):\n%s", diff)
	}

	// Subscribing once the agent exists delivers at once (connect.agent calls
	// its callback synchronously).
	late, err := runtime.Subscribe("connect.agent", s.Connect, "agent", decodeAgent, func(a agentInfo) { got <- a })
	if err != nil {
		t.Fatal(err)
	}
	defer late.Unsubscribe()
	if diff := cmp.Diff(want, streamstest.Receive(t, got)); diff != "" {
		t.Errorf("late agent (-want +got):\n%s", diff)
	}
}

type stateChange struct {
	Old, New string
	Agent    string // the agent's state name read at the moment of the event
}

func decodeStateChange(args []js.Value) stateChange {
	e := args[0]
	state, _ := runtime.Call("Agent.getState", e.Get("agent"), "getState")
	return stateChange{Old: runtime.String(e.Get("oldState")), New: runtime.String(e.Get("newState")), Agent: runtime.String(state.Get("name"))}
}

func TestStateChange(t *testing.T) {
	s := streamstest.New(t)
	s.Update("routable", "Available")
	got := make(chan stateChange, 4)
	sub, err := runtime.Subscribe("Agent.onStateChange", s.Agent(), "onStateChange", decodeStateChange, func(c stateChange) { got <- c })
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	s.Update("not_routable", "Lunch")
	s.Update("routable", "Available")
	want := []stateChange{
		{Old: "Available", New: "Lunch", Agent: "Lunch"},
		{Old: "Lunch", New: "Available", Agent: "Available"},
	}
	if diff := cmp.Diff(want, []stateChange{streamstest.Receive(t, got), streamstest.Receive(t, got)}); diff != "" {
		t.Errorf("state changes (-want +got):\n%s", diff)
	}
}

// setState calls agent.setState(state, callbacks, {enqueueNextState: true}).
func setState(s *streamstest.Fixture, ctx context.Context, name string) (js.Value, error) {
	state := runtime.NewObject()
	state.Set("type", "not_routable")
	state.Set("name", name)
	opts := runtime.NewObject()
	opts.Set("enqueueNextState", true)
	return runtime.CallCallbacks(ctx, "Agent.setState", s.Agent(), "setState", 1, state, opts)
}

func TestSetStateCallbacks(t *testing.T) {
	s := streamstest.New(t)
	s.Update("routable", "Available")
	live := runtime.LiveCallbacks()

	data, err := setState(s, context.Background(), "Lunch")
	if err != nil {
		t.Fatalf("success: %v", err)
	}
	if got := runtime.String(data.Get("method")); got != "putAgentState" {
		t.Errorf("success data method = %q", got)
	}
	want := []streamstest.Call{{Method: "putAgentState", Params: map[string]any{
		"state":            map[string]any{"type": "not_routable", "name": "Lunch"},
		"enqueueNextState": true,
	}}}
	if diff := cmp.Diff(want, s.Calls()); diff != "" {
		t.Errorf("client calls (-want +got):\n%s", diff)
	}

	s.Client.Set("mode", "failure")
	_, err = setState(s, context.Background(), "Lunch")
	var ce *runtime.CallError
	if !errors.As(err, &ce) {
		t.Fatalf("failure: got %T %v, want *CallError", err, err)
	}
	wantErr := runtime.CallError{Op: "Agent.setState", Err: `{"type":"AccessDenied","message":"not allowed"}`, Data: `{"status":403}`}
	if diff := cmp.Diff(wantErr, *ce, cmpopts.IgnoreFields(runtime.CallError{}, "ErrValue", "DataValue")); diff != "" {
		t.Errorf("CallError (-want +got):\n%s", diff)
	}
	if got := runtime.Int(ce.DataValue.Get("status")); got != 403 {
		t.Errorf("DataValue.status = %d", got)
	}
	if got := runtime.String(ce.ErrValue); got != ce.Err {
		t.Errorf("ErrValue = %q, want %q", got, ce.Err)
	}
	if !strings.HasPrefix(err.Error(), `Agent.setState: {"type":"AccessDenied"`) {
		t.Errorf("Error() = %q", err.Error())
	}

	s.Client.Set("mode", "async") // completes from a JS timer
	if _, err := setState(s, context.Background(), "Lunch"); err != nil {
		t.Fatalf("async: %v", err)
	}
	if got := runtime.LiveCallbacks(); got != live {
		t.Errorf("LiveCallbacks = %d after calls, want %d", got, live)
	}
}

func TestJSErrors(t *testing.T) {
	s := streamstest.New(t)
	s.Update("routable", "Available")

	// connect.core.getClient throws a connect.StateError when there is no client.
	core := s.Connect.Get("core")
	core.Set("client", js.Null())
	_, err := runtime.Call("core.getClient", core, "getClient")
	var je *runtime.JSError
	if !errors.As(err, &je) {
		t.Fatalf("got %T %v, want *JSError", err, err)
	}
	if diff := cmp.Diff(runtime.JSError{Op: "core.getClient", Name: "StateError", Message: "The connect core has not been initialized!"},
		*je, cmpopts.IgnoreFields(runtime.JSError{}, "Stack", "Value")); diff != "" {
		t.Errorf("JSError (-want +got):\n%s", diff)
	}
	if je.Stack == "" {
		t.Error("JSError.Stack is empty")
	}
	if want := "core.getClient: StateError: The connect core has not been initialized!"; err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	core.Set("client", s.Client)

	// A synchronous exception in a callbacks call.
	s.Client.Set("mode", "throw")
	live := runtime.LiveCallbacks()
	_, err = setState(s, context.Background(), "Lunch")
	if !errors.As(err, &je) || je.Name != "TypeError" || je.Message != "client exploded" {
		t.Errorf("throwing client: got %T %v", err, err)
	}
	if got := runtime.LiveCallbacks(); got != live {
		t.Errorf("LiveCallbacks = %d after a throwing call, want %d", got, live)
	}

	// Missing methods are named, and are unsupported rather than a TypeError.
	if _, err := runtime.Call("Agent.nope", s.Agent(), "nope"); !errors.Is(err, runtime.ErrUnsupported) || !strings.Contains(err.Error(), "nope is not supported") {
		t.Errorf("Call missing method: %v", err)
	}
	if _, err := runtime.CallCallbacks(context.Background(), "Agent.nope", s.Agent(), "nope", 0); !errors.Is(err, runtime.ErrUnsupported) || !strings.Contains(err.Error(), "nope is not supported") {
		t.Errorf("CallCallbacks missing method: %v", err)
	}
	if _, err := runtime.Subscribe("Agent.onNope", s.Agent(), "onNope", func([]js.Value) int { return 0 }, func(int) {}); !errors.Is(err, runtime.ErrUnsupported) || !strings.Contains(err.Error(), "onNope is not supported") {
		t.Errorf("Subscribe missing method: %v", err)
	}
	if _, err := runtime.Call("undefined.x", js.Undefined(), "x"); err == nil || !strings.Contains(err.Error(), "cannot call x on undefined") {
		t.Errorf("Call on undefined: %v", err)
	}
	if got := runtime.LiveCallbacks(); got != live {
		t.Errorf("LiveCallbacks = %d after failed calls, want %d", got, live)
	}
}

func TestAwait(t *testing.T) {
	ctx := context.Background()
	v, err := runtime.Await(ctx, "resolve", streamstest.Func("", `return window.Promise.resolve(42);`).Invoke())
	if err != nil || runtime.Int(v) != 42 {
		t.Errorf("resolved: %v, %v", v, err)
	}
	_, err = runtime.Await(ctx, "reject", streamstest.Func("", `return new Promise((_, reject) => setTimeout(() => reject(new window.RangeError("too far")), 1));`).Invoke())
	var je *runtime.JSError
	if !errors.As(err, &je) || je.Name != "RangeError" || je.Message != "too far" || je.Value.Type() != js.TypeObject {
		t.Errorf("rejected: %T %v", err, err)
	}
	_, err = runtime.Await(ctx, "reject", streamstest.Func("", `return Promise.reject({type: "Oops"});`).Invoke())
	if !errors.As(err, &je) || je.Message != `{"type":"Oops"}` || runtime.String(je.Value.Get("type")) != "Oops" {
		t.Errorf("rejected with an object: %T %v", err, err)
	}
}

func TestContextCancel(t *testing.T) {
	s := streamstest.New(t)
	s.Update("routable", "Available")
	s.Client.Set("mode", "defer")
	live, jslive := runtime.LiveCallbacks(), streamstest.JSLive()

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err := setState(s, ctx, "Lunch")
	if !errors.Is(err, context.DeadlineExceeded) || !strings.HasPrefix(err.Error(), "Agent.setState: ") {
		t.Fatalf("got %v, want a deadline error", err)
	}
	if got := runtime.LiveCallbacks(); got != live {
		t.Errorf("LiveCallbacks = %d after cancel, want %d", got, live)
	}
	if got := streamstest.JSLive(); got != jslive {
		t.Errorf("JS live = %d after cancel, want %d", got, jslive)
	}
	// A late completion is ignored.
	s.Client.Get("deferred").Index(0).Call("success", "late")

	// A context that is already done makes no call.
	n := s.Client.Get("calls").Length()
	if _, err := setState(s, ctx, "Lunch"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("done context: %v", err)
	}
	if got := s.Client.Get("calls").Length(); got != n {
		t.Errorf("done context still called the client")
	}
}

func TestPanicInHandler(t *testing.T) {
	s := streamstest.New(t)
	s.Update("routable", "Available")
	panics := make(chan *runtime.PanicError, 4)
	runtime.SetPanicHandler(func(p *runtime.PanicError) { panics <- p })
	defer runtime.SetPanicHandler(nil)

	got := make(chan stateChange, 4)
	sub, err := runtime.Subscribe("Agent.onStateChange", s.Agent(), "onStateChange", decodeStateChange, func(c stateChange) {
		if c.New == "Lunch" {
			panic("no lunch today")
		}
		got <- c
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	s.Update("not_routable", "Lunch")
	s.Update("routable", "Available")
	p := streamstest.Receive(t, panics)
	if p.Op != "Agent.onStateChange" || p.Value != "no lunch today" || !strings.Contains(p.Stack, "streams_test.go") {
		t.Errorf("panic = %+v", p)
	}
	if c := streamstest.Receive(t, got); c.New != "Available" {
		t.Errorf("after the panic got %+v", c)
	}

	// A panicking decoder drops its event only.
	bad, err := runtime.Subscribe("Agent.onStateChange(bad decoder)", s.Agent(), "onStateChange", func([]js.Value) int { panic("bad decoder") }, func(int) {})
	if err != nil {
		t.Fatal(err)
	}
	defer bad.Unsubscribe()
	s.Update("not_routable", "Break")
	if p := streamstest.Receive(t, panics); p.Value != "bad decoder" {
		t.Errorf("decoder panic = %+v", p)
	}
	if c := streamstest.Receive(t, got); c.New != "Break" {
		t.Errorf("next to a bad decoder got %+v", c)
	}
}

func TestBlockingHandler(t *testing.T) {
	s := streamstest.New(t)
	s.Update("routable", "Available")
	s.Client.Set("mode", "defer")

	type result struct {
		data string
		err  error
	}
	results := make(chan result, 1)
	blocker, err := runtime.Subscribe("Agent.onStateChange", s.Agent(), "onStateChange", decodeStateChange, func(c stateChange) {
		if c.New != "Lunch" {
			return
		}
		// Block this handler's goroutine on a call that JS completes later.
		v, err := setState(s, context.Background(), "Break")
		results <- result{runtime.String(v), err}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer blocker.Unsubscribe()
	others := make(chan stateChange, 4)
	other, err := runtime.Subscribe("Agent.onStateChange", s.Agent(), "onStateChange", decodeStateChange, func(c stateChange) { others <- c })
	if err != nil {
		t.Fatal(err)
	}
	defer other.Unsubscribe()

	s.Update("not_routable", "Lunch") // the blocker now waits for its callbacks
	if c := streamstest.Receive(t, others); c.New != "Lunch" {
		t.Errorf("other got %+v", c)
	}
	// The page keeps running: more events flow to other subscribers.
	s.Update("routable", "Available")
	if c := streamstest.Receive(t, others); c.New != "Available" {
		t.Errorf("other got %+v", c)
	}
	streamstest.ExpectNone(t, results)

	deferred := s.Client.Get("deferred")
	if deferred.Length() != 1 {
		t.Fatalf("client saw %d deferred calls, want 1", deferred.Length())
	}
	deferred.Index(0).Call("success", "done")
	if r := streamstest.Receive(t, results); r.err != nil || r.data != "done" {
		t.Errorf("blocked handler got %+v", r)
	}

	// A JS timer completing the call works too.
	s.Client.Set("mode", "async")
	s.Update("not_routable", "Lunch")
	if r := streamstest.Receive(t, results); r.err != nil {
		t.Errorf("async: %v", r.err)
	}
}

func TestBlockingInDecoderFails(t *testing.T) {
	s := streamstest.New(t)
	s.Update("routable", "Available")
	errs := make(chan error, 1)
	sub, err := runtime.Subscribe("Agent.onStateChange", s.Agent(), "onStateChange", func(args []js.Value) error {
		_, err := setState(s, context.Background(), "Lunch")
		return err
	}, func(err error) { errs <- err })
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	s.Update("not_routable", "Lunch")
	if err := streamstest.Receive(t, errs); err == nil || !strings.Contains(err.Error(), "decoder") {
		t.Errorf("blocking call in a decoder: %v", err)
	}
}

func TestUnsubscribe(t *testing.T) {
	s := streamstest.New(t)
	s.Update("routable", "Available")
	live, jslive, bus := runtime.LiveCallbacks(), streamstest.JSLive(), s.BusSubscribers()

	got := make(chan stateChange, 8)
	var subs []*runtime.Subscription
	for range 3 {
		sub, err := runtime.Subscribe("Agent.onStateChange", s.Agent(), "onStateChange", decodeStateChange, func(c stateChange) { got <- c })
		if err != nil {
			t.Fatal(err)
		}
		subs = append(subs, sub)
	}
	agentSub, err := runtime.Subscribe("connect.agent", s.Connect, "agent", decodeAgent, func(agentInfo) {})
	if err != nil {
		t.Fatal(err)
	}
	subs = append(subs, agentSub)
	if g, w := runtime.LiveCallbacks(), live+4; g != w {
		t.Errorf("LiveCallbacks = %d with 4 subscriptions, want %d", g, w)
	}
	if g, w := s.BusSubscribers(), bus+4; g != w {
		t.Errorf("bus subscribers = %d with 4 subscriptions, want %d", g, w)
	}

	for _, sub := range subs {
		sub.Unsubscribe()
		sub.Unsubscribe() // idempotent
	}
	if g := runtime.LiveCallbacks(); g != live {
		t.Errorf("LiveCallbacks = %d after Unsubscribe, want %d", g, live)
	}
	if g := streamstest.JSLive(); g != jslive {
		t.Errorf("JS live = %d after Unsubscribe, want %d", g, jslive)
	}
	if g := s.BusSubscribers(); g != bus {
		t.Errorf("bus subscribers = %d after Unsubscribe, want %d", g, bus)
	}
	s.Update("not_routable", "Lunch")
	streamstest.ExpectNone(t, got)
}

func TestUnsubscribeFromHandler(t *testing.T) {
	s := streamstest.New(t)
	s.Update("routable", "Available")
	got := make(chan stateChange, 8)
	var sub *runtime.Subscription
	sub, err := runtime.Subscribe("Agent.onStateChange", s.Agent(), "onStateChange", decodeStateChange, func(c stateChange) {
		got <- c
		sub.Unsubscribe()
	})
	if err != nil {
		t.Fatal(err)
	}
	// Two events in one JS turn: the handler unsubscribes on the first, so the
	// second never reaches it.
	streamstest.Func("bus, ev, a, b", `bus.trigger(ev, a); bus.trigger(ev, b);`).Invoke(s.Bus, s.Connect.Get("AgentEvents").Get("UPDATE"),
		s.UpdateValue(streamstest.StateSnapshot("not_routable", "Lunch")), s.UpdateValue(streamstest.StateSnapshot("routable", "Available")))
	if c := streamstest.Receive(t, got); c.New != "Lunch" {
		t.Errorf("got %+v", c)
	}
	streamstest.ExpectNone(t, got)
	if g := runtime.LiveCallbacks(); g != 0 {
		t.Errorf("LiveCallbacks = %d", g)
	}
}

func TestPath(t *testing.T) {
	v, err := runtime.NewPath("connect.core").Value()
	if err != nil || !v.Equal(js.Global().Get("connect").Get("core")) {
		t.Errorf("connect.core: %v", err)
	}
	p := runtime.NewPath("connect.streamsgenLater.x")
	if _, err := p.Value(); err == nil || !strings.Contains(err.Error(), "connect.streamsgenLater is undefined") {
		t.Errorf("missing segment: %v", err)
	}
	later := runtime.NewObject()
	later.Set("x", 7)
	js.Global().Get("connect").Set("streamsgenLater", later)
	defer js.Global().Get("connect").Delete("streamsgenLater")
	if v, err := p.Value(); err != nil || runtime.Int(v) != 7 {
		t.Errorf("resolved later: %v %v", v, err)
	}
}
