package schema

import (
	"fmt"
	"strings"

	"github.com/streamsgen/streamsgen/schema/internal/syntax"
)

// File is one schema source file.
type File struct {
	Name string // used in positions, e.g. "streams/agent.webidl"
	Src  []byte
}

// Load parses, links and validates the given files and returns the API.
//
// On failure it returns a nil API and an ErrorList holding every problem
// found, sorted by position. Syntax errors are reported alone: linking a
// file that did not parse would only add noise.
func Load(files []File) (*API, error) {
	l := &loader{fset: syntax.NewFileSet(), syms: map[string]*symbol{}}
	var asts []*syntax.File
	for _, f := range files {
		ast, err := syntax.ParseFile(l.fset, f.Name, f.Src)
		if list, ok := err.(syntax.ErrorList); ok {
			for _, e := range list {
				l.errs.Add(Pos{File: e.Pos.Filename, Line: e.Pos.Line, Col: e.Pos.Column}, e.Msg)
			}
		}
		asts = append(asts, ast)
	}
	if len(l.errs) == 0 {
		l.link(asts)
	}
	if len(l.errs) > 0 {
		l.errs.Sort()
		return nil, l.errs
	}
	return l.api, nil
}

type declKind int

const (
	kindInterface declKind = iota
	kindNamespace
	kindDictionary
	kindEnum
	kindCallback
	kindTypedef
)

var kindNames = [...]string{"interface", "namespace", "dictionary", "enum", "callback", "typedef"}

func (k declKind) String() string { return kindNames[k] }

// symbol is a named definition with its partials and its IR object.
type symbol struct {
	name     string
	kind     declKind
	decl     syntax.Decl
	partials []syntax.Decl

	iface *Interface
	ns    *Namespace
	dict  *Dictionary
	enum  *Enum
	cb    *Callback
	td    *Typedef

	tdState int // typedefs: 0 unresolved, 1 resolving, 2 resolved
}

type loader struct {
	fset *syntax.FileSet
	errs ErrorList
	syms map[string]*symbol
	list []*symbol // in declaration order
	api  *API
}

func (l *loader) pos(p syntax.Pos) Pos {
	pp := l.fset.Position(p)
	return Pos{File: pp.Filename, Line: pp.Line, Col: pp.Column}
}

func declInfo(d syntax.Decl) (name *syntax.Ident, kind declKind, partial bool) {
	switch d := d.(type) {
	case *syntax.InterfaceDecl:
		return d.Name, kindInterface, d.Partial.IsValid()
	case *syntax.NamespaceDecl:
		return d.Name, kindNamespace, d.Partial.IsValid()
	case *syntax.DictionaryDecl:
		return d.Name, kindDictionary, d.Partial.IsValid()
	case *syntax.EnumDecl:
		return d.Name, kindEnum, false
	case *syntax.CallbackDecl:
		return d.Name, kindCallback, false
	case *syntax.TypedefDecl:
		return d.Name, kindTypedef, false
	}
	panic(fmt.Sprintf("schema: unexpected declaration %T", d))
}

func (l *loader) link(files []*syntax.File) {
	// Collect definitions; partials are attached after all main
	// definitions are known, whatever the file order.
	var partials []syntax.Decl
	for _, f := range files {
		for _, d := range f.Decls {
			name, kind, partial := declInfo(d)
			if partial {
				partials = append(partials, d)
				continue
			}
			if prev := l.syms[name.Name]; prev != nil {
				prevName, _, _ := declInfo(prev.decl)
				l.errorf(name.Pos(), "duplicate definition of %s; previous definition at %s", name.Name, l.pos(prevName.Pos()))
				continue
			}
			s := &symbol{name: name.Name, kind: kind, decl: d}
			l.syms[s.name] = s
			l.list = append(l.list, s)
		}
	}
	for _, d := range partials {
		name, kind, _ := declInfo(d)
		s := l.syms[name.Name]
		switch {
		case s == nil:
			l.errorf(name.Pos(), "partial %s %s has no main definition", kind, name.Name)
		case s.kind != kind:
			l.errorf(name.Pos(), "partial %s %s: %s is defined as %s %s", kind, name.Name, name.Name, article(s.kind), s.kind)
		default:
			s.partials = append(s.partials, d)
		}
	}

	// Create the IR objects first so that references can resolve to them.
	l.api = &API{}
	for _, s := range l.list {
		l.declare(s)
	}
	for _, s := range l.list {
		if s.kind == kindTypedef {
			l.resolveTypedef(s)
		}
	}
	for _, s := range l.list {
		l.define(s)
	}
	l.checkCycles()
	l.checkInheritedMembers()
	l.checkJSPaths()
	computeUsage(l.api)
	l.sortAPI()
}

