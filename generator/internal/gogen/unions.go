package gogen

import (
	"fmt"
	"slices"
	"strings"

	. "github.com/dave/jennifer/jen"

	"github.com/streamsgen/streamsgen/generator/internal/names"
	"github.com/streamsgen/streamsgen/schema"
)

// A WebIDL union (A or B) becomes a Go struct with one field per
// alternative, of which at most one is set: pointers for single values,
// nil-able slices and maps for sequences and records, an undefined js.Value
// for object and any. Reading picks the field by the JS value's type (see
// unionClasses); writing sends the first field that is set. A union written
// through a typedef takes the typedef's name; any other is named after its
// alternatives (StringOrStringList).

// unionAlt is one alternative of a union.
type unionAlt struct {
	t     *schema.Type
	field string
}

// alternatives flattens nested unions and drops nullability of members (the
// union's own nullability means "no field set").
func alternatives(t *schema.Type) []unionAlt {
	var out []unionAlt
	var walk func(*schema.Type)
	walk = func(u *schema.Type) {
		for _, a := range u.Union {
			if a.Kind == schema.KindUnion {
				walk(a)
				continue
			}
			c := *a
			c.Nullable = false
			out = append(out, unionAlt{t: &c, field: names.GoUnionField(&c)})
		}
	}
	walk(t)
	return out
}

// unionName is the Go type name of a union type.
func unionName(t *schema.Type) string {
	if t.Alias != nil {
		return names.GoExported(t.Alias.Name)
	}
	var parts []string
	for _, a := range alternatives(t) {
		parts = append(parts, a.field)
	}
	return strings.Join(parts, "Or")
}

// union registers t for emission and returns its Go type name.
func (m *typeMapper) union(t *schema.Type) string {
	name := unionName(t)
	if m.unions == nil {
		m.unions = map[string]*schema.Type{}
	}
	if _, ok := m.unions[name]; !ok {
		m.unions[name] = t
	}
	return name
}

// altFieldType is the Go type of a union field: one that can say "not set".
func (m *typeMapper) altFieldType(t *schema.Type) (Code, error) {
	g, err := m.goType(t)
	if err != nil {
		return nil, err
	}
	switch t.Kind {
	case schema.KindSequence, schema.KindRecord, schema.KindAny, schema.KindObject, schema.KindCallback, schema.KindUnion:
		return g, nil
	}
	return Op("*").Add(g), nil
}

// unions emits the union types registered while the other files were
// emitted, sorted by name.
func (e *emitter) unions(f *File) {
	var list []string
	for n := range e.tm.unions {
		list = append(list, n)
	}
	slices.Sort(list)
	for _, name := range list {
		e.emitUnion(f, name, e.tm.unions[name])
	}
}

func (e *emitter) emitUnion(f *File, name string, t *schema.Type) {
	alts := alternatives(t)
	var fields []Code
	for _, a := range alts {
		ft, err := e.tm.altFieldType(a.t)
		if err != nil {
			e.fail(err)
			return
		}
		fields = append(fields, Id(a.field).Add(ft))
	}
	idl := t.IDL
	if t.Alias != nil && t.Alias.Type != nil {
		idl = t.Alias.Type.IDL + " (typedef " + t.Alias.Name + ")"
	}
	f.Comment(fmt.Sprintf("%s holds one value of the union %s: at most one field is set.", name, idl))
	f.Comment("A value whose JS type matches no alternative leaves every field unset.")
	f.Type().Id(name).Struct(fields...)
	f.Line()

	// isSet reports whether a field is set.
	var setConds []Code
	for _, a := range alts {
		setConds = append(setConds, e.tm.unionFieldSet(a, Id("u").Dot(a.field)))
	}
	f.Comment("IsZero reports whether no field is set.")
	f.Func().Params(Id("u").Id(name)).Id("IsZero").Params().Bool().Block(
		Return(Op("!").Parens(orAll(setConds))),
	)
	f.Line()

	// Reading: the JS value itself arrives; rt.Pick chooses the alternative
	// by its JS type (unionClasses), and the value is converted to it.
	if e.wt.read[name] {
		var cases []Code
		for i, a := range alts {
			val, err := e.tm.fromValue(name, i, a.t, Id("v"))
			if err != nil {
				e.fail(err)
				return
			}
			if pointerAlt(a.t) {
				val = New(val)
			}
			cases = append(cases, Case(Lit(i)).Block(Id("u").Dot(a.field).Op("=").Add(val)))
		}
		f.Func().Id(names.GoUnexported("read", name)).Params(Id("r").Add(e.tm.readerType())).Id(name).Block(
			Var().Id("u").Id(name),
			Id("v").Op(":=").Id("r").Dot("Value").Call(),
			Switch(Qual(e.opts.Runtime, "Pick").Call(Id("v"), Lit(unionClasses(alts)))).Block(cases...),
			Return(Id("u")),
		)
		f.Line()
	}

	// Writing: the value of the first field that is set, else undefined.
	if e.wt.written[name] {
		var cases []Code
		for _, a := range alts {
			x := Id("u").Dot(a.field)
			var stmts []Code
			var err error
			switch {
			case a.t.Kind == schema.KindDictionary:
				// writeX takes the pointer the field already is.
				stmts = []Code{Id(names.GoUnexported("write", names.GoType(a.t.Dictionary.Name, a.t.Dictionary.Names))).Call(Id("w"), x.Clone())}
			case a.t.Kind == schema.KindInterface:
				// A method call on the handle needs the dereference in parentheses.
				stmts, err = e.tm.writeBare(a.t, Parens(Op("*").Add(x.Clone())), Id("w"))
			case pointerAlt(a.t):
				stmts, err = e.tm.writeBare(a.t, Op("*").Add(x.Clone()), Id("w"))
			default:
				stmts, err = e.tm.writeBare(a.t, x.Clone(), Id("w"))
			}
			if err != nil {
				e.fail(err)
				return
			}
			cases = append(cases, Case(e.tm.unionFieldSet(a, x.Clone())).Block(stmts...))
		}
		cases = append(cases, Default().Block(Id("w").Dot("Undefined").Call()))
		f.Func().Id(names.GoUnexported("write", name)).Params(Id("w").Add(e.tm.writerType()), Id("u").Id(name)).Block(
			Switch().Block(cases...),
		)
		f.Line()
	}
}

func orAll(conds []Code) Code {
	s := Null()
	for i, c := range conds {
		if i > 0 {
			s.Op("||")
		}
		s.Add(c)
	}
	return s
}

// pointerAlt reports whether a union field holds its value through a pointer.
func pointerAlt(t *schema.Type) bool {
	switch t.Kind {
	case schema.KindSequence, schema.KindRecord, schema.KindAny, schema.KindObject, schema.KindCallback, schema.KindUnion:
		return false
	}
	return true
}

// unionFieldSet is the condition that field x of alternative a is set.
func (m *typeMapper) unionFieldSet(a unionAlt, x *Statement) Code {
	switch a.t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return Op("!").Add(x).Dot("IsUndefined").Call()
	case schema.KindUnion:
		return Op("!").Add(x).Dot("IsZero").Call()
	}
	return x.Op("!=").Nil()
}

// jsTypeOf is the js.Type a value of t has at runtime.
func jsTypeOf(t *schema.Type) string {
	switch t.Kind {
	case schema.KindString, schema.KindEnum:
		return "TypeString"
	case schema.KindNumber, schema.KindInteger:
		return "TypeNumber"
	case schema.KindBoolean:
		return "TypeBoolean"
	case schema.KindCallback:
		return "TypeFunction"
	}
	return "TypeObject"
}
