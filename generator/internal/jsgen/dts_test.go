package jsgen

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/streamsgen/streamsgen/internal/testenv"
)

// runTSC type-checks files in dir with --strict, through a tsconfig that
// also shuts out any @types packages, and returns the output.
func runTSC(t *testing.T, tsc, dir string, files ...string) (string, error) {
	t.Helper()
	config := map[string]any{
		"compilerOptions": map[string]any{
			"strict":           true,
			"noEmit":           true,
			"pretty":           false,
			"target":           "es2020",
			"lib":              []string{"es2020", "dom"},
			"module":           "es2020",
			"moduleResolution": "bundler",
			"types":            []string{},
		},
		"files": files,
	}
	b, err := json.Marshal(config)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "tsconfig.json"), b)
	cmd := exec.Command(tsc, "-p", "tsconfig.json")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// TestDTSCompiles type-checks the golden loader.d.ts under tsc --strict, used
// both as an ES module and as the global StreamsGo, and checks that misuse
// is rejected.
func TestDTSCompiles(t *testing.T) {
	tsc := testenv.TSC(t)
	dir := t.TempDir()
	dts, err := os.ReadFile("testdata/plain/loader.d.ts")
	if err != nil {
		t.Fatal(err)
	}
	// Declarations for loader.esm.js sit next to it as loader.esm.d.ts.
	write(t, filepath.Join(dir, "loader.esm.d.ts"), dts)
	for _, name := range []string{"esm_use.ts", "global_use.ts", "bad_use.ts"} {
		src, err := os.ReadFile(filepath.Join("testdata", "tsc", name))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, name), src)
	}

	if out, err := runTSC(t, tsc, dir, "loader.esm.d.ts", "esm_use.ts", "global_use.ts"); err != nil {
		t.Errorf("tsc --strict failed: %v\n%s", err, out)
	}
	out, err := runTSC(t, tsc, dir, "loader.esm.d.ts", "bad_use.ts")
	if err == nil {
		t.Errorf("tsc accepted bad_use.ts")
	}
	for _, want := range []string{"bad_use.ts(4,", "bad_use.ts(5,"} {
		if !strings.Contains(out, want) {
			t.Errorf("tsc output for bad_use.ts lacks %q:\n%s", want, out)
		}
	}
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
