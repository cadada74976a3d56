//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"os/exec"
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

// appPage loads the test program with the generated loader. The query
// parameters become the program's environment: ?ccp=... is E2E_CCP.
const appPage = `<!doctype html>
<div id="ccp" style="width:320px;height:240px"></div>
<script type="module">
import { load, ready } from "./loader.esm.js";
const env = {};
for (const [k, v] of new URLSearchParams(location.search)) env["E2E_" + k.toUpperCase()] = v;
window.started = load({ wasm: "app.wasm", streams: "connect-streams.js", env }).then(() => ready);
</script>
<script>
// Test helpers, evaluated by the Go test.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function app() {
  const deadline = Date.now() + 20000;
  while (window.e2e === undefined) {
    if (Date.now() > deadline) throw new Error("the Go program did not start");
    await sleep(10);
  }
  await window.started;
  return window.e2e;
}
// waitLog resolves with the log once it holds entry.
async function waitLog(entry) {
  const e2e = await app();
  const deadline = Date.now() + 20000;
  while (!e2e.log.includes(entry)) {
    if (Date.now() > deadline) throw new Error("no " + JSON.stringify(entry) + " in the log " + JSON.stringify(e2e.log));
    await sleep(10);
  }
  return Array.from(e2e.log);
}
// until repeats a command until it returns want, and returns the last result.
async function until(want, ...cmd) {
  const e2e = await app();
  const deadline = Date.now() + 20000;
  let got;
  while ((got = await e2e.do(...cmd)) !== want && Date.now() < deadline) await sleep(20);
  return got;
}
</script>`

// site serves the page, the loader, the test program and Streams.
type site struct {
	url     string
	browser *browser.Browser
}

// newSite builds the test program and starts the browser, once for all the
// tests.
func newSite(t *testing.T) *site {
	t.Helper()
	root := testenv.RepoRoot()
	streamsJS := filepath.Join(testenv.NodeModules(t), "amazon-connect-streams", "release", "connect-streams.js")
	dir := t.TempDir()
	began := time.Now()
	cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "app.wasm"), "./internal/e2e/app")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the test program: %v\n%s", err, out)
	}
	t.Logf("built the test program in %v", time.Since(began).Round(time.Millisecond))
	files := map[string]string{
		"/app.wasm":           filepath.Join(dir, "app.wasm"),
		"/loader.esm.js":      filepath.Join(root, "gen", "js", "loader.esm.js"),
		"/loader.esm.js.map":  filepath.Join(root, "gen", "js", "loader.esm.js.map"),
		"/connect-streams.js": streamsJS,
	}
	url := browser.Serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(appPage))
			return
		}
		if f, ok := files[r.URL.Path]; ok {
			http.ServeFile(w, r, f)
			return
		}
		http.NotFound(w, r)
	}))
	return &site{url: url, browser: browser.Start(t)}
}

// app is the test program running in a page, with its CCP.
type app struct {
	t   *testing.T
	p   *browser.Page
	srv *ccptest.Server
}

// open starts a ccptest server and a page running the program against it.
func (s *site) open(t *testing.T, env map[string]string, opts ...ccptest.Option) *app {
	t.Helper()
	srv := ccptest.NewServer(opts...)
	t.Cleanup(srv.Close)
	q := url.Values{"ccp": {srv.CCPURL()}}
	for k, v := range env {
		q.Set(k, v)
	}
	a := &app{t: t, p: s.browser.NewPage(t), srv: srv}
	if err := a.p.Navigate(s.url + "/?" + q.Encode()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if ex := a.p.Exceptions(); len(ex) > 0 {
			t.Errorf("page exceptions: %q", ex)
		}
		if t.Failed() {
			t.Logf("page console:\n%v", a.p.Console())
		}
	})
	return a
}

func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// waitLog waits for an entry in the program's log and returns the log.
func (a *app) waitLog(entry string) []string {
	a.t.Helper()
	log, err := browser.Eval[[]string](a.p, "waitLog("+js(entry)+")")
	if err != nil {
		a.t.Fatal(err)
	}
	return log
}

