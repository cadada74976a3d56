//go:build js && wasm

package bench

import (
	"context"
	"errors"
	"fmt"
	goruntime "runtime"
	"syscall/js"
	"testing"
	"time"

	"github.com/streamsgen/streamsgen/gen/streams"
	"github.com/streamsgen/streamsgen/internal/streamstest"
)

// Env is the real Streams library wired as internal/streamstest does (a
// fresh event bus, AgentDataProvider and stub client), with one agent
// snapshot holding a connected voice contact.
type Env struct {
	F         *streamstest.Fixture
	Agent     streams.Agent
	AgentJS   js.Value
	ContactID string

	// loop runs a JS loop in a task of its own (Go idle, as when the CCP
	// posts a message) and reports its duration per iteration.
	loop js.Value
	done chan float64
	fn   js.Func
}

// NewEnv sets up the library for t.
func NewEnv(t testing.TB) *Env {
	f := streamstest.New(t)
	e := &Env{F: f, ContactID: "c-bench", done: make(chan float64, 1)}
	snap := streamstest.StateSnapshot("routable", "Available")
	snap.Contacts = []streamstest.Contact{streamstest.VoiceContact(e.ContactID, "connected", "connected")}
	f.Push(snap)
	e.AgentJS = f.Agent()
	e.Agent = streams.AgentFromJS(e.AgentJS)
	// A stub client that answers at once (mode "sync") or from a microtask
	// ("async"), without recording anything, so that it costs the same
	// little for both implementations.
	f.Connect.Get("core").Set("client", streamstest.Func("", `return {
  mode: "sync", n: 0,
  call(method, params, cbs) {
    this.n++;
    if (this.mode === "sync") cbs.success({});
    else Promise.resolve().then(() => cbs.success({}));
  },
};`).Invoke())
	e.fn = js.FuncOf(func(_ js.Value, args []js.Value) any {
		e.done <- args[0].Float()
		return nil
	})
	t.Cleanup(e.fn.Release)
	// events(bus, kind, id, n, done): n events of one kind, built as the
	// library builds them.
	e.loop = streamstest.Func("bus, kind, id, n, done", `
const AE = connect.AgentEvents, CE = connect.ContactEvents;
setTimeout(() => {
  const t0 = performance.now();
  if (kind === "state") {
    for (let i = 0; i < n; i++) {
      bus.trigger(AE.STATE_CHANGE, {agent: new connect.Agent(), oldState: i % 2 ? "Lunch" : "Available", newState: i % 2 ? "Available" : "Lunch"});
    }
  } else {
    const name = connect.core.getContactEventName(CE.CONNECTED, id);
    for (let i = 0; i < n; i++) bus.trigger(name, new connect.Contact(id));
  }
  done((performance.now() - t0) * 1e6 / n);
}, 0);`)
	return e
}

// events triggers n events of kind ("state" or "contact") from a JS task and
// returns the JS-measured time per event, handlers included: both
// implementations run their handlers before the trigger returns.
func (e *Env) events(kind string, n int) float64 {
	e.loop.Invoke(e.F.Bus, kind, e.ContactID, n, e.fn)
	return <-e.done
}

// Impl is one implementation of a case: it does the case's work n times
// and returns ns/op and a summary of what it computed, which must be the
// same for both implementations.
type Impl func(e *Env, n int) (nsPerOp float64, result any, err error)

// Case is a benchmark case: the generated bindings and a hand-written
// syscall/js baseline doing the same work.
type Case struct {
	Name string
	N    int // iterations in a report
	Gen  Impl
	Hand Impl
}

// timed runs f n times and returns ns/op.
func timed(n int, f func(i int) error) (float64, error) {
	t0 := time.Now()
	for i := range n {
		if err := f(i); err != nil {
			return 0, err
		}
	}
	return float64(time.Since(t0).Nanoseconds()) / float64(n), nil
}

// Cases returns the suite, in report order.
func Cases() []Case {
	return []Case{
		{"event agent.onStateChange (old/new names)", 20000, genStateChange, handStateChange},
		{"event contact.onConnected (id, type, state)", 10000, genContactEvent, handContactEvent},
		{"getter agent.getState() (all fields)", 20000, genGetState, handGetState},
		{"getter agent.getConfiguration() (routing profile, queues)", 5000, genGetConfiguration, handGetConfiguration},
		{"trivial agent.getName()", 20000, genGetName, handGetName},
		{"trivial agent.mute()", 20000, genMute, handMute},
		{"{success, failure} agent.setState, answered at once", 10000, genSetState("sync"), handSetState("sync")},
		{"{success, failure} agent.setState, answered in a microtask", 5000, genSetState("async"), handSetState("async")},
		{"subscribe + unsubscribe agent.onStateChange", 100000, genSubscribeCycle, handSubscribeCycle},
	}
}

