package jsgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/streamsgen/streamsgen/internal/testenv"
)

// TestDTSCompiles type-checks the golden loader.d.ts under tsc --strict, used
// both as an ES module and as the global StreamsGo, and checks that misuse
// is rejected.
func TestDTSCompiles(t *testing.T) {
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

	if out, err := testenv.RunTSC(t, dir, "loader.esm.d.ts", "esm_use.ts", "global_use.ts"); err != nil {
		t.Errorf("tsc --strict failed: %v\n%s", err, out)
	}
	out, err := testenv.RunTSC(t, dir, "loader.esm.d.ts", "bad_use.ts")
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
