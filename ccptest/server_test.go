package ccptest_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/streamsgen/streamsgen/ccptest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// start is the time of the fixed clock the tests use.
var start = time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)

// newServer starts a server with a clock that stands still at start.
func newServer(t *testing.T, opts ...ccptest.Option) *ccptest.Server {
	t.Helper()
	srv := ccptest.NewServer(append([]ccptest.Option{ccptest.WithClock(func() time.Time { return start })}, opts...)...)
	t.Cleanup(srv.Close)
	return srv
}

// msg is a message the server sent to a page.
type msg struct {
	ID    string          // the event stream id
	Event string          `json:"event"`
	Data  json.RawMessage `json:"data"`
}

func (m msg) decode(t *testing.T) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(m.Data, &v); err != nil {
		t.Fatalf("%s: %v", m.Event, err)
	}
	return v
}

// fakePage speaks the page's side of the protocol over HTTP, without a
// browser.
type fakePage struct {
	t      *testing.T
	srv    *ccptest.Server
	id     string
	msgs   chan msg
	closed chan struct{} // the server sent the close event
	cancel context.CancelFunc
}

// openPage connects a page's event stream; lastID resumes a stream.
func openPage(t *testing.T, srv *ccptest.Server, lastID string) *fakePage {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/ccp/down", nil)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("event stream Content-Type %q", ct)
	}
	p := &fakePage{t: t, srv: srv, msgs: make(chan msg, 100), closed: make(chan struct{}), cancel: cancel}
	t.Cleanup(cancel)
	hello := make(chan string, 1)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		var event, data, id string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				switch event {
				case "hello":
					hello <- data
				case "close":
					close(p.closed)
					return
				default:
					m := msg{ID: id}
					if err := json.Unmarshal([]byte(data), &m); err != nil {
						t.Errorf("bad message %q: %v", data, err)
					}
					p.msgs <- m
				}
				event, data, id = "", "", ""
			case strings.HasPrefix(line, "event: "):
				event = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				data = line[len("data: "):]
			case strings.HasPrefix(line, "id: "):
				id = line[len("id: "):]
			}
		}
	}()
	select {
	case p.id = <-hello:
	case <-time.After(5 * time.Second):
		t.Fatal("no hello")
	}
	return p
}

// post sends messages from "Streams" to the server.
func (p *fakePage) post(msgs ...any) {
	p.t.Helper()
	b, _ := json.Marshal(msgs)
	resp, err := http.Post(p.srv.URL+"/ccp/up?page="+p.id, "application/json", bytes.NewReader(b))
	if err != nil {
		p.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		p.t.Fatalf("POST /ccp/up: %s", resp.Status)
	}
}

// apiRequest posts an api_request.
func (p *fakePage) apiRequest(id, method string, params any) {
	p.t.Helper()
	p.post(map[string]any{"event": "api_request", "data": map[string]any{
		"event": "api_request", "requestId": id, "method": method, "params": params}})
}

// next returns the next message sent to the page.
func (p *fakePage) next() msg {
	p.t.Helper()
	select {
	case m := <-p.msgs:
		return m
	case <-time.After(5 * time.Second):
		p.t.Fatal("no message from the server")
		panic("unreachable")
	}
}

// expect returns the next message, which must be event.
func (p *fakePage) expect(event string) msg {
	p.t.Helper()
	m := p.next()
	if m.Event != event {
		p.t.Fatalf("got %s %s, want %s", m.Event, m.Data, event)
	}
	return m
}

// none checks that nothing arrives for a moment.
func (p *fakePage) none() {
	p.t.Helper()
	select {
	case m := <-p.msgs:
		p.t.Fatalf("unexpected %s %s", m.Event, m.Data)
	case <-time.After(100 * time.Millisecond):
	}
}

// response checks an api_response and returns its data and err.
func (p *fakePage) response(requestID string) (data any, err any) {
	p.t.Helper()
	r := p.expect("api_response").decode(p.t)
	if r["requestId"] != requestID || r["event"] != "api_response" {
		p.t.Fatalf("api_response %v, want requestId %s", r, requestID)
	}
	return r["data"], r["err"]
}

// snapshot reads an agent::update and returns its snapshot.
func (p *fakePage) snapshot() map[string]any {
	p.t.Helper()
	return p.expect("agent::update").decode(p.t)["snapshot"].(map[string]any)
}

