package schema

import (
	"fmt"
	"slices"
	"strings"
)

// CompareVersions compares two MAJOR.MINOR.PATCH versions numerically,
// returning -1, 0 or +1.
func CompareVersions(a, b string) int { return compareVersions(a, b) }

// ValidVersion reports whether v is a MAJOR.MINOR.PATCH version.
func ValidVersion(v string) bool { return versionRE.MatchString(v) }

// AvailableIn reports whether something with this history exists in Streams
// release v: introduced at or before v and not removed at or before v. The
// empty version means "the latest": only removal counts.
func (l Lifecycle) AvailableIn(v string) bool {
	if v == "" {
		return l.Removed == ""
	}
	if l.Since != "" && compareVersions(l.Since, v) > 0 {
		return false
	}
	return l.Removed == "" || compareVersions(v, l.Removed) < 0
}

// DeprecatedIn reports whether the deprecation applies in release v (always
// for the latest).
func (l Lifecycle) DeprecatedIn(v string) bool {
	return l.Deprecated != "" && (v == "" || compareVersions(l.Deprecated, v) <= 0)
}

// Selection says which part of an API to keep.
type Selection struct {
	// Version keeps what existed in that Streams release; "" keeps
	// everything not marked removed.
	Version string
	// Only, when not empty, keeps just these declarations and members, plus
	// everything they need: the types of their arguments, results and
	// handler payloads, the declarations that own them, parent interfaces and
	// dictionaries. A selector is a declaration name ("Agent", "AgentState")
	// or a member of an interface or namespace ("Agent.getName",
	// "Core.initCCP", "VoiceConnection.getConnectionId" for an inherited
	// one). A selected interface or namespace keeps all its members; an
	// interface that is only referenced keeps none.
	Only []string
}

// Select returns the part of api that sel describes, as a new API that
// shares nothing mutable with api. Deprecations later than sel.Version are
// dropped from the copy, so the output of an older target does not announce
// them. Unknown selectors and kept members whose types do not exist in the
// target version are reported as an ErrorList.
func Select(api *API, sel Selection) (*API, error) {
	if sel.Version != "" && !ValidVersion(sel.Version) {
		return nil, fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", sel.Version)
	}
	s := &selector{
		version: sel.Version,
		decls:   map[any]bool{},
		members: map[any]bool{},
		whole:   map[any]bool{},
		copies:  map[any]any{},
	}
	if len(sel.Only) == 0 {
		s.keepAll(api)
	} else {
		s.keepSelected(api, sel.Only)
	}
	if len(s.errs) > 0 {
		s.errs.Sort()
		return nil, s.errs
	}
	out := s.build(api)
	if len(s.errs) > 0 {
		s.errs.Sort()
		return nil, s.errs
	}
	return out, nil
}

type selector struct {
	version string
	decls   map[any]bool // declarations kept
	members map[any]bool // operations, attributes kept (dictionary members and enum values follow their owner)
	whole   map[any]bool // interfaces and namespaces kept with all their members
	copies  map[any]any  // original → copy
	errs    ErrorList
}

func (s *selector) in(l Lifecycle) bool { return l.AvailableIn(s.version) }

func (s *selector) keepAll(api *API) {
	for _, ns := range api.Namespaces {
		s.keepDecl(ns, true)
	}
	for _, it := range api.Interfaces {
		s.keepDecl(it, true)
	}
	for _, d := range api.Dictionaries {
		s.keepDecl(d, true)
	}
	for _, e := range api.Enums {
		s.keepDecl(e, true)
	}
	// Callback types are kept only through the operations that use them: a
	// handler type exists in a release when one of its events does.
}

