package conformance

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/streamsgen/streamsgen/generator"
	"github.com/streamsgen/streamsgen/internal/testenv"
	"github.com/streamsgen/streamsgen/schema"
)

var updateExclusions = flag.Bool("update-exclusions", false,
	"rewrite exclusions.txt: drop entries the schema now describes, append new lacking members with the placeholder reason "+placeholderReason+" to replace")

// placeholderReason is too short to pass ParseExclusions, so that a new
// entry cannot stay without a real reason.
const placeholderReason = "REASON"

// loadSchema loads the embedded schema once for all tests.
var loadSchema = sync.OnceValues(LoadSchema)

func mustSchema(t *testing.T) *schema.API {
	t.Helper()
	api, err := loadSchema()
	if err != nil {
		t.Fatalf("loading the schema:\n%v", err)
	}
	return api
}

// generatedDTS returns the global-form .d.ts generated from api in memory, so
// the enum keys are checked as the generator names them from the current
// schema (whether or not gen/ has been regenerated).
func generatedDTS(t *testing.T, api *schema.API) []byte {
	t.Helper()
	files, err := generator.Generate(api, generator.Options{SkipLoader: true})
	if err != nil {
		t.Fatalf("generating: %v", err)
	}
	for _, f := range files {
		if f.Path == "js/connect.d.ts" {
			return f.Content
		}
	}
	t.Fatal("the generator produced no js/connect.d.ts")
	return nil
}

// probe runs the plan's manifest against the real library.
func probe(t *testing.T, p *Plan) *Observation {
	t.Helper()
	node := testenv.Node(t)
	nm := testenv.NodeModules(t)
	o, err := Probe(node, nm, &p.Manifest)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// realRun is the plan for the embedded schema and what the library showed,
// shared by the tests that need them (one jsdom load).
var realRun struct {
	once sync.Once
	plan *Plan
	obs  *Observation
	err  error
}

func runReal(t *testing.T) (*Plan, *Observation) {
	t.Helper()
	api := mustSchema(t)
	node := testenv.Node(t)
	nm := testenv.NodeModules(t)
	dts := generatedDTS(t, api)
	realRun.once.Do(func() {
		realRun.plan = NewPlan(api, dts)
		realRun.obs, realRun.err = Probe(node, nm, &realRun.plan.Manifest)
	})
	if realRun.err != nil {
		t.Fatal(realRun.err)
	}
	return realRun.plan, realRun.obs
}

// TestRuntime checks every schema member against release/connect-streams.js
// loaded under jsdom: namespaces are objects, their functions and the
// operations of each [JSClass] prototype are functions, subclasses inherit
// from their base classes, [Event] names are runtime event names, enum
// objects hold exactly the schema's values under the keys the generated
// TypeScript uses, and members marked [Removed] are absent.
func TestRuntime(t *testing.T) {
	t.Parallel()
	p, o := runReal(t)
	want, got := p.Results(o)
	if len(want) == 0 {
		t.Fatal("the plan holds no checks")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the runtime (Streams %s) differs from the schema; keys are schema positions (-schema +runtime):\n%s", TargetVersion, diff)
	}
	for _, u := range p.Unchecked {
		t.Logf("not checked: %s", u)
	}
	t.Logf("%d checks", len(want))
}

// TestLacking lists the runtime's public members that the schema does not
// describe and compares them with exclusions.txt: every such member must be
// listed there with a reason, and every listed member must still be one.
func TestLacking(t *testing.T) {
	t.Parallel()
	excl, err := Exclusions()
	if err != nil {
		t.Fatal(err)
	}
	p, o := runReal(t)
	lacking := p.Lacking(o)

	if *updateExclusions {
		rewriteExclusions(t, excl, lacking)
		return
	}
	var listed []string
	for _, e := range excl {
		listed = append(listed, e.Member)
	}
	if diff := cmp.Diff(sorted(listed), lacking); diff != "" {
		t.Errorf("%s is out of date (-listed +lacking):\n%s", ExclusionsFile, diff)
		isListed := map[string]bool{}
		for _, m := range listed {
			isListed[m] = true
		}
		isLacking := map[string]bool{}
		var add []string
		for _, m := range lacking {
			isLacking[m] = true
			if !isListed[m] {
				add = append(add, m+": REASON")
			}
		}
		if len(add) > 0 {
			t.Errorf("add these runtime members to the schema, or to %s with a reason (%s user-facing, to add, when users need them; -update-exclusions appends them):\n%s",
				ExclusionsFile, TODOSchema, strings.Join(add, "\n"))
		}
		var stale []string
		for _, e := range excl {
			if !isLacking[e.Member] {
				stale = append(stale, fmt.Sprintf("%s:%d: %s", ExclusionsFile, e.Line, e.Member))
			}
		}
		if len(stale) > 0 {
			t.Errorf("remove these entries (-update-exclusions does): the schema now describes them, or the runtime has no such public member:\n%s", strings.Join(stale, "\n"))
		}
	}
	todo := 0
	for _, e := range excl {
		if e.IsTODO() {
			todo++
		}
	}
	t.Logf("%d public runtime members, %d lacking (%d marked %s)", len(o.Public), len(lacking), todo, TODOSchema)
}

func sorted(s []string) []string {
	s = append([]string(nil), s...)
	slices.Sort(s)
	return s
}

// TestTargetVersion keeps the three versions in step: the library the checks
// load, TargetVersion and the newest release the generator targets.
func TestTargetVersion(t *testing.T) {
	nm := testenv.NodeModules(t)
	b, err := os.ReadFile(filepath.Join(nm, "amazon-connect-streams", "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct{ Version string }
	if err := json.Unmarshal(b, &pkg); err != nil {
		t.Fatal(err)
	}
	if pkg.Version != TargetVersion || generator.LatestStreamsVersion != TargetVersion {
		t.Errorf("node_modules has amazon-connect-streams %s, TargetVersion is %s, generator.LatestStreamsVersion is %s; they must agree",
			pkg.Version, TargetVersion, generator.LatestStreamsVersion)
	}
}

// rewriteExclusions drops the lines of entries that are no longer lacking
// and appends the new lacking members with a placeholder reason.
func rewriteExclusions(t *testing.T, excl []Exclusion, lacking []string) {
	t.Helper()
	isLacking := map[string]bool{}
	for _, m := range lacking {
		isLacking[m] = true
	}
	drop := map[int]bool{}
	listed := map[string]bool{}
	for _, e := range excl {
		listed[e.Member] = true
		if !isLacking[e.Member] {
			drop[e.Line] = true
		}
	}
	var out []string
	for i, line := range strings.Split(strings.TrimRight(string(exclusionsText), "\n"), "\n") {
		if !drop[i+1] {
			out = append(out, line)
		}
	}
	var added []string
	for _, m := range lacking {
		if !listed[m] {
			added = append(added, m+": "+placeholderReason)
		}
	}
	if len(added) > 0 {
		out = append(out, "", "# New: replace each "+placeholderReason+" with a reason and move the line to its group.")
		out = append(out, added...)
	}
	if err := os.WriteFile("exclusions.txt", []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("exclusions.txt: dropped %d, appended %d", len(drop), len(added))
}
