//go:build js && wasm

// Customccp is a small custom agent desktop written in Go: an agent state
// selector with the next status, a card per contact with accept, reject,
// hang up and clear, and an event log. The Amazon Connect CCP itself runs
// in a small iframe at the bottom of the page (index.html).
//
// It reads the CCP address from the environment variable CCP_URL, which
// index.html sets. `go run ./examples/customccp/serve` builds it, serves it
// and starts a stand-in CCP (ccptest) with a demo scenario.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"syscall/js"
	"time"

	"github.com/streamsgen/streamsgen/gen/streams"
)

var document = js.Global().Get("document")

func byID(id string) js.Value { return document.Call("getElementById", id) }

// el creates an element with attributes and text. Text goes through
// textContent, never HTML.
func el(tag string, attrs map[string]string, text string, children ...js.Value) js.Value {
	e := document.Call("createElement", tag)
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e.Call("setAttribute", k, attrs[k])
	}
	if text != "" {
		e.Set("textContent", text)
	}
	for _, c := range children {
		e.Call("append", c)
	}
	return e
}

// logf adds a line to the event log.
func logf(format string, args ...any) {
	list := byID("log")
	list.Call("append", el("li", nil, fmt.Sprintf(format, args...)))
	list.Set("scrollTop", list.Get("scrollHeight"))
}

// desk holds the agent once Streams has it.
type desk struct {
	mu     sync.Mutex
	agent  streams.Agent
	ready  bool
	states []streams.AgentStateDefinition
}

var d desk

func main() {
	streams.SetPanicHandler(func(e *streams.PanicError) { logf("bug: %v", e) })
	err := streams.Core.InitCCP(byID("ccp"), streams.InitCCPOptions{
		CcpURL:      os.Getenv("CCP_URL"),
		IframeTitle: "Amazon Connect CCP",
	})
	if err != nil {
		logf("initCCP: %v", err)
		return
	}
	if _, err := streams.Connect.Agent(onAgent); err != nil {
		logf("connect.agent: %v", err)
	}
	if _, err := streams.Connect.Contact(onContact); err != nil {
		logf("connect.contact: %v", err)
	}
	// Listeners run on the JS event loop and must not block: each starts
	// a goroutine for the Streams call, which waits for its callbacks.
	byID("state").Call("addEventListener", "change", js.FuncOf(func(this js.Value, _ []js.Value) any {
		name := this.Get("value").String()
		go setState(name, false)
		return nil
	}))
	byID("next").Call("addEventListener", "change", js.FuncOf(func(this js.Value, _ []js.Value) any {
		name := this.Get("value").String()
		go setState(name, true)
		return nil
	}))
	byID("contacts").Call("addEventListener", "click", js.FuncOf(func(_ js.Value, args []js.Value) any {
		b := args[0].Get("target").Call("closest", "button[data-action]")
		if b.IsNull() {
			return nil
		}
		go act(b.Get("dataset").Get("action").String(), b.Get("dataset").Get("contact").String())
		return nil
	}))
	select {}
}

func onAgent(a streams.Agent) {
	name, _ := a.GetName()
	byID("agent-name").Set("textContent", name)
	logf("signed in as %s", name)
	cfg, err := a.GetConfiguration()
	if err != nil {
		logf("configuration: %v", err)
		return
	}
	d.mu.Lock()
	d.agent, d.ready, d.states = a, true, cfg.AgentStates
	d.mu.Unlock()
	state, next := byID("state"), byID("next")
	next.Call("append", el("option", map[string]string{"value": "", "disabled": ""}, "—"))
	for _, s := range cfg.AgentStates {
		state.Call("append", el("option", map[string]string{"value": s.Name}, s.Name))
		next.Call("append", el("option", map[string]string{"value": s.Name}, s.Name))
	}
	a.OnStateChange(func(c streams.AgentStateChange) {
		logf("status %s → %s", c.OldState, c.NewState)
		status := byID("status")
		status.Set("textContent", c.NewState)
		status.Get("dataset").Set("name", c.NewState)
	})
	a.OnEnqueuedNextState(func(a streams.Agent) {
		if n, _ := a.GetNextState(); n != nil {
			logf("next status %s", n.Name)
		}
	})
	a.OnRefresh(render)
	render(a)
}

// render shows the agent's choices and contacts from the latest snapshot.
func render(a streams.Agent) {
	if av, _ := a.GetAvailabilityState(); av != nil {
		byID("state").Set("value", av.State)
	}
	next, _ := a.GetNextState()
	if next != nil {
		byID("next").Set("value", next.Name)
	} else {
		byID("next").Set("value", "")
	}
	contacts, err := a.GetContacts("")
	if err != nil {
		logf("contacts: %v", err)
		return
	}
	cards := []any{}
	for _, c := range contacts {
		cards = append(cards, card(c))
	}
	if len(cards) == 0 {
		cards = append(cards, el("p", map[string]string{"class": "empty"}, "No contacts"))
	}
	byID("contacts").Call("replaceChildren", cards...)
}

