package conformance

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/streamsgen/streamsgen/schema"
)

// DifferencesFile is the repository path of the list of deliberate
// differences between the schema and the official typings.
const DifferencesFile = "docs/typings-differences.md"

// Count is a number of declarations of one kind.
type Count struct {
	Kind string
	N    int
}

// Coverage holds the numbers README.md quotes.
type Coverage struct {
	// Schema counts what the schema describes in TargetVersion, by kind.
	Schema []Count
	// Removed counts declarations and members marked [Removed] at or
	// before TargetVersion, kept in the schema for older targets.
	Removed int
	// Typings counts the declarations of the official typings inside
	// declare namespace connect, by kind.
	Typings []Count
	// Differences counts the deliberate differences listed in
	// DifferencesFile; LeftOut counts the groups listed under its
	// "Left out" headings.
	Differences, LeftOut int
	// Excluded counts the runtime public members the schema lacks (the
	// entries of exclusions.txt); ExcludedTODO those marked TODOSchema.
	Excluded, ExcludedTODO int
}

// SchemaCounts counts the schema's declarations and members that exist in
// TargetVersion, by kind, and those marked removed.
func SchemaCounts(api *schema.API) (counts []Count, removed int) {
	n := map[string]int{}
	count := func(kind string, l schema.Lifecycle) {
		if present(l) {
			n[kind]++
		} else {
			removed++
		}
	}
	for _, ns := range api.Namespaces {
		count("namespaces", ns.Life)
		for _, op := range ns.Operations {
			count(opKind("namespace", op), nested(ns.Life, op.Life))
		}
		for _, a := range ns.Attributes {
			count("namespace attributes", nested(ns.Life, a.Life))
		}
	}
	for _, it := range api.Interfaces {
		owner, plural := "class", "classes"
		if it.JSClass == "" {
			owner, plural = "interface", "interfaces"
		}
		count(plural, it.Life)
		for _, op := range it.Operations {
			count(opKind(owner, op), nested(it.Life, op.Life))
		}
		for _, a := range it.Attributes {
			count(owner+" attributes", nested(it.Life, a.Life))
		}
	}
	for _, d := range api.Dictionaries {
		count("dictionaries", d.Life)
		for _, m := range d.Members {
			count("dictionary members", nested(d.Life, m.Life))
		}
	}
	for _, e := range api.Enums {
		count("enums", e.Life)
		for _, v := range e.Values {
			count("enum values", nested(e.Life, v.Life))
		}
	}
	for _, c := range api.Callbacks {
		count("callback types", c.Life)
	}
	return sortedCounts(n, schemaKinds), removed
}

// schemaKinds orders the schema kinds for printing.
var schemaKinds = []string{
	"namespaces", "namespace functions", "namespace events", "namespace attributes",
	"classes", "class methods", "class events", "class attributes",
	"interfaces", "interface methods", "interface events", "interface attributes",
	"dictionaries", "dictionary members", "enums", "enum values", "callback types",
}

func opKind(owner string, op *schema.Operation) string {
	if op.Kind == schema.OpSubscribe {
		return owner + " events"
	}
	if owner == "namespace" {
		return "namespace functions"
	}
	return owner + " methods"
}

// typingsKinds orders the kinds js/typings.js reports.
var typingsKinds = []string{
	"namespaces", "functions", "variables", "classes", "class members", "interfaces",
	"interface members", "enums", "enum members", "type aliases",
}

// TypingsCounts counts the declarations of the official typings
// (node_modules/amazon-connect-streams/src/index.d.ts) inside declare
// namespace connect, parsed with the TypeScript compiler API in Node.
func TypingsCounts(node, nodeModules string) ([]Count, error) {
	out, err := runScript(node, "typings.js", nil, nodeModules)
	if err != nil {
		return nil, err
	}
	var decls []struct{ Kind, Name string }
	if err := json.Unmarshal(out, &decls); err != nil {
		return nil, fmt.Errorf("typings.js: decoding its output: %v", err)
	}
	n := map[string]int{}
	for _, d := range decls {
		n[d.Kind]++
	}
	for k := range n {
		if !contains(typingsKinds, k) {
			return nil, fmt.Errorf("typings.js reported an unknown kind %q", k)
		}
	}
	return sortedCounts(n, typingsKinds), nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sortedCounts lists the non-zero counts in the given order.
func sortedCounts(n map[string]int, order []string) []Count {
	var out []Count
	for _, k := range order {
		if n[k] > 0 {
			out = append(out, Count{k, n[k]})
		}
	}
	// Kinds missing from order would be a bug in this file; keep them
	// visible rather than dropping them.
	var rest []string
	for k := range n {
		if !contains(order, k) {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		out = append(out, Count{k, n[k]})
	}
	return out
}

var (
	mdHeading = regexp.MustCompile(`^(#{1,6})\s+(.*)$`)
	mdItem    = regexp.MustCompile(`^([-*+]|\d+[.)])\s`)
)

// CountDifferences counts the entries of the differences file. The rule:
// every list item that starts at the beginning of a line ("- ", "* ", "+ "
// or "1. ") is one entry; nested items (indented), continuation lines,
// prose, tables and lines inside fenced code blocks do not count. Entries
// below a heading whose text contains "Left out" (any case), up to the next
// heading of the same or a higher level, count as left-out groups instead of
// differences.
func CountDifferences(md []byte) (differences, leftOut int) {
	leftOutLevel := 0 // heading level of the current "Left out" section; 0 if none
	fenced := false
	sc := bufio.NewScanner(bytes.NewReader(md))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~") {
			fenced = !fenced
			continue
		}
		if fenced {
			continue
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			level := len(m[1])
			if leftOutLevel > 0 && level <= leftOutLevel {
				leftOutLevel = 0
			}
			if leftOutLevel == 0 && strings.Contains(strings.ToLower(m[2]), "left out") {
				leftOutLevel = level
			}
			continue
		}
		if mdItem.MatchString(line) {
			if leftOutLevel > 0 {
				leftOut++
			} else {
				differences++
			}
		}
	}
	return differences, leftOut
}