func article(k declKind) string {
	if k == kindInterface || k == kindEnum {
		return "an"
	}
	return "a"
}

// declare creates the IR object of s with the properties that do not
// depend on other definitions.
func (l *loader) declare(s *symbol) {
	switch d := s.decl.(type) {
	case *syntax.InterfaceDecl:
		set := l.attrs(d.Attrs, placeInterface)
		s.iface = &Interface{
			Pos: l.pos(d.Name.Pos()), Name: s.name, Doc: l.doc(d.Doc), Names: names(set), Life: l.life(set),
			JSClass: l.jsPath(set, "JSClass"),
		}
		l.api.Interfaces = append(l.api.Interfaces, s.iface)
	case *syntax.NamespaceDecl:
		set := l.attrs(d.Attrs, placeNamespace)
		s.ns = &Namespace{
			Pos: l.pos(d.Name.Pos()), Name: s.name, Doc: l.doc(d.Doc), Names: names(set), Life: l.life(set),
			JSPath: l.jsPath(set, "JSPath"),
		}
		if !set.has("JSPath") {
			l.errorf(d.Name.Pos(), "namespace %s requires [JSPath], as in [JSPath=\"connect.core\"]", s.name)
		}
		l.api.Namespaces = append(l.api.Namespaces, s.ns)
	case *syntax.DictionaryDecl:
		set := l.attrs(d.Attrs, placeDictionary)
		s.dict = &Dictionary{Pos: l.pos(d.Name.Pos()), Name: s.name, Doc: l.doc(d.Doc), Names: names(set), Life: l.life(set)}
		l.api.Dictionaries = append(l.api.Dictionaries, s.dict)
	case *syntax.EnumDecl:
		set := l.attrs(d.Attrs, placeEnum)
		s.enum = &Enum{
			Pos: l.pos(d.Name.Pos()), Name: s.name, Doc: l.doc(d.Doc), Names: names(set), Life: l.life(set),
			JSPath: l.jsPath(set, "JSPath"),
		}
		l.api.Enums = append(l.api.Enums, s.enum)
	case *syntax.CallbackDecl:
		set := l.attrs(d.Attrs, placeCallback)
		s.cb = &Callback{Pos: l.pos(d.Name.Pos()), Name: s.name, Doc: l.doc(d.Doc), Names: names(set), Life: l.life(set)}
		l.api.Callbacks = append(l.api.Callbacks, s.cb)
	case *syntax.TypedefDecl:
		l.attrs(d.Attrs, placeTypedef)
		s.td = &Typedef{Pos: l.pos(d.Name.Pos()), Name: s.name, Doc: l.doc(d.Doc)}
		l.api.Typedefs = append(l.api.Typedefs, s.td)
	}
	for _, p := range s.partials {
		var attrs *syntax.ExtAttrList
		var doc *syntax.Comment
		switch p := p.(type) {
		case *syntax.InterfaceDecl:
			attrs, doc = p.Attrs, p.Doc
		case *syntax.NamespaceDecl:
			attrs, doc = p.Attrs, p.Doc
		case *syntax.DictionaryDecl:
			attrs, doc = p.Attrs, p.Doc
		}
		l.attrs(attrs, placePartial)
		l.doc(doc)
	}
}

// doc checks a doc comment and returns its text.
func (l *loader) doc(c *syntax.Comment) Doc {
	if c == nil {
		return ""
	}
	text := c.Text()
	if why := unsafeText(text); why != "" {
		l.errorf(c.Pos(), "doc comment contains %s", why)
	}
	return Doc(text)
}

