//go:build !js

package bench

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/streamsgen/streamsgen/generator"
	"github.com/streamsgen/streamsgen/schema"
)

func goroot(tb testing.TB) string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		tb.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}

// TestSynthetic checks that the synthetic schema generates, and is about
// ten times the Streams schema.
func TestSynthetic(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a large schema")
	}
	base, err := StreamsSchema()
	if err != nil {
		t.Fatal(err)
	}
	files, err := Synthetic(10)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 10*len(base) {
		t.Errorf("%d files, want %d", len(files), 10*len(base))
	}
	small, _, err := Generate(base, goroot(t))
	if err != nil {
		t.Fatal(err)
	}
	big, _, err := Generate(files, goroot(t))
	if err != nil {
		t.Fatal(err)
	}
	count := func(out []generator.File) (n int) {
		for _, f := range out {
			if strings.HasSuffix(f.Path, ".go") {
				n += len(f.Content)
			}
		}
		return n
	}
	if s, b := count(small), count(big); b < 9*s || b > 11*s {
		t.Errorf("generated Go: %d bytes for the schema, %d for ten copies", s, b)
	}
}

// BenchmarkGenerate is streamsgen's work for the Streams schema: load,
// check, and generate the Go package, the .d.ts files and the loader.
func BenchmarkGenerate(b *testing.B) {
	files, err := StreamsSchema()
	if err != nil {
		b.Fatal(err)
	}
	benchmarkGenerate(b, files)
}

// BenchmarkGenerate10x is BenchmarkGenerate for a schema ten times larger.
func BenchmarkGenerate10x(b *testing.B) {
	files, err := Synthetic(10)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkGenerate(b, files)
}

func benchmarkGenerate(b *testing.B, files []schema.File) {
	root := goroot(b)
	for b.Loop() {
		if _, _, err := Generate(files, root); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoaderBudget checks that our loader code (the ESM loader without
// wasm_exec.js) stays within LoaderBudget bytes gzipped.
func TestLoaderBudget(t *testing.T) {
	loaders, err := Loaders(goroot(t), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range loaders {
		if l.Ours && l.Name == "loader.esm.js" {
			if n := Gzip(l.Data); n > LoaderBudget {
				t.Errorf("our loader code is %d bytes gzipped, over the budget of %d", n, LoaderBudget)
			} else {
				t.Logf("our loader code: %d bytes, %d gzipped", len(l.Data), n)
			}
		}
	}
}
