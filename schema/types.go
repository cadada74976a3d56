package schema

import (
	"github.com/streamsgen/streamsgen/schema/internal/syntax"
)

// builtinKinds maps the built-in WebIDL types to their kinds.
var builtinKinds = map[string]TypeKind{
	"undefined":           KindUndefined,
	"any":                 KindAny,
	"object":              KindObject,
	"boolean":             KindBoolean,
	"float":               KindNumber,
	"unrestricted float":  KindNumber,
	"double":              KindNumber,
	"unrestricted double": KindNumber,
	"byte":                KindInteger,
	"octet":               KindInteger,
	"short":               KindInteger,
	"unsigned short":      KindInteger,
	"long":                KindInteger,
	"unsigned long":       KindInteger,
	"long long":           KindInteger,
	"unsigned long long":  KindInteger,
	"DOMString":           KindString,
	"USVString":           KindString,
	"ByteString":          KindString,
}

// typ resolves a type expression. It never returns nil: a type in error
// has KindInvalid, so later checks need no nil tests.
func (l *loader) typ(t syntax.Type) *Type {
	out := &Type{Pos: l.pos(t.Pos()), IDL: syntax.TypeString(t)}
	switch t := t.(type) {
	case *syntax.NamedType:
		if t.Keyword {
			kind, ok := builtinKinds[t.Name]
			if !ok {
				l.errorf(t.Pos(), "type %s is not supported", t.Name)
			}
			out.Kind = kind
			return out
		}
		s := l.syms[t.Name]
		if s == nil {
			l.errorf(t.Pos(), "unknown type %s", t.Name)
			return out
		}
		switch s.kind {
		case kindInterface:
			out.Kind, out.Interface = KindInterface, s.iface
		case kindDictionary:
			out.Kind, out.Dictionary = KindDictionary, s.dict
		case kindEnum:
			out.Kind, out.Enum = KindEnum, s.enum
		case kindCallback:
			out.Kind, out.Callback = KindCallback, s.cb
		case kindNamespace:
			l.errorf(t.Pos(), "%s is a namespace, not a type", t.Name)
		case kindTypedef:
			target := l.resolveTypedef(s)
			alias := *target
			alias.Pos, alias.IDL, alias.Alias = out.Pos, out.IDL, s.td
			return &alias
		}
	case *syntax.GenericType:
		switch t.Name {
		case "sequence", "FrozenArray":
			out.Kind = KindSequence
		case "Promise":
			out.Kind = KindPromise
		case "record":
			out.Kind = KindRecord
			key := l.typ(t.Args[0])
			if key.Kind != KindString || key.Nullable {
				l.errorf(t.Args[0].Pos(), "record key type must be DOMString, USVString or ByteString, not %s", key.IDL)
			}
		default:
			l.errorf(t.Pos(), "type %s is not supported", t.Name)
			return out
		}
		out.Elem = l.typ(t.Args[len(t.Args)-1])
	case *syntax.UnionType:
		out.Kind = KindUnion
		for _, m := range t.Types {
			out.Union = append(out.Union, l.typ(m))
		}
	case *syntax.NullableType:
		inner := l.typ(t.X)
		if inner.Nullable {
			l.errorf(t.Question, "type %s is already nullable", inner.IDL)
		}
		nullable := *inner
		nullable.Pos, nullable.IDL, nullable.Nullable = out.Pos, out.IDL, true
		return &nullable
	case *syntax.AnnotatedType:
		set := l.attrs(t.Attrs, placeType)
		inner := l.typ(t.X)
		res := l.withTypeAttrs(inner, set)
		if res == inner {
			copied := *inner
			res = &copied
		}
		res.Pos, res.IDL = out.Pos, out.IDL
		return res
	}
	return out
}

// withTypeAttrs applies the type-level extended attributes in set (only
// [JSDate]) to t, returning t itself when there are none.
func (l *loader) withTypeAttrs(t *Type, set attrSet) *Type {
	a := set["JSDate"]
	if a == nil {
		return t
	}
	res := *t
	res.IDL = "[JSDate] " + t.IDL
	switch t.Kind {
	case KindObject:
		res.Kind = KindDate
	case KindInvalid:
		// already reported
	default:
		l.errorf(a.Pos(), "[JSDate] applies only to the object type, not %s", t.IDL)
	}
	return &res
}

// resolveTypedef returns the type a typedef stands for, resolving it on
// first use.
func (l *loader) resolveTypedef(s *symbol) *Type {
	switch s.tdState {
	case 2:
		return s.td.Type
	case 1:
		d := s.decl.(*syntax.TypedefDecl)
		l.errorf(d.Name.Pos(), "typedef %s refers to itself", s.name)
		s.td.Type = &Type{Pos: l.pos(d.Type.Pos()), IDL: syntax.TypeString(d.Type)}
		s.tdState = 2
		return s.td.Type
	}
	s.tdState = 1
	t := l.typ(s.decl.(*syntax.TypedefDecl).Type)
	if s.tdState == 1 { // not already set to invalid by a cycle
		s.td.Type = t
		s.tdState = 2
	}
	return s.td.Type
}

// checkValue rejects Promise and undefined where a value is expected:
// anywhere except the top of a result (allowUndefined) and the Promise of an
// operation result or [Callbacks] argument, which the caller strips.
func (l *loader) checkValue(t *Type, allowUndefined bool) {
	if t == nil {
		return
	}
	switch t.Kind {
	case KindUndefined:
		if !allowUndefined {
			l.errs.Add(t.Pos, "undefined is only allowed as a result type")
		}
	case KindPromise:
		l.errs.Add(t.Pos, "Promise<T> is only allowed as an operation result or a [Callbacks] argument")
	case KindSequence, KindRecord:
		l.checkValue(t.Elem, false)
	case KindUnion:
		for _, m := range t.Union {
			l.checkValue(m, false)
		}
	}
}