// define fills in the parts of s that refer to other definitions.
func (l *loader) define(s *symbol) {
	switch d := s.decl.(type) {
	case *syntax.InterfaceDecl:
		if d.Inherits != nil {
			switch p := l.syms[d.Inherits.Name]; {
			case p == nil:
				l.errorf(d.Inherits.Pos(), "interface %s inherits from unknown interface %s", s.name, d.Inherits.Name)
			case p.kind != kindInterface:
				l.errorf(d.Inherits.Pos(), "interface %s cannot inherit from %s %s", s.name, p.kind, p.name)
			default:
				s.iface.Inherits = p.iface
			}
		}
		ms := &memberScope{l: l, owner: "interface " + s.name, seen: map[string]syntax.Pos{}, ops: map[string]*Operation{}}
		for i, decl := range append([]syntax.Decl{d}, s.partials...) {
			for _, m := range decl.(*syntax.InterfaceDecl).Members {
				ms.add(m, i > 0, &s.iface.Operations, &s.iface.Attributes)
			}
		}
	case *syntax.NamespaceDecl:
		ms := &memberScope{l: l, owner: "namespace " + s.name, namespace: true, seen: map[string]syntax.Pos{}, ops: map[string]*Operation{}}
		for i, decl := range append([]syntax.Decl{d}, s.partials...) {
			for _, m := range decl.(*syntax.NamespaceDecl).Members {
				ms.add(m, i > 0, &s.ns.Operations, &s.ns.Attributes)
			}
		}
	case *syntax.DictionaryDecl:
		if d.Inherits != nil {
			switch p := l.syms[d.Inherits.Name]; {
			case p == nil:
				l.errorf(d.Inherits.Pos(), "dictionary %s inherits from unknown dictionary %s", s.name, d.Inherits.Name)
			case p.kind != kindDictionary:
				l.errorf(d.Inherits.Pos(), "dictionary %s cannot inherit from %s %s", s.name, p.kind, p.name)
			default:
				s.dict.Inherits = p.dict
			}
		}
		seen := map[string]syntax.Pos{}
		for _, decl := range append([]syntax.Decl{d}, s.partials...) {
			for _, m := range decl.(*syntax.DictionaryDecl).Members {
				if prev, ok := seen[m.Name.Name]; ok {
					l.errorf(m.Name.Pos(), "duplicate member %s in dictionary %s; previous declaration at %s", m.Name.Name, s.name, l.pos(prev))
					continue
				}
				seen[m.Name.Name] = m.Name.Pos()
				s.dict.Members = append(s.dict.Members, l.member(m))
			}
		}
	case *syntax.EnumDecl:
		l.defineEnum(s.enum, d)
	case *syntax.CallbackDecl:
		s.cb.Result = l.typ(d.Result)
		l.checkValue(s.cb.Result, true)
		for _, a := range d.Args {
			arg := l.argument(a, placeCallbackArg)
			l.checkValue(arg.Type, false)
			s.cb.Args = append(s.cb.Args, arg)
		}
		l.checkArgOrder(d.Args)
	}
}

func (l *loader) defineEnum(e *Enum, d *syntax.EnumDecl) {
	if len(d.Values) == 0 {
		l.errorf(d.Name.Pos(), "enum %s has no values", e.Name)
	}
	values := map[string]syntax.Pos{}
	memberNames := map[string]syntax.Pos{}
	for _, v := range d.Values {
		set := l.attrs(v.Attrs, placeEnumValue)
		l.checkString(v.Value)
		ev := &EnumValue{
			Pos: l.pos(v.Value.Pos()), Value: v.Value.Value(), Name: set.value("Name"),
			Doc: l.doc(v.Doc), Names: names(set), Life: l.life(set),
		}
		if prev, ok := values[ev.Value]; ok {
			l.errorf(v.Value.Pos(), "duplicate value %s in enum %s; previous at %s", v.Value.Raw, e.Name, l.pos(prev))
			continue
		}
		values[ev.Value] = v.Value.Pos()
		if ev.Name != "" {
			if prev, ok := memberNames[ev.Name]; ok {
				l.errorf(set.valuePos("Name"), "duplicate [Name=%s] in enum %s; previous at %s", ev.Name, e.Name, l.pos(prev))
			}
			memberNames[ev.Name] = set.valuePos("Name")
		}
		e.Values = append(e.Values, ev)
	}
}

// memberScope collects the members of an interface or namespace, across
// its partial definitions, rejecting duplicates.
type memberScope struct {
	l         *loader
	owner     string // "interface Agent"
	namespace bool
	seen      map[string]syntax.Pos
	ops       map[string]*Operation
}