// do runs a command of the program and returns its result.
func (a *app) do(cmd ...string) string {
	a.t.Helper()
	args := make([]string, len(cmd))
	for i, c := range cmd {
		args[i] = js(c)
	}
	got, err := browser.Eval[string](a.p, "app().then((e) => e.do("+strings.Join(args, ", ")+"))")
	if err != nil {
		a.t.Fatal(err)
	}
	return got
}

// until repeats a command until it returns want, and fails otherwise.
func (a *app) until(want string, cmd ...string) {
	a.t.Helper()
	args := []string{js(want)}
	for _, c := range cmd {
		args = append(args, js(c))
	}
	got, err := browser.Eval[string](a.p, "until("+strings.Join(args, ", ")+")")
	if err != nil {
		a.t.Fatal(err)
	}
	if got != want {
		a.t.Fatalf("%s: %q, want %q", strings.Join(cmd, " "), got, want)
	}
}

// ready waits for the program to have the agent.
func (a *app) ready(agentLine string) {
	a.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := a.srv.WaitReady(ctx); err != nil {
		a.t.Fatalf("the CCP was not acknowledged: %v", err)
	}
	a.waitLog(agentLine)
}

// available opens the program and makes the agent Available.
func (s *site) available(t *testing.T, opts ...ccptest.Option) *app {
	t.Helper()
	a := s.open(t, nil, opts...)
	a.ready("agent Jane Doe Offline")
	if err := a.srv.SetAgentState("Available"); err != nil {
		t.Fatal(err)
	}
	a.waitLog("state Offline -> Available")
	return a
}

// inOrder checks that want occurs in log in this order.
func inOrder(t *testing.T, log []string, want ...string) {
	t.Helper()
	i := 0
	for _, e := range log {
		if i < len(want) && e == want[i] {
			i++
		}
	}
	if i < len(want) {
		t.Errorf("log lacks %q after %q:\n%s", want[i], want[:i], strings.Join(log, "\n"))
	}
}

// call is an API request as the tests compare them.
type call struct {
	Method string
	Params map[string]any
}

func calls(srv *ccptest.Server) []call {
	var cs []call
	for _, r := range srv.Requests() {
		cs = append(cs, call{r.Method, r.Params})
	}
	return cs
}

func stateParam(name, typ string) map[string]any {
	return map[string]any{"name": name, "type": typ, "agentStateARN": ccptest.Instance + "/agent-state/" + strings.ToLower(name)}
}

