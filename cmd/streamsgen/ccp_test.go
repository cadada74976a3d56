package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestCCPUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"ccp", "extra"}, 2},
		{[]string{"ccp", "-no-such-flag"}, 2},
		{[]string{"ccp", "-scenario", filepath.Join(t.TempDir(), "missing.json")}, 1},
		{[]string{"ccp", "-addr", "256.0.0.1:0"}, 1},
		{[]string{"ccp", "-h"}, 0},
	} {
		code, _, stderr := runCmd(t, tc.args...)
		if code != tc.code {
			t.Errorf("streamsgen %q: exit %d, want %d (stderr %q)", tc.args, code, tc.code, stderr)
		}
	}
}

// TestCCPServe runs the command with a scenario, reads the ccpUrl it
// prints, and drives it from the console.
func TestCCPServe(t *testing.T) {
	scenario := filepath.Join(t.TempDir(), "s.json")
	if err := os.WriteFile(scenario, []byte(`{"agent": {"name": "Console Test"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdinR, stdinW := io.Pipe()
	stdoutR, stdoutW := io.Pipe()
	var stderr syncBuffer
	code := make(chan int, 1)
	go func() {
		code <- serveCCP(ctx, []string{"-scenario", scenario}, stdinR, stdoutW, &stderr)
		stdoutW.Close()
	}()
	line, err := bufio.NewReader(stdoutR).ReadString('\n')
	if err != nil {
		t.Fatalf("reading the ccpUrl: %v (stderr %q)", err, stderr.String())
	}
	ccpURL, ok := strings.CutPrefix(strings.TrimSpace(line), "ccpUrl: ")
	if !ok || !strings.HasPrefix(ccpURL, "http://127.0.0.1:") || !strings.HasSuffix(ccpURL, "/ccp/") {
		t.Fatalf("first line %q, want ccpUrl: http://127.0.0.1:port/ccp/", line)
	}
	resp, err := http.Get(ccpURL)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(page), "/ccp/ccp.js") {
		t.Errorf("the CCP page does not load its script:\n%s", page)
	}

	state := func() (s struct {
		Agent    struct{ Name string } `json:"agent"`
		Contacts []struct {
			ID string `json:"contactId"`
		} `json:"contacts"`
	}) {
		t.Helper()
		resp, err := http.Get(strings.TrimSuffix(ccpURL, "/ccp/") + "/state")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	if got := state().Agent.Name; got != "Console Test" {
		t.Errorf("agent %q, want the scenario's", got)
	}
	io.WriteString(stdinW, "call\nbogus\n")
	deadline := time.Now().Add(5 * time.Second)
	for len(state().Contacts) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if cs := state().Contacts; len(cs) != 1 || cs[0].ID != "call-1" {
		t.Errorf("contacts after the call command: %+v", cs)
	}
	for !strings.Contains(stderr.String(), `unknown command "bogus"`) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(stderr.String(), `unknown command "bogus"`) {
		t.Errorf("stderr %q does not report the unknown command", stderr.String())
	}
	cancel()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit %d after the interrupt", c)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the command did not stop")
	}
}