func (s *selector) keepSelected(api *API, only []string) {
	byName := map[string]any{}
	for _, ns := range api.Namespaces {
		byName[ns.Name] = ns
	}
	for _, it := range api.Interfaces {
		byName[it.Name] = it
	}
	for _, d := range api.Dictionaries {
		byName[d.Name] = d
	}
	for _, e := range api.Enums {
		byName[e.Name] = e
	}
	for _, c := range api.Callbacks {
		byName[c.Name] = c
	}
	for _, sel := range only {
		declName, memberName, hasMember := strings.Cut(sel, ".")
		decl, ok := byName[declName]
		if !ok {
			s.errs.Add(Pos{}, fmt.Sprintf("selector %q: no declaration named %s", sel, declName))
			continue
		}
		if !hasMember {
			s.keepDecl(decl, true)
			continue
		}
		var found bool
		switch d := decl.(type) {
		case *Namespace:
			found = s.keepNamedMember(d, d.Operations, d.Attributes, memberName)
		case *Interface:
			for it := d; it != nil && !found; it = it.Inherits {
				found = s.keepNamedMember(it, it.Operations, it.Attributes, memberName)
			}
			if found {
				s.keepDecl(d, false)
			}
		default:
			s.errs.Add(Pos{}, fmt.Sprintf("selector %q: %s is not an interface or namespace; select it whole", sel, declName))
			continue
		}
		if !found {
			s.errs.Add(Pos{}, fmt.Sprintf("selector %q: %s has no member %s", sel, declName, memberName))
		}
	}
}

func (s *selector) keepNamedMember(owner any, ops []*Operation, attrs []*Attribute, name string) bool {
	for _, op := range ops {
		if op.Name == name {
			s.keepDecl(owner, false)
			s.keepOperation(op)
			return true
		}
	}
	for _, a := range attrs {
		if a.Name == name {
			s.keepDecl(owner, false)
			s.keepAttribute(a)
			return true
		}
	}
	return false
}

// keepDecl keeps a declaration; whole also keeps all its members.
func (s *selector) keepDecl(decl any, whole bool) {
	first := !s.decls[decl]
	s.decls[decl] = true
	if whole && !s.whole[decl] {
		s.whole[decl] = true
		first = true
	}
	if !first {
		return
	}
	switch d := decl.(type) {
	case *Namespace:
		if whole {
			for _, op := range d.Operations {
				if s.in(op.Life) {
					s.keepOperation(op)
				}
			}
			for _, a := range d.Attributes {
				if s.in(a.Life) {
					s.keepAttribute(a)
				}
			}
		}
	case *Interface:
		if d.Inherits != nil {
			s.keepDecl(d.Inherits, false)
		}
		if whole {
			for _, op := range d.Operations {
				if s.in(op.Life) {
					s.keepOperation(op)
				}
			}
			for _, a := range d.Attributes {
				if s.in(a.Life) {
					s.keepAttribute(a)
				}
			}
		}
	case *Dictionary:
		if d.Inherits != nil {
			s.keepDecl(d.Inherits, true)
		}
		for _, m := range d.Members {
			if s.in(m.Life) {
				s.keepType(m.Type)
			}
		}
	case *Callback:
		for _, a := range d.Args {
			s.keepType(a.Type)
		}
		s.keepType(d.Result)
	}
}

func (s *selector) keepOperation(op *Operation) {
	if s.members[op] {
		return
	}
	s.members[op] = true
	for _, a := range op.Args {
		s.keepType(a.Type)
	}
	s.keepType(op.Result)
	if op.Handler != nil {
		s.keepDecl(op.Handler, true)
	}
}

func (s *selector) keepAttribute(a *Attribute) {
	if s.members[a] {
		return
	}
	s.members[a] = true
	s.keepType(a.Type)
}

func (s *selector) keepType(t *Type) {
	if t == nil {
		return
	}
	switch {
	case t.Enum != nil:
		s.keepDecl(t.Enum, true)
	case t.Dictionary != nil:
		s.keepDecl(t.Dictionary, true)
	case t.Interface != nil:
		s.keepDecl(t.Interface, false)
	case t.Callback != nil:
		s.keepDecl(t.Callback, true)
	}
	s.keepType(t.Elem)
	for _, u := range t.Union {
		s.keepType(u)
	}
}