func TestE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go program and starts a browser")
	}
	s := newSite(t)

	// A voice call handled entirely by the program's handlers: they accept
	// the call when it rings and clear it at after-contact work.
	t.Run("VoiceCall", func(t *testing.T) {
		t.Parallel()
		a := s.open(t, map[string]string{"auto": "1"})
		a.ready("agent Jane Doe Offline")
		if got := a.do("setState", "Available", "false"); got != "ok" {
			t.Fatalf("setState: %s", got)
		}
		a.waitLog("state Offline -> Available")
		if err := a.srv.AddContact(ccptest.Voice("call-1", "+15555550100")); err != nil {
			t.Fatal(err)
		}
		a.waitLog("call-1 connected")
		if err := a.srv.EndContact("call-1"); err != nil {
			t.Fatal(err)
		}
		a.waitLog("call-1 destroyed")
		log := a.waitLog("state AfterCallWork -> Available")
		// Each subscription has its own goroutine: only the events of one
		// subscription, and what its handler does, are ordered.
		inOrder(t, log, "contact call-1 voice", "call-1 connecting", "call-1 accept: ok", "call-1 connected",
			"call-1 acw", "call-1 clear: ok", "call-1 destroyed")
		inOrder(t, log, "call-1 ended", "call-1 destroyed")
		inOrder(t, log, "state Init -> Offline", "state Offline -> Available", "state Available -> PendingBusy",
			"state PendingBusy -> Busy", "state Busy -> AfterCallWork", "state AfterCallWork -> Available")
		want := []call{
			{"putAgentState", map[string]any{"state": stateParam("Available", "routable"), "enqueueNextState": false}},
			{"acceptContact", map[string]any{"contactId": "call-1"}},
			{"clearContact", map[string]any{"contactId": "call-1"}},
		}
		if diff := cmp.Diff(want, calls(a.srv)); diff != "" {
			t.Errorf("API requests (-want +got):\n%s", diff)
		}
		if i := slices.IndexFunc(a.srv.Broadcasts(), func(b ccptest.Broadcast) bool { return b.Event == "contact::accepted::call-1" }); i < 0 {
			t.Errorf("no contact::accepted::call-1 broadcast in %v", a.srv.Broadcasts())
		}
		if got := a.srv.Snapshot(); got.State.Name != "Available" || len(got.Contacts) != 0 {
			t.Errorf("at the end: state %s, %d contacts", got.State.Name, len(got.Contacts))
		}
	})

	// A request the CCP fails returns a *streams.CallError with the payload.
	t.Run("FailedRequest", func(t *testing.T) {
		t.Parallel()
		a := s.open(t, nil)
		a.ready("agent Jane Doe Offline")
		errText := ccptest.APIError("AccessDeniedException", "Agent is not allowed to change state", 403)
		a.srv.FailNext("putAgentState", errText, map[string]any{"status": 403})
		got := a.do("setState", "Available", "false")
		want := "CallError op=connect.Agent#setState err=" + errText + ` data={"status":403}`
		if got != want {
			t.Errorf("setState:\n got %s\nwant %s", got, want)
		}
		if st := a.srv.Snapshot().State.Name; st != "Offline" {
			t.Errorf("state after the failure: %s", st)
		}
	})

	// A CCP that never acknowledges: Streams reloads the iframe ten times,
	// then the program hears iframe_retries_exhausted.
	t.Run("RetriesExhausted", func(t *testing.T) {
		t.Parallel()
		a := s.open(t, map[string]string{"load_timeout": "100", "ack_timeout": "100"}, ccptest.HoldAcknowledge())
		log := a.waitLog("iframe retries exhausted")
		// Up to 11 loads (the first and ten reloads); fewer when Streams
		// replaced an iframe before its page reached the server.
		if n := a.srv.PageLoads(); n < 2 || n > 11 {
			t.Errorf("PageLoads() = %d, want 2 to 11", n)
		}
		for _, e := range log {
			if strings.HasPrefix(e, "agent ") {
				t.Errorf("the agent arrived without an acknowledge: %q", e)
			}
		}
	})

	// A handler that panics is reported to the panic handler, and the
	// subscription keeps delivering.
	t.Run("PanicInHandler", func(t *testing.T) {
		t.Parallel()
		a := s.open(t, nil)
		a.ready("agent Jane Doe Offline")
		if got := a.do("panicOnce"); got != "ok" {
			t.Fatal(got)
		}
		a.srv.SetAgentState("Available")
		a.waitLog("panic connect.Agent#onStateChange: boom on Available")
		a.srv.SetAgentState("Lunch")
		log := a.waitLog("after panic Available -> Lunch")
		inOrder(t, log, "panic connect.Agent#onStateChange: boom on Available", "after panic Available -> Lunch")
		inOrder(t, log, "state Offline -> Available", "state Available -> Lunch")
	})

	// A next state enqueued during a call, applied when the call is cleared.
	t.Run("NextState", func(t *testing.T) {
		t.Parallel()
		a := s.available(t)
		a.srv.AddContact(ccptest.Voice("call-1", "+15555550100"))
		a.waitLog("call-1 connecting")
		if got := a.do("accept", "call-1"); got != "ok" {
			t.Fatalf("accept: %s", got)
		}
		a.waitLog("call-1 connected")
		if got := a.do("nextState"); got != "none" {
			t.Errorf("GetNextState before: %s", got)
		}
		if got := a.do("setState", "Lunch", "false"); !strings.Contains(got, "InvalidStateException") {
			t.Errorf("setState without enqueueNextState on a call: %s", got)
		}
		if got := a.do("setState", "Lunch", "true"); got != "ok" {
			t.Fatalf("setState with enqueueNextState: %s", got)
		}
		a.waitLog("next Lunch")
		if got := a.do("nextState"); got != "Lunch" {
			t.Errorf("GetNextState: %s", got)
		}
		a.srv.EndContact("call-1")
		a.waitLog("call-1 acw")
		if got := a.do("clear", "call-1"); got != "ok" {
			t.Fatalf("clear: %s", got)
		}
		a.waitLog("state AfterCallWork -> Lunch")
		a.until("none", "nextState")
		reqs := calls(a.srv)
		want := call{"putAgentState", map[string]any{"state": stateParam("Lunch", "not_routable"), "enqueueNextState": true}}
		if len(reqs) != 4 || !cmp.Equal(reqs[2], want) {
			t.Errorf("API requests %v, want the third to be %v", reqs, want)
		}
	})

	// A chat and a task, offered together, accepted and cleared; neither
	// changes the agent's state.
	t.Run("ChatAndTask", func(t *testing.T) {
		t.Parallel()
		a := s.available(t)
		a.srv.AddContact(ccptest.Chat("chat-1", "Ann"))
		a.srv.AddContact(ccptest.Task("task-1", "Call back Ann"))
		a.waitLog("chat-1 connecting")
		a.waitLog("task-1 connecting")
		for _, id := range []string{"chat-1", "task-1"} {
			if got := a.do("accept", id); got != "ok" {
				t.Fatalf("accept %s: %s", id, got)
			}
			a.waitLog(id + " connected")
			a.srv.EndContact(id)
			a.waitLog(id + " acw")
			if got := a.do("clear", id); got != "ok" {
				t.Fatalf("clear %s: %s", id, got)
			}
		}
		log := a.waitLog("task-1 destroyed")
		inOrder(t, log, "contact chat-1 chat", "contact task-1 task")
		inOrder(t, log, "chat-1 connecting", "chat-1 connected", "chat-1 acw", "chat-1 destroyed")
		inOrder(t, log, "task-1 connecting", "task-1 connected", "task-1 acw", "task-1 destroyed")
		for _, e := range log {
			if strings.HasPrefix(e, "state Available -> ") {
				t.Errorf("a chat or task changed the agent's state: %s", e)
			}
		}
	})

	// Reject and hang up, which gen/streams lacks, through the runtime.
	t.Run("RejectAndHangUp", func(t *testing.T) {
		t.Parallel()
		a := s.available(t)
		a.srv.AddContact(ccptest.Voice("call-1", "+15555550100"))
		a.waitLog("call-1 connecting")
		if got := a.do("reject", "call-1"); got != "ok" {
			t.Fatalf("reject: %s", got)
		}
		a.waitLog("call-1 ended")
		a.until("rejected", "state", "call-1")
		a.do("clear", "call-1")
		a.srv.AddContact(ccptest.Voice("call-2", "+15555550101"))
		a.waitLog("call-2 connecting")
		a.do("accept", "call-2")
		a.waitLog("call-2 connected")
		if got := a.do("hangUp", "call-2"); got != "ok" {
			t.Fatalf("hang up: %s", got)
		}
		a.waitLog("call-2 acw")
		want := []call{
			{"rejectContact", map[string]any{"contactId": "call-1"}},
			{"clearContact", map[string]any{"contactId": "call-1"}},
			{"acceptContact", map[string]any{"contactId": "call-2"}},
			{"destroyConnection", map[string]any{"contactId": "call-2", "connectionId": "call-2-agent"}},
		}
		if diff := cmp.Diff(want, calls(a.srv)); diff != "" {
			t.Errorf("API requests (-want +got):\n%s", diff)
		}
	})

	// A supervisor's monitoring connection, silent then barging.
	t.Run("Monitoring", func(t *testing.T) {
		t.Parallel()
		a := s.open(t, nil, ccptest.WithContacts(ccptest.Monitor("mon-1", "John Roe", ccptest.SilentMonitor)))
		a.ready("agent Jane Doe Busy")
		a.waitLog("contact mon-1 voice")
		a.until("monitoring silent=true barge=false", "monitor", "mon-1")
		a.srv.SetMonitorStatus("mon-1", ccptest.Barge)
		a.until("monitoring silent=false barge=true", "monitor", "mon-1")
	})
}
