package jsgen

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// files returns the output as file name → contents.
func (o *Output) files() map[string][]byte {
	return map[string][]byte{
		ESMFile:           o.ESM,
		ESMFile + ".map":  o.ESMMap,
		IIFEFile:          o.IIFE,
		IIFEFile + ".map": o.IIFEMap,
		DTSFile:           o.DTS,
	}
}

// fileNames is the sorted list of the names in Output.files.
var fileNames = []string{DTSFile, ESMFile, ESMFile + ".map", IIFEFile, IIFEFile + ".map"}

// stubGoRoot holds a stand-in wasm_exec.js, so that the goldens do not
// depend on the Go toolchain that runs the tests.
const stubGoRoot = "testdata/goroot"

func TestBundleGolden(t *testing.T) {
	streams, err := os.ReadFile("testdata/connect-streams.js")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts Options
	}{
		{"plain", Options{GoRoot: stubGoRoot}},
		{"streams", Options{GoRoot: stubGoRoot, Streams: streams, Header: "streamsgen -out gen\n\nsecond line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Bundle(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join("testdata", tt.name)
			got := out.files()
			for _, name := range fileNames {
				golden := filepath.Join(dir, name)
				if *update {
					if err := os.MkdirAll(dir, 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got[name], 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update)", err)
				}
				if diff := cmp.Diff(string(want), string(got[name])); diff != "" {
					t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
				}
			}
		})
	}
}

func TestBundleStreamsBundled(t *testing.T) {
	streams := []byte(`globalThis.connect = { marker: "bundled-streams-marker" };`)
	out, err := Bundle(Options{GoRoot: stubGoRoot, Streams: streams})
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{ESMFile: out.ESM, IIFEFile: out.IIFE} {
		if !bytes.Contains(b, []byte("bundled-streams-marker")) {
			t.Errorf("%s does not contain the bundled library", name)
		}
	}
	plain, err := Bundle(Options{GoRoot: stubGoRoot})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(plain.ESM, out.ESM) {
		t.Error("bundling the library did not change the ES module")
	}
}

// realBundle bundles with the wasm_exec.js of the Go toolchain running the
// test.
func realBundle(t *testing.T) *Output {
	t.Helper()
	out, err := Bundle(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestBundleDeterministic(t *testing.T) {
	a, b := realBundle(t), realBundle(t)
	fa, fb := a.files(), b.files()
	for _, name := range fileNames {
		if !bytes.Equal(fa[name], fb[name]) {
			t.Errorf("%s differs between two runs:\n%s", name, cmp.Diff(string(fa[name]), string(fb[name])))
		}
	}
}

func TestBundleHeader(t *testing.T) {
	out, err := Bundle(Options{GoRoot: stubGoRoot, Header: "made by a test"})
	if err != nil {
		t.Fatal(err)
	}
	want := GeneratedLine + "\n// made by a test\n"
	for _, name := range []string{ESMFile, IIFEFile, DTSFile} {
		if got := out.files()[name]; !bytes.HasPrefix(got, []byte(want)) {
			t.Errorf("%s starts with %q, want %q", name, firstLines(got, 2), want)
		}
	}
	for _, name := range []string{ESMFile, IIFEFile} {
		wantEnd := "\n//# sourceMappingURL=" + name + ".map\n"
		if got := out.files()[name]; !bytes.HasSuffix(got, []byte(wantEnd)) {
			t.Errorf("%s does not end with %q", name, wantEnd)
		}
	}
}

func firstLines(b []byte, n int) string {
	lines := strings.SplitAfterN(string(b), "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "")
}

func TestBundleBadHeader(t *testing.T) {
	for _, h := range []string{
		"a\rb",
		"line\u2028separator",
		"para\u2029separator",
		"</script><script>alert(1)",
		"</SCRIPT >",
	} {
		if _, err := Bundle(Options{GoRoot: stubGoRoot, Header: h}); err == nil {
			t.Errorf("Bundle accepted header %q", h)
		}
	}
}

// TestBundleSafe checks the real bundle: no eval and no new Function (the
// loader must run under a CSP without 'unsafe-eval'; Go's wasm_exec.js uses
// neither, so the whole bundle is checked), and no path or fact of the host.
func TestBundleSafe(t *testing.T) {
	out := realBundle(t)
	for _, name := range fileNames {
		b := out.files()[name]
		if name != DTSFile && !strings.HasSuffix(name, ".map") {
			for _, bad := range []string{"eval(", "new Function"} {
				if bytes.Contains(b, []byte(bad)) {
					t.Errorf("%s contains %q", name, bad)
				}
			}
		}
		for _, fact := range hostFacts(t) {
			if bytes.Contains(b, []byte(fact)) {
				t.Errorf("%s contains the host fact %q", name, fact)
			}
		}
	}
	for _, name := range []string{ESMFile + ".map", IIFEFile + ".map"} {
		var m struct {
			Sources    []string `json:"sources"`
			SourceRoot string   `json:"sourceRoot"`
		}
		if err := json.Unmarshal(out.files()[name], &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if m.SourceRoot != "" {
			t.Errorf("%s: sourceRoot %q, want none", name, m.SourceRoot)
		}
		// Every source is a virtual module; the order is esbuild's.
		want := []string{"streamsgen:loader.js", "streamsgen:runtime.js", "streamsgen:wasm_exec.js"}
		if diff := cmp.Diff(want, slices.Sorted(slices.Values(m.Sources))); diff != "" {
			t.Errorf("%s sources (-want +got):\n%s", name, diff)
		}
	}
}

// hostFacts returns strings that name this host and must not reach output.
func hostFacts(t *testing.T) []string {
	t.Helper()
	var facts []string
	add := func(s string) {
		// Short values ("/", "/root") would match ordinary text.
		if len(s) > len("/tmp") {
			facts = append(facts, s)
		}
	}
	add(defaultGoRoot())
	if wd, err := os.Getwd(); err == nil {
		add(wd)
	}
	if home, err := os.UserHomeDir(); err == nil {
		add(home)
	}
	if host, err := os.Hostname(); err == nil {
		add(host)
	}
	add(os.TempDir())
	add(virtualRoot)
	return facts
}

func TestBundleErrors(t *testing.T) {
	streams := []byte("globalThis.connect = {};\nlet x = (;\n")
	_, err := Bundle(Options{GoRoot: stubGoRoot, Streams: streams})
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Bundle error = %v (%T), want an ErrorList", err, err)
	}
	if len(list) == 0 {
		t.Fatal("empty ErrorList")
	}
	e := list[0]
	if e.File != "connect-streams.js" || e.Line != 2 || e.Col != 10 {
		t.Errorf("first error at %s:%d:%d, want connect-streams.js:2:10 (%v)", e.File, e.Line, e.Col, err)
	}
	if !strings.HasPrefix(err.Error(), "connect-streams.js:2:10: ") {
		t.Errorf("error text %q does not start with the position", err)
	}
}

func TestBundleNoGoRoot(t *testing.T) {
	_, err := Bundle(Options{GoRoot: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "wasm_exec.js") {
		t.Errorf("Bundle with an empty GOROOT: err = %v, want one naming wasm_exec.js", err)
	}
}