// card renders one contact with the buttons that make sense in its state.
func card(c streams.Contact) js.Value {
	id, _ := c.GetContactID()
	typ, _ := c.GetType()
	st, _ := c.GetState()
	offered := st.Type == streams.ContactStateTypeConnecting || st.Type == streams.ContactStateTypeIncoming
	live := st.Type == streams.ContactStateTypeConnected
	done := !offered && !live && st.Type != streams.ContactStateTypePending
	badge := ""
	if conn, _ := c.GetAgentConnection(); conn != nil {
		if t, _ := conn.GetType(); t == streams.ConnectionTypeMonitoring {
			v := streams.VoiceConnectionFromJS(conn.JSValue())
			if barge, _ := v.IsBarge(); barge {
				badge = "barging"
			} else if silent, _ := v.IsSilentMonitor(); silent {
				badge = "monitoring"
			}
			offered = false
		}
	}
	button := func(action, label string, enabled bool) js.Value {
		attrs := map[string]string{"data-action": action, "data-contact": id, "class": action}
		if !enabled {
			attrs["disabled"] = ""
		}
		return el("button", attrs, label)
	}
	title := el("div", map[string]string{"class": "title"}, "",
		el("span", map[string]string{"class": "type"}, string(typ)),
		el("span", map[string]string{"class": "id"}, id))
	if badge != "" {
		title.Call("append", el("span", map[string]string{"class": "badge"}, badge))
	}
	return el("div", map[string]string{"class": "card", "data-state": string(st.Type)}, "",
		title,
		el("div", map[string]string{"class": "cstate"}, string(st.Type)),
		el("div", map[string]string{"class": "actions"}, "",
			button("accept", "Accept", offered),
			button("reject", "Reject", offered),
			button("hangup", "Hang up", live),
			button("clear", "Clear", done),
		))
}

func onContact(c streams.Contact) {
	id, _ := c.GetContactID()
	typ, _ := c.GetType()
	logf("%s %s arrived", typ, id)
	c.OnConnecting(func(streams.Contact) { logf("%s is ringing", id) })
	c.OnConnected(func(streams.Contact) { logf("%s connected", id) })
	c.OnACW(func(streams.Contact) { logf("%s in after-contact work", id) })
	c.OnDestroy(func(streams.Contact) { logf("%s closed", id) })
}

func setState(name string, enqueue bool) {
	d.mu.Lock()
	a, ok, states := d.agent, d.ready, d.states
	d.mu.Unlock()
	i := slices.IndexFunc(states, func(s streams.AgentStateDefinition) bool { return s.Name == name })
	if !ok || i < 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := a.SetState(ctx, states[i], &streams.SetStateOptions{EnqueueNextState: new(enqueue)})
	what := "status"
	if enqueue {
		what = "next status"
	}
	if err != nil {
		logf("%s %s refused: %s", what, name, describe(err))
		render(a)
	}
}

// act runs a contact card's button.
func act(action, id string) {
	d.mu.Lock()
	a := d.agent
	d.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	contacts, err := a.GetContacts("")
	if err != nil {
		logf("%s %s: %v", action, id, err)
		return
	}
	i := slices.IndexFunc(contacts, func(c streams.Contact) bool { cid, _ := c.GetContactID(); return cid == id })
	if i < 0 {
		logf("%s %s: the contact is gone", action, id)
		return
	}
	c := contacts[i]
	switch action {
	case "accept":
		err = c.Accept(ctx)
	case "reject":
		err = c.Reject(ctx)
	case "hangup":
		// Hang up the agent's own connection.
		conn, cerr := c.GetAgentConnection()
		if cerr != nil || conn == nil {
			err = errors.Join(errors.New("no agent connection"), cerr)
			break
		}
		err = conn.Destroy(ctx)
	case "clear":
		err = c.Clear(ctx)
	}
	if err != nil {
		logf("%s %s failed: %s", action, id, describe(err))
	}
}

// describe shortens an error for the log: a failure's err text is often
// the JSON of {type, message, ...}.
func describe(err error) string {
	var ce *streams.CallError
	if errors.As(err, &ce) && ce.ErrValue.Type() == js.TypeString {
		if v, perr := parseJSON(ce.Err); perr == nil && v.Type() == js.TypeObject && v.Get("message").Type() == js.TypeString {
			return v.Get("message").String()
		}
	}
	return err.Error()
}

func parseJSON(s string) (v js.Value, err error) {
	defer func() {
		if recover() != nil {
			err = errors.New("not JSON")
		}
	}()
	return js.Global().Get("JSON").Call("parse", s), nil
}
