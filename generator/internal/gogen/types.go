package gogen

import (
	"fmt"

	. "github.com/dave/jennifer/jen"

	"github.com/streamsgen/streamsgen/generator/internal/names"
	"github.com/streamsgen/streamsgen/schema"
)

const (
	jsPkg      = "syscall/js"
	timePkg    = "time"
	contextPkg = "context"
)

// typeMapper maps schema types to Go types and to the expressions that
// convert values between Go and JS.
type typeMapper struct {
	rt     string                  // import path of the runtime package
	unions map[string]*schema.Type // unions met so far, by Go name (unions.go)
	wt     *wireTables             // numbering of the wire format's records and unions
}

// pointerWrapped reports whether a value of t is carried as a Go pointer
// when it may be absent: nullable types other than those with a natural
// "absent" value, and optional booleans and numbers, where the zero value is
// a legitimate value.
func pointerWrapped(t *schema.Type, optional bool) bool {
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindSequence, schema.KindRecord,
		schema.KindUndefined, schema.KindUnion, schema.KindCallback, schema.KindPromise:
		return false
	case schema.KindBoolean, schema.KindNumber, schema.KindInteger, schema.KindDictionary:
		return t.Nullable || optional
	default:
		return t.Nullable
	}
}

// goType is the Go type of t, without pointer wrapping.
func (m *typeMapper) goType(t *schema.Type) (Code, error) {
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return Qual(jsPkg, "Value"), nil
	case schema.KindUnion:
		return Id(m.union(t)), nil
	case schema.KindBoolean:
		return Bool(), nil
	case schema.KindNumber:
		return Float64(), nil
	case schema.KindInteger:
		return Int(), nil
	case schema.KindString:
		return String(), nil
	case schema.KindDate:
		return Qual(timePkg, "Time"), nil
	case schema.KindEnum:
		return Id(names.GoType(t.Enum.Name, t.Enum.Names)), nil
	case schema.KindDictionary:
		return Id(names.GoType(t.Dictionary.Name, t.Dictionary.Names)), nil
	case schema.KindInterface:
		return Id(names.GoType(t.Interface.Name, t.Interface.Names)), nil
	case schema.KindSequence:
		e, err := m.fieldType(t.Elem, false)
		if err != nil {
			return nil, err
		}
		return Index().Add(e), nil
	case schema.KindRecord:
		e, err := m.fieldType(t.Elem, false)
		if err != nil {
			return nil, err
		}
		return Map(String()).Add(e), nil
	}
	return nil, fmt.Errorf("%s: type %s has no Go mapping here", t.Pos, t.IDL)
}

// fieldType is the Go type of a value of t that may be optional.
func (m *typeMapper) fieldType(t *schema.Type, optional bool) (Code, error) {
	g, err := m.goType(t)
	if err != nil {
		return nil, err
	}
	if pointerWrapped(t, optional) {
		return Op("*").Add(g), nil
	}
	return g, nil
}

// isPresent returns a condition that is true when the Go value x of type
// fieldType(t, optional) holds a value, so an optional member is written.
func (m *typeMapper) isPresent(t *schema.Type, optional bool, x *Statement) Code {
	if pointerWrapped(t, optional) {
		return x.Clone().Op("!=").Nil()
	}
	switch t.Kind {
	case schema.KindUnion, schema.KindDate:
		return Op("!").Add(x.Clone()).Dot("IsZero").Call()
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return Op("!").Add(x.Clone()).Dot("IsUndefined").Call()
	case schema.KindString, schema.KindEnum:
		return x.Clone().Op("!=").Lit("")
	case schema.KindSequence, schema.KindRecord:
		return x.Clone().Op("!=").Nil()
	case schema.KindInterface:
		return Op("!").Add(x.Clone()).Dot("JSValue").Call().Dot("IsUndefined").Call()
	case schema.KindBoolean:
		return x.Clone()
	case schema.KindNumber, schema.KindInteger:
		return x.Clone().Op("!=").Lit(0)
	}
	return True()
}

// isAbsent returns a condition that is true when the Go value x of type
// fieldType(t, optional) holds no value, so an optional member or argument
// is written as absent.
func (m *typeMapper) isAbsent(t *schema.Type, optional bool, x *Statement) Code {
	if pointerWrapped(t, optional) {
		return x.Clone().Op("==").Nil()
	}
	switch t.Kind {
	case schema.KindUnion:
		return x.Clone().Dot("IsZero").Call()
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return x.Clone().Dot("IsUndefined").Call()
	case schema.KindString, schema.KindEnum:
		return x.Clone().Op("==").Lit("")
	case schema.KindDate:
		return x.Clone().Dot("IsZero").Call()
	case schema.KindSequence, schema.KindRecord:
		return x.Clone().Op("==").Nil()
	case schema.KindInterface:
		return x.Clone().Dot("JSValue").Call().Dot("IsUndefined").Call()
	case schema.KindBoolean:
		return Op("!").Add(x.Clone())
	case schema.KindNumber, schema.KindInteger:
		return x.Clone().Op("==").Lit(0)
	}
	return False()
}
