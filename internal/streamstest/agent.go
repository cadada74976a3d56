//go:build js && wasm

package streamstest

import (
	"encoding/json"
	"maps"
	"syscall/js"
	"testing"
	"time"
)

// This file holds the helpers of the agent-side tests: a fuller agent
// configuration, snapshots with an availability state of their own, an
// upstream conduit that records what the library sends to the CCP, canned
// answers of the stub client per API method, and stand-ins for the Amazon
// Connect SDK clients that Streams' newer methods talk to.

// Skew is the clock skew, in milliseconds, that PushFull snapshots carry
// (the CCP measures it between the browser and the service).
const Skew = 250

// AgentARN is the agent identifier of FullConfiguration.
const AgentARN = "arn:aws:connect:us-east-1:111122223333:instance/i/agent/a-1"

// FullConfiguration returns Configuration with every member the agent
// configuration can carry: identifier, dialable countries, preferences,
// extension, voice enhancement and the softphone flags.
func FullConfiguration() map[string]any {
	c := maps.Clone(Configuration)
	c["agentARN"] = AgentARN
	c["dialableCountries"] = []string{"us", "ca", "gb"}
	c["agentPreferences"] = map[string]any{"LANGUAGE": "en_US"}
	c["extension"] = "+15555550123"
	c["softphoneAutoAccept"] = true
	c["softphonePersistentConnection"] = true
	c["voiceEnhancementMode"] = "NOISE_SUPPRESSION"
	return c
}

// Full is the agent data of one update with the parts Push fixes chosen by
// the test: the availability state (Push copies the current state) and
// the configuration.
type Full struct {
	Snapshot
	// Avail is the state the agent chose; nil leaves agentAvailabilityState
	// out of the snapshot.
	Avail *State
	// Config is the agent configuration; nil means FullConfiguration().
	Config map[string]any
}

// PushFull triggers connect.AgentEvents.UPDATE with u.
func (f *Fixture) PushFull(u Full) {
	f.t.Helper()
	f.Bus.Call("trigger", f.Connect.Get("AgentEvents").Get("UPDATE"), f.FullValue(u))
}

// FullValue returns the JS value PushFull would send.
func (f *Fixture) FullValue(u Full) js.Value {
	f.t.Helper()
	if u.Contacts == nil {
		u.Contacts = []Contact{}
	}
	if u.Config == nil {
		u.Config = FullConfiguration()
	}
	snap := map[string]any{
		"state":             u.State,
		"nextState":         u.NextState,
		"contacts":          u.Contacts,
		"snapshotTimestamp": Start.UnixMilli() + 1000,
		"skew":              Skew,
	}
	if u.Avail != nil {
		snap["agentAvailabilityState"] = map[string]any{"state": u.Avail.Name, "timeStamp": u.Avail.Start}
	}
	text, err := json.Marshal(map[string]any{"snapshot": snap, "configuration": u.Config})
	if err != nil {
		f.t.Fatal(err)
	}
	return f.build.Invoke(string(text))
}

// Contact of a channel other than voice: a connected agent connection and
// a customer connection whose endpoint suits the channel.
func ChannelContact(id, typ, state string) Contact {
	ms := Start.UnixMilli()
	customer := map[string]any{"type": "telephone_number", "phoneNumber": "+15555550100", "name": "+15555550100"}
	switch typ {
	case "chat", "task", "email":
		customer = map[string]any{"type": "", "phoneNumber": "", "name": "Customer"}
	}
	return Contact{
		ID: id, Type: typ, State: ConnState{state, ms},
		Queue: map[string]any{"name": "Support", "queueARN": "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q2", "queueId": "q2"},
		Connections: []Connection{
			{ID: id + "-agent", Type: "agent", State: ConnState{"connected", ms},
				Endpoint: map[string]any{"type": "agent", "phoneNumber": "", "name": "Jane Doe"}},
			{ID: id + "-customer", Type: "inbound", State: ConnState{"connected", ms}, Initial: true, Endpoint: customer},
		},
	}
}

// Trigger fires event on the fixture's event bus with data, as the CCP's
// messages are fired once the conduit has delivered them.
func (f *Fixture) Trigger(event string, data any) {
	f.Bus.Call("trigger", event, data)
}

// Object parses JSON text in the library's realm, for payloads handed to
// the bus.
func Object(text string) js.Value {
	return js.Global().Get("window").Get("JSON").Call("parse", text)
}

// recordingUpstreamSrc is a connect.core.upstream that records what the
// library sends to the CCP and lets the test deliver messages from it.
const recordingUpstreamSrc = `
return {
  sent: [],
  handlers: {},
  sendUpstream(event, data) {
    this.sent.push({event: event, data: data === undefined ? null : JSON.parse(JSON.stringify(data))});
  },
  onUpstream(event, f) {
    const list = (this.handlers[event] = this.handlers[event] || []);
    list.push(f);
    return {unsubscribe() { const i = list.indexOf(f); if (i >= 0) list.splice(i, 1); }};
  },
  sendDownstream() {},
  onDownstream() { return {unsubscribe() {}}; },
  onAllUpstream() { return {unsubscribe() {}}; },
  upstreamBus: {trigger() {}},
  deliver(event, data) {
    for (const f of (this.handlers[event] || []).slice()) {
      f.call({unsubscribe() {}}, data);
    }
  },
};`

