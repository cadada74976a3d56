//go:build js && wasm

package bindingtest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/streamsgen/streamsgen/gen/streams"
	"github.com/streamsgen/streamsgen/internal/streamstest"
)

// TestVoiceContactLifecycle follows one voice contact through the library's
// own snapshot diffing: per-contact subscriptions made inside the
// connect.contact handler must be in place before the library fires the
// contact's first state event.
func TestVoiceContactLifecycle(t *testing.T) {
	f := streamstest.New(t)
	agentFromInit(t, f)

	events := make(chan string, 16)
	contacts := make(chan streams.Contact, 1)
	sub, err := streams.Connect.Contact(func(c streams.Contact) {
		id, err := c.GetContactID()
		if err != nil {
			t.Error(err)
		}
		typ, _ := c.GetType()
		events <- "init " + id + " " + string(typ)
		on := map[string]func(func(streams.Contact)) (*streams.Subscription, error){
			"incoming":  c.OnIncoming,
			"connected": c.OnConnected,
			"acw":       c.OnACW,
			"ended":     c.OnEnded,
			"destroy":   c.OnDestroy,
		}
		for _, name := range []string{"incoming", "connected", "acw", "ended", "destroy"} {
			if _, err := on[name](func(c streams.Contact) {
				st, err := c.GetState()
				if err != nil {
					events <- name + " (" + err.Error() + ")"
					return
				}
				events <- name + " " + string(st.Type)
			}); err != nil {
				t.Errorf("On %s: %v", name, err)
			}
		}
		contacts <- c
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	ms := streamstest.Start.UnixMilli()
	avail := streamstest.State{Type: "routable", Name: "Available", Start: ms}
	push := func(contactState, agentConn string) {
		snap := streamstest.Snapshot{State: avail}
		if contactState != "" {
			snap.Contacts = []streamstest.Contact{streamstest.VoiceContact("c-1", contactState, agentConn)}
		}
		f.Push(snap)
	}

	push("incoming", "connecting")
	c := streamstest.Receive(t, contacts)
	if err := c.Accept(context.Background()); err != nil {
		t.Fatalf("Accept: %v", err)
	}
	push("connected", "connected")

	conn, err := c.GetAgentConnection()
	if err != nil || conn == nil {
		t.Fatalf("GetAgentConnection() = %v, %v", conn, err)
	}
	voice := streams.VoiceConnection{BaseConnection: *conn}
	if id, _ := voice.GetConnectionID(); id != "c-1-agent" {
		t.Errorf("agent connection id = %q", id)
	}
	if b, err := voice.IsBarge(); err != nil || b {
		t.Errorf("IsBarge() = %v, %v; want false", b, err)
	}

	push("ended", "disconnected")
	if err := c.Clear(context.Background()); err != nil {
		t.Fatalf("Clear: %v", err)
	}
	push("", "")

	want := []string{
		"init c-1 voice",
		"incoming incoming",
		"connected connected",
		"acw ended",
		"ended ended",
		// The destroy payload is a frozen snapshot of the last contact data.
		"destroy ended",
	}
	var got []string
	for range want {
		select {
		case e := <-events:
			got = append(got, e)
		case <-time.After(5 * time.Second):
		}
	}
	streamstest.ExpectNone(t, events)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("contact events (-want +got):\n%s", diff)
	}

	var methods []string
	for _, call := range f.Calls() {
		methods = append(methods, call.Method+" "+call.Params["contactId"].(string))
	}
	if diff := cmp.Diff([]string{"acceptContact c-1", "clearContact c-1"}, methods); diff != "" {
		t.Errorf("API requests (-want +got):\n%s", diff)
	}
}

func TestMonitoringFlags(t *testing.T) {
	f := streamstest.New(t)
	agentFromInit(t, f)
	contacts := make(chan streams.Contact, 1)
	sub, err := streams.Connect.Contact(func(c streams.Contact) { contacts <- c })
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	ms := streamstest.Start.UnixMilli()
	for _, tc := range []struct {
		status          string
		barge, monitory bool
	}{
		{"SILENT_MONITOR", false, true},
		{"BARGE", true, false},
	} {
		contact := streamstest.VoiceContact("m-"+tc.status, "connected", "connected")
		contact.Connections[0].Type = "monitoring"
		contact.Connections[0].MonitorStatus = tc.status
		f.Push(streamstest.Snapshot{State: streamstest.State{Type: "routable", Name: "Available", Start: ms}, Contacts: []streamstest.Contact{contact}})
		c := streamstest.Receive(t, contacts)
		conn, err := c.GetAgentConnection()
		if err != nil || conn == nil {
			t.Fatalf("%s: GetAgentConnection() = %v, %v", tc.status, conn, err)
		}
		typ, _ := conn.GetType()
		if typ != streams.ConnectionTypeMonitoring {
			t.Errorf("%s: connection type %q", tc.status, typ)
		}
		v := streams.VoiceConnection{BaseConnection: *conn}
		barge, err1 := v.IsBarge()
		silent, err2 := v.IsSilentMonitor()
		if err := errors.Join(err1, err2); err != nil || barge != tc.barge || silent != tc.monitory {
			t.Errorf("%s: IsBarge %v, IsSilentMonitor %v, err %v; want %v, %v", tc.status, barge, silent, err, tc.barge, tc.monitory)
		}
	}
}

func TestCallbacksFailureKeepsPayload(t *testing.T) {
	f := streamstest.New(t)
	agentFromInit(t, f)
	contacts := make(chan streams.Contact, 1)
	sub, err := streams.Connect.Contact(func(c streams.Contact) { contacts <- c })
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	ms := streamstest.Start.UnixMilli()
	f.Push(streamstest.Snapshot{State: streamstest.State{Type: "routable", Name: "Available", Start: ms},
		Contacts: []streamstest.Contact{streamstest.VoiceContact("c-9", "incoming", "connecting")}})
	c := streamstest.Receive(t, contacts)

	f.SetMode("failure")
	f.Client.Set("failureErr", `{"type":"ContactNotFound"}`)
	// clear passes the client's failure through untouched.
	err = c.Clear(context.Background())
	var ce *streams.CallError
	if !errors.As(err, &ce) || ce.Err != `{"type":"ContactNotFound"}` || ce.Data != `{"status":403}` {
		t.Errorf("Clear failure = %T %v", err, err)
	}
	// accept replaces it with the bare string "error" and drops the data;
	// the error says what Streams said.
	err = c.Accept(context.Background())
	if !errors.As(err, &ce) || ce.Err != "error" || ce.Data != "" {
		t.Errorf("Accept failure = %T %+v", err, err)
	}
}