// Format renders the numbers as README.md quotes them.
func (c *Coverage) Format() string {
	var b strings.Builder
	total := func(cs []Count) int {
		t := 0
		for _, x := range cs {
			t += x.N
		}
		return t
	}
	row := func(label string, n int) { fmt.Fprintf(&b, "  %-28s %5d\n", label, n) }
	fmt.Fprintf(&b, "Amazon Connect Streams %s\n\n", TargetVersion)
	fmt.Fprintf(&b, "Schema (%s), what exists in %s:\n", SchemaDir, TargetVersion)
	for _, x := range c.Schema {
		row(x.Kind, x.N)
	}
	row("total", total(c.Schema))
	row("marked removed (not above)", c.Removed)
	fmt.Fprintf(&b, "\nOfficial typings (src/index.d.ts, declare namespace connect):\n")
	for _, x := range c.Typings {
		row(x.Kind, x.N)
	}
	row("total", total(c.Typings))
	fmt.Fprintf(&b, "\nDeliberate differences (%s):\n", DifferencesFile)
	row("differences", c.Differences)
	row("groups left out", c.LeftOut)
	fmt.Fprintf(&b, "\nRuntime public members the schema lacks (%s):\n", ExclusionsFile)
	row("excluded", c.Excluded)
	row("of which still to add", c.ExcludedTODO)
	return b.String()
}

// ComputeCoverage gathers every number: the embedded schema and
// exclusions list, the official typings read with node from nodeModules,
// and differences, the content of DifferencesFile (nil when it does not
// exist).
func ComputeCoverage(node, nodeModules string, differences []byte) (*Coverage, error) {
	api, err := LoadSchema()
	if err != nil {
		return nil, err
	}
	excl, err := Exclusions()
	if err != nil {
		return nil, err
	}
	c := &Coverage{Excluded: len(excl)}
	c.Schema, c.Removed = SchemaCounts(api)
	if c.Typings, err = TypingsCounts(node, nodeModules); err != nil {
		return nil, err
	}
	c.Differences, c.LeftOut = CountDifferences(differences)
	for _, e := range excl {
		if e.IsTODO() {
			c.ExcludedTODO++
		}
	}
	return c, nil
}

// readmeQuoteSpan locates the first ```text block of README's
// "## Coverage" section: the block's content is readme[start:end].
func readmeQuoteSpan(readme string) (start, end int, err error) {
	const heading, fence = "\n## Coverage\n", "\n```text\n"
	sec := strings.Index(readme, heading)
	if sec < 0 {
		return 0, 0, errors.New(`README.md has no "## Coverage" section`)
	}
	sec += len(heading)
	secEnd := len(readme)
	if i := strings.Index(readme[sec:], "\n## "); i >= 0 {
		secEnd = sec + i
	}
	i := strings.Index(readme[sec:secEnd], fence)
	if i < 0 {
		return 0, 0, errors.New("README.md's Coverage section has no ```text block")
	}
	start = sec + i + len(fence)
	j := strings.Index(readme[start:secEnd], "```")
	if j < 0 {
		return 0, 0, errors.New("README.md's Coverage block is not closed")
	}
	return start, start + j, nil
}

// ReadmeQuote returns the numbers README.md quotes: the content of the
// first ```text block of its "## Coverage" section.
func ReadmeQuote(readme string) (string, error) {
	start, end, err := readmeQuoteSpan(readme)
	if err != nil {
		return "", err
	}
	return readme[start:end], nil
}

// ReplaceReadmeQuote returns readme with the quoted numbers replaced by
// quote (which ends in a newline, as Format's output does).
func ReplaceReadmeQuote(readme, quote string) (string, error) {
	start, end, err := readmeQuoteSpan(readme)
	if err != nil {
		return "", err
	}
	return readme[:start] + quote + readme[end:], nil
}