// add adds a member. In a partial definition an operation may restate one
// declared before with the same signature: that changes its history
// ([Since], [Deprecated], [Replacement], [Removed]) and, when the restatement
// has one, its doc comment. Overlays use this to mark a member deprecated.
func (ms *memberScope) add(m syntax.Member, inPartial bool, ops *[]*Operation, attrs *[]*Attribute) {
	l := ms.l
	var name *syntax.Ident
	switch m := m.(type) {
	case *syntax.Operation:
		name = m.Name
	case *syntax.Attribute:
		name = m.Name
	}
	if prev, ok := ms.seen[name.Name]; ok {
		if op, isOp := m.(*syntax.Operation); isOp && inPartial && ms.ops[name.Name] != nil {
			ms.restate(ms.ops[name.Name], op)
			return
		}
		l.errorf(name.Pos(), "duplicate member %s in %s; previous declaration at %s (overloads are not supported)", name.Name, ms.owner, l.pos(prev))
		return
	}
	ms.seen[name.Name] = name.Pos()
	switch m := m.(type) {
	case *syntax.Operation:
		op := l.operation(m)
		ms.ops[name.Name] = op
		*ops = append(*ops, op)
	case *syntax.Attribute:
		set := l.attrs(m.Attrs, placeAttribute)
		a := &Attribute{
			Pos: l.pos(m.Name.Pos()), Name: m.Name.Name, Doc: l.doc(m.Doc), Names: names(set), Life: l.life(set),
			ReadOnly: m.Readonly.IsValid(),
		}
		a.Type = l.withTypeAttrs(l.typ(m.Type), set)
		l.checkValue(a.Type, false)
		if ms.namespace && !a.ReadOnly {
			l.errorf(m.Attribute, "attribute %s of %s must be readonly", a.Name, ms.owner)
		}
		*attrs = append(*attrs, a)
	}
}

// restate applies a partial's restatement m of the operation op.
func (ms *memberScope) restate(op *Operation, m *syntax.Operation) {
	l := ms.l
	again := l.operation(m)
	if signature(again) != signature(op) {
		l.errorf(m.Name.Pos(), "%s restates %s with a different signature (%s, was %s); a partial may restate a member only to change its history",
			ms.owner, op.Name, signature(again), signature(op))
		return
	}
	if again.Names != (Names{}) {
		l.errorf(m.Name.Pos(), "restatement of %s in %s cannot rename it", op.Name, ms.owner)
	}
	life := again.Life
	if life.Since != "" {
		op.Life.Since = life.Since
	}
	if life.Deprecated != "" {
		op.Life.Deprecated, op.Life.Replacement = life.Deprecated, life.Replacement
	}
	if life.Removed != "" {
		op.Life.Removed = life.Removed
	}
	if again.Doc != "" {
		op.Doc = again.Doc
	}
}

// signature renders what a restatement must repeat: the call shape, the
// argument types and the result.
func signature(op *Operation) string {
	var b strings.Builder
	b.WriteString(op.Name + "(")
	for i, a := range op.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		if a.Optional {
			b.WriteString("optional ")
		}
		b.WriteString(typeIDL(a.Type))
		if a.Variadic {
			b.WriteString("...")
		}
	}
	b.WriteString(") " + typeIDL(op.Result))
	if op.Handler != nil {
		b.WriteString(" handler " + op.Handler.Name)
	}
	if op.Kind == OpCallbacks {
		b.WriteString(" [Callbacks]")
	}
	return b.String()
}

func typeIDL(t *Type) string {
	if t == nil {
		return "undefined"
	}
	return t.IDL
}

func (l *loader) member(m *syntax.DictMember) *Member {
	set := l.attrs(m.Attrs, placeMember)
	mem := &Member{
		Pos: l.pos(m.Name.Pos()), Name: m.Name.Name, Doc: l.doc(m.Doc), Names: names(set), Life: l.life(set),
		Required: m.Required.IsValid(), Default: l.value(m.Default),
	}
	mem.Type = l.withTypeAttrs(l.typ(m.Type), set)
	l.checkValue(mem.Type, false)
	if mem.Required && m.Default != nil {
		l.errorf(m.Default.Pos(), "required member %s cannot have a default value", mem.Name)
	}
	return mem
}

func (l *loader) value(v *syntax.Value) *Value {
	if v == nil {
		return nil
	}
	if v.Kind == syntax.ValueString {
		if why := unsafeText(v.Text); why != "" {
			l.errorf(v.Pos(), "string %q contains %s", v.Text, why)
		}
	}
	kinds := map[syntax.ValueKind]ValueKind{
		syntax.ValueString:        ValueString,
		syntax.ValueNumber:        ValueNumber,
		syntax.ValueBool:          ValueBool,
		syntax.ValueNull:          ValueNull,
		syntax.ValueEmptySequence: ValueEmptySequence,
		syntax.ValueEmptyDict:     ValueEmptyDict,
	}
	return &Value{Kind: kinds[v.Kind], Text: v.Text}
}

