package schema

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func loadFile(t *testing.T, path string) *API {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	api, err := Load([]File{{Name: filepath.Base(path), Src: src}})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return api
}

// TestLoadGolden checks the whole IR of a small schema against a golden
// dump. Run with -update after a deliberate change and review the diff.
func TestLoadGolden(t *testing.T) {
	api := loadFile(t, "testdata/ir/basic.webidl")
	got := dump(api)
	golden := "testdata/ir/basic.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("IR mismatch (-want +got):\n%s", diff)
	}
}

type opSummary struct {
	Kind           OpKind
	Args           []string
	Result         string
	CallbacksIndex int
	Handler        string
	Event          string
}

func summarize(op *Operation) opSummary {
	s := opSummary{Kind: op.Kind, Result: op.Result.IDL, CallbacksIndex: op.CallbacksIndex, Event: op.Event}
	for _, a := range op.Args {
		s.Args = append(s.Args, a.Name)
	}
	if op.Handler != nil {
		s.Handler = op.Handler.Name
	}
	return s
}

func TestOperationKinds(t *testing.T) {
	api := loadFile(t, "testdata/ir/basic.webidl")
	got := map[string]opSummary{}
	for _, ns := range api.Namespaces {
		for _, op := range ns.Operations {
			got[ns.Name+"."+op.Name] = summarize(op)
		}
	}
	for _, it := range api.Interfaces {
		for _, op := range it.Operations {
			got[it.Name+"."+op.Name] = summarize(op)
		}
	}
	want := map[string]opSummary{
		"Core.initCCP":      {Kind: OpSync, Args: []string{"container", "options"}, Result: "undefined"},
		"Core.fetchAgent":   {Kind: OpPromise, Args: []string{"timeoutMs"}, Result: "Agent?"},
		"Core.onAgentInit":  {Kind: OpSubscribe, Result: "undefined", Handler: "AgentHandler", Event: "agent::init"},
		"Core.init":         {Kind: OpSync, Result: "undefined"},
		"Other.list":        {Kind: OpSync, Args: []string{"names"}, Result: "sequence<Endpoint>"},
		"Agent.setState":    {Kind: OpCallbacks, Args: []string{"state", "options"}, Result: "undefined", CallbacksIndex: 1},
		"Agent.getSnapshot": {Kind: OpSync, Result: "AgentSnapshot"},
		"Agent.onRefresh":   {Kind: OpSubscribe, Result: "undefined", Handler: "AgentHandler"},
		"Base.getName":      {Kind: OpSync, Result: "DOMString"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("operations mismatch (-want +got):\n%s", diff)
	}
}

func TestUsage(t *testing.T) {
	api := loadFile(t, "testdata/ir/basic.webidl")
	got := map[string]Usage{}
	for _, d := range api.Dictionaries {
		got[d.Name] = d.Usage
	}
	want := map[string]Usage{
		"InitOptions":     Input,
		"SetStateOptions": Input,
		"AgentState":      Input,
		"Endpoint":        Input | Output, // nested in InitOptions (record of sequence) and returned by list
		"AgentSnapshot":   Output,         // returned and passed to a handler
		"BaseSnapshot":    Output,         // inherited by AgentSnapshot
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("usage mismatch (-want +got):\n%s", diff)
	}
}

// TestTypedefsAndDates checks typedef resolution and [JSDate].
func TestTypedefsAndDates(t *testing.T) {
	api := loadFile(t, "testdata/ir/basic.webidl")
	var agent *Interface
	for _, it := range api.Interfaces {
		if it.Name == "Agent" {
			agent = it
		}
	}
	if agent == nil || len(agent.Attributes) != 1 {
		t.Fatalf("Agent not loaded with its partial attribute: %+v", agent)
	}
	typ := agent.Attributes[0].Type
	got := fmt.Sprintf("%v alias=%s idl=%s", typ.Kind == KindDate, typ.Alias.Name, typ.IDL)
	if want := "true alias=Date idl=Date"; got != want {
		t.Errorf("loginTime type = %s, want %s", got, want)
	}
	if agent.Inherits == nil || agent.Inherits.Name != "Base" {
		t.Errorf("Agent.Inherits = %v, want Base", agent.Inherits)
	}
	var names []string
	for _, op := range agent.AllOperations() {
		names = append(names, op.Name)
	}
	if diff := cmp.Diff([]string{"getName", "getSnapshot", "onRefresh", "setState"}, names); diff != "" {
		t.Errorf("AllOperations (-want +got):\n%s", diff)
	}
}

// TestAllErrorsSorted checks that Load reports every error, from every
// file, sorted by position, whatever the order of the input files.
func TestAllErrorsSorted(t *testing.T) {
	files := []File{
		{Name: "b.webidl", Src: []byte("interface B {\n  Missing f();\n  undefined g(Gone x);\n};\n")},
		{Name: "a.webidl", Src: []byte("[Bogus] interface A {};\ndictionary D { Nope n; };\n")},
	}
	_, err := Load(files)
	list, ok := err.(ErrorList)
	if !ok {
		t.Fatalf("Load returned %T (%v), want ErrorList", err, err)
	}
	want := []string{
		"a.webidl:1:2: unknown extended attribute [Bogus]",
		"a.webidl:2:16: unknown type Nope",
		"b.webidl:2:3: unknown type Missing",
		"b.webidl:3:15: unknown type Gone",
	}
	if diff := cmp.Diff(want, lines(list)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if !slices.IsSortedFunc(list, func(a, b *Error) int { return strings.Compare(a.Pos.File, b.Pos.File) }) {
		t.Errorf("errors not sorted by file")
	}

	// Syntax errors in several files are all reported too.
	files = []File{
		{Name: "y.webidl", Src: []byte("interface {};\nenum E { x };\n")},
		{Name: "x.webidl", Src: []byte("dictionary D { long };\n")},
	}
	_, err = Load(files)
	want = []string{
		`x.webidl:1:21: expected identifier, found "}"`,
		`y.webidl:1:11: expected identifier, found "{"`,
		`y.webidl:2:10: expected string, found "x"`,
	}
	if diff := cmp.Diff(want, lines(err.(ErrorList))); diff != "" {
		t.Errorf("syntax errors (-want +got):\n%s", diff)
	}
}

// TestDeterministic checks that file order does not change the IR.
func TestDeterministic(t *testing.T) {
	a := File{Name: "a.webidl", Src: []byte("interface Z { undefined b(); undefined a(); };\n")}
	b := File{Name: "b.webidl", Src: []byte("partial interface Z { undefined c(); };\ninterface Y {};\n")}
	api1, err := Load([]File{a, b})
	if err != nil {
		t.Fatal(err)
	}
	api2, err := Load([]File{b, a})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(dump(api1), dump(api2)); diff != "" {
		t.Errorf("IR depends on file order (-ab +ba):\n%s", diff)
	}
}

func FuzzLoad(f *testing.F) {
	for _, pattern := range []string{"testdata/bad/*.webidl", "testdata/ir/*.webidl"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		api, err := Load([]File{{Name: "fuzz.webidl", Src: src}})
		if (api == nil) == (err == nil) {
			t.Fatalf("Load returned api=%v err=%v; want exactly one", api != nil, err)
		}
		if err != nil {
			list := err.(ErrorList)
			if !slices.IsSortedFunc(list, func(a, b *Error) int {
				return cmpPos(a.Pos, b.Pos)
			}) {
				t.Fatalf("errors not sorted:\n%v", err)
			}
			for _, e := range list {
				if e.Pos.Line == 0 {
					t.Fatalf("error without position: %v", e)
				}
			}
			return
		}
		dump(api) // walks every pointer; must terminate
	})
}

func cmpPos(a, b Pos) int {
	switch {
	case a.File != b.File:
		return strings.Compare(a.File, b.File)
	case a.Line != b.Line:
		return a.Line - b.Line
	}
	return a.Col - b.Col
}

// dump renders the IR as indented text for golden tests.
func dump(api *API) string {
	var b strings.Builder
	p := func(depth int, format string, args ...any) {
		b.WriteString(strings.Repeat("  ", depth))
		fmt.Fprintf(&b, format, args...)
		b.WriteByte('\n')
	}
	common := func(depth int, pos Pos, doc Doc, n Names, l Lifecycle) {
		p(depth, "pos %s", pos)
		if doc != "" {
			p(depth, "doc %q", doc)
		}
		if n != (Names{}) {
			p(depth, "names go=%q ts=%q", n.Go, n.TS)
		}
		if l != (Lifecycle{}) {
			p(depth, "life since=%q deprecated=%q replacement=%q removed=%q", l.Since, l.Deprecated, l.Replacement, l.Removed)
		}
	}
	args := func(depth int, list []*Argument) {
		for _, a := range list {
			p(depth, "arg %s %s optional=%v variadic=%v default=%s pos %s", a.Name, typeString(a.Type), a.Optional, a.Variadic, valueString(a.Default), a.Pos)
			if a.Doc != "" {
				p(depth+1, "doc %q", a.Doc)
			}
		}
	}
	ops := func(list []*Operation) {
		for _, op := range list {
			p(1, "operation %s kind=%s result=%s", op.Name, opKindNames[op.Kind], typeString(op.Result))
			common(2, op.Pos, op.Doc, op.Names, op.Life)
			if op.Kind == OpCallbacks {
				p(2, "callbacks index %d", op.CallbacksIndex)
			}
			if op.Kind == OpSubscribe {
				p(2, "handler %s event %q", op.Handler.Name, op.Event)
			}
			args(2, op.Args)
		}
	}
	attrs := func(list []*Attribute) {
		for _, a := range list {
			p(1, "attribute %s %s readonly=%v", a.Name, typeString(a.Type), a.ReadOnly)
			common(2, a.Pos, a.Doc, a.Names, a.Life)
		}
	}
	for _, ns := range api.Namespaces {
		p(0, "namespace %s jspath=%s", ns.Name, ns.JSPath)
		common(1, ns.Pos, ns.Doc, ns.Names, ns.Life)
		attrs(ns.Attributes)
		ops(ns.Operations)
	}
	for _, it := range api.Interfaces {
		parent := ""
		if it.Inherits != nil {
			parent = it.Inherits.Name
		}
		p(0, "interface %s jsclass=%q inherits=%q", it.Name, it.JSClass, parent)
		common(1, it.Pos, it.Doc, it.Names, it.Life)
		attrs(it.Attributes)
		ops(it.Operations)
	}
	for _, d := range api.Dictionaries {
		parent := ""
		if d.Inherits != nil {
			parent = d.Inherits.Name
		}
		p(0, "dictionary %s inherits=%q usage=%s", d.Name, parent, usageString(d.Usage))
		common(1, d.Pos, d.Doc, d.Names, d.Life)
		for _, m := range d.Members {
			p(1, "member %s %s required=%v default=%s", m.Name, typeString(m.Type), m.Required, valueString(m.Default))
			common(2, m.Pos, m.Doc, m.Names, m.Life)
		}
	}
	for _, e := range api.Enums {
		p(0, "enum %s jspath=%q", e.Name, e.JSPath)
		common(1, e.Pos, e.Doc, e.Names, e.Life)
		for _, v := range e.Values {
			p(1, "value %q name=%q", v.Value, v.Name)
			common(2, v.Pos, v.Doc, v.Names, v.Life)
		}
	}
	for _, c := range api.Callbacks {
		p(0, "callback %s result=%s", c.Name, typeString(c.Result))
		common(1, c.Pos, c.Doc, c.Names, c.Life)
		args(1, c.Args)
	}
	for _, td := range api.Typedefs {
		p(0, "typedef %s = %s", td.Name, typeString(td.Type))
		common(1, td.Pos, td.Doc, Names{}, Lifecycle{})
	}
	return b.String()
}

var opKindNames = map[OpKind]string{OpSync: "sync", OpCallbacks: "callbacks", OpPromise: "promise", OpSubscribe: "subscribe"}

var kindNamesForTest = map[TypeKind]string{
	KindInvalid: "invalid", KindUndefined: "undefined", KindAny: "any", KindObject: "object",
	KindBoolean: "boolean", KindNumber: "number", KindInteger: "integer", KindString: "string",
	KindDate: "date", KindSequence: "sequence", KindRecord: "record", KindPromise: "promise",
	KindUnion: "union", KindEnum: "enum", KindDictionary: "dictionary", KindInterface: "interface",
	KindCallback: "callback",
}

// typeString renders a resolved type: its IDL spelling, then the resolved
// structure in braces.
func typeString(t *Type) string {
	if t == nil {
		return "<nil>"
	}
	var s string
	switch t.Kind {
	case KindSequence, KindRecord, KindPromise:
		s = kindNamesForTest[t.Kind] + " " + typeString(t.Elem)
	case KindUnion:
		var parts []string
		for _, m := range t.Union {
			parts = append(parts, typeString(m))
		}
		s = "union " + strings.Join(parts, " | ")
	case KindEnum:
		s = "enum " + t.Enum.Name
	case KindDictionary:
		s = "dictionary " + t.Dictionary.Name
	case KindInterface:
		s = "interface " + t.Interface.Name
	case KindCallback:
		s = "callback " + t.Callback.Name
	default:
		s = kindNamesForTest[t.Kind]
	}
	if t.Nullable {
		s += " nullable"
	}
	if t.Alias != nil {
		s += " alias " + t.Alias.Name
	}
	return t.IDL + "{" + s + "}"
}

func valueString(v *Value) string {
	if v == nil {
		return "none"
	}
	return fmt.Sprintf("%d:%q", v.Kind, v.Text)
}

func usageString(u Usage) string {
	var parts []string
	if u&Input != 0 {
		parts = append(parts, "input")
	}
	if u&Output != 0 {
		parts = append(parts, "output")
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}
