//go:build js && wasm

// Package streamstest drives the real connect-streams.js inside a js/wasm
// test the way the library's own unit tests do: a fresh connect.EventBus and
// AgentDataProvider, a stub connect.core.client that records every API call
// and answers as told, and agent snapshots pushed with
// connect.AgentEvents.UPDATE. Contact events then come from the library's
// own diffing of successive snapshots.
//
// The tests run under internal/testenv/nodewasm, which loads the library in
// jsdom before the test binary starts.
package streamstest

import (
	"encoding/json"
	"strings"
	"syscall/js"
	"testing"
	"time"
)

// Func makes a JS function from source, in the test realm. Test code only:
// nothing shipped evaluates source text.
func Func(params string, body string) js.Value {
	args := []any{}
	if params != "" {
		for _, p := range strings.Split(params, ",") {
			args = append(args, strings.TrimSpace(p))
		}
	}
	return js.Global().Get("Function").New(append(args, body)...)
}

// stubClientSrc is connect.core.client: it records every call and answers
// according to mode: "success" (success(data)), "failure" (failure(err,
// data) with FailureErr and FailureData), "async" (success from a timer),
// "defer" (keeps the callbacks in deferred) or "throw".
const stubClientSrc = `
return {
  calls: [],
  deferred: [],
  mode: "success",
  failureErr: JSON.stringify({type: "AccessDenied", message: "not allowed"}),
  failureData: {status: 403},
  call(method, params, callbacks) {
    this.calls.push({method: method, params: JSON.parse(JSON.stringify(params || {}))});
    switch (this.mode) {
    case "success":
      callbacks && callbacks.success && callbacks.success({ok: true, method: method});
      break;
    case "failure":
      callbacks && callbacks.failure && callbacks.failure(this.failureErr, this.failureData);
      break;
    case "async":
      setTimeout(() => callbacks.success({later: true}), 5);
      break;
    case "defer":
      this.deferred.push(callbacks);
      break;
    case "throw":
      throw new TypeError("client exploded");
    }
  },
};`

// stubUpstreamSrc is connect.core.upstream: broadcasts go nowhere.
const stubUpstreamSrc = `return {
  sendUpstream() {}, onUpstream() { return {unsubscribe() {}}; },
  sendDownstream() {}, onDownstream() { return {unsubscribe() {}}; },
  upstreamBus: {trigger() {}},
};`

// buildSnapshotSrc turns the JSON form of an agent update into the objects
// Streams expects, with timestamps as Dates of the library's realm.
const buildSnapshotSrc = `
const D = window.Date;
const u = JSON.parse(text);
const date = (ms) => new D(ms);
const st = u.snapshot.state;
st.startTimestamp = date(st.startTimestamp);
if (u.snapshot.nextState) u.snapshot.nextState.startTimestamp = date(u.snapshot.nextState.startTimestamp);
if (u.snapshot.agentAvailabilityState) u.snapshot.agentAvailabilityState.timeStamp = date(u.snapshot.agentAvailabilityState.timeStamp);
u.snapshot.snapshotTimestamp = date(u.snapshot.snapshotTimestamp);
for (const c of u.snapshot.contacts) {
  c.state.timestamp = date(c.state.timestamp);
  for (const k of c.connections) k.state.timestamp = date(k.state.timestamp);
}
return u;`

// Fixture is the library wired for one test.
type Fixture struct {
	t       testing.TB
	Connect js.Value // the global connect
	Bus     js.Value // connect.core.eventBus
	Client  js.Value // the stub connect.core.client
	build   js.Value
}

