//go:build !js

package main

import (
	"bytes"
	"context"
	"flag"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"github.com/streamsgen/streamsgen/ccptest"
	"github.com/streamsgen/streamsgen/internal/browser"
	"github.com/streamsgen/streamsgen/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite docs/customccp.png")

// The size of the screenshot in the README.
const width, height = 1000, 600

// TestDemoScenarioParses keeps demo.json loadable.
func TestDemoScenarioParses(t *testing.T) {
	if _, err := ccptest.LoadScenario(filepath.Join(testenv.RepoRoot(), "examples", "customccp", "demo.json")); err != nil {
		t.Fatal(err)
	}
}

// TestScreenshot runs the example in headless Chromium against ccptest,
// with a fixed course of events: the agent goes available, a call is
// accepted from the page's Accept button, a chat is offered and Lunch is
// chosen as the next status. It checks what the page shows, and with
// -update writes the screenshot of the README, docs/customccp.png.
func TestScreenshot(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example and starts a browser")
	}
	root := testenv.RepoRoot()
	testenv.NodeModules(t)
	wasm := filepath.Join(t.TempDir(), "customccp.wasm")
	if err := build(root, wasm); err != nil {
		t.Fatal(err)
	}
	sc, err := ccptest.LoadScenario(filepath.Join(root, "examples", "customccp", "demo.json"))
	if err != nil {
		t.Fatal(err)
	}
	sc.Steps, sc.Repeat = nil, false // the test plays the events itself
	srv := ccptest.NewServer(ccptest.WithScenario(sc))
	defer srv.Close()
	h, err := site(root, wasm, srv.CCPURL())
	if err != nil {
		t.Fatal(err)
	}
	base := browser.Serve(t, h)

	ctx := chromium(t)
	tctx, cancel := context.WithTimeout(ctx, browser.Timeout)
	defer cancel()
	run := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(tctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	// waitLog waits for a line in the page's event log.
	waitLog := func(line string) {
		t.Helper()
		_, err := chromedp.Run(tctx, chromedp.Poll[bool](`Array.from(document.querySelectorAll("#log li")).some((li) => li.textContent === `+quote(line)+`)`,
			chromedp.WithPollingTimeout(20*time.Second)))
		if err != nil {
			t.Fatalf("waiting for %q in the event log: %v", line, err)
		}
	}
	run("loading the page", chromedp.EmulateViewport(width, height), chromedp.Navigate(base+"/"))
	waitLog("signed in as Jane Doe")
	if err := srv.SetAgentState("Available"); err != nil {
		t.Fatal(err)
	}
	waitLog("status Offline → Available")
	srv.AddContact(ccptest.Voice("call-1", "+15555550100"))
	waitLog("call-1 is ringing")
	run("accepting", chromedp.Click(chromedp.CSS(`button.accept[data-contact="call-1"]:not([disabled])`)))
	waitLog("call-1 connected")
	// SetValue dispatches the change event, as a user's choice does.
	run("choosing the next status", chromedp.SetValue(chromedp.ID("next"), "Lunch"))
	waitLog("next status Lunch")
	srv.AddContact(ccptest.Chat("chat-1", "Ann"))
	waitLog("chat-1 is ringing")

	type shown struct {
		Name, Status, State, Next string
		States                    []string
		Cards                     []string
		Log                       []string
	}
	got, err := chromedp.Run(tctx, chromedp.Evaluate[shown](`(() => {
  const text = (id) => document.getElementById(id).textContent;
  return {
    Name: text("agent-name"), Status: text("status"),
    State: document.getElementById("state").value, Next: document.getElementById("next").value,
    States: Array.from(document.querySelectorAll("#state option"), (o) => o.value),
    Cards: Array.from(document.querySelectorAll(".card"), (c) =>
      c.querySelector(".title").textContent + " " + c.querySelector(".cstate").textContent + ": " +
      Array.from(c.querySelectorAll("button:not([disabled])"), (b) => b.textContent).join(",")),
    Log: Array.from(document.querySelectorAll("#log li"), (li) => li.textContent),
  };
})()`))
	if err != nil {
		t.Fatalf("reading the page: %v", err)
	}
	want := shown{
		Name: "Jane Doe", Status: ccptest.Busy, State: "Available", Next: "Lunch",
		States: []string{"Available", "Break", "Lunch", "Offline"},
		Cards:  []string{"voicecall-1 connected: Hang up", "chatchat-1 connecting: Accept,Reject"},
		Log:    got.Log, // checked below
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the page shows (-want +got):\n%s", diff)
	}
	for _, line := range []string{"voice call-1 arrived", "call-1 connected", "next status Lunch", "chat chat-1 arrived"} {
		if !slices.Contains(got.Log, line) {
			t.Errorf("the event log lacks %q:\n%s", line, strings.Join(got.Log, "\n"))
		}
	}
	var methods []string
	for _, r := range srv.Requests() {
		methods = append(methods, r.Method)
	}
	if diff := cmp.Diff([]string{"acceptContact", "putAgentState"}, methods); diff != "" {
		t.Errorf("API requests (-want +got):\n%s", diff)
	}

	path := filepath.Join(root, "docs", "customccp.png")
	if *update {
		shot, err := chromedp.Run(tctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("taking the screenshot: %v", err)
		}
		if err := os.WriteFile(path, shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The committed screenshot must be the size the README shows.
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./examples/customccp/serve -run TestScreenshot -update)", err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != width || cfg.Height != height {
		t.Errorf("%s: %dx%d, %v; want a %dx%d PNG", path, cfg.Width, cfg.Height, err, width, height)
	}
}

// chromium starts headless Chromium for the test, as internal/browser does;
// internal/browser has no screenshots, so this test drives chromedp itself.
func chromium(t *testing.T) context.Context {
	t.Helper()
	path := testenv.Chromium(t)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
