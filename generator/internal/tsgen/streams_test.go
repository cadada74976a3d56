package tsgen

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/streamsgen/streamsgen/internal/testenv"
	"github.com/streamsgen/streamsgen/schema"
	"github.com/streamsgen/streamsgen/schema/streams"
)

// loadStreams loads the embedded Streams schema.
func loadStreams(t *testing.T) *schema.API {
	t.Helper()
	paths, err := fs.Glob(streams.FS, "*.webidl")
	if err != nil {
		t.Fatal(err)
	}
	var files []schema.File
	for _, p := range paths {
		src, err := fs.ReadFile(streams.FS, p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, schema.File{Name: "streams/" + p, Src: src})
	}
	api, err := schema.Load(files)
	if err != nil {
		t.Fatal(err)
	}
	return api
}

// TestStreamsSchema emits both forms for the real Streams schema and
// type-checks them with tsc --strict, the global form together with
// testdata/usage_streams.ts, code written against the Streams API as its
// users write it. The goldens use a hand-built IR instead, which covers
// every type and call shape and does not change as the schema grows.
func TestStreamsSchema(t *testing.T) {
	t.Parallel()
	api := loadStreams(t)
	global, err := Generate(api, Options{Header: header})
	if err != nil {
		t.Fatal(err)
	}
	module, err := Generate(api, Options{Header: header, Module: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, b := range map[string][]byte{"connect.d.ts": global, "connect.module.d.ts": module} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFiles(t, dir, map[string]string{"usage_streams.ts": "usage.ts"})
	if out, err := testenv.RunTSC(t, dir, "connect.d.ts", "usage.ts"); err != nil {
		t.Errorf("tsc --strict on the global form: %v\n%s", err, out)
	}
	if out, err := testenv.RunTSC(t, dir, "connect.module.d.ts"); err != nil {
		t.Errorf("tsc --strict on the module form: %v\n%s", err, out)
	}
}