func (l *loader) argument(a *syntax.Argument, at place) *Argument {
	set := l.attrs(a.Attrs, at) // the caller reads [Callbacks] itself
	return &Argument{
		Pos: l.pos(a.Name.Pos()), Name: a.Name.Name, Doc: l.doc(a.Doc), Type: l.withTypeAttrs(l.typ(a.Type), set),
		Optional: a.Optional.IsValid(), Variadic: a.Ellipsis.IsValid(), Default: l.value(a.Default),
	}
}

// checkArgOrder rejects a required argument after an optional one and a
// variadic argument that is not last.
func (l *loader) checkArgOrder(args []*syntax.Argument) {
	var optional *syntax.Argument
	for i, a := range args {
		if a.Ellipsis.IsValid() && i != len(args)-1 {
			l.errorf(a.Ellipsis, "variadic argument %s must be the last argument", a.Name.Name)
		}
		switch {
		case a.Optional.IsValid():
			if optional == nil {
				optional = a
			}
		case optional != nil && !a.Ellipsis.IsValid():
			l.errorf(a.Name.Pos(), "required argument %s follows optional argument %s", a.Name.Name, optional.Name.Name)
		}
	}
}

// operation links an operation and classifies it (see OpKind).
func (l *loader) operation(m *syntax.Operation) *Operation {
	set := l.attrs(m.Attrs, placeOperation)
	op := &Operation{Pos: l.pos(m.Name.Pos()), Name: m.Name.Name, Doc: l.doc(m.Doc), Names: names(set), Life: l.life(set)}
	result := l.typ(m.Result)
	l.checkArgOrder(m.Args)

	var args []*Argument
	cbIndex := -1
	for i, a := range m.Args {
		arg := l.argument(a, placeArgument)
		args = append(args, arg)
		if !hasAttr(a.Attrs, "Callbacks") {
			l.checkValue(arg.Type, false)
			continue
		}
		attr := findAttr(a.Attrs, "Callbacks")
		switch {
		case set.has("Event"):
			l.errorf(attr.Pos(), "[Callbacks] cannot be used in an [Event] operation")
		case cbIndex >= 0:
			l.errorf(attr.Pos(), "operation %s has more than one [Callbacks] argument", op.Name)
		case arg.Type.Kind == KindInvalid:
			// already reported
		case arg.Type.Kind != KindPromise || arg.Type.Nullable:
			l.errorf(attr.Pos(), "[Callbacks] requires an argument of type Promise<T>, not %s", arg.Type.IDL)
		case arg.Variadic:
			l.errorf(attr.Pos(), "[Callbacks] argument %s cannot be variadic", arg.Name)
		default:
			cbIndex = i
			l.checkValue(arg.Type.Elem, true)
		}
	}

	switch {
	case set.has("Event"):
		op.Kind = OpSubscribe
		op.Event = set.value("Event")
		op.Result = &Type{Pos: op.Pos, Kind: KindUndefined, IDL: "undefined"}
		if len(args) == 1 && args[0].Type.Kind == KindInvalid {
			break // already reported
		}
		if len(args) != 1 || args[0].Type.Kind != KindCallback || args[0].Type.Nullable || args[0].Optional || args[0].Variadic {
			l.errorf(m.Name.Pos(), "[Event] operation %s must take exactly one argument, of a non-nullable callback type", op.Name)
			break
		}
		op.Handler = args[0].Type.Callback
	case cbIndex >= 0:
		op.Kind = OpCallbacks
		op.CallbacksIndex = cbIndex
		op.Result = args[cbIndex].Type.Elem
		op.Args = append(args[:cbIndex:cbIndex], args[cbIndex+1:]...)
		if result.Kind != KindUndefined {
			l.errorf(m.Result.Pos(), "operation %s has a [Callbacks] argument, so it must return undefined, not %s", op.Name, result.IDL)
		}
	case result.Kind == KindPromise:
		op.Kind = OpPromise
		op.Result = result.Elem
		op.Args = args
		l.checkValue(result.Elem, true)
		if result.Nullable {
			l.errorf(m.Result.Pos(), "a Promise result cannot be nullable")
		}
	default:
		op.Kind = OpSync
		op.Result = result
		op.Args = args
		l.checkValue(result, true)
	}
	return op
}