func stateName(snap map[string]any) string {
	return snap["state"].(map[string]any)["name"].(string)
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

func indent(t *testing.T, raw json.RawMessage) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		t.Fatal(err)
	}
	b.WriteByte('\n')
	return b.Bytes()
}

// TestFirstLoad checks what a page receives when it loads: the
// acknowledge, then the agent (golden), with dates as {"$date": ms}.
func TestFirstLoad(t *testing.T) {
	srv := newServer(t, ccptest.WithContacts(
		ccptest.Voice("call-1", "+15555550100"),
		ccptest.Monitor("mon-1", "John Roe", ccptest.SilentMonitor),
	))
	p := openPage(t, srv, "")
	ack := p.expect("acknowledge")
	if got := ack.decode(t)["id"]; got != "ccptest-1" {
		t.Errorf("acknowledge id %v", got)
	}
	if ack.ID != "1-0" {
		t.Errorf("event id %q, want 1-0", ack.ID)
	}
	golden(t, "first_update.json", indent(t, p.expect("agent::update").Data))
	if !srv.Ready() || srv.PageLoads() != 1 {
		t.Errorf("Ready() = %v, PageLoads() = %d", srv.Ready(), srv.PageLoads())
	}
}

// TestKeepalive checks that synchronize is answered and not recorded, and
// that other messages are recorded in order.
func TestKeepalive(t *testing.T) {
	srv := newServer(t)
	p := openPage(t, srv, "")
	p.expect("acknowledge")
	p.expect("agent::update")
	p.post(map[string]any{"event": "configure", "data": map[string]any{"softphone": map[string]any{"allowFramedSoftphone": true}}},
		map[string]any{"event": "synchronize"},
		map[string]any{"event": "outer_context_info", "data": map[string]any{"streamsVersion": "2.28.2"}})
	p.expect("acknowledge")
	var events []string
	for _, m := range srv.Messages() {
		events = append(events, m.Event)
	}
	if diff := cmp.Diff([]string{"configure", "outer_context_info"}, events); diff != "" {
		t.Errorf("recorded messages (-want +got):\n%s", diff)
	}
	if got := string(srv.Messages()[1].Data); got != `{"streamsVersion":"2.28.2"}` {
		t.Errorf("outer_context_info data %s", got)
	}
}

// TestPutAgentState checks the default answers to putAgentState.
func TestPutAgentState(t *testing.T) {
	srv := newServer(t)
	p := openPage(t, srv, "")
	p.expect("acknowledge")
	p.expect("agent::update")
	lunch := map[string]any{"name": "Lunch", "type": "not_routable", "agentStateARN": ccptest.Instance + "/agent-state/lunch"}
	avail := map[string]any{"name": "Available", "type": "routable", "agentStateARN": ccptest.Instance + "/agent-state/available"}

	p.apiRequest("r1", "putAgentState", map[string]any{"state": avail, "enqueueNextState": false})
	if data, err := p.response("r1"); err != nil || data == nil {
		t.Errorf("putAgentState: data %v, err %v", data, err)
	}
	if got := stateName(p.snapshot()); got != "Available" {
		t.Errorf("state %s, want Available", got)
	}

	p.apiRequest("r2", "putAgentState", map[string]any{"state": map[string]any{"name": "Nap", "type": "not_routable"}})
	if _, err := p.response("r2"); err == nil || !strings.Contains(err.(string), `"type":"ResourceNotFoundException"`) {
		t.Errorf("unknown state: err %v", err)
	}

	if err := srv.AddContact(ccptest.Voice("call-1", "+15555550100")); err != nil {
		t.Fatal(err)
	}
	if got := stateName(p.snapshot()); got != ccptest.PendingBusy {
		t.Errorf("state %s, want PendingBusy", got)
	}
	p.apiRequest("r3", "putAgentState", map[string]any{"state": lunch, "enqueueNextState": false})
	if _, err := p.response("r3"); err == nil || !strings.Contains(err.(string), `"type":"InvalidStateException"`) {
		t.Errorf("state change on a call: err %v", err)
	}
	p.apiRequest("r4", "putAgentState", map[string]any{"state": lunch, "enqueueNextState": true})
	if _, err := p.response("r4"); err != nil {
		t.Errorf("enqueue: err %v", err)
	}
	snap := p.snapshot()
	if next, _ := snap["nextState"].(map[string]any); next["name"] != "Lunch" {
		t.Errorf("nextState %v, want Lunch", snap["nextState"])
	}
	if got := srv.Snapshot().Next; got == nil || got.Name != "Lunch" {
		t.Errorf("Snapshot().Next = %v", got)
	}

	p.apiRequest("r5", "clearContact", map[string]any{"contactId": "call-1"})
	p.response("r5")
	snap = p.snapshot()
	if stateName(snap) != "Lunch" || snap["nextState"] != nil {
		t.Errorf("after clearing: state %s, next %v; want Lunch and none", stateName(snap), snap["nextState"])
	}

	var methods []string
	for _, r := range srv.Requests() {
		methods = append(methods, r.Method+" "+r.RequestID)
	}
	want := []string{"putAgentState r1", "putAgentState r2", "putAgentState r3", "putAgentState r4", "clearContact r5"}
	if diff := cmp.Diff(want, methods); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
	if got := srv.Requests()[3].Params["enqueueNextState"]; got != true {
		t.Errorf("params of r4: enqueueNextState = %v", got)
	}
}