// stateChanges summarises state change events: how many went to Lunch,
// and the last pair seen.
type stateChanges struct {
	ToLunch   int
	Last      [2]string
	Delivered int
}

func genStateChange(e *Env, n int) (float64, any, error) {
	var s stateChanges
	sub, err := e.Agent.OnStateChange(func(c streams.AgentStateChange) {
		s.Delivered++
		if c.NewState == "Lunch" {
			s.ToLunch++
		}
		s.Last = [2]string{c.OldState, c.NewState}
	})
	if err != nil {
		return 0, nil, err
	}
	defer sub.Unsubscribe()
	ns := e.events("state", n)
	return ns, s, nil
}

func handStateChange(e *Env, n int) (float64, any, error) {
	var s stateChanges
	f := js.FuncOf(func(_ js.Value, args []js.Value) any {
		c := args[0]
		oldState, newState := c.Get("oldState").String(), c.Get("newState").String()
		s.Delivered++
		if newState == "Lunch" {
			s.ToLunch++
		}
		s.Last = [2]string{oldState, newState}
		return nil
	})
	defer f.Release()
	sub := e.AgentJS.Call("onStateChange", f)
	defer sub.Call("unsubscribe")
	ns := e.events("state", n)
	return ns, s, nil
}

// contactSeen is what the contact event handlers read.
type contactSeen struct {
	Delivered int
	ID, Type  string
	State     streams.ContactState
}

func genContactEvent(e *Env, n int) (float64, any, error) {
	var s contactSeen
	var failed error
	sub, err := streams.ContactFromJS(e.F.Connect.Get("Contact").New(e.ContactID)).OnConnected(func(c streams.Contact) {
		id, err1 := c.GetContactID()
		typ, err2 := c.GetType()
		st, err3 := c.GetState()
		if err := errors.Join(err1, err2, err3); err != nil {
			failed = err
		}
		s.Delivered++
		s.ID, s.Type, s.State = id, string(typ), st
	})
	if err != nil {
		return 0, nil, err
	}
	defer sub.Unsubscribe()
	ns := e.events("contact", n)
	return ns, s, failed
}

func handContactEvent(e *Env, n int) (float64, any, error) {
	var s contactSeen
	f := js.FuncOf(func(_ js.Value, args []js.Value) any {
		c := args[0]
		id := c.Call("getContactId").String()
		typ := c.Call("getType").String()
		st := c.Call("getState")
		s.Delivered++
		s.ID, s.Type = id, typ
		s.State = streams.ContactState{
			Timestamp: time.UnixMilli(int64(st.Get("timestamp").Call("getTime").Float())).UTC(),
			Type:      streams.ContactStateType(st.Get("type").String()),
		}
		return nil
	})
	defer f.Release()
	sub := e.F.Connect.Get("Contact").New(e.ContactID).Call("onConnected", f)
	defer sub.Call("unsubscribe")
	ns := e.events("contact", n)
	return ns, s, nil
}

func genGetState(e *Env, n int) (float64, any, error) {
	var s streams.AgentState
	ns, err := timed(n, func(int) (err error) {
		s, err = e.Agent.GetState()
		return err
	})
	return ns, s, err
}

// optString reads an optional string the way a careful hand-written decoder
// would: nil when undefined or null.
func optString(v js.Value) *string {
	if v.IsUndefined() || v.IsNull() {
		return nil
	}
	s := v.String()
	return &s
}

func handGetState(e *Env, n int) (float64, any, error) {
	var s streams.AgentState
	ns, err := timed(n, func(int) error {
		v := e.AgentJS.Call("getState")
		s = streams.AgentState{
			AgentStateARN:  optString(v.Get("agentStateARN")),
			Name:           v.Get("name").String(),
			StartTimestamp: time.UnixMilli(int64(v.Get("startTimestamp").Call("getTime").Float())).UTC(),
			Type:           streams.AgentStateType(v.Get("type").String()),
		}
		return nil
	})
	return ns, s, err
}

