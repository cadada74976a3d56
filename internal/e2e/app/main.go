//go:build js && wasm

// Command app is the Go program that the end-to-end tests of package e2e
// build for js/wasm and load, with the generated loader and the real
// connect-streams.js, into headless Chromium.
//
// It embeds the CCP named by the environment variable E2E_CCP (a ccptest
// server), logs what the gen/streams handlers see to the JS array
// e2e.log, and offers the test commands through e2e.do(name, ...args),
// which returns a promise of the result as text. Other variables:
//
//	E2E_AUTO          "1": accept each contact when it is connecting and
//	                  clear it at after-contact work, from the handlers
//	E2E_LOAD_TIMEOUT  ccpLoadTimeout in milliseconds
//	E2E_ACK_TIMEOUT   ccpAckTimeout in milliseconds
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall/js"
	"time"

	"github.com/streamsgen/streamsgen/gen/streams"
)

var (
	logArray = js.Global().Get("Array").New()
	mu       sync.Mutex
	agent    *streams.Agent // set by the connect.agent handler
)

// logf appends an entry to e2e.log.
func logf(format string, args ...any) {
	logArray.Call("push", fmt.Sprintf(format, args...))
}

func main() {
	streams.SetPanicHandler(func(e *streams.PanicError) {
		logf("panic %s: %v", e.Op, e.Value)
	})
	opts := streams.InitCCPOptions{
		CcpURL:     os.Getenv("E2E_CCP"),
		LoginPopup: new(false),
	}
	if ms, err := strconv.Atoi(os.Getenv("E2E_LOAD_TIMEOUT")); err == nil {
		opts.CcpLoadTimeout = &ms
	}
	if ms, err := strconv.Atoi(os.Getenv("E2E_ACK_TIMEOUT")); err == nil {
		opts.CcpAckTimeout = &ms
	}
	container := js.Global().Get("document").Call("getElementById", "ccp")
	if err := streams.Core.InitCCP(container, opts); err != nil {
		logf("initCCP: %v", err)
	}

	if _, err := streams.Core.OnIframeRetriesExhausted(func(*string) { logf("iframe retries exhausted") }); err != nil {
		logf("onIframeRetriesExhausted: %v", err)
	}

	auto := os.Getenv("E2E_AUTO") == "1"
	if _, err := streams.Connect.Agent(func(a streams.Agent) {
		mu.Lock()
		agent = &a
		mu.Unlock()
		name, _ := a.GetName()
		st, _ := a.GetState()
		logf("agent %s %s", name, st.Name)
		a.OnStateChange(func(c streams.AgentStateChange) {
			logf("state %s -> %s", c.OldState, c.NewState)
		})
		a.OnEnqueuedNextState(func(a streams.Agent) {
			next, err := a.GetNextState()
			switch {
			case err != nil:
				logf("next: %v", err)
			case next == nil:
				logf("next none")
			default:
				logf("next %s", next.Name)
			}
		})
	}); err != nil {
		logf("connect.agent: %v", err)
	}

	if _, err := streams.Connect.Contact(func(c streams.Contact) {
		id, _ := c.GetContactID()
		typ, _ := c.GetType()
		logf("contact %s %s", id, typ)
		on := func(event string, sub func(func(streams.Contact)) (*streams.Subscription, error), then func(streams.Contact)) {
			if _, err := sub(func(c streams.Contact) {
				logf("%s %s", id, event)
				if then != nil {
					then(c)
				}
			}); err != nil {
				logf("%s on %s: %v", id, event, err)
			}
		}
		var accept, clear func(streams.Contact)
		if auto {
			accept = func(c streams.Contact) { logf("%s accept: %s", id, result(c.Accept(context.Background()))) }
			clear = func(c streams.Contact) { logf("%s clear: %s", id, result(c.Clear(context.Background()))) }
		}
		on("connecting", c.OnConnecting, accept)
		on("connected", c.OnConnected, nil)
		on("ended", c.OnEnded, nil)
		on("acw", c.OnACW, clear)
		on("destroyed", c.OnDestroy, nil)
	}); err != nil {
		logf("connect.contact: %v", err)
	}

	e2e := js.Global().Get("Object").New()
	e2e.Set("log", logArray)
	e2e.Set("do", js.FuncOf(do))
	js.Global().Set("e2e", e2e)
	select {}
}

