package tsgen

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/streamsgen/streamsgen/internal/testenv"
)

// copyFiles copies testdata files into dir: from (in testdata) → to.
func copyFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for from, to := range files {
		b, err := os.ReadFile(filepath.Join("testdata", from))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGoldenTypeChecks compiles each golden with tsc --strict together with
// code that uses the API as a Streams app would. The usage files mark
// misuse with @ts-expect-error, so tsc also fails if a misuse is accepted.
func TestGoldenTypeChecks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
	}{
		{"global", map[string]string{"global.d.ts.golden": "connect.d.ts", "usage_global.ts": "usage.ts"}},
		{"module", map[string]string{"module.d.ts.golden": "connect.module.d.ts", "usage_module.ts": "usage.ts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			copyFiles(t, dir, tt.files)
			var files []string
			for _, f := range tt.files {
				if strings.HasSuffix(f, ".d.ts") {
					files = append(files, f)
				}
			}
			files = append(files, "usage.ts")
			if out, err := testenv.RunTSC(t, dir, files...); err != nil {
				t.Errorf("tsc --strict: %v\n%s", err, out)
			}
		})
	}
}

// TestMisuseFails checks that tsc rejects misuse, on the lines marked
// "// error" in testdata/misuse.ts, and nowhere else.
func TestMisuseFails(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyFiles(t, dir, map[string]string{"global.d.ts.golden": "connect.d.ts", "misuse.ts": "misuse.ts"})
	out, err := testenv.RunTSC(t, dir, "connect.d.ts", "misuse.ts")
	if err == nil {
		t.Fatalf("tsc accepted misuse.ts:\n%s", out)
	}
	src, err := os.ReadFile(filepath.Join(dir, "misuse.ts"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i, line := range strings.Split(string(src), "\n") {
		if strings.HasSuffix(line, "// error") {
			want = append(want, "misuse.ts("+itoa(i+1)+",")
		}
	}
	var got []string
	for _, line := range strings.Split(out, "\n") {
		if i := strings.Index(line, ": error TS"); i >= 0 && !strings.HasPrefix(line, " ") {
			loc := line[:i]
			got = append(got, loc[:strings.IndexByte(loc, ',')+1])
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("tsc errors at %q, want at %q:\n%s", got, want, out)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
