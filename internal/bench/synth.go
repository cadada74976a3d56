package bench

import (
	"bytes"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/streamsgen/streamsgen/generator"
	"github.com/streamsgen/streamsgen/schema"
	"github.com/streamsgen/streamsgen/schema/streams"
)

// StreamsSchema returns the embedded Streams schema's files.
func StreamsSchema() ([]schema.File, error) {
	paths, err := fs.Glob(streams.FS, "*.webidl")
	if err != nil {
		return nil, err
	}
	var files []schema.File
	for _, p := range paths {
		src, err := fs.ReadFile(streams.FS, p)
		if err != nil {
			return nil, err
		}
		files = append(files, schema.File{Name: p, Src: src})
	}
	return files, nil
}

// Synthetic returns a schema k times the size of the Streams schema: k
// copies of its files in which every top-level name (and so every JS class
// path, Go and TS name) gets the suffix X1, X2, ... so that the copies do
// not collide.
func Synthetic(k int) ([]schema.File, error) {
	base, err := StreamsSchema()
	if err != nil {
		return nil, err
	}
	api, err := schema.Load(base)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, n := range api.Namespaces {
		names = append(names, n.Name)
	}
	for _, i := range api.Interfaces {
		names = append(names, i.Name)
	}
	for _, d := range api.Dictionaries {
		names = append(names, d.Name)
	}
	for _, e := range api.Enums {
		names = append(names, e.Name)
	}
	for _, c := range api.Callbacks {
		names = append(names, c.Name)
	}
	for _, t := range api.Typedefs {
		names = append(names, t.Name)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	// Longest first, so that a name is not replaced inside a longer one.
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	word := regexp.MustCompile(`\b(` + strings.Join(quoted, "|") + `)\b`)
	// Namespace paths such as "connect.core" are lower case, so the names
	// above miss them: suffix them too.
	path := regexp.MustCompile(`(JSPath="[^"]*\.[a-z][^".]*)"`)

	files := slices.Clone(base)
	for c := 1; c < k; c++ {
		suffix := fmt.Sprintf("X%d", c)
		for _, f := range base {
			src := word.ReplaceAll(f.Src, []byte("${1}"+suffix))
			src = path.ReplaceAll(src, []byte(`${1}`+suffix+`"`))
			// The root namespace's copies go under it.
			src = bytes.ReplaceAll(src, []byte(`JSPath="connect"`), []byte(`JSPath="connect.connect`+suffix+`"`))
			files = append(files, schema.File{Name: fmt.Sprintf("copy%d/%s", c, f.Name), Src: src})
		}
	}
	return files, nil
}

// Generate loads files and generates everything streamsgen generates for
// them (Go package, .d.ts files, loader), as cmd/streamsgen does, and
// returns the output and how long that took.
func Generate(files []schema.File, goroot string) ([]generator.File, time.Duration, error) {
	t0 := time.Now()
	api, err := schema.Load(files)
	if err != nil {
		return nil, 0, err
	}
	out, err := generator.Generate(api, generator.Options{GoRoot: goroot})
	return out, time.Since(t0), err
}
