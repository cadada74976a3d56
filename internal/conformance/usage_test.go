package conformance

import (
	"cmp"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/streamsgen/streamsgen/internal/testenv"
	"github.com/streamsgen/streamsgen/schema"
)

// usageFile is written as a Streams user would write TypeScript, using every
// namespace, class and enum of the API.
const usageFile = "testdata/all_api.ts"

// mention is one item of the usage checklist: the file must use one of
// names (qualified TypeScript names, matched as whole words).
type mention struct {
	pos   schema.Pos
	what  string
	names []string
}

// usageChecklist lists what the usage file must mention, derived from the
// schema so that it grows with it: every namespace (through one of its
// functions or attributes), every [JSClass] class and every enum, except
// removed ones, which the .d.ts omits.
//
// tsgen places namespaces, classes and enums with a runtime path at that
// path (it rejects a path that does not end in the TypeScript name) and
// enums without one in namespace connect under their TypeScript name.
func usageChecklist(api *schema.API) []mention {
	var out []mention
	tsName := func(name string, n schema.Names) string { return cmp.Or(n.TS, name) }
	for _, ns := range api.Namespaces {
		if !present(ns.Life) {
			continue
		}
		m := mention{pos: ns.Pos, what: "namespace " + ns.JSPath}
		for _, op := range ns.Operations {
			if present(op.Life) {
				m.names = append(m.names, ns.JSPath+"."+tsName(op.Name, op.Names))
			}
		}
		for _, a := range ns.Attributes {
			if present(a.Life) {
				m.names = append(m.names, ns.JSPath+"."+tsName(a.Name, a.Names))
			}
		}
		out = append(out, m)
	}
	for _, it := range api.Interfaces {
		if it.JSClass != "" && present(it.Life) {
			out = append(out, mention{pos: it.Pos, what: "class " + it.JSClass, names: []string{it.JSClass}})
		}
	}
	for _, e := range api.Enums {
		if !present(e.Life) {
			continue
		}
		path := e.JSPath
		if path == "" {
			path = "connect." + tsName(e.Name, e.Names)
		}
		out = append(out, mention{pos: e.Pos, what: "enum " + path, names: []string{path}})
	}
	return out
}

var tsComment = regexp.MustCompile(`(?s)/\*.*?\*/|//[^\n]*`)

// missingMentions returns the checklist items that src does not use;
// comments do not count.
func missingMentions(list []mention, src string) []mention {
	code := tsComment.ReplaceAllString(src, "")
	var out []mention
	for _, m := range list {
		found := false
		for _, n := range m.names {
			re := regexp.MustCompile(`(^|[^\w$.])` + regexp.QuoteMeta(n) + `($|[^\w$])`)
			if re.MatchString(code) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, m)
		}
	}
	return out
}

// TestUsageCovers fails when the usage file does not use some namespace,
// class or enum of the schema.
func TestUsageCovers(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile(usageFile)
	if err != nil {
		t.Fatal(err)
	}
	list := usageChecklist(mustSchema(t))
	for _, m := range missingMentions(list, string(src)) {
		t.Errorf("%s: %s is not used by %s (want one of %s)", m.pos, m.what, usageFile, strings.Join(m.names, ", "))
	}
	t.Logf("%d namespaces, classes and enums on the checklist", len(list))
}

func TestMissingMentions(t *testing.T) {
	list := []mention{
		{what: "a", names: []string{"connect.Agent"}},
		{what: "b", names: []string{"connect.core.initCCP", "connect.core.terminate"}},
		{what: "c", names: []string{"connect.ContactType"}},
		{what: "d", names: []string{"connect.AgentStateType"}},
	}
	src := "let a: connect.AgentState; // connect.Agent\n/* connect.ContactType */ connect.core.terminate();\nx.connect.AgentStateType"
	var got []string
	for _, m := range missingMentions(list, src) {
		got = append(got, m.what)
	}
	if strings.Join(got, ",") != "a,c,d" {
		t.Errorf("missing = %v, want [a c d]", got)
	}
}

// TestUsageTypeChecks type-checks the usage file with tsc --strict against
// gen/js/connect.d.ts, the declarations users get.
func TestUsageTypeChecks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for src, dst := range map[string]string{
		filepath.Join(testenv.RepoRoot(), "gen", "js", "connect.d.ts"): "connect.d.ts",
		usageFile: "all_api.ts",
	} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, dst), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := testenv.RunTSC(t, dir, "connect.d.ts", "all_api.ts"); err != nil {
		t.Errorf("tsc --strict %s against gen/js/connect.d.ts: %v\n%s", usageFile, err, out)
	}
}