// TestVoiceCallStates follows the agent's state through a call answered
// with the API, and a call missed.
func TestVoiceCallStates(t *testing.T) {
	srv := newServer(t)
	p := openPage(t, srv, "")
	p.expect("acknowledge")
	p.expect("agent::update")
	srv.SetAgentState("Available")
	p.snapshot()
	step := func(wantState, wantContact string) {
		t.Helper()
		snap := p.snapshot()
		if got := stateName(snap); got != wantState {
			t.Errorf("agent state %s, want %s", got, wantState)
		}
		c, ok := srv.Contact("call-1")
		if got := c.State; ok && got != wantContact || !ok && wantContact != "" {
			t.Errorf("contact state %q (present %v), want %q", got, ok, wantContact)
		}
	}
	srv.AddContact(ccptest.Voice("call-1", "+15555550100"))
	step(ccptest.PendingBusy, ccptest.ContactConnecting)
	p.apiRequest("a", "acceptContact", map[string]any{"contactId": "call-1"})
	p.response("a")
	step(ccptest.Busy, ccptest.ContactConnected)
	if c, _ := srv.Contact("call-1"); c.AgentConnection().State != ccptest.ConnConnected {
		t.Errorf("agent connection %s after accept", c.AgentConnection().State)
	}
	p.apiRequest("h", "holdConnection", map[string]any{"contactId": "call-1", "connectionId": "call-1-customer"})
	p.response("h")
	step(ccptest.Busy, ccptest.ContactConnected)
	p.apiRequest("d", "destroyConnection", map[string]any{"contactId": "call-1", "connectionId": "call-1-agent"})
	p.response("d")
	step(ccptest.AfterCallWork, ccptest.ContactEnded)
	p.apiRequest("c", "clearContact", map[string]any{"contactId": "call-1"})
	p.response("c")
	step("Available", "")

	srv.AddContact(ccptest.Voice("call-1", "+15555550100"))
	step(ccptest.PendingBusy, ccptest.ContactConnecting)
	srv.MissContact("call-1")
	step(ccptest.MissedCallAgent, ccptest.ContactMissed)
	p.apiRequest("a2", "acceptContact", map[string]any{"contactId": "call-1"})
	if _, err := p.response("a2"); err == nil {
		t.Error("accepting a missed call succeeded")
	}
	srv.RemoveContact("call-1")
	step("Available", "")

	// Chats leave the agent's state alone.
	srv.AddContact(ccptest.Chat("chat-1", "Ann"))
	if got := stateName(p.snapshot()); got != "Available" {
		t.Errorf("state with a chat offered: %s", got)
	}
}