// Upstream is a recording connect.core.upstream.
type Upstream struct {
	t testing.TB
	v js.Value
}

// Message is one message the library sent upstream.
type Message struct {
	Event string `json:"event"`
	Data  any    `json:"data"`
}

// RecordUpstream replaces connect.core.upstream with a recorder.
func (f *Fixture) RecordUpstream() *Upstream {
	v := Func("", recordingUpstreamSrc).Invoke()
	f.Connect.Get("core").Set("upstream", v)
	return &Upstream{t: f.t, v: v}
}

// Sent returns the messages sent upstream so far, in order.
func (u *Upstream) Sent() []Message {
	u.t.Helper()
	text := js.Global().Get("JSON").Call("stringify", u.v.Get("sent")).String()
	var m []Message
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		u.t.Fatal(err)
	}
	return m
}

// Deliver runs the handlers the library registered with onUpstream for
// event, as a message of the CCP would.
func (u *Upstream) Deliver(event string, data any) {
	u.v.Call("deliver", event, data)
}

// Respond makes the stub client answer calls of method with the given data,
// one answer per call in order, while it is in success mode. Calls of other
// methods, and calls after the answers are used up, are answered as before.
func (f *Fixture) Respond(method string, answers ...any) {
	f.t.Helper()
	text, err := json.Marshal(answers)
	if err != nil {
		f.t.Fatal(err)
	}
	if f.Client.Get("responses").IsUndefined() {
		Func("client", `
const call = client.call;
client.responses = {};
client.call = function (method, params, callbacks) {
  const queue = this.responses[method];
  if (this.mode === "success" && queue && queue.length) {
    this.calls.push({method: method, params: JSON.parse(JSON.stringify(params || {}))});
    const data = queue.shift();
    callbacks && callbacks.success && callbacks.success(data);
    return;
  }
  return call.call(this, method, params, callbacks);
};`).Invoke(f.Client)
	}
	f.Client.Get("responses").Set(method, Object(string(text)))
}

// sdkStubSrc builds a stand-in for an Amazon Connect SDK client: on<Event>
// and off<Event> for each event name, fire(event, payload) to call the
// registered handlers, and each method returning a promise that resolves
// with result[method] or, in failure mode, rejects with an Error.
const sdkStubSrc = `
const stub = {mode: "success", handlers: {}, calls: [], result: {}};
for (const ev of events) {
  stub["on" + ev] = function (h) { (this.handlers[ev] = this.handlers[ev] || new Set()).add(h); };
  stub["off" + ev] = function (h) { if (this.handlers[ev]) this.handlers[ev].delete(h); };
}
stub.fire = function (ev, payload) {
  for (const h of Array.from(this.handlers[ev] || [])) h(payload);
};
stub.count = function (ev) { return this.handlers[ev] ? this.handlers[ev].size : 0; };
for (const m of methods) {
  stub[m] = function (...args) {
    this.calls.push({method: m, args: args});
    return this.mode === "success" ? Promise.resolve(this.result[m]) : Promise.reject(new Error(m + " failed"));
  };
}
return stub;`

// SDKStub is a stand-in for an Amazon Connect SDK client.
type SDKStub struct{ V js.Value }

// NewSDKStub returns a stub client with the given event names (for
// on<Event>/off<Event>) and promise methods.
func NewSDKStub(events, methods []string) *SDKStub {
	ev := make([]any, len(events))
	for i, e := range events {
		ev[i] = e
	}
	ms := make([]any, len(methods))
	for i, m := range methods {
		ms[i] = m
	}
	return &SDKStub{V: Func("events, methods", sdkStubSrc).Invoke(ev, ms)}
}

// Fire calls the handlers registered for event with payload.
func (s *SDKStub) Fire(event string, payload js.Value) { s.V.Call("fire", event, payload) }

// Count is the number of handlers registered for event.
func (s *SDKStub) Count(event string) int { return s.V.Call("count", event).Int() }

// SetMode sets "success" or "failure" for the promise methods.
func (s *SDKStub) SetMode(mode string) { s.V.Set("mode", mode) }

// SetResult sets what method resolves with.
func (s *SDKStub) SetResult(method string, v js.Value) { s.V.Get("result").Set(method, v) }

// Calls returns the method names called so far with their first argument.
func (s *SDKStub) Calls() [][2]any {
	var out [][2]any
	calls := s.V.Get("calls")
	for i := range calls.Length() {
		c := calls.Index(i)
		var first any
		if a := c.Get("args"); a.Length() > 0 {
			first = js.Global().Get("JSON").Call("stringify", a.Index(0)).String()
		}
		out = append(out, [2]any{c.Get("method").String(), first})
	}
	return out
}

// Millis returns t as milliseconds since the Unix epoch.
func Millis(t time.Time) float64 { return float64(t.UnixMilli()) }