// build copies the kept part of api.
func (s *selector) build(api *API) *API {
	out := &API{}
	// Allocate every copy first so references can be resolved in any order.
	for _, it := range api.Interfaces {
		if s.keptDecl(it, it.Pos, it.Name, it.Life) {
			c := *it
			s.copies[it] = &c
		}
	}
	for _, d := range api.Dictionaries {
		if s.keptDecl(d, d.Pos, d.Name, d.Life) {
			c := *d
			s.copies[d] = &c
		}
	}
	for _, e := range api.Enums {
		if s.keptDecl(e, e.Pos, e.Name, e.Life) {
			c := *e
			s.copies[e] = &c
		}
	}
	for _, cb := range api.Callbacks {
		if s.keptDecl(cb, cb.Pos, cb.Name, cb.Life) {
			c := *cb
			s.copies[cb] = &c
		}
	}
	for _, ns := range api.Namespaces {
		if s.keptDecl(ns, ns.Pos, ns.Name, ns.Life) {
			c := *ns
			s.copies[ns] = &c
		}
	}
	for _, it := range api.Interfaces {
		c, ok := s.copies[it].(*Interface)
		if !ok {
			continue
		}
		c.Life = s.life(it.Life)
		if it.Inherits != nil {
			c.Inherits = s.ref(it.Inherits, it.Pos, "interface "+it.Name).(*Interface)
		}
		c.Operations = s.operations(it.Operations)
		c.Attributes = s.attributes(it.Attributes)
		out.Interfaces = append(out.Interfaces, c)
	}
	for _, ns := range api.Namespaces {
		c, ok := s.copies[ns].(*Namespace)
		if !ok {
			continue
		}
		c.Life = s.life(ns.Life)
		c.Operations = s.operations(ns.Operations)
		c.Attributes = s.attributes(ns.Attributes)
		out.Namespaces = append(out.Namespaces, c)
	}
	for _, d := range api.Dictionaries {
		c, ok := s.copies[d].(*Dictionary)
		if !ok {
			continue
		}
		c.Life = s.life(d.Life)
		if d.Inherits != nil {
			c.Inherits = s.ref(d.Inherits, d.Pos, "dictionary "+d.Name).(*Dictionary)
		}
		c.Members = nil
		for _, m := range d.Members {
			if !s.in(m.Life) {
				continue
			}
			mc := *m
			mc.Life = s.life(m.Life)
			mc.Type = s.typ(m.Type, "member "+d.Name+"."+m.Name)
			c.Members = append(c.Members, &mc)
		}
		out.Dictionaries = append(out.Dictionaries, c)
	}
	for _, e := range api.Enums {
		c, ok := s.copies[e].(*Enum)
		if !ok {
			continue
		}
		c.Life = s.life(e.Life)
		c.Values = nil
		for _, v := range e.Values {
			if !s.in(v.Life) {
				continue
			}
			vc := *v
			vc.Life = s.life(v.Life)
			c.Values = append(c.Values, &vc)
		}
		out.Enums = append(out.Enums, c)
	}
	for _, cb := range api.Callbacks {
		c, ok := s.copies[cb].(*Callback)
		if !ok {
			continue
		}
		c.Life = s.life(cb.Life)
		c.Args = s.arguments(cb.Args, "callback "+cb.Name)
		c.Result = s.typ(cb.Result, "callback "+cb.Name)
		out.Callbacks = append(out.Callbacks, c)
	}
	for _, td := range api.Typedefs {
		c := *td
		out.Typedefs = append(out.Typedefs, &c)
	}
	// Usage depends on what is kept.
	computeUsage(out)
	return out
}

// keptDecl reports whether a declaration is kept, and reports a selected
// declaration that the target version lacks.
func (s *selector) keptDecl(d any, pos Pos, name string, l Lifecycle) bool {
	if !s.decls[d] {
		return false
	}
	if !s.in(l) {
		// Kept because something refers to it: the reference reports it.
		return false
	}
	return true
}

// life drops a deprecation the target version does not have yet.
func (s *selector) life(l Lifecycle) Lifecycle {
	if l.Deprecated != "" && !l.DeprecatedIn(s.version) {
		l.Deprecated, l.Replacement = "", ""
	}
	return l
}

func (s *selector) operations(ops []*Operation) []*Operation {
	var out []*Operation
	for _, op := range ops {
		if !s.members[op] || !s.in(op.Life) {
			continue
		}
		c := *op
		c.Life = s.life(op.Life)
		what := "operation " + op.Name
		c.Args = s.arguments(op.Args, what)
		c.Result = s.typ(op.Result, what)
		if op.Handler != nil {
			c.Handler, _ = s.ref(op.Handler, op.Pos, what).(*Callback)
		}
		out = append(out, &c)
	}
	return out
}

