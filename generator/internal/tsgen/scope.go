package tsgen

import (
	"strings"

	"github.com/streamsgen/streamsgen/generator/internal/names"
	"github.com/streamsgen/streamsgen/schema"
)

// scope is a TypeScript namespace block: the file's top level, namespace
// connect, or a namespace nested in it (connect.core is "namespace core"
// inside "namespace connect"). It records the names declared in it, to
// reject duplicates and to qualify references the way TypeScript resolves
// them.
type scope struct {
	parent *scope
	path   []string // JS path; nil for the file's top level
	name   string   // last element of path
	ns     *schema.Namespace
	decls  map[string]*declInfo
	kids   map[string]*scope

	// What the block holds, each in IR order.
	children   []*scope
	interfaces []*schema.Interface
	dicts      []*schema.Dictionary
	enums      []*schema.Enum
	callbacks  []*schema.Callback
}

type declKind int

const (
	declNamespace declKind = iota
	declFunction
	declValue
	declType
)

type declInfo struct {
	pos  schema.Pos
	kind declKind
}

// globalsUsed are the global types the output refers to by their plain
// name; a declaration of the same name in connect would hide them.
var globalsUsed = map[string]bool{"Date": true, "Promise": true, "Record": true}

// home is where a named declaration is emitted and what it is called there.
type home struct {
	scope   *scope
	name    string
	pos     schema.Pos
	removed bool
}

func newScope(parent *scope, name string) *scope {
	s := &scope{parent: parent, name: name, decls: map[string]*declInfo{}, kids: map[string]*scope{}}
	if parent != nil {
		s.path = append(append([]string(nil), parent.path...), name)
	}
	return s
}

func (s *scope) String() string {
	if s.path == nil {
		return "the top level"
	}
	return strings.Join(s.path, ".")
}

// place assigns every declaration to its scope, checking names and paths.
func (g *gen) place(api *schema.API) {
	g.homes = map[any]home{}
	g.global = newScope(nil, "")
	g.conn = g.child(g.global, root, schema.Pos{})
	g.declare(g.conn, successFailureName, schema.Pos{}, declType)
	g.declare(g.conn, subscriptionName, schema.Pos{}, declType)

	for _, ns := range api.Namespaces {
		if removed(ns.Life) {
			continue
		}
		s := g.scopeAt(ns.Pos, "namespace "+ns.Name, ns.JSPath)
		if s == nil {
			continue
		}
		if s.ns != nil {
			g.errorf(ns.Pos, "namespace %s: [JSPath=%q] is also the path of namespace %s", ns.Name, ns.JSPath, s.ns.Name)
			continue
		}
		s.ns = ns
		for _, a := range ns.Attributes {
			if !removed(a.Life) {
				g.declareMember(s, a.Pos, names.TSMember(a.Name, a.Names), declValue)
			}
		}
		for _, op := range ns.Operations {
			if !removed(op.Life) {
				g.declareMember(s, op.Pos, names.TSMember(op.Name, op.Names), declFunction)
			}
		}
	}
	for _, it := range api.Interfaces {
		if s := g.placeNamed(it, it.Pos, it.Name, it.Names, it.Life, "[JSClass]", it.JSClass); s != nil {
			s.interfaces = append(s.interfaces, it)
		}
	}
	for _, d := range api.Dictionaries {
		if s := g.placeNamed(d, d.Pos, d.Name, d.Names, d.Life, "", ""); s != nil {
			s.dicts = append(s.dicts, d)
		}
	}
	for _, e := range api.Enums {
		if s := g.placeNamed(e, e.Pos, e.Name, e.Names, e.Life, "[JSPath]", e.JSPath); s != nil {
			s.enums = append(s.enums, e)
		}
	}
	for _, c := range api.Callbacks {
		if s := g.placeNamed(c, c.Pos, c.Name, c.Names, c.Life, "", ""); s != nil {
			s.callbacks = append(s.callbacks, c)
		}
	}
}

