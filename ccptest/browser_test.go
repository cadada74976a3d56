//go:build !js

package ccptest_test

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/streamsgen/streamsgen/ccptest"
	"github.com/streamsgen/streamsgen/internal/browser"
	"github.com/streamsgen/streamsgen/internal/testenv"
)

// streamsPage is a page on another origin that loads the real
// connect-streams.js and embeds the CCP given as ?ccp=. It logs what Streams
// reports in window.log; the test drives Streams with browser.Eval.
const streamsPage = `<!doctype html>
<div id="ccp" style="width:320px;height:200px"></div>
<script src="/connect-streams.js"></script>
<script>
window.log = [];
const q = new URLSearchParams(location.search);
connect.core.initCCP(document.getElementById("ccp"), {
  ccpUrl: q.get("ccp"), loginPopup: false,
  ccpLoadTimeout: Number(q.get("timeout") || 5000),
});
connect.core.onIframeRetriesExhausted(() => log.push("retries exhausted"));
connect.agent((agent) => {
  log.push("agent " + agent.getName() + " " + agent.getState().name);
  agent.onStateChange((c) => log.push("state " + c.oldState + " -> " + c.newState +
    " " + (agent.getState().startTimestamp instanceof Date)));
  agent.onEnqueuedNextState((a) => log.push("next " + a.getNextState().name));
});
connect.contact((c) => {
  const id = c.getContactId();
  log.push("contact " + id + " " + c.getType());
  c.onConnecting(() => log.push(id + " connecting"));
  c.onAccepted(() => log.push(id + " accepted"));
  c.onConnected(() => log.push(id + " connected"));
  c.onACW(() => log.push(id + " acw"));
  c.onDestroy(() => log.push(id + " destroyed"));
});
// call runs a {success, failure} method and resolves with "ok" or the failure.
window.call = (f) => new Promise((resolve) => f({
  success: () => resolve("ok"),
  failure: (err, data) => resolve("failure " + err + " " + JSON.stringify(data)),
}));
window.waitLog = async (entry) => {
  const deadline = Date.now() + 20000;
  while (!log.includes(entry)) {
    if (Date.now() > deadline) throw new Error("no " + JSON.stringify(entry) + " in " + JSON.stringify(log));
    await new Promise((r) => setTimeout(r, 10));
  }
  return log;
};
</script>`

// streamsSite serves streamsPage and connect-streams.js.
func streamsSite(t *testing.T) string {
	t.Helper()
	lib := filepath.Join(testenv.NodeModules(t), "amazon-connect-streams", "release", "connect-streams.js")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /connect-streams.js", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, lib) })
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(streamsPage)) })
	return browser.Serve(t, mux)
}

