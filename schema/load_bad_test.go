package schema

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// errorMarker matches an expected diagnostic written in a test schema, as
// in go/types tests: // ERROR <column> "<message>" on the line of the error.
// Several markers may follow one "//": // ERROR 3 "a" ERROR 9 "b".
var errorMarker = regexp.MustCompile(`ERROR (\d+) ("(?:[^"\\]|\\.)*")`)

// expectedErrors derives the expected ErrorList from the markers in src.
func expectedErrors(t *testing.T, name string, src []byte) ErrorList {
	t.Helper()
	var want ErrorList
	for i, line := range strings.Split(string(src), "\n") {
		j := strings.Index(line, "// ERROR ")
		if j < 0 {
			continue
		}
		line = line[j:]
		for _, m := range errorMarker.FindAllStringSubmatch(line, -1) {
			col, _ := strconv.Atoi(m[1])
			msg, err := strconv.Unquote(m[2])
			if err != nil {
				t.Fatalf("%s:%d: bad ERROR marker %s: %v", name, i+1, m[0], err)
			}
			want.Add(Pos{File: name, Line: i + 1, Col: col}, msg)
		}
	}
	want.Sort()
	return want
}

func lines(l ErrorList) []string {
	var out []string
	for _, e := range l {
		out = append(out, e.Error())
	}
	return out
}

// TestBadSchemas loads each file in testdata/bad and checks that Load
// reports exactly the errors marked in it, with file:line:col.
func TestBadSchemas(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.webidl")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("found %d bad schemas, want at least 20", len(files))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".webidl"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := expectedErrors(t, name, src)
			if len(want) == 0 {
				t.Fatalf("%s has no ERROR markers", name)
			}
			api, err := Load([]File{{Name: name, Src: src}})
			if err == nil {
				t.Fatalf("Load succeeded, want errors:\n%s", want.Error())
			}
			if api != nil {
				t.Errorf("Load returned an API along with errors")
			}
			got, ok := err.(ErrorList)
			if !ok {
				t.Fatalf("Load returned %T, want ErrorList", err)
			}
			if diff := cmp.Diff(lines(want), lines(got)); diff != "" {
				t.Errorf("errors mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
