package names

import (
	"fmt"

	"github.com/streamsgen/streamsgen/schema"
)

// reserved are the package-level Go names every generated package declares
// itself.
var reserved = []string{
	"CallError", "JSError", "LiveCallbacks", "PanicError", "SetPanicHandler",
	"StreamsVersion", "Subscription", "ErrUnsupported", "UnsupportedError",
}

// scope records which declaration claimed each name in one Go scope.
type scope struct {
	what  string // "package", "methods of Agent", ...
	names map[string]claim
	errs  *schema.ErrorList
}

type claim struct {
	pos  schema.Pos
	desc string
}

func newScope(what string, errs *schema.ErrorList) *scope {
	return &scope{what: what, names: map[string]claim{}, errs: errs}
}

func (s *scope) claim(name string, pos schema.Pos, desc string) {
	if prev, ok := s.names[name]; ok {
		where := "generated code"
		if prev.pos.Line != 0 {
			where = prev.pos.String()
		}
		s.errs.Add(pos, fmt.Sprintf("%s is named %s in Go, which collides with %s (%s) in the %s", desc, name, prev.desc, where, s.what))
		return
	}
	s.names[name] = claim{pos, desc}
}

// Check reports names that collide once mangled for Go: two declarations
// that would get the same package-level identifier, two members of one type
// with the same Go name, and names that clash with what every generated
// package declares. It walks the API in its sorted order, so the report is
// deterministic; each error points at the later of the two declarations.
func Check(api *schema.API) schema.ErrorList {
	var errs schema.ErrorList
	pkg := newScope("package", &errs)
	for _, n := range reserved {
		pkg.claim(n, schema.Pos{}, "a runtime name")
	}
	for _, it := range api.Interfaces {
		n := GoType(it.Name, it.Names)
		pkg.claim(n, it.Pos, "interface "+it.Name)
		pkg.claim(n+"FromJS", it.Pos, "the constructor of interface "+it.Name)
	}
	for _, d := range api.Dictionaries {
		n := GoType(d.Name, d.Names)
		pkg.claim(n, d.Pos, "dictionary "+d.Name)
		fields := newScope("fields of "+d.Name, &errs)
		for _, m := range d.AllMembers() {
			fields.claim(GoField(m), m.Pos, "member "+m.Name)
		}
	}
	for _, e := range api.Enums {
		pkg.claim(GoType(e.Name, e.Names), e.Pos, "enum "+e.Name)
		for _, v := range e.Values {
			pkg.claim(GoEnumConst(e, v), v.Pos, fmt.Sprintf("value %q of enum %s", v.Value, e.Name))
		}
	}
	for _, ns := range api.Namespaces {
		pkg.claim(GoNamespaceVar(ns), ns.Pos, "namespace "+ns.Name)
		pkg.claim(GoNamespaceType(ns), ns.Pos, "the type of namespace "+ns.Name)
		pkg.claim("path"+GoNamespaceVar(ns), ns.Pos, "the path variable of namespace "+ns.Name)
		methods := newScope("functions of namespace "+ns.Name, &errs)
		methods.claim("Supports", schema.Pos{}, "the Supports method")
		for _, a := range ns.Attributes {
			methods.claim(GoAttribute(a), a.Pos, "attribute "+a.Name)
		}
		for _, op := range ns.Operations {
			methods.claim(GoMethod(op), op.Pos, "operation "+op.Name)
		}
	}
	for _, it := range api.Interfaces {
		methods := newScope("methods of "+it.Name, &errs)
		methods.claim("JSValue", schema.Pos{}, "the JSValue method")
		methods.claim("Supports", schema.Pos{}, "the Supports method")
		// Walk from the root so that a child's member is the one reported.
		var chain []*schema.Interface
		for p := it; p != nil; p = p.Inherits {
			chain = append([]*schema.Interface{p}, chain...)
		}
		seenOp := map[string]bool{}
		for _, c := range chain {
			if c.Inherits != nil {
				methods.claim(GoType(c.Inherits.Name, c.Inherits.Names), c.Pos, "the embedded parent of "+c.Name)
			}
			for _, a := range c.Attributes {
				methods.claim(GoAttribute(a), a.Pos, "attribute "+a.Name)
			}
			for _, op := range c.Operations {
				// An override of an inherited operation replaces it.
				if seenOp[op.Name] {
					continue
				}
				seenOp[op.Name] = true
				methods.claim(GoMethod(op), op.Pos, "operation "+op.Name)
			}
		}
	}
	errs.Sort()
	return errs
}
