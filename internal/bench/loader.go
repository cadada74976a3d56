package bench

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
)

// LoaderBudget is the most our loader code may weigh, gzipped: the ESM
// loader without Go's wasm_exec.js (issue 6).
const LoaderBudget = 3000

// Loader is a generated loader file.
type Loader struct {
	Name string // "loader.esm.js" or "loader.iife.js"
	Ours bool   // bundled with an empty wasm_exec.js, its license notice removed
	Data []byte
}

// wasmExecNotice is the license notice jsgen bundles with wasm_exec.js.
var wasmExecNotice = regexp.MustCompile(`(?s)/\*! wasm_exec\.js:.*?\*/\n`)

// Loaders generates the loaders for the Streams schema twice: as they ship
// (with goroot's wasm_exec.js) and with an empty wasm_exec.js, which leaves
// our code alone. tmp is a directory for the stand-in Go root.
func Loaders(goroot, tmp string) ([]Loader, error) {
	stub := filepath.Join(tmp, "stubroot")
	if err := os.MkdirAll(filepath.Join(stub, "lib", "wasm"), 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(stub, "lib", "wasm", "wasm_exec.js"), nil, 0o644); err != nil {
		return nil, err
	}
	files, err := StreamsSchema()
	if err != nil {
		return nil, err
	}
	var out []Loader
	for _, ours := range []bool{true, false} {
		root := goroot
		if ours {
			root = stub
		}
		gen, _, err := Generate(files, root)
		if err != nil {
			return nil, err
		}
		for _, f := range gen {
			if name := filepath.Base(f.Path); name == "loader.esm.js" || name == "loader.iife.js" {
				data := f.Content
				if ours {
					data = wasmExecNotice.ReplaceAll(data, nil)
				}
				out = append(out, Loader{Name: name, Ours: ours, Data: data})
			}
		}
	}
	if len(out) != 4 {
		return nil, fmt.Errorf("generated %d loaders, want 4", len(out))
	}
	return out, nil
}

// Gzip returns the size of b compressed with gzip -9.
func Gzip(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}
