package ccptest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/streamsgen/streamsgen/ccptest"
)

func TestParseScenarioErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`{"agnet": {}}`, `unknown field "agnet"`},
		{`{"steps": [{"endContact": "a", "removeContact": "a"}]}`, "step 1 has 2 actions"},
		{`{"steps": [{"after": "soon"}]}`, `invalid duration "soon"`},
		{`{"steps": [{"after": 3}]}`, "a duration is a string"},
		{`{"steps": [{"setConnectionState": {"contactId": "a", "state": "hold"}}]}`, "needs a connectionId"},
		{`{"steps": [{"fail": {"err": "x"}}]}`, "fail needs a method"},
		{`{"repeat": true}`, "repeat without steps"},
		{`{} {}`, "data after the JSON object"},
	} {
		_, err := ccptest.ParseScenario([]byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseScenario(%s) = %v, want an error containing %q", tc.src, err, tc.want)
		}
	}
}

// TestScenarioSteps plays a scenario against a fake page: a call is offered
// once the agent is available, ends once accepted, and the steps repeat
// with new contact IDs.
func TestScenarioSteps(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	src := `{
  "agent": {"name": "Sam Poe", "initialState": "Available"},
  "contacts": [{"contactId": "chat-0", "type": "chat", "state": "connected"}],
  "steps": [
    {"removeContact": "chat-0"},
    {"when": {"noContacts": true}, "after": "10ms", "addContact": {"contactId": "call", "type": "voice"}},
    {"when": {"any": [{"request": "rejectContact"}, {"request": "acceptContact"}]}, "endContact": "call"},
    {"when": {"contactState": {"contactId": "call", "state": "removed"}}, "setAgentState": "Available"}
  ],
  "repeat": true
}`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := ccptest.LoadScenario(path)
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(t, ccptest.WithScenario(sc))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if got := srv.Snapshot(); got.Agent.Name != "Sam Poe" || len(got.Contacts) != 1 {
		t.Fatalf("before the page loaded: %+v", got)
	}
	p := openPage(t, srv, "")
	for round, id := range []string{"call", "call-2"} {
		err := srv.Wait(ctx, func() bool { _, ok := srv.Contact(id); return ok })
		if err != nil {
			t.Fatalf("round %d: no contact %s", round+1, id)
		}
		p.apiRequest(id, "acceptContact", map[string]any{"contactId": id})
		err = srv.Wait(ctx, func() bool { c, _ := srv.Contact(id); return c.State == ccptest.ContactEnded })
		if err != nil {
			t.Fatalf("round %d: %s did not end", round+1, id)
		}
		p.apiRequest(id+"-clear", "clearContact", map[string]any{"contactId": id})
	}
}
