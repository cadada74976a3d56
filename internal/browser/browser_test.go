//go:build !js

package browser

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPage(t *testing.T) {
	dir := t.TempDir()
	html := `<!doctype html><title>t</title><script>
console.log("hello", 42);
setTimeout(() => { throw new Error("boom"); }, 0);
</script>`
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	base := ServeDir(t, dir)
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Errorf("ServeDir URL %q is not on 127.0.0.1", base)
	}
	b := Start(t)
	p := b.NewPage(t)
	if err := p.Navigate(base + "/index.html"); err != nil {
		t.Fatal(err)
	}
	got, err := Eval[int](p, `new Promise((resolve) => setTimeout(() => resolve(6 * 7), 10))`)
	if err != nil || got != 42 {
		t.Errorf("Eval of a promise = %v, %v; want 42", got, err)
	}
	if _, err := Eval[int](p, `Promise.reject(new Error("nope"))`); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("Eval of a rejection: err = %v, want one containing nope", err)
	}
	if !slices.Contains(p.Console(), ConsoleMessage{Type: "log", Text: "hello 42"}) {
		t.Errorf("Console() = %v, want log: hello 42", p.Console())
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(p.Exceptions()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if ex := p.Exceptions(); len(ex) != 1 || !strings.Contains(ex[0], "boom") {
		t.Errorf("Exceptions() = %q, want one with boom", ex)
	}
}
