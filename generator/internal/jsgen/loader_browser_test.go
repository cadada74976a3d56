//go:build !js

package jsgen

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/streamsgen/streamsgen/internal/browser"
	"github.com/streamsgen/streamsgen/internal/testenv"
)

// buildWasm builds testdata/goprog/<name> for js/wasm into dir/<name>.wasm,
// with the go command whose wasm_exec.js Bundle(Options{}) reads.
func buildWasm(t *testing.T, dir, name string) {
	t.Helper()
	cmd := exec.Command("go", "build", "-o", filepath.Join(dir, name+".wasm"), "./testdata/goprog/"+name)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building %s for js/wasm: %v\n%s", name, err, out)
	}
}

// loaderSite writes the real bundle, the two test programs, a stand-in
// connect-streams.js and the pages into a directory and serves it. Under
// /badmime/ the same files are served, but .wasm files as
// application/octet-stream, which makes WebAssembly.instantiateStreaming
// reject.
func loaderSite(t *testing.T) (dir, baseURL string) {
	t.Helper()
	dir = t.TempDir()
	out := realBundle(t)
	for name, b := range out.files() {
		write(t, filepath.Join(dir, name), b)
	}
	buildWasm(t, dir, "attach")
	buildWasm(t, dir, "exit")
	write(t, filepath.Join(dir, "connect-streams.js"), []byte(`globalThis.connect = { stub: true };`))
	for name, body := range pages {
		write(t, filepath.Join(dir, name), []byte(body))
	}
	files := http.FileServer(http.Dir(dir))
	return dir, browser.Serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rest, ok := strings.CutPrefix(r.URL.Path, "/badmime/"); ok {
			if strings.HasSuffix(rest, ".wasm") {
				w.Header().Set("Content-Type", "application/octet-stream")
			}
			r.URL.Path = "/" + rest
		}
		files.ServeHTTP(w, r)
	}))
}

// The pages set window.result to a promise of what the test checks.
var pages = map[string]string{
	"esm.html": `<!doctype html><script type="module">
import { load, ready } from "./loader.esm.js";
window.result = (async () => {
  const inst = await load({ wasm: "attach.wasm", streams: "connect-streams.js", argv: ["a", "b"], env: { GREETING: "hi" } });
  await ready;
  let second = "resolved";
  await load({ wasm: "attach.wasm" }).catch((e) => { second = String(e.message); });
  return { value: globalThis.streamsgenTestValue, sawConnect: globalThis.streamsgenSawConnect,
           sameReady: inst.ready === ready, second, rtVersion: globalThis.__streamsgen_rt.version };
})();
</script>`,

	"iife.html": `<!doctype html><script src="loader.iife.js"></script><script>
window.result = StreamsGo.load({ wasm: fetch("attach.wasm"), env: { GREETING: "iife" } })
  .then(() => StreamsGo.ready)
  .then(() => ({ value: globalThis.streamsgenTestValue, sawConnect: globalThis.streamsgenSawConnect,
                 hasGo: typeof globalThis.Go }));
</script>`,

	"badmime.html": `<!doctype html><script type="module">
const streaming = WebAssembly.instantiateStreaming;
let streamingFailed = "";
WebAssembly.instantiateStreaming = (...args) =>
  streaming(...args).catch((e) => { streamingFailed = e.name; throw e; });
const { load, ready } = await import("../loader.esm.js");
window.result = (async () => {
  await load({ wasm: "attach.wasm" });
  await ready;
  return { value: globalThis.streamsgenTestValue, streamingFailed };
})();
</script>`,

	"exit.html": `<!doctype html><script type="module">
import { load, ready } from "./loader.esm.js";
window.result = (async () => {
  const inst = await load({ wasm: "exit.wasm" });
  const readyError = await ready.then(() => "resolved", (e) => e.message);
  const code = await inst.exited;
  // wasm_exec.js had a 300 ms timeout pending at the exit; give it time to fire.
  await new Promise((resolve) => setTimeout(resolve, 600));
  return { readyError, code };
})();
</script>`,
}

// result waits for window.result of the page at url and decodes it.
func result[T any](t *testing.T, p *browser.Page, url string) T {
	t.Helper()
	if err := p.Navigate(url); err != nil {
		t.Fatal(err)
	}
	v, err := browser.Eval[T](p, `(async () => {
  const deadline = Date.now() + 30000;
  while (window.result === undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return await window.result;
})()`)
	if err != nil {
		t.Fatalf("%v\nconsole: %v\nexceptions: %q", err, p.Console(), p.Exceptions())
	}
	return v
}

// checkQuiet fails t if the page threw or logged an error or a warning.
func checkQuiet(t *testing.T, p *browser.Page) {
	t.Helper()
	if ex := p.Exceptions(); len(ex) > 0 {
		t.Errorf("page exceptions: %q", ex)
	}
	for _, m := range p.Console() {
		if m.Type == "error" || m.Type == "warning" {
			t.Errorf("console %s", m)
		}
	}
}

