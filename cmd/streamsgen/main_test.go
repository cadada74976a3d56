package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// runCmd runs the tool in-process and returns its exit code and output.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{"-no-such-flag"},
		{"extra-argument"},
		{"-pkg", "Not-A-Package"},
		{"-out", ""},
	} {
		code, _, stderr := runCmd(t, args...)
		if code != 2 {
			t.Errorf("streamsgen %q: exit %d, want 2 (stderr %q)", args, code, stderr)
		}
		if !strings.Contains(stderr, "usage:") && !strings.Contains(stderr, "streamsgen:") {
			t.Errorf("streamsgen %q: stderr %q explains nothing", args, stderr)
		}
	}
}

func TestSchemaErrorsAreListedAndNothingIsWritten(t *testing.T) {
	dir := t.TempDir()
	schemaDir := filepath.Join(dir, "schema")
	if err := os.Mkdir(schemaDir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"b.webidl": "dictionary D {\n  Missing m;\n};\n",
		"a.webidl": "interface I {\n  Nope f();\n  undefined g(Gone x);\n};\n",
	}
	for n, src := range files {
		if err := os.WriteFile(filepath.Join(schemaDir, n), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCmd(t, "-schema", schemaDir, "-out", out, "-no-loader")
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 diagnostics, got:\n%s", stderr)
	}
	re := regexp.MustCompile(`^` + regexp.QuoteMeta(filepath.ToSlash(schemaDir)) + `/[ab]\.webidl:\d+:\d+: .+$`)
	for _, l := range lines {
		if !re.MatchString(l) {
			t.Errorf("diagnostic %q is not file:line:col: message", l)
		}
	}
	if !slices.IsSorted(lines) {
		t.Errorf("diagnostics are not sorted:\n%s", stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output dir exists after a failed run (stdout %q)", stdout)
	}
}

func TestWritesOnlyChangedFilesAndCheck(t *testing.T) {
	out := filepath.Join(t.TempDir(), "gen")
	code, stdout, stderr := runCmd(t, "-out", out)
	if code != 0 {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	written := strings.Count(stdout, "wrote ")
	if written == 0 {
		t.Fatalf("first run wrote nothing")
	}
	before := snapshot(t, out)

	code, stdout, stderr = runCmd(t, "-out", out)
	if code != 0 || stdout != "" {
		t.Fatalf("second run: exit %d, stdout %q, stderr %q; want 0 and no file written", code, stdout, stderr)
	}
	if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
		t.Errorf("second run changed output (-want +got):\n%s", diff)
	}

	if code, _, stderr := runCmd(t, "-check", "-out", out); code != 0 {
		t.Fatalf("-check on fresh output: exit %d: %s", code, stderr)
	}

	victim := filepath.Join(out, "streams", "enums.go")
	if err := os.WriteFile(victim, []byte("package streams\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runCmd(t, "-check", "-out", out)
	if code != 1 || !strings.Contains(stderr, "streams/enums.go") || stdout != "" {
		t.Fatalf("-check on stale output: exit %d, stdout %q, stderr %q; want 1 naming streams/enums.go", code, stdout, stderr)
	}
	if got, _ := os.ReadFile(victim); string(got) != "package streams\n" {
		t.Errorf("-check rewrote %s", victim)
	}

	code, stdout, _ = runCmd(t, "-out", out)
	if code != 0 || strings.TrimSpace(stdout) != "wrote "+filepath.ToSlash(victim) {
		t.Errorf("repair run: exit %d, stdout %q; want exactly the one stale file rewritten", code, stdout)
	}
}

// TestCommittedOutputIsFresh fails when gen/ no longer matches what the
// embedded schema generates: run `go run ./cmd/streamsgen` to update it.
func TestCommittedOutputIsFresh(t *testing.T) {
	code, _, stderr := runCmd(t, "-check", "-out", filepath.Join("..", "..", "gen"))
	if code != 0 {
		t.Fatalf("gen/ is stale; run `go run ./cmd/streamsgen` at the repository root:\n%s", stderr)
	}
}

func TestGeneratedFilesCarryHeader(t *testing.T) {
	out := filepath.Join(t.TempDir(), "gen")
	if code, _, stderr := runCmd(t, "-out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	header := regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)
	for name, content := range snapshot(t, out) {
		if strings.HasSuffix(name, ".map") {
			continue // source maps are JSON and cannot carry comments
		}
		first, _, _ := strings.Cut(content, "\n")
		if !header.MatchString(first) {
			t.Errorf("%s starts with %q, want the generated-code header", name, first)
		}
	}
}

func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		m[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestOverlayAddsMember(t *testing.T) {
	dir := t.TempDir()
	overlay := filepath.Join(dir, "overlay")
	writeFile(t, filepath.Join(overlay, "mine.webidl"), `
partial interface Agent {
  /** The agent's favourite colour, from our own fork of Streams. */
  DOMString getFavouriteColour();
  /** Restated to announce a deprecation the embedded schema does not know yet. */
  [Deprecated="2.28.2", Replacement="getFavouriteColour"] DOMString getName();
};
`)
	out := filepath.Join(dir, "gen")
	if code, _, stderr := runCmd(t, "-overlay", overlay, "-out", out, "-no-loader"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files := snapshot(t, out)
	for _, want := range []string{
		"func (x Agent) GetFavouriteColour() (string, error)",
		"// Deprecated: deprecated since Streams 2.28.2. Use GetFavouriteColour instead.\nfunc (x Agent) GetName() (string, error)",
	} {
		if !strings.Contains(files["streams/handles.go"], want) {
			t.Errorf("streams/handles.go lacks %q", want)
		}
	}
	if !strings.Contains(files["js/connect.d.ts"], "getFavouriteColour(): string;") {
		t.Errorf("connect.d.ts lacks getFavouriteColour")
	}
}

func TestOverlayErrorPointsIntoOverlay(t *testing.T) {
	dir := t.TempDir()
	overlay := filepath.Join(dir, "overlay")
	writeFile(t, filepath.Join(overlay, "mine.webidl"), "partial interface Agent {\n  Colour getColour();\n};\n")
	code, _, stderr := runCmd(t, "-overlay", overlay, "-out", filepath.Join(dir, "gen"), "-no-loader")
	want := filepath.ToSlash(overlay) + "/mine.webidl:2:3: unknown type Colour\n"
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
}

func TestStreamsVersionTarget(t *testing.T) {
	dir := t.TempDir()
	gen := func(version string) map[string]string {
		out := filepath.Join(dir, version)
		if code, _, stderr := runCmd(t, "-streams-version", version, "-out", out, "-no-loader"); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		return snapshot(t, out)
	}
	before, after := gen("2.4.0"), gen("2.4.1")
	if !strings.Contains(before["streams/runtime.go"], `const StreamsVersion = "2.4.0"`) {
		t.Errorf("2.4.0 output does not record its target")
	}
	if strings.Contains(before["streams/handles.go"], "IsBarge") || !strings.Contains(after["streams/handles.go"], "func (x VoiceConnection) IsBarge()") {
		t.Errorf("IsBarge (since 2.4.1) present in 2.4.0 or missing in 2.4.1")
	}
	if code, _, stderr := runCmd(t, "-streams-version", "9.0.0", "-out", filepath.Join(dir, "x"), "-no-loader"); code != 1 || !strings.Contains(stderr, "describes Streams up to") {
		t.Errorf("future version: exit %d, %q", code, stderr)
	}
	if code, _, _ := runCmd(t, "-streams-version", "2.4", "-out", filepath.Join(dir, "x")); code != 2 {
		t.Errorf("malformed version: exit %d, want 2", code)
	}
}

func TestOnlySubset(t *testing.T) {
	out := filepath.Join(t.TempDir(), "gen")
	if code, _, stderr := runCmd(t, "-only", "Agent.getName,Connect.agent", "-out", out, "-no-loader"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	handles := snapshot(t, out)["streams/handles.go"]
	if !strings.Contains(handles, "func (x Agent) GetName()") || strings.Contains(handles, "SetState") || strings.Contains(handles, "type Contact struct") {
		t.Errorf("subset output:\n%s", handles)
	}
	code, _, stderr := runCmd(t, "-only", "Agent.getNmae", "-out", out, "-no-loader")
	if code != 1 || !strings.Contains(stderr, `selector "Agent.getNmae": Agent has no member getNmae`) {
		t.Errorf("bad selector: exit %d, %q", code, stderr)
	}
}