// New installs a fresh bus, agent data provider, stub client and upstream,
// and clears them when the test ends.
func New(t testing.TB) *Fixture {
	t.Helper()
	connect := js.Global().Get("connect")
	if connect.IsUndefined() {
		t.Fatal("connect is not loaded; run js/wasm tests with -exec=internal/testenv/nodewasm/exec")
	}
	core := connect.Get("core")
	bus := connect.Get("EventBus").New()
	core.Set("eventBus", bus)
	core.Set("agentDataProvider", core.Get("AgentDataProvider").New(bus))
	client := Func("", stubClientSrc).Invoke()
	core.Set("client", client)
	core.Set("upstream", Func("", stubUpstreamSrc).Invoke())
	connect.Get("agent").Set("initialized", false)
	t.Cleanup(func() {
		for _, k := range []string{"eventBus", "agentDataProvider", "client", "upstream"} {
			core.Set(k, js.Null())
		}
		connect.Get("agent").Set("initialized", false)
	})
	return &Fixture{t: t, Connect: connect, Bus: bus, Client: client, build: Func("text", buildSnapshotSrc)}
}

// Start is the timestamp the default snapshots use.
var Start = time.Date(2024, 5, 6, 7, 8, 9, 123e6, time.UTC)

// State is an agent state in a snapshot.
type State struct {
	Type  string `json:"type"`
	Name  string `json:"name"`
	ARN   string `json:"agentStateARN,omitempty"`
	Start int64  `json:"startTimestamp"` // Unix ms
}

// Connection is a connection of a contact in a snapshot.
type Connection struct {
	ID             string         `json:"connectionId"`
	Type           string         `json:"type"` // agent, inbound, outbound, monitoring
	State          ConnState      `json:"state"`
	Endpoint       map[string]any `json:"endpoint"`
	Initial        bool           `json:"initial"`
	MonitorStatus  string         `json:"monitorStatus,omitempty"`
	MonitoringInfo map[string]any `json:"monitoringInfo,omitempty"`
}

// ConnState is a connection state.
type ConnState struct {
	Type      string `json:"type"`
	Timestamp int64  `json:"timestamp"`
}

// Contact is a contact in a snapshot.
type Contact struct {
	ID          string         `json:"contactId"`
	Type        string         `json:"type"` // voice, chat, task, ...
	State       ConnState      `json:"state"`
	Queue       map[string]any `json:"queue"`
	Connections []Connection   `json:"connections"`
}

// Snapshot is the agent data of one update.
type Snapshot struct {
	State     State     `json:"state"`
	NextState *State    `json:"nextState"`
	Contacts  []Contact `json:"contacts"`
}

// VoiceContact returns a voice contact in the given contact state, with an
// agent connection (agentConnState) and an inbound customer connection.
func VoiceContact(id, state, agentConnState string) Contact {
	ms := Start.UnixMilli()
	return Contact{
		ID: id, Type: "voice", State: ConnState{state, ms},
		Queue: map[string]any{"name": "BasicQueue", "queueARN": "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q1", "queueId": "q1"},
		Connections: []Connection{
			{ID: id + "-agent", Type: "agent", State: ConnState{agentConnState, ms}, Initial: false,
				Endpoint: map[string]any{"type": "agent", "phoneNumber": "", "name": "Jane Doe"}},
			{ID: id + "-customer", Type: "inbound", State: ConnState{"connected", ms}, Initial: true,
				Endpoint: map[string]any{"type": "telephone_number", "phoneNumber": "+15555550100", "name": "+15555550100"}},
		},
	}
}

// Push triggers connect.AgentEvents.UPDATE with snap and the fixed agent
// configuration.
func (f *Fixture) Push(snap Snapshot) {
	f.t.Helper()
	f.Bus.Call("trigger", f.Connect.Get("AgentEvents").Get("UPDATE"), f.UpdateValue(snap))
}

// UpdateValue returns the JS value Push would send for snap, for tests that
// trigger the bus themselves.
func (f *Fixture) UpdateValue(snap Snapshot) js.Value {
	f.t.Helper()
	if snap.Contacts == nil {
		snap.Contacts = []Contact{}
	}
	update := map[string]any{
		"snapshot": map[string]any{
			"state":                  snap.State,
			"nextState":              snap.NextState,
			"agentAvailabilityState": map[string]any{"state": snap.State.Name, "timeStamp": snap.State.Start},
			"contacts":               snap.Contacts,
			"snapshotTimestamp":      Start.UnixMilli() + 1000,
		},
		"configuration": Configuration,
	}
	text, err := json.Marshal(update)
	if err != nil {
		f.t.Fatal(err)
	}
	return f.build.Invoke(string(text))
}

