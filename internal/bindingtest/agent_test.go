//go:build js && wasm

package bindingtest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/streamsgen/streamsgen/gen/streams"
	"github.com/streamsgen/streamsgen/internal/streamstest"
)

// agentFromInit subscribes with connect.agent and returns the first Agent
// it delivers.
func agentFromInit(t *testing.T, f *streamstest.Fixture) streams.Agent {
	t.Helper()
	got := make(chan streams.Agent, 1)
	sub, err := streams.Connect.Agent(func(a streams.Agent) { got <- a })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sub.Unsubscribe)
	f.Update("routable", "Available")
	return streamstest.Receive(t, got)
}

func TestConnectAgentDeliversTypedAgent(t *testing.T) {
	f := streamstest.New(t)
	agent := agentFromInit(t, f)

	name, err := agent.GetName()
	if err != nil || name != "Jane Doe" {
		t.Errorf("GetName() = %q, %v", name, err)
	}
	state, err := agent.GetState()
	if err != nil {
		t.Fatal(err)
	}
	arn := streamstest.StateARN("Available")
	want := streams.AgentState{Name: "Available", Type: streams.AgentStateTypeRoutable, AgentStateARN: &arn, StartTimestamp: streamstest.Start}
	if diff := cmp.Diff(want, state); diff != "" {
		t.Errorf("GetState() (-want +got):\n%s", diff)
	}
	if !state.StartTimestamp.Equal(streamstest.Start) || state.StartTimestamp.Location() != time.UTC {
		t.Errorf("StartTimestamp = %v, want %v in UTC", state.StartTimestamp, streamstest.Start)
	}
	next, err := agent.GetNextState()
	if err != nil || next != nil {
		t.Errorf("GetNextState() = %v, %v; want nil, nil", next, err)
	}

	cfg, err := agent.GetConfiguration()
	if err != nil {
		t.Fatal(err)
	}
	q1 := streams.Queue{Name: "BasicQueue", QueueARN: "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q1", QueueID: "q1"}
	q2 := streams.Queue{Name: "Support", QueueARN: "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q2", QueueID: "q2"}
	if diff := cmp.Diff([]streams.Queue{q1, q2}, cfg.RoutingProfile.Queues); diff != "" {
		t.Errorf("routing profile queues (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(q1, cfg.RoutingProfile.DefaultOutboundQueue); diff != "" {
		t.Errorf("default outbound queue (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"VOICE": 1, "CHAT": 2, "TASK": 10}, cfg.RoutingProfile.ChannelConcurrencyMap); diff != "" {
		t.Errorf("channel concurrency (-want +got):\n%s", diff)
	}
	var stateNames []string
	for _, s := range cfg.AgentStates {
		stateNames = append(stateNames, s.Name)
	}
	if diff := cmp.Diff([]string{"Available", "Lunch", "Offline"}, stateNames); diff != "" {
		t.Errorf("agent states (-want +got):\n%s", diff)
	}
	if cfg.Name != "Jane Doe" || cfg.Username != "jane" || !cfg.SoftphoneEnabled {
		t.Errorf("configuration = %+v", cfg)
	}
}

func TestOnStateChangeDeliversOldAndNew(t *testing.T) {
	f := streamstest.New(t)
	agent := agentFromInit(t, f)

	type change struct{ Old, New, Current string }
	got := make(chan change, 4)
	sub, err := agent.OnStateChange(func(c streams.AgentStateChange) {
		// The payload carries a live Agent handle too.
		s, err := c.Agent.GetState()
		if err != nil {
			t.Error(err)
		}
		got <- change{c.OldState, c.NewState, s.Name}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	f.Update("not_routable", "Lunch")
	f.Update("routable", "Available")
	want := []change{{"Available", "Lunch", "Lunch"}, {"Lunch", "Available", "Available"}}
	if diff := cmp.Diff(want, []change{streamstest.Receive(t, got), streamstest.Receive(t, got)}); diff != "" {
		t.Errorf("state changes (-want +got):\n%s", diff)
	}
}

func TestSetStateEnqueueNextState(t *testing.T) {
	f := streamstest.New(t)
	agent := agentFromInit(t, f)
	cfg, err := agent.GetConfiguration()
	if err != nil {
		t.Fatal(err)
	}
	lunch := cfg.AgentStates[1]
	live := streams.LiveCallbacks()

	if err := agent.SetState(context.Background(), lunch, &streams.SetStateOptions{EnqueueNextState: new(true)}); err != nil {
		t.Fatalf("SetState success: %v", err)
	}
	want := []streamstest.Call{{Method: "putAgentState", Params: map[string]any{
		"state":            map[string]any{"type": "not_routable", "name": "Lunch", "agentStateARN": streamstest.StateARN("Lunch")},
		"enqueueNextState": true,
	}}}
	if diff := cmp.Diff(want, f.Calls()); diff != "" {
		t.Errorf("API requests (-want +got):\n%s", diff)
	}

	// Without options Streams computes the flag as `options && ...`, which
	// is undefined, so the request carries no flag at all.
	if err := agent.SetState(context.Background(), lunch, nil); err != nil {
		t.Fatal(err)
	}
	if got, ok := f.Calls()[1].Params["enqueueNextState"]; ok {
		t.Errorf("enqueueNextState without options = %v, want it absent", got)
	}

	f.SetMode("failure")
	err = agent.SetState(context.Background(), lunch, &streams.SetStateOptions{EnqueueNextState: new(true)})
	var ce *streams.CallError
	if !errors.As(err, &ce) {
		t.Fatalf("SetState failure: got %T %v, want *CallError", err, err)
	}
	wantErr := streams.CallError{Op: "connect.Agent#setState", Err: `{"type":"AccessDenied","message":"not allowed"}`, Data: `{"status":403}`}
	if diff := cmp.Diff(wantErr, *ce, cmpopts.IgnoreFields(streams.CallError{}, "ErrValue", "DataValue")); diff != "" {
		t.Errorf("CallError (-want +got):\n%s", diff)
	}
	if got := streams.LiveCallbacks(); got != live {
		t.Errorf("LiveCallbacks = %d after the calls, want %d", got, live)
	}
}

func TestJSExceptionBecomesError(t *testing.T) {
	f := streamstest.New(t)
	agent := agentFromInit(t, f)
	// With no agent data provider, connect.Agent methods throw a StateError.
	f.Connect.Get("core").Set("agentDataProvider", nil)
	_, err := agent.GetName()
	var je *streams.JSError
	if !errors.As(err, &je) {
		t.Fatalf("GetName: got %T %v, want *JSError", err, err)
	}
	if je.Op != "connect.Agent#getName" || je.Message == "" {
		t.Errorf("JSError = %+v", je)
	}
	if !strings.HasPrefix(err.Error(), "connect.Agent#getName: ") {
		t.Errorf("Error() = %q", err)
	}
}

func TestPanickingHandlerDoesNotStopProgram(t *testing.T) {
	f := streamstest.New(t)
	agent := agentFromInit(t, f)
	panics := make(chan *streams.PanicError, 4)
	streams.SetPanicHandler(func(p *streams.PanicError) { panics <- p })
	defer streams.SetPanicHandler(nil)

	got := make(chan string, 4)
	sub, err := agent.OnStateChange(func(c streams.AgentStateChange) {
		if c.NewState == "Lunch" {
			panic("no lunch today")
		}
		got <- c.NewState
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	f.Update("not_routable", "Lunch")
	f.Update("routable", "Available")
	p := streamstest.Receive(t, panics)
	if p.Op != "connect.Agent#onStateChange" || p.Value != "no lunch today" {
		t.Errorf("reported panic = %+v", p)
	}
	if s := streamstest.Receive(t, got); s != "Available" {
		t.Errorf("event after the panic = %q, want Available", s)
	}
}

func TestUnsubscribeReleasesCallbacks(t *testing.T) {
	f := streamstest.New(t)
	agent := agentFromInit(t, f)
	live, jsLive, bus := streams.LiveCallbacks(), streamstest.JSLive(), f.BusSubscribers()

	got := make(chan string, 8)
	var subs []*streams.Subscription
	for range 3 {
		sub, err := agent.OnStateChange(func(c streams.AgentStateChange) { got <- c.NewState })
		if err != nil {
			t.Fatal(err)
		}
		subs = append(subs, sub)
	}
	sub, err := agent.OnRefresh(func(streams.Agent) {})
	if err != nil {
		t.Fatal(err)
	}
	subs = append(subs, sub)
	if g := streams.LiveCallbacks(); g != live+4 {
		t.Errorf("LiveCallbacks = %d with 4 subscriptions, want %d", g, live+4)
	}
	for _, s := range subs {
		s.Unsubscribe()
	}
	if g := streams.LiveCallbacks(); g != live {
		t.Errorf("LiveCallbacks = %d after Unsubscribe, want %d", g, live)
	}
	if g := streamstest.JSLive(); g != jsLive {
		t.Errorf("JS-side callbacks = %d after Unsubscribe, want %d", g, jsLive)
	}
	if g := f.BusSubscribers(); g != bus {
		t.Errorf("Streams bus subscribers = %d after Unsubscribe, want %d", g, bus)
	}
	f.Update("not_routable", "Lunch")
	streamstest.ExpectNone(t, got)
}

func TestUnknownEnumValueSurvives(t *testing.T) {
	f := streamstest.New(t)
	agent := agentFromInit(t, f)
	f.Update("quantum", "Superposed")
	state, err := agent.GetState()
	if err != nil {
		t.Fatal(err)
	}
	if state.Type != "quantum" || state.Type.Known() {
		t.Errorf("Type = %q (Known %v), want the unknown value kept", state.Type, state.Type.Known())
	}
	if !streams.AgentStateTypeRoutable.Known() {
		t.Error("a schema value is not Known")
	}
	// The unknown value goes back to JS unchanged.
	err = agent.SetState(context.Background(), streams.AgentStateDefinition{Name: "Superposed", Type: state.Type}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Calls()[0].Params["state"].(map[string]any)["type"]; got != "quantum" {
		t.Errorf("sent type %v, want quantum", got)
	}
}

func TestNextState(t *testing.T) {
	f := streamstest.New(t)
	agent := agentFromInit(t, f)
	enqueued := make(chan string, 2)
	sub, err := agent.OnEnqueuedNextState(func(a streams.Agent) {
		n, err := a.GetNextState()
		if err != nil || n == nil {
			t.Errorf("GetNextState in handler = %v, %v", n, err)
			enqueued <- ""
			return
		}
		enqueued <- n.Name
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	ms := streamstest.Start.UnixMilli()
	f.Push(streamstest.Snapshot{
		State:     streamstest.State{Type: "routable", Name: "Available", Start: ms},
		NextState: &streamstest.State{Type: "not_routable", Name: "Lunch", ARN: streamstest.StateARN("Lunch"), Start: ms},
	})
	if n := streamstest.Receive(t, enqueued); n != "Lunch" {
		t.Errorf("enqueued next state = %q, want Lunch", n)
	}
}