func findAttr(list *syntax.ExtAttrList, name string) *syntax.ExtAttr {
	if list == nil {
		return nil
	}
	for _, a := range list.List {
		if a.Name.Name == name {
			return a
		}
	}
	return nil
}

func hasAttr(list *syntax.ExtAttrList, name string) bool { return findAttr(list, name) != nil }

// checkCycles reports inheritance cycles and breaks them, so that
// AllOperations and AllMembers terminate. Each cycle is reported once, at
// the member of the cycle whose name sorts first.
func (l *loader) checkCycles() {
	for _, s := range l.list {
		var chain []string
		switch s.kind {
		case kindInterface:
			seen := map[*Interface]bool{}
			for it := s.iface; it != nil && !seen[it]; it = it.Inherits {
				seen[it] = true
				chain = append(chain, it.Name)
				if it.Inherits == s.iface && minName(chain) == s.name {
					l.errorf(s.decl.(*syntax.InterfaceDecl).Inherits.Pos(), "inheritance cycle: %s -> %s", joinArrow(chain), s.name)
					s.iface.Inherits = nil
					break
				}
			}
		case kindDictionary:
			seen := map[*Dictionary]bool{}
			for it := s.dict; it != nil && !seen[it]; it = it.Inherits {
				seen[it] = true
				chain = append(chain, it.Name)
				if it.Inherits == s.dict && minName(chain) == s.name {
					l.errorf(s.decl.(*syntax.DictionaryDecl).Inherits.Pos(), "inheritance cycle: %s -> %s", joinArrow(chain), s.name)
					s.dict.Inherits = nil
					break
				}
			}
		}
	}
}

func minName(names []string) string {
	m := names[0]
	for _, n := range names[1:] {
		m = min(m, n)
	}
	return m
}

func joinArrow(names []string) string {
	s := names[0]
	for _, n := range names[1:] {
		s += " -> " + n
	}
	return s
}

// checkInheritedMembers rejects dictionary members that repeat a member of
// an inherited dictionary.
func (l *loader) checkInheritedMembers() {
	for _, d := range l.api.Dictionaries {
		for _, m := range d.Members {
			for p := d.Inherits; p != nil && p != d; p = p.Inherits {
				if pm := findMember(p, m.Name); pm != nil {
					l.errs.Add(m.Pos, fmt.Sprintf("member %s of dictionary %s duplicates member %s of inherited dictionary %s at %s", m.Name, d.Name, m.Name, p.Name, pm.Pos))
					break
				}
			}
		}
	}
}

func findMember(d *Dictionary, name string) *Member {
	for _, m := range d.Members {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// checkJSPaths rejects two namespaces bound to the same JS object.
func (l *loader) checkJSPaths() {
	seen := map[string]*Namespace{}
	for _, ns := range l.api.Namespaces {
		if ns.JSPath == "" {
			continue
		}
		if prev := seen[ns.JSPath]; prev != nil {
			l.errs.Add(ns.Pos, fmt.Sprintf("namespace %s has the same [JSPath] %q as namespace %s at %s", ns.Name, ns.JSPath, prev.Name, prev.Pos))
			continue
		}
		seen[ns.JSPath] = ns
	}
}

func (l *loader) sortAPI() {
	a := l.api
	sortByName(a.Namespaces, func(n *Namespace) string { return n.JSPath + "\x00" + n.Name })
	sortByName(a.Interfaces, func(i *Interface) string { return i.Name })
	sortByName(a.Dictionaries, func(d *Dictionary) string { return d.Name })
	sortByName(a.Enums, func(e *Enum) string { return e.Name })
	sortByName(a.Callbacks, func(c *Callback) string { return c.Name })
	sortByName(a.Typedefs, func(t *Typedef) string { return t.Name })
	for _, n := range a.Namespaces {
		sortByName(n.Operations, func(o *Operation) string { return o.Name })
		sortByName(n.Attributes, func(a *Attribute) string { return a.Name })
	}
	for _, i := range a.Interfaces {
		sortByName(i.Operations, func(o *Operation) string { return o.Name })
		sortByName(i.Attributes, func(a *Attribute) string { return a.Name })
	}
	for _, d := range a.Dictionaries {
		sortByName(d.Members, func(m *Member) string { return m.Name })
	}
}