// StateSnapshot is a snapshot with the agent in the given state and no
// contacts.
func StateSnapshot(typ, name string) Snapshot {
	return Snapshot{State: State{Type: typ, Name: name, ARN: StateARN(name), Start: Start.UnixMilli()}}
}

// Update pushes a snapshot with the agent in the given state and no
// contacts.
func (f *Fixture) Update(typ, name string) { f.Push(StateSnapshot(typ, name)) }

// StateARN is the ARN the fixture gives the agent state name.
func StateARN(name string) string {
	return "arn:aws:connect:us-east-1:111122223333:instance/i/agent-state/" + name
}

// Configuration is the agent configuration every snapshot carries.
var Configuration = map[string]any{
	"name":     "Jane Doe",
	"username": "jane",
	"agentStates": []map[string]any{
		{"type": "routable", "name": "Available", "agentStateARN": StateARN("Available")},
		{"type": "not_routable", "name": "Lunch", "agentStateARN": StateARN("Lunch")},
		{"type": "offline", "name": "Offline", "agentStateARN": StateARN("Offline")},
	},
	"permissions":      []string{"outboundCall", "voiceId"},
	"softphoneEnabled": true,
	"extension":        "",
	"routingProfile": map[string]any{
		"name":              "Basic Routing Profile",
		"routingProfileARN": "arn:aws:connect:us-east-1:111122223333:instance/i/routing-profile/rp1",
		"routingProfileId":  "arn:aws:connect:us-east-1:111122223333:instance/i/routing-profile/rp1",
		"queues": []map[string]any{
			{"name": "BasicQueue", "queueARN": "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q1", "queueId": "q1"},
			{"name": "Support", "queueARN": "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q2", "queueId": "q2"},
		},
		"defaultOutboundQueue":  map[string]any{"name": "BasicQueue", "queueARN": "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q1", "queueId": "q1"},
		"channelConcurrencyMap": map[string]any{"VOICE": 1, "CHAT": 2, "TASK": 10},
	},
}

// SetMode sets how the stub client answers the next calls.
func (f *Fixture) SetMode(mode string) { f.Client.Set("mode", mode) }

// Agent returns a new connect.Agent (valid once the first update happened).
func (f *Fixture) Agent() js.Value { return f.Connect.Get("Agent").New() }

// Call is one API request the stub client received.
type Call struct {
	Method string         `json:"method"`
	Params map[string]any `json:"params"`
}

// Calls returns the API requests the stub client received, in order.
func (f *Fixture) Calls() []Call {
	f.t.Helper()
	text := js.Global().Get("JSON").Call("stringify", f.Client.Get("calls")).String()
	var calls []Call
	if err := json.Unmarshal([]byte(text), &calls); err != nil {
		f.t.Fatal(err)
	}
	return calls
}

// BusSubscribers counts the subscriptions on the Streams event bus.
func (f *Fixture) BusSubscribers() int {
	return js.Global().Get("Object").Call("keys", f.Bus.Get("subMap").Get("subIdMap")).Length()
}

// JSLive is the number of callbacks the runtime's JS side still holds.
func JSLive() int { return js.Global().Get("__streamsgen_rt").Call("live").Int() }

// Receive waits up to five seconds for a value or fails the test.
func Receive[T any](t testing.TB, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(5 * time.Second):
		t.Fatal("timed out waiting for a handler")
		panic("unreachable")
	}
}

// ExpectNone fails if ch yields within 20 ms.
func ExpectNone[T any](t testing.TB, ch <-chan T) {
	t.Helper()
	select {
	case v := <-ch:
		t.Fatalf("unexpected delivery: %v", v)
	case <-time.After(20 * time.Millisecond):
	}
}