// result describes the outcome of a call: "ok", or the error with the
// fields of a *streams.CallError.
func result(err error) string {
	var ce *streams.CallError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &ce):
		return fmt.Sprintf("CallError op=%s err=%s data=%s", ce.Op, ce.Err, ce.Data)
	}
	return "error " + err.Error()
}

// do runs a command on its own goroutine and returns a promise of its
// result: a JS callback must not block.
func do(this js.Value, args []js.Value) any {
	var words []string
	for _, a := range args {
		words = append(words, a.String())
	}
	var executor js.Func
	executor = js.FuncOf(func(_ js.Value, p []js.Value) any {
		resolve := p[0]
		go func() {
			resolve.Invoke(command(words))
			executor.Release()
		}()
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}

func command(words []string) string {
	if len(words) == 0 {
		return "no command"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	mu.Lock()
	a := agent
	mu.Unlock()
	if a == nil {
		return "no agent yet"
	}
	arg := func(i int) string {
		if i < len(words) {
			return words[i]
		}
		return ""
	}
	switch words[0] {
	case "setState":
		cfg, err := a.GetConfiguration()
		if err != nil {
			return result(err)
		}
		for _, s := range cfg.AgentStates {
			if s.Name == arg(1) {
				return result(a.SetState(ctx, s, &streams.SetStateOptions{EnqueueNextState: new(arg(2) == "true")}))
			}
		}
		return "no state " + arg(1)
	case "nextState":
		next, err := a.GetNextState()
		if err != nil {
			return result(err)
		}
		if next == nil {
			return "none"
		}
		return next.Name
	case "panicOnce":
		var once sync.Once
		_, err := a.OnStateChange(func(c streams.AgentStateChange) {
			once.Do(func() { panic("boom on " + c.NewState) })
			logf("after panic %s -> %s", c.OldState, c.NewState)
		})
		return result(err)
	}
	c, err := contact(*a, arg(1))
	if err != nil {
		return result(err)
	}
	switch words[0] {
	case "accept":
		return result(c.Accept(ctx))
	case "clear":
		return result(c.Clear(ctx))
	case "reject":
		return result(c.Reject(ctx))
	case "hangUp":
		// Hang up the agent's connection.
		conn, err := c.GetAgentConnection()
		if err != nil || conn == nil {
			return fmt.Sprintf("no agent connection (%v)", err)
		}
		return result(conn.Destroy(ctx))
	case "monitor":
		conn, err := c.GetAgentConnection()
		if err != nil || conn == nil {
			return fmt.Sprintf("no agent connection (%v)", err)
		}
		voice := streams.VoiceConnectionFromJS(conn.JSValue())
		silent, err1 := voice.IsSilentMonitor()
		barge, err2 := voice.IsBarge()
		typ, err3 := voice.GetType()
		if err := errors.Join(err1, err2, err3); err != nil {
			return result(err)
		}
		return fmt.Sprintf("%s silent=%t barge=%t", typ, silent, barge)
	case "state":
		st, err := c.GetState()
		if err != nil {
			return result(err)
		}
		return string(st.Type)
	}
	return "unknown command " + strings.Join(words, " ")
}

// contact finds one of the agent's contacts by ID.
func contact(a streams.Agent, id string) (streams.Contact, error) {
	cs, err := a.GetContacts("")
	if err != nil {
		return streams.Contact{}, err
	}
	for _, c := range cs {
		if cid, _ := c.GetContactID(); cid == id {
			return c, nil
		}
	}
	return streams.Contact{}, fmt.Errorf("no contact %q", id)
}
