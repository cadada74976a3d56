//go:build !js

// Package browser runs headless Chromium for host tests: it launches the
// Debian chromium binary through chromedp, serves files over httptest on
// 127.0.0.1, navigates, evaluates JavaScript (awaiting promises) and
// collects the console messages and uncaught exceptions of each page.
//
// The browser is the one testenv.Chromium finds ($CHROMIUM, else
// /usr/bin/chromium); without one the test is skipped, or fails when CI=true.
// The package is
// for the host only (chromedp does not build for js/wasm).
package browser

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/streamsgen/streamsgen/internal/testenv"
)

// Timeout bounds each navigation and evaluation.
const Timeout = 60 * time.Second

// Browser is a running headless Chromium. Its pages are tabs.
type Browser struct {
	ctx context.Context // chromedp context of the browser
}

// Start launches Chromium with a fresh profile and stops it when the test
// ends. Without a browser it skips t, or fails it when CI=true.
func Start(t testing.TB) *Browser {
	t.Helper()
	path := testenv.Chromium(t)
	profile := t.TempDir() // removed after the browser exits (cleanups run last-in first-out)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(cancel)
	// The first Run starts the browser; it must not have a timeout, which
	// would stop the browser with it.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("browser: starting %s: %v", path, err)
	}
	return &Browser{ctx: ctx}
}

// ConsoleMessage is one call of a console method by a page.
type ConsoleMessage struct {
	Type string // "log", "warning", "error", ...
	Text string // the arguments, formatted and joined by spaces
}

// String formats the message as "type: text".
func (m ConsoleMessage) String() string { return m.Type + ": " + m.Text }

// Page is a browser tab. Its methods may be called from one goroutine.
type Page struct {
	ctx context.Context

	mu         sync.Mutex
	console    []ConsoleMessage
	exceptions []string
}

// NewPage opens a blank tab, closed when the test ends, and starts
// collecting its console messages and exceptions.
func (b *Browser) NewPage(t testing.TB) *Page {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	p := &Page{ctx: ctx}
	if err := chromedp.Listen(ctx, p.record); err != nil {
		t.Fatalf("browser: opening a page: %v", err)
	}
	return p
}

// record runs on chromedp's reading goroutine: it must be quick.
func (p *Page) record(ev any) {
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		args := make([]string, len(ev.Args))
		for i, a := range ev.Args {
			args[i] = remoteText(a)
		}
		p.mu.Lock()
		p.console = append(p.console, ConsoleMessage{Type: string(ev.Type), Text: strings.Join(args, " ")})
		p.mu.Unlock()
	case *runtime.EventExceptionThrown:
		text := exceptionText(ev.ExceptionDetails)
		p.mu.Lock()
		p.exceptions = append(p.exceptions, text)
		p.mu.Unlock()
	}
}

// remoteText formats a console argument: strings as they are, other
// primitives as JSON, objects by their description.
func remoteText(o *runtime.RemoteObject) string {
	if len(o.Value) > 0 {
		var s string
		if json.Unmarshal(o.Value, &s) == nil {
			return s
		}
		return string(o.Value)
	}
	if o.UnserializableValue != "" {
		return string(o.UnserializableValue)
	}
	if o.Description != "" {
		return o.Description
	}
	return string(o.Type)
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "(no details)"
	}
	text := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		text += " " + d.Exception.Description
	}
	if d.URL != "" {
		text += fmt.Sprintf(" (%s:%d:%d)", d.URL, d.LineNumber+1, d.ColumnNumber+1)
	}
	return text
}

// Console returns the console messages so far.
func (p *Page) Console() []ConsoleMessage {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]ConsoleMessage(nil), p.console...)
}

// Exceptions returns the uncaught exceptions (and unhandled rejections) so
// far, as text.
func (p *Page) Exceptions() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.exceptions...)
}

// Navigate loads url and waits for its load event.
func (p *Page) Navigate(url string) error {
	ctx, cancel := context.WithTimeout(p.ctx, Timeout)
	defer cancel()
	return chromedp.Do(ctx, chromedp.Navigate(url))
}

// Eval evaluates the expression in the page, awaits it if it is a promise,
// and decodes its JSON value into a T. A thrown exception or a rejection is
// an error holding its text.
func Eval[T any](p *Page, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(p.ctx, Timeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		var exc *chromedp.ExceptionError
		if errors.As(err, &exc) {
			return v, fmt.Errorf("browser: evaluating %q: %s", abbrev(expr), exceptionText(exc.ExceptionDetails))
		}
		return v, fmt.Errorf("browser: evaluating %q: %w", abbrev(expr), err)
	}
	return v, nil
}

func abbrev(s string) string {
	const n = 60
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// Serve serves h on 127.0.0.1 until the test ends and returns its base URL
// (without a trailing slash).
func Serve(t testing.TB, h http.Handler) string {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

// ServeDir serves the files of dir; see Serve.
func ServeDir(t testing.TB, dir string) string {
	t.Helper()
	return Serve(t, http.FileServer(http.Dir(dir)))
}
