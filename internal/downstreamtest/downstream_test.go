// Package downstreamtest checks the workflow of a module that depends on
// streamsgen: examples/downstream, copied to a temporary directory, pins the
// tool, runs go generate and builds for js/wasm.
package downstreamtest

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/streamsgen/streamsgen/internal/testenv"
)

// copyExample copies examples/downstream to a temporary directory, pointing
// its replace directive at this repository, and leaves out anything a
// previous go generate wrote.
func copyExample(t *testing.T) string {
	t.Helper()
	src := filepath.Join(testenv.RepoRoot(), "examples", "downstream")
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			if rel == filepath.Join("connect", "web") {
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		if filepath.Dir(rel) == "connect" && strings.HasSuffix(rel, ".go") && filepath.Base(rel) != "generate.go" {
			return nil // generated
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if rel == "go.mod" {
			b = bytes.ReplaceAll(b, []byte("=> ../.."), []byte("=> "+testenv.RepoRoot()))
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func goCmd(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off"), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return string(out)
}

var wasmEnv = []string{"GOOS=js", "GOARCH=wasm"}

func TestGoGenerateAndBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go generate and go build")
	}
	dir := copyExample(t)
	out := goCmd(t, dir, nil, "generate", "./...")
	for _, want := range []string{"wrote connect/handles.go", "wrote connect/web/connect.d.ts"} {
		if !strings.Contains(out, strings.TrimPrefix(want, "wrote connect/")) {
			t.Errorf("go generate output lacks %q:\n%s", want, out)
		}
	}
	handles, err := os.ReadFile(filepath.Join(dir, "connect", "handles.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"package connect", "func (x Agent) GetShortName() (string, error)", "func (x Agent) SetState("} {
		if !strings.Contains(string(handles), want) {
			t.Errorf("generated connect/handles.go lacks %q", want)
		}
	}
	if strings.Contains(string(handles), "type Contact struct") {
		t.Errorf("the subset brought in Contact, which nothing selected needs")
	}
	goCmd(t, dir, wasmEnv, "vet", "./...")
	goCmd(t, dir, wasmEnv, "build", "-o", filepath.Join(t.TempDir(), "app.wasm"), ".")
	// Running go generate again changes nothing.
	if out := goCmd(t, dir, nil, "generate", "./..."); out != "" {
		t.Errorf("second go generate wrote files:\n%s", out)
	}
}

// TestSubsetSize compares the app built against the subset it generates
// with the same app built against the whole API. Go's linker drops methods
// and functions nothing references, so the subset only pays off if the
// bindings keep code alive on their own (init-time tables, say). The test
// accepts either outcome the issue allows, and fails in between: a subset at
// least 30% smaller, or a difference under 1% that shows the linker already
// removes what the app does not use.
func TestSubsetSize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two wasm programs")
	}
	dir := copyExample(t)
	goCmd(t, dir, nil, "generate", "./...")
	sub := filepath.Join(t.TempDir(), "subset.wasm")
	goCmd(t, dir, wasmEnv, "build", "-o", sub, ".")

	// The same app against the whole API (and the overlay it needs).
	goCmd(t, filepath.Join(dir, "connect"), nil, "tool", "streamsgen", "-out", ".", "-pkg", "connect", "-go-dir", ".", "-js-dir", "web", "-overlay", "overlay")
	full := filepath.Join(t.TempDir(), "full.wasm")
	goCmd(t, dir, wasmEnv, "build", "-o", full, ".")

	size := func(p string) int64 {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	s, f := size(sub), size(full)
	t.Logf("app.wasm with the subset: %d bytes; with the full API: %d bytes (%.2f%% smaller)", s, f, 100*float64(f-s)/float64(f))
	switch {
	case float64(s) <= 0.7*float64(f):
	case float64(f-s) <= 0.01*float64(f):
	default:
		t.Errorf("subset %d bytes vs full %d: neither 30%% smaller nor within 1%%; update docs/workflow.md's explanation", s, f)
	}
}