// TestLoaderInBrowser loads Go programs with the bundled loader in headless
// Chromium. The attach program imports the real streamsgen runtime package,
// whose init attaches to the JS side.
func TestLoaderInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go programs and starts a browser")
	}
	b := browser.Start(t)
	dir, base := loaderSite(t)

	t.Run("ESM", func(t *testing.T) {
		p := b.NewPage(t)
		got := result[struct {
			Value, SawConnect, Second, RtVersion string
			SameReady                            bool
		}](t, p, base+"/esm.html")
		if got.Value != "hello hi a,b" {
			t.Errorf("value set by Go = %q, want %q", got.Value, "hello hi a,b")
		}
		if got.SawConnect != "object" {
			t.Errorf("typeof connect when Go started = %q, want object (streams option)", got.SawConnect)
		}
		if !got.SameReady {
			t.Error("instance.ready is not the exported ready")
		}
		if !strings.Contains(got.Second, "already") {
			t.Errorf("second load: %q, want a rejection saying it was already called", got.Second)
		}
		if got.RtVersion == "" {
			t.Error("__streamsgen_rt.version is empty")
		}
		checkQuiet(t, p)
	})

	t.Run("IIFE", func(t *testing.T) {
		p := b.NewPage(t)
		got := result[struct{ Value, SawConnect, HasGo string }](t, p, base+"/iife.html")
		if got.Value != "hello iife " {
			t.Errorf("value set by Go = %q, want %q", got.Value, "hello iife ")
		}
		if got.SawConnect != "undefined" {
			t.Errorf("typeof connect = %q, want undefined (no streams option)", got.SawConnect)
		}
		if got.HasGo != "function" {
			t.Errorf("typeof Go = %q, want function", got.HasGo)
		}
		checkQuiet(t, p)
	})

	t.Run("WrongMIMEFallback", func(t *testing.T) {
		p := b.NewPage(t)
		got := result[struct{ Value, StreamingFailed string }](t, p, base+"/badmime/badmime.html")
		if got.StreamingFailed != "TypeError" {
			t.Errorf("instantiateStreaming failure = %q, want TypeError (is the wasm served with the wrong type?)", got.StreamingFailed)
		}
		if got.Value != "hello  " {
			t.Errorf("value set by Go = %q, want %q", got.Value, "hello  ")
		}
		checkQuiet(t, p)
	})

	t.Run("ExitBeforeAttach", func(t *testing.T) {
		p := b.NewPage(t)
		got := result[struct {
			ReadyError string
			Code       int
		}](t, p, base+"/exit.html")
		if !strings.Contains(got.ReadyError, "exited with code 3") {
			t.Errorf("ready: %q, want a rejection saying the program exited with code 3", got.ReadyError)
		}
		if got.Code != 3 {
			t.Errorf("exit code %d, want 3", got.Code)
		}
		time.Sleep(50 * time.Millisecond) // let late exceptions arrive
		if ex := p.Exceptions(); len(ex) > 0 {
			t.Errorf("exceptions after the exit (timers left behind?): %q", ex)
		}
		for _, m := range p.Console() {
			if m.Type == "error" || (m.Type == "warning" && m.Text != "exit code: 3") {
				t.Errorf("console %s", m)
			}
		}
	})
	// The real connect-streams.js bundled into the loader, in strict mode
	// (ES module): the library must load, and the streams option is ignored.
	t.Run("BundledStreams", func(t *testing.T) {
		src, err := os.ReadFile(filepath.Join(testenv.NodeModules(t), "amazon-connect-streams", "release", "connect-streams.js"))
		if err != nil {
			t.Fatal(err)
		}
		out, err := Bundle(Options{Streams: src})
		if err != nil {
			t.Fatal(err)
		}
		sub := filepath.Join(dir, "bundled")
		if err := os.Mkdir(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range out.files() {
			write(t, filepath.Join(sub, name), b)
		}
		write(t, filepath.Join(sub, "esm.html"), []byte(`<!doctype html><script type="module">
import { load, ready } from "./loader.esm.js";
window.result = (async () => {
  await load({ wasm: "../attach.wasm", streams: "no-such-file.js" });
  await ready;
  return { sawConnect: globalThis.streamsgenSawConnect, core: typeof connect.core, agent: typeof connect.agent };
})();
</script>`))
		p := b.NewPage(t)
		got := result[struct{ SawConnect, Core, Agent string }](t, p, base+"/bundled/esm.html")
		want := struct{ SawConnect, Core, Agent string }{"object", "object", "function"}
		if got != want {
			t.Errorf("got %+v, want %+v", got, want)
		}
		if ex := p.Exceptions(); len(ex) > 0 {
			t.Errorf("page exceptions: %q", ex)
		}
	})
}