func genGetConfiguration(e *Env, n int) (float64, any, error) {
	var c streams.AgentConfiguration
	ns, err := timed(n, func(int) (err error) {
		c, err = e.Agent.GetConfiguration()
		return err
	})
	return ns, c, err
}

// str reads a string that may be absent.
func str(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// stringList reads a JS array of strings.
func stringList(v js.Value) []string {
	if v.IsUndefined() || v.IsNull() {
		return nil
	}
	out := make([]string, v.Length())
	for i := range out {
		out[i] = v.Index(i).String()
	}
	return out
}

func handQueue(v js.Value) streams.Queue {
	return streams.Queue{Name: v.Get("name").String(), QueueARN: v.Get("queueARN").String(), QueueID: v.Get("queueId").String()}
}

// handGetConfiguration reads every member the schema gives
// AgentConfiguration, as the generated decoder does. When the schema grows,
// TestSameResults fails until this reads the new members too.
func handGetConfiguration(e *Env, n int) (float64, any, error) {
	objectKeys := js.Global().Get("Object").Get("keys")
	var c streams.AgentConfiguration
	ns, err := timed(n, func(int) error {
		v := e.AgentJS.Call("getConfiguration")
		c = streams.AgentConfiguration{
			AgentARN:          str(v.Get("agentARN")),
			DialableCountries: stringList(v.Get("dialableCountries")),
			Extension:         optString(v.Get("extension")),
			Name:              v.Get("name").String(),
			Permissions:       stringList(v.Get("permissions")),
			SoftphoneEnabled:  v.Get("softphoneEnabled").Bool(),
			Username:          str(v.Get("username")),
		}
		if p := v.Get("agentPreferences"); p.Type() == js.TypeObject {
			keys := objectKeys.Invoke(p)
			c.AgentPreferences = make(map[string]string, keys.Length())
			for i := range keys.Length() {
				k := keys.Index(i).String()
				c.AgentPreferences[k] = p.Get(k).String()
			}
		}
		states := v.Get("agentStates")
		c.AgentStates = make([]streams.AgentStateDefinition, states.Length())
		for i := range c.AgentStates {
			s := states.Index(i)
			c.AgentStates[i] = streams.AgentStateDefinition{
				AgentStateARN: optString(s.Get("agentStateARN")),
				Name:          s.Get("name").String(),
				Type:          streams.AgentStateType(s.Get("type").String()),
			}
		}
		if b := v.Get("softphoneAutoAccept"); b.Type() == js.TypeBoolean {
			c.SoftphoneAutoAccept = new(b.Bool())
		}
		if b := v.Get("softphonePersistentConnection"); b.Type() == js.TypeBoolean {
			c.SoftphonePersistentConnection = new(b.Bool())
		}
		if m := v.Get("voiceEnhancementMode"); m.Type() == js.TypeString {
			c.VoiceEnhancementMode = streams.VoiceEnhancementMode(m.String())
		}
		rp := v.Get("routingProfile")
		queues := rp.Get("queues")
		c.RoutingProfile = streams.AgentRoutingProfile{
			DefaultOutboundQueue: handQueue(rp.Get("defaultOutboundQueue")),
			Name:                 rp.Get("name").String(),
			Queues:               make([]streams.Queue, queues.Length()),
			RoutingProfileARN:    rp.Get("routingProfileARN").String(),
			RoutingProfileID:     rp.Get("routingProfileId").String(),
		}
		for i := range c.RoutingProfile.Queues {
			c.RoutingProfile.Queues[i] = handQueue(queues.Index(i))
		}
		if cc := rp.Get("channelConcurrencyMap"); cc.Type() == js.TypeObject {
			keys := objectKeys.Invoke(cc)
			c.RoutingProfile.ChannelConcurrencyMap = make(map[string]int, keys.Length())
			for i := range keys.Length() {
				k := keys.Index(i).String()
				c.RoutingProfile.ChannelConcurrencyMap[k] = cc.Get(k).Int()
			}
		}
		return nil
	})
	return ns, c, err
}

func genGetName(e *Env, n int) (float64, any, error) {
	var name string
	ns, err := timed(n, func(int) (err error) {
		name, err = e.Agent.GetName()
		return err
	})
	return ns, name, err
}

func handGetName(e *Env, n int) (float64, any, error) {
	var name string
	ns, err := timed(n, func(int) error {
		name = e.AgentJS.Call("getName").String()
		return nil
	})
	return ns, name, err
}

func genMute(e *Env, n int) (float64, any, error) {
	ns, err := timed(n, func(int) error { return e.Agent.Mute() })
	return ns, nil, err
}

func handMute(e *Env, n int) (float64, any, error) {
	ns, err := timed(n, func(int) error {
		e.AgentJS.Call("mute")
		return nil
	})
	return ns, nil, err
}

// lunch is the state the round trips ask for.
var lunch = streams.AgentStateDefinition{
	AgentStateARN: new(streamstest.StateARN("Lunch")),
	Name:          "Lunch",
	Type:          streams.AgentStateTypeNotRoutable,
}

func genSetState(mode string) Impl {
	return func(e *Env, n int) (float64, any, error) {
		client := e.F.Connect.Get("core").Get("client")
		client.Set("mode", mode)
		before := client.Get("n").Int()
		opts := &streams.SetStateOptions{EnqueueNextState: new(true)}
		ns, err := timed(n, func(int) error {
			return e.Agent.SetState(context.Background(), lunch, opts)
		})
		return ns, client.Get("n").Int() - before, err
	}
}

// handSetState is what a careful developer writes for a {success, failure}
// method: two js.Funcs (released afterwards), the arguments built as
// objects, and a channel the callbacks complete.
func handSetState(mode string) Impl {
	return func(e *Env, n int) (float64, any, error) {
		client := e.F.Connect.Get("core").Get("client")
		client.Set("mode", mode)
		before := client.Get("n").Int()
		object := js.Global().Get("Object")
		ns, err := timed(n, func(int) error {
			done := make(chan error, 1)
			success := js.FuncOf(func(js.Value, []js.Value) any {
				done <- nil
				return nil
			})
			failure := js.FuncOf(func(_ js.Value, args []js.Value) any {
				done <- fmt.Errorf("setState: %s", args[0].String())
				return nil
			})
			defer success.Release()
			defer failure.Release()
			cbs := object.New()
			cbs.Set("success", success)
			cbs.Set("failure", failure)
			state := object.New()
			state.Set("agentStateARN", *lunch.AgentStateARN)
			state.Set("name", lunch.Name)
			state.Set("type", string(lunch.Type))
			opts := object.New()
			opts.Set("enqueueNextState", true)
			e.AgentJS.Call("setState", state, cbs, opts)
			return <-done
		})
		return ns, client.Get("n").Int() - before, err
	}
}

func liveHeap() int64 {
	var m goruntime.MemStats
	goruntime.GC()
	goruntime.GC() // finalizers of the first run free more
	goruntime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// cycle runs n subscribe/unsubscribe cycles with sub, then checks that a
// fresh subscription still gets an event and measures what is left.
func (e *Env) cycle(n int, sub func(handler func()) (unsubscribe func(), err error)) (float64, Cycle, error) {
	bus, live := e.F.BusSubscribers(), streams.LiveCallbacks()
	heap := liveHeap()
	ns, err := timed(n, func(int) error {
		unsubscribe, err := sub(func() {})
		if err != nil {
			return err
		}
		unsubscribe()
		return nil
	})
	if err != nil {
		return 0, Cycle{}, err
	}
	var c Cycle
	c.HeapGrowth = liveHeap() - heap
	c.LiveCallbacks = streams.LiveCallbacks() - live
	c.BusSubscribers = e.F.BusSubscribers() - bus
	got := 0
	unsubscribe, err := sub(func() { got++ })
	if err != nil {
		return 0, Cycle{}, err
	}
	e.events("state", 1)
	unsubscribe()
	c.Delivered = got == 1
	return ns, c, nil
}

func genSubscribeCycle(e *Env, n int) (float64, any, error) {
	ns, c, err := e.cycle(n, func(h func()) (func(), error) {
		s, err := e.Agent.OnStateChange(func(streams.AgentStateChange) { h() })
		if err != nil {
			return nil, err
		}
		return s.Unsubscribe, nil
	})
	return ns, c, err
}

func handSubscribeCycle(e *Env, n int) (float64, any, error) {
	ns, c, err := e.cycle(n, func(h func()) (func(), error) {
		f := js.FuncOf(func(js.Value, []js.Value) any {
			h()
			return nil
		})
		s := e.AgentJS.Call("onStateChange", f)
		return func() {
			s.Call("unsubscribe")
			f.Release()
		}, nil
	})
	return ns, c, err
}
