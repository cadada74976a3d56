package conformance

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/streamsgen/streamsgen/internal/testenv"
	"github.com/streamsgen/streamsgen/schema"
)

func TestCountDifferences(t *testing.T) {
	md := "# Differences from the official typings\n" +
		"Prose with a - dash does not count.\n" +
		"## Agent side\n" +
		"- `getState` returns ... (connect-streams.js:123)\n" +
		"  - a nested detail does not count\n" +
		"  continuation line\n" +
		"* second entry\n" +
		"1. third entry\n" +
		"```\n- inside a code block\n```\n" +
		"## Left out\n" +
		"- conduits\n" +
		"### Loggers\n" +
		"- loggers, still under Left out\n" +
		"## Contact side\n" +
		"- fourth entry\n" +
		"| table | - |\n"
	d, l := CountDifferences([]byte(md))
	if d != 4 || l != 2 {
		t.Errorf("CountDifferences = %d differences, %d left out; want 4, 2", d, l)
	}
	if d, l := CountDifferences(nil); d != 0 || l != 0 {
		t.Errorf("CountDifferences(nil) = %d, %d; want 0, 0", d, l)
	}
}

func TestSchemaCounts(t *testing.T) {
	api, err := schema.Load([]schema.File{{Name: "s.webidl", Src: []byte(wrongSchema)}})
	if err != nil {
		t.Fatal(err)
	}
	got, removed := SchemaCounts(api)
	want := []Count{
		{"namespaces", 2}, {"namespace functions", 3},
		{"classes", 3}, {"class methods", 3}, {"class events", 1}, {"class attributes", 2},
		{"enums", 1}, {"enum values", 2}, {"callback types", 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SchemaCounts (-want +got):\n%s", diff)
	}
	if removed != 3 {
		t.Errorf("removed = %d, want 3 (terminate, onContactPending, \"init\")", removed)
	}
}

// TestReadmeCoverage fails when the numbers in README.md's Coverage section
// differ from what `go run ./internal/conformance/cmd/coverage` prints.
func TestReadmeCoverage(t *testing.T) {
	t.Parallel()
	node := testenv.Node(t)
	nm := testenv.NodeModules(t)
	root := testenv.RepoRoot()
	diffs, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(DifferencesFile)))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	c, err := ComputeCoverage(node, nm, diffs)
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	quoted, err := ReadmeQuote(string(readme))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(strings.Split(c.Format(), "\n"), strings.Split(quoted, "\n")); diff != "" {
		t.Errorf("README.md's Coverage numbers are out of date; run `go run ./internal/conformance/cmd/coverage -update-readme` (-command +README):\n%s", diff)
	}
}

func TestReadmeQuote(t *testing.T) {
	readme := "# x\n\n## Coverage\n\nprose\n\n```text\nold\nnumbers\n```\n\n## Next\n```text\nother\n```\n"
	got, err := ReadmeQuote(readme)
	if err != nil || got != "old\nnumbers\n" {
		t.Errorf("ReadmeQuote = %q, %v; want %q", got, err, "old\nnumbers\n")
	}
	updated, err := ReplaceReadmeQuote(readme, "new\n")
	want := "# x\n\n## Coverage\n\nprose\n\n```text\nnew\n```\n\n## Next\n```text\nother\n```\n"
	if err != nil || updated != want {
		t.Errorf("ReplaceReadmeQuote = %q, %v; want %q", updated, err, want)
	}
	if _, err := ReadmeQuote("# x\n## Coverage\nno block\n## Next\n```text\nother\n```\n"); err == nil {
		t.Error("ReadmeQuote found a block outside the Coverage section")
	}
}