// placeNamed records the home of a named declaration. A declaration with a
// runtime path (attr names it, jsPath is its value) lives at that path and
// must be called there what it is called at runtime; one without lives in
// namespace connect. It returns nil for removed or misplaced declarations.
func (g *gen) placeNamed(decl any, pos schema.Pos, name string, n schema.Names, life schema.Lifecycle, attr, jsPath string) *scope {
	tsName := names.TSType(name, n)
	if removed(life) {
		g.homes[decl] = home{name: tsName, pos: pos, removed: true}
		return nil
	}
	s := g.conn
	if jsPath != "" {
		i := strings.LastIndexByte(jsPath, '.')
		if i < 0 {
			g.errorf(pos, "%s: %s=%q is not a path under %s", name, attr, jsPath, root)
			return nil
		}
		if last := jsPath[i+1:]; last != tsName {
			g.errorf(pos, "%s: %s=%q must end in the TypeScript name %s", name, attr, jsPath, tsName)
			return nil
		}
		if s = g.scopeAt(pos, name, jsPath[:i]); s == nil {
			return nil
		}
	}
	if !names.TSIsDeclName(tsName) {
		g.errorf(pos, "%s: %q cannot name a TypeScript declaration", name, tsName)
		return nil
	}
	if globalsUsed[tsName] {
		g.errorf(pos, "%s: %q would hide the global %s that the declarations refer to", name, tsName, tsName)
		return nil
	}
	if !g.declare(s, tsName, pos, declType) {
		return nil
	}
	g.homes[decl] = home{scope: s, name: tsName, pos: pos}
	return s
}

// declareMember records a function or attribute of a namespace.
func (g *gen) declareMember(s *scope, pos schema.Pos, name string, kind declKind) {
	if !names.TSIsDeclName(name) {
		g.errorf(pos, "%q cannot name a function or constant of namespace %s", name, s)
		return
	}
	g.declare(s, name, pos, kind)
}

// declare records name in s; it reports false and an error if the name is
// taken. Functions may be declared more than once (overloads).
func (g *gen) declare(s *scope, name string, pos schema.Pos, kind declKind) bool {
	if d := s.decls[name]; d != nil && !(d.kind == declFunction && kind == declFunction) {
		g.errorf(pos, "%s is declared twice in %s (also at %s)", name, s, d.pos)
		return false
	}
	s.decls[name] = &declInfo{pos: pos, kind: kind}
	return true
}

// scopeAt returns the scope for a JS path under connect, creating the
// namespaces on the way. what names the declaration for errors.
func (g *gen) scopeAt(pos schema.Pos, what, jsPath string) *scope {
	segs := strings.Split(jsPath, ".")
	if segs[0] != root {
		g.errorf(pos, "%s: path %q is not under %s", what, jsPath, root)
		return nil
	}
	s := g.conn
	for _, seg := range segs[1:] {
		if !names.TSIsDeclName(seg) {
			g.errorf(pos, "%s: path %q: %q cannot name a TypeScript namespace", what, jsPath, seg)
			return nil
		}
		if s = g.child(s, seg, pos); s == nil {
			return nil
		}
	}
	return s
}

// child returns the namespace name inside s, creating it on first use.
func (g *gen) child(s *scope, name string, pos schema.Pos) *scope {
	if c := s.kids[name]; c != nil {
		return c
	}
	if !g.declare(s, name, pos, declNamespace) {
		return nil
	}
	c := newScope(s, name)
	s.kids[name] = c
	if s != g.global {
		s.children = append(s.children, c)
	}
	return c
}

// ref returns how code in scope from names the declaration decl, reporting
// an error at pos if decl is removed or not part of the API.
func (g *gen) ref(from *scope, pos schema.Pos, decl any, what string) string {
	h, ok := g.homes[decl]
	switch {
	case !ok:
		g.errorf(pos, "reference to %s, which is not declared in the schema", what)
		return "any"
	case h.removed:
		g.errorf(pos, "reference to %s, which is removed (declared at %s)", h.name, h.pos)
		return "any"
	case h.scope == nil:
		return "any" // misplaced; already reported
	}
	return g.qualify(from, h.scope, h.name)
}

// qualify returns the shortest name by which code in scope from refers to
// name declared in scope to, as TypeScript resolves it: the first
// identifier of the result is looked up from the innermost scope outwards
// and must land in the right namespace, not in one that shadows it.
func (g *gen) qualify(from, to *scope, name string) string {
	common := 0
	for common < len(from.path) && common < len(to.path) && from.path[common] == to.path[common] {
		common++
	}
	for k := common; k >= 0; k-- {
		q := append(append([]string(nil), to.path[k:]...), name)
		if resolvesAt(from, q[0]) == k {
			return strings.Join(q, ".")
		}
	}
	// Unreachable: connect is declared only at the top level (k = 0).
	return strings.Join(append(append([]string(nil), to.path...), name), ".")
}

// resolvesAt returns the depth of the scope in which TypeScript finds id
// when looking it up from s, or -1.
func resolvesAt(s *scope, id string) int {
	for ; s != nil; s = s.parent {
		if s.decls[id] != nil {
			return len(s.path)
		}
	}
	return -1
}
