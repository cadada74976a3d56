// Package gogen emits the Go WebAssembly bindings of a schema: one package
// of handle types, records, enums and namespace functions over the shared
// runtime. It only builds jennifer trees; the caller decides where the
// files go.
package gogen

import (
	"bytes"
	"fmt"
	"strings"

	. "github.com/dave/jennifer/jen"

	"github.com/streamsgen/streamsgen/schema"
)

// Config configures the Go emitter.
type Config struct {
	// Package is the Go package name of the output.
	Package string
	// Runtime is the import path of the runtime package.
	Runtime string
	// Header is the "Code generated ... DO NOT EDIT." line, without "// ".
	Header string
	// StreamsVersion is the Streams release the output targets.
	StreamsVersion string
}

// Output is one emitted Go source file, named relative to the package
// directory.
type Output struct {
	Name    string
	Content []byte
}

// buildTag restricts generated files to the one platform syscall/js exists on.
const buildTag = "//go:build js && wasm"

type emitter struct {
	opts Config
	tm   typeMapper
	wt   *wireTables
	errs []error
}

// Generate returns the Go files for api, sorted by name.
func Generate(api *schema.API, opts Config) ([]Output, error) {
	wt := newWireTables(api)
	e := &emitter{opts: opts, tm: typeMapper{rt: opts.Runtime, wt: wt}, wt: wt}
	parts := []struct {
		name string
		fill func(*File)
	}{
		{"doc.go", e.docFile},
		{"enums.go", func(f *File) { e.enums(f, api) }},
		{"handles.go", func(f *File) { e.handles(f, api) }},
		{"namespaces.go", func(f *File) { e.namespaces(f, api) }},
		{"records.go", func(f *File) { e.records(f, api) }},
		{"runtime.go", e.runtimeFile},
		// Last: the unions the other files met.
		{"unions.go", e.unions},
	}
	var out []Output
	for _, p := range parts {
		if p.name == "unions.go" && len(e.tm.unions) == 0 {
			continue
		}
		f := newFile(opts)
		p.fill(f)
		var buf bytes.Buffer
		if err := f.Render(&buf); err != nil {
			return nil, fmt.Errorf("gogen: rendering %s: %w", p.name, err)
		}
		out = append(out, Output{Name: p.name, Content: buf.Bytes()})
	}
	if len(e.errs) > 0 {
		msgs := make([]string, len(e.errs))
		for i, err := range e.errs {
			msgs[i] = err.Error()
		}
		return nil, fmt.Errorf("gogen: %s", strings.Join(msgs, "\n"))
	}
	return out, nil
}

func newFile(opts Config) *File {
	f := NewFile(opts.Package)
	f.HeaderComment(opts.Header)
	f.HeaderComment(buildTag)
	f.ImportAlias(opts.Runtime, "rt")
	f.ImportName(jsPkg, "js")
	return f
}