func (s *selector) attributes(attrs []*Attribute) []*Attribute {
	var out []*Attribute
	for _, a := range attrs {
		if !s.members[a] || !s.in(a.Life) {
			continue
		}
		c := *a
		c.Life = s.life(a.Life)
		c.Type = s.typ(a.Type, "attribute "+a.Name)
		out = append(out, &c)
	}
	return out
}

func (s *selector) arguments(args []*Argument, what string) []*Argument {
	out := make([]*Argument, 0, len(args))
	for _, a := range args {
		c := *a
		c.Type = s.typ(a.Type, what)
		out = append(out, &c)
	}
	return out
}

// ref returns the copy of a referenced declaration, reporting a reference
// to one the target version lacks.
func (s *selector) ref(d any, pos Pos, what string) any {
	if c, ok := s.copies[d]; ok {
		return c
	}
	name, life := declNameLife(d)
	s.errs.Add(pos, fmt.Sprintf("%s refers to %s, which %s", what, name, absentReason(life, s.version)))
	// Return an empty copy so building can go on and report more.
	switch d := d.(type) {
	case *Interface:
		return &Interface{Name: d.Name, Pos: d.Pos}
	case *Dictionary:
		return &Dictionary{Name: d.Name, Pos: d.Pos}
	case *Enum:
		return &Enum{Name: d.Name, Pos: d.Pos}
	case *Callback:
		return &Callback{Name: d.Name, Pos: d.Pos}
	}
	return nil
}

func absentReason(l Lifecycle, v string) string {
	switch {
	case l.Removed != "" && (v == "" || compareVersions(v, l.Removed) >= 0):
		return "was removed in Streams " + l.Removed
	case l.Since != "":
		return "only exists since Streams " + l.Since
	}
	return "is not selected"
}

func declNameLife(d any) (string, Lifecycle) {
	switch d := d.(type) {
	case *Interface:
		return d.Name, d.Life
	case *Dictionary:
		return d.Name, d.Life
	case *Enum:
		return d.Name, d.Life
	case *Callback:
		return d.Name, d.Life
	case *Namespace:
		return d.Name, d.Life
	}
	return "?", Lifecycle{}
}

// typ copies a type, pointing references at the copies.
func (s *selector) typ(t *Type, what string) *Type {
	if t == nil {
		return nil
	}
	c := *t
	c.Elem = s.typ(t.Elem, what)
	if t.Union != nil {
		c.Union = make([]*Type, len(t.Union))
		for i, u := range t.Union {
			c.Union[i] = s.typ(u, what)
		}
	}
	switch {
	case t.Enum != nil:
		c.Enum = s.ref(t.Enum, t.Pos, what).(*Enum)
	case t.Dictionary != nil:
		c.Dictionary = s.ref(t.Dictionary, t.Pos, what).(*Dictionary)
	case t.Interface != nil:
		c.Interface = s.ref(t.Interface, t.Pos, what).(*Interface)
	case t.Callback != nil:
		c.Callback = s.ref(t.Callback, t.Pos, what).(*Callback)
	}
	return &c
}

// Members lists the names of everything in api as "Decl" and
// "Decl.member", sorted; enum values appear as `Enum."value"`. It is what
// API diffs and coverage counts compare.
func Members(api *API) []string {
	var out []string
	for _, ns := range api.Namespaces {
		out = append(out, ns.Name)
		for _, op := range ns.Operations {
			out = append(out, ns.Name+"."+op.Name)
		}
		for _, a := range ns.Attributes {
			out = append(out, ns.Name+"."+a.Name)
		}
	}
	for _, it := range api.Interfaces {
		out = append(out, it.Name)
		for _, op := range it.Operations {
			out = append(out, it.Name+"."+op.Name)
		}
		for _, a := range it.Attributes {
			out = append(out, it.Name+"."+a.Name)
		}
	}
	for _, d := range api.Dictionaries {
		out = append(out, d.Name)
		for _, m := range d.Members {
			out = append(out, d.Name+"."+m.Name)
		}
	}
	for _, e := range api.Enums {
		out = append(out, e.Name)
		for _, v := range e.Values {
			out = append(out, e.Name+"."+fmt.Sprintf("%q", v.Value))
		}
	}
	for _, c := range api.Callbacks {
		out = append(out, c.Name)
	}
	slices.Sort(out)
	return out
}