func waitLog(t *testing.T, p *browser.Page, entry string) {
	t.Helper()
	if _, err := browser.Eval[[]string](p, "waitLog("+quote(entry)+")"); err != nil {
		t.Fatalf("%v\nconsole: %v\nexceptions: %q", err, p.Console(), p.Exceptions())
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestRealStreams drives the real connect-streams.js, in headless Chromium,
// against ccptest servers on another port.
func TestRealStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	site := streamsSite(t)
	b := browser.Start(t)
	t.Run("VoiceCall", func(t *testing.T) {
		t.Parallel()
		voiceCall(t, site, b)
	})
	t.Run("HeldAcknowledge", func(t *testing.T) {
		t.Parallel()
		heldAcknowledge(t, site, b)
	})
}

// voiceCall follows a voice call from offer to clear, with a failed
// request and a next state.
func voiceCall(t *testing.T, site string, b *browser.Browser) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	srv := ccptest.NewServer()
	defer srv.Close()
	p := b.NewPage(t)
	if err := p.Navigate(site + "/?ccp=" + srv.CCPURL()); err != nil {
		t.Fatal(err)
	}
	if err := srv.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	waitLog(t, p, "agent Jane Doe Offline")
	waitLog(t, p, "state Init -> Offline true")

	// setState sends putAgentState, which ccptest applies.
	got, err := browser.Eval[string](p, `call((cb) => { const a = new connect.Agent();
	  a.setState(a.getAgentStates().find((s) => s.name === "Available"), cb); })`)
	if err != nil || got != "ok" {
		t.Fatalf("setState: %q, %v", got, err)
	}
	waitLog(t, p, "state Offline -> Available true")

	if err := srv.AddContact(ccptest.Voice("call-1", "+15555550100")); err != nil {
		t.Fatal(err)
	}
	waitLog(t, p, "call-1 connecting")
	if srv.Snapshot().State.Name != ccptest.PendingBusy {
		t.Errorf("state while ringing = %q, want PendingBusy", srv.Snapshot().State.Name)
	}
	got, err = browser.Eval[string](p, `call((cb) => new connect.Agent().getContacts()[0].accept(cb))`)
	if err != nil || got != "ok" {
		t.Fatalf("accept: %q, %v", got, err)
	}
	waitLog(t, p, "call-1 accepted") // the broadcast, echoed by the CCP page
	waitLog(t, p, "call-1 connected")

	// Next state while on the call.
	got, err = browser.Eval[string](p, `call((cb) => { const a = new connect.Agent();
	  a.setState(a.getAgentStates().find((s) => s.name === "Lunch"), cb, {enqueueNextState: true}); })`)
	if err != nil || got != "ok" {
		t.Fatalf("setState with enqueueNextState: %q, %v", got, err)
	}
	waitLog(t, p, "next Lunch")

	// A failure chosen by the test reaches the failure callback.
	srv.FailNext("holdConnection", ccptest.APIError("AccessDeniedException", "not allowed", 403), map[string]any{"why": "test"})
	got, err = browser.Eval[string](p, `call((cb) => new connect.Agent().getContacts()[0].getAgentConnection().hold(cb))`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, `failure {"type":"AccessDeniedException","message":"not allowed"`) || !strings.HasSuffix(got, ` {"why":"test"}`) {
		t.Errorf("hold: %s", got)
	}

	if err := srv.EndContact("call-1"); err != nil {
		t.Fatal(err)
	}
	waitLog(t, p, "call-1 acw")
	waitLog(t, p, "state Busy -> AfterCallWork true")
	got, err = browser.Eval[string](p, `call((cb) => new connect.Agent().getContacts()[0].clear(cb))`)
	if err != nil || got != "ok" {
		t.Fatalf("clear: %q, %v", got, err)
	}
	waitLog(t, p, "call-1 destroyed")
	waitLog(t, p, "state AfterCallWork -> Lunch true")

	var methods []string
	for _, r := range srv.Requests() {
		methods = append(methods, r.Method)
	}
	want := []string{"putAgentState", "acceptContact", "putAgentState", "holdConnection", "clearContact"}
	if diff := cmp.Diff(want, methods); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
	if i := slices.IndexFunc(srv.Broadcasts(), func(b ccptest.Broadcast) bool { return b.Event == "contact::accepted" }); i < 0 {
		t.Errorf("no contact::accepted broadcast in %v", srv.Broadcasts())
	}
	if ex := p.Exceptions(); len(ex) > 0 {
		t.Errorf("page exceptions: %q", ex)
	}
}

// heldAcknowledge checks that a CCP that never acknowledges makes Streams
// reload the iframe until it gives up.
func heldAcknowledge(t *testing.T, site string, b *browser.Browser) {
	srv := ccptest.NewServer(ccptest.HoldAcknowledge())
	defer srv.Close()
	p := b.NewPage(t)
	if err := p.Navigate(site + "/?timeout=100&ccp=" + srv.CCPURL()); err != nil {
		t.Fatal(err)
	}
	waitLog(t, p, "retries exhausted")
	// Up to 11 loads (the first and ten reloads); fewer when Streams
	// replaced an iframe before its page reached the server.
	if n := srv.PageLoads(); n < 2 || n > 11 {
		t.Errorf("PageLoads() = %d, want 2 to 11", n)
	}
	if srv.Ready() {
		t.Error("Ready() with the acknowledge held")
	}
}