// TestMonitorStatus switches a monitoring connection between silent
// monitor and barge, from the test and through the API.
func TestMonitorStatus(t *testing.T) {
	srv := newServer(t, ccptest.WithContacts(ccptest.Monitor("mon-1", "John Roe", ccptest.SilentMonitor)))
	p := openPage(t, srv, "")
	p.expect("acknowledge")
	p.expect("agent::update")
	monitorLeg := func(snap map[string]any) map[string]any {
		conns := snap["contacts"].([]any)[0].(map[string]any)["connections"].([]any)
		return conns[2].(map[string]any)
	}
	p.apiRequest("b", "updateMonitorParticipantState", map[string]any{"contactId": "mon-1", "targetMonitorMode": "BARGE"})
	p.response("b")
	leg := monitorLeg(p.snapshot())
	if leg["monitorStatus"] != "BARGE" || leg["state"].(map[string]any)["type"] != "barge" {
		t.Errorf("after barge: %v", leg)
	}
	if err := srv.SetMonitorStatus("mon-1", ccptest.SilentMonitor); err != nil {
		t.Fatal(err)
	}
	leg = monitorLeg(p.snapshot())
	if leg["monitorStatus"] != "SILENT_MONITOR" || leg["state"].(map[string]any)["type"] != "silent_monitor" {
		t.Errorf("after silent monitor: %v", leg)
	}
	if err := srv.SetMonitorStatus("mon-1", "SHOUT"); err == nil {
		t.Error("SetMonitorStatus accepted SHOUT")
	}
}

// TestReplies checks answers chosen by the test: failure, delay, none.
func TestReplies(t *testing.T) {
	srv := newServer(t)
	p := openPage(t, srv, "")
	p.expect("acknowledge")
	p.expect("agent::update")
	e := ccptest.APIError("AccessDeniedException", "nope", 403)
	srv.FailNext("acceptContact", e, map[string]any{"n": 1})
	srv.ReplyNext("acceptContact", ccptest.Reply{Data: "late", Delay: 50 * time.Millisecond})
	srv.ReplyNext("acceptContact", ccptest.Reply{Never: true})

	p.apiRequest("1", "acceptContact", map[string]any{"contactId": "x"})
	data, err := p.response("1")
	if err != e || !cmp.Equal(data, map[string]any{"n": 1.0}) {
		t.Errorf("failed reply: data %v, err %v", data, err)
	}
	p.none() // a failure changes nothing: no snapshot

	began := time.Now()
	p.apiRequest("2", "acceptContact", map[string]any{"contactId": "x"})
	if data, err := p.response("2"); data != "late" || err != nil {
		t.Errorf("delayed reply: data %v, err %v", data, err)
	}
	if d := time.Since(began); d < 50*time.Millisecond {
		t.Errorf("delayed reply came after %v", d)
	}

	p.apiRequest("3", "acceptContact", map[string]any{"contactId": "x"})
	p.none()

	// The queue is used up: the default behaviour is back.
	p.apiRequest("4", "acceptContact", map[string]any{"contactId": "x"})
	if _, err := p.response("4"); err == nil || !strings.Contains(err.(string), "ResourceNotFoundException") {
		t.Errorf("default reply for an unknown contact: err %v", err)
	}
	var want = `{"type":"AccessDeniedException","message":"nope","stack":["AccessDeniedException: nope"],"retryStatus":"none","statusCode":403}`
	if e != want {
		t.Errorf("APIError = %s\nwant %s", e, want)
	}
}

// TestMasterAndBroadcast checks master coordination and the record of
// broadcasts.
func TestMasterAndBroadcast(t *testing.T) {
	srv := newServer(t)
	p := openPage(t, srv, "")
	p.expect("acknowledge")
	p.expect("agent::update")
	p.post(map[string]any{"event": "master_request", "data": map[string]any{
		"event": "master_request", "requestId": "m1", "method": "checkMaster", "params": map[string]any{"topic": "connect::softphone"}}})
	r := p.expect("master_response").decode(t)
	want := map[string]any{"event": "master_response", "requestId": "m1", "err": nil,
		"data": map[string]any{"masterId": 1.0, "isMaster": true, "topic": "connect::softphone"}}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("master_response (-want +got):\n%s", diff)
	}
	p.post(map[string]any{"event": "broadcast", "data": map[string]any{"event": "mute", "data": map[string]any{"mute": true}}})
	b := srv.Broadcasts()
	if len(b) != 1 || b[0].Event != "mute" || !cmp.Equal(b[0].Data, map[string]any{"mute": true}) {
		t.Errorf("Broadcasts() = %v", b)
	}
}

