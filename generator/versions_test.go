package generator_test

import (
	"io/fs"
	"slices"
	"testing"

	"github.com/streamsgen/streamsgen/generator"
	"github.com/streamsgen/streamsgen/schema"
	"github.com/streamsgen/streamsgen/schema/streams"
)

func loadEmbedded(t *testing.T) *schema.API {
	t.Helper()
	names, err := fs.Glob(streams.FS, "*.webidl")
	if err != nil {
		t.Fatal(err)
	}
	var files []schema.File
	for _, n := range names {
		src, err := fs.ReadFile(streams.FS, n)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, schema.File{Name: "schema/streams/" + n, Src: src})
	}
	api, err := schema.Load(files)
	if err != nil {
		t.Fatal(err)
	}
	return api
}

// versions lists every release the embedded schema's history names.
func versions(api *schema.API) []string {
	set := map[string]bool{}
	add := func(l schema.Lifecycle) {
		for _, v := range []string{l.Since, l.Deprecated, l.Removed} {
			if v != "" {
				set[v] = true
			}
		}
	}
	for _, ns := range api.Namespaces {
		add(ns.Life)
		for _, op := range ns.Operations {
			add(op.Life)
		}
	}
	for _, it := range api.Interfaces {
		add(it.Life)
		for _, op := range it.Operations {
			add(op.Life)
		}
		for _, a := range it.Attributes {
			add(a.Life)
		}
	}
	for _, d := range api.Dictionaries {
		add(d.Life)
		for _, m := range d.Members {
			add(m.Life)
		}
	}
	for _, e := range api.Enums {
		add(e.Life)
		for _, v := range e.Values {
			add(v.Life)
		}
	}
	var out []string
	for v := range set {
		out = append(out, v)
	}
	slices.SortFunc(out, schema.CompareVersions)
	return out
}

// TestEveryVersionGenerates generates the bindings for every release from
// 2.0.0 on that the schema's history mentions, and for 1.9.0, the last 1.x
// the API diffs start from: a member whose types do not exist in some
// release is a history mistake this catches. (Releases before 1.9.0 are not
// held to it: the schema's 1.x history is partial, see docs/workflow.md.)
func TestEveryVersionGenerates(t *testing.T) {
	api := loadEmbedded(t)
	vs := versions(api)
	if len(vs) < 10 {
		t.Fatalf("only %d versions in the schema's history: %v", len(vs), vs)
	}
	for _, v := range append([]string{"1.9.0"}, vs...) {
		if schema.CompareVersions(v, "1.9.0") < 0 {
			continue
		}
		if _, err := generator.Generate(api, generator.Options{StreamsVersion: v, SkipLoader: true}); err != nil {
			t.Errorf("Streams %s: %v", v, err)
		}
	}
}