// TestPages checks that a new load supersedes the previous one, that
// EventSource reconnections resume, and the held acknowledge.
func TestPages(t *testing.T) {
	srv := newServer(t, ccptest.HoldAcknowledge())
	p1 := openPage(t, srv, "")
	p1.post(map[string]any{"event": "synchronize"})
	p1.none()
	p2 := openPage(t, srv, "")
	select {
	case <-p1.closed:
	case <-time.After(5 * time.Second):
		t.Fatal("the first load was not closed when the second connected")
	}
	if srv.PageLoads() != 2 || srv.Ready() {
		t.Fatalf("PageLoads() = %d, Ready() = %v", srv.PageLoads(), srv.Ready())
	}
	srv.HoldAcknowledge(false)
	ack := p2.expect("acknowledge")
	if got := ack.decode(t)["id"]; got != "ccptest-2" {
		t.Errorf("acknowledge id %v", got)
	}
	p2.expect("agent::update")
	if !srv.Ready() {
		t.Error("not Ready() after the acknowledge")
	}
	// A reconnection after the acknowledge gets what followed it.
	p2.cancel()
	srv.SetAgentState("Lunch")
	p3 := openPage(t, srv, ack.ID)
	if got := stateName(p3.snapshot()); got != "Offline" {
		t.Errorf("resumed stream: first state %s, want the update after the acknowledge", got)
	}
	if got := stateName(p3.snapshot()); got != "Lunch" {
		t.Errorf("resumed stream: state %s", got)
	}
	if srv.PageLoads() != 2 {
		t.Errorf("a reconnection counted as a load: PageLoads() = %d", srv.PageLoads())
	}
}

// TestWait checks WaitRequest and that Wait ends with its context.
func TestWait(t *testing.T) {
	srv := newServer(t)
	p := openPage(t, srv, "")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	go p.apiRequest("r", "sendDigits", map[string]any{"digits": "12"})
	r, err := srv.WaitRequest(ctx, "sendDigits")
	if err != nil || r.Params["digits"] != "12" {
		t.Errorf("WaitRequest = %+v, %v", r, err)
	}
	short, cancel2 := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel2()
	if err := srv.Wait(short, func() bool { return false }); err != context.DeadlineExceeded {
		t.Errorf("Wait = %v, want the deadline", err)
	}
}

func TestAgentConfiguration(t *testing.T) {
	srv := newServer(t, ccptest.WithAgent(ccptest.Agent{
		Name:        "Ann Lee",
		States:      []ccptest.AgentState{{Name: "Ready", Type: ccptest.Routable}, {Name: "Away", Type: ccptest.Offline}},
		Permissions: []string{},
	}))
	snap := srv.Snapshot()
	if snap.State.Name != "Away" || snap.Agent.Username != "ann" || len(snap.Agent.Permissions) != 0 {
		t.Errorf("Snapshot() = %+v", snap)
	}
	if snap.Agent.States[0].ARN != ccptest.Instance+"/agent-state/ready" {
		t.Errorf("derived ARN %q", snap.Agent.States[0].ARN)
	}
	if err := srv.SetAgent(ccptest.Agent{Name: "Ann Lee", States: []ccptest.AgentState{{Name: "Away", Type: ccptest.Offline}}}); err != nil {
		t.Fatal(err)
	}
	if got := srv.Snapshot().State.Name; got != "Away" {
		t.Errorf("state after SetAgent: %s", got)
	}
	srv.SetAgent(ccptest.Agent{Name: "Ann Lee", States: []ccptest.AgentState{{Name: "Gone", Type: ccptest.Offline}, {Name: "Here", Type: ccptest.Routable}}})
	if got := srv.Snapshot().State.Name; got != "Gone" {
		t.Errorf("state after SetAgent without the current state: %s, want the new initial state", got)
	}
	if err := srv.SetAgent(ccptest.Agent{InitialState: "Nowhere"}); err == nil {
		t.Error("SetAgent with an unknown initial state succeeded")
	}
	if err := srv.SetAgentState("Ready"); err == nil {
		t.Error("SetAgentState of a state the agent no longer has succeeded")
	}
	if _, err := ccptest.Listen("127.0.0.1:0", ccptest.WithAgent(ccptest.Agent{InitialState: "Nowhere"})); err == nil {
		t.Error("Listen with an unknown initial state succeeded")
	}
	if err := srv.AddContact(ccptest.Contact{ID: "t", Type: "task"}); err != nil {
		t.Fatal(err)
	}
	if err := srv.AddContact(ccptest.Contact{ID: "t", Type: "task"}); err == nil {
		t.Error("a second contact with the same ID was added")
	}
	if c, _ := srv.Contact("t"); len(c.Connections) != 2 || c.State != ccptest.ContactConnecting {
		t.Errorf("defaults of a task: %+v", c)
	}
}
