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

// decodeFunc returns a func(js.Value) T literal (or named function) decoding
// t without pointer wrapping.
func (m *typeMapper) decodeFunc(t *schema.Type) (Code, error) {
	switch t.Kind {
	case schema.KindBoolean:
		return Qual(m.rt, "Bool"), nil
	case schema.KindNumber:
		return Qual(m.rt, "Float64"), nil
	case schema.KindInteger:
		return Qual(m.rt, "Int"), nil
	case schema.KindString:
		return Qual(m.rt, "String"), nil
	case schema.KindDate:
		return Qual(m.rt, "Time"), nil
	case schema.KindDictionary:
		return Id(names.GoUnexported("decode", names.GoType(t.Dictionary.Name, t.Dictionary.Names))), nil
	case schema.KindInterface:
		return Id(names.GoType(t.Interface.Name, t.Interface.Names) + "FromJS"), nil
	case schema.KindUnion:
		return Id(names.GoUnexported("decode", m.union(t))), nil
	}
	g, err := m.goType(t)
	if err != nil {
		return nil, err
	}
	body, err := m.decodeBare(t, Id("e"))
	if err != nil {
		return nil, err
	}
	return Func().Params(Id("e").Qual(jsPkg, "Value")).Add(g).Block(Return(body)), nil
}

// decodeBare converts the js.Value expression v to t, ignoring nullability.
func (m *typeMapper) decodeBare(t *schema.Type, v Code) (Code, error) {
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return v, nil
	case schema.KindEnum:
		return Id(names.GoType(t.Enum.Name, t.Enum.Names)).Call(Qual(m.rt, "String").Call(v)), nil
	case schema.KindInterface:
		return Id(names.GoType(t.Interface.Name, t.Interface.Names) + "FromJS").Call(v), nil
	case schema.KindSequence, schema.KindRecord:
		fn := "Slice"
		if t.Kind == schema.KindRecord {
			fn = "Record"
		}
		elem, err := m.decodeFunc(t.Elem)
		if err != nil {
			return nil, err
		}
		if pointerWrapped(t.Elem, false) {
			elem = Func().Params(Id("e").Qual(jsPkg, "Value")).Op("*").Add(m.mustGo(t.Elem)).Block(
				Return(Qual(m.rt, "Ptr").Call(Id("e"), elem)))
		}
		return Qual(m.rt, fn).Call(v, elem), nil
	}
	f, err := m.decodeFunc(t)
	if err != nil {
		return nil, err
	}
	return Add(f).Call(v), nil
}

func (m *typeMapper) mustGo(t *schema.Type) Code {
	g, err := m.goType(t)
	if err != nil {
		return Id("invalid")
	}
	return g
}

// decode converts the js.Value expression v to the Go type fieldType(t,
// optional).
func (m *typeMapper) decode(t *schema.Type, optional bool, v Code) (Code, error) {
	if pointerWrapped(t, optional) {
		f, err := m.decodeFunc(t)
		if err != nil {
			return nil, err
		}
		return Qual(m.rt, "Ptr").Call(v, f), nil
	}
	return m.decodeBare(t, v)
}

// encodeBare converts the Go expression x of type goType(t) to a value that
// js.ValueOf accepts.
func (m *typeMapper) encodeBare(t *schema.Type, x Code) (Code, error) {
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback,
		schema.KindBoolean, schema.KindNumber, schema.KindInteger, schema.KindString:
		return x, nil
	case schema.KindUnion:
		return Id(names.GoUnexported("encode", m.union(t))).Call(x), nil
	case schema.KindEnum:
		return String().Call(x), nil
	case schema.KindDate:
		return Qual(m.rt, "Date").Call(x), nil
	case schema.KindInterface:
		return x.(*Statement).Clone().Dot("JSValue").Call(), nil
	case schema.KindDictionary:
		return Id(names.GoUnexported("encode", names.GoType(t.Dictionary.Name, t.Dictionary.Names))).Call(Op("&").Add(x)), nil
	case schema.KindSequence, schema.KindRecord:
		fn := "EncodeSlice"
		if t.Kind == schema.KindRecord {
			fn = "EncodeRecord"
		}
		et, err := m.fieldType(t.Elem, false)
		if err != nil {
			return nil, err
		}
		body, err := m.encode(t.Elem, false, Id("e"))
		if err != nil {
			return nil, err
		}
		return Qual(m.rt, fn).Call(x, Func().Params(Id("e").Add(et)).Any().Block(Return(body))), nil
	}
	return nil, fmt.Errorf("%s: type %s cannot be passed to JS", t.Pos, t.IDL)
}

// encode converts the Go expression x of type fieldType(t, optional) to a
// value for js.ValueOf. An absent optional value (nil pointer, empty string,
// nil slice) becomes undefined, so the library applies its own default.
func (m *typeMapper) encode(t *schema.Type, optional bool, x Code) (Code, error) {
	if !optional && !t.Nullable {
		return m.encodeBare(t, x)
	}
	wrapped := pointerWrapped(t, optional)
	if t.Kind == schema.KindDictionary && wrapped {
		// encodeX takes a pointer and maps nil to undefined itself.
		return Id(names.GoUnexported("encode", names.GoType(t.Dictionary.Name, t.Dictionary.Names))).Call(x), nil
	}
	val := x
	if wrapped {
		val = Op("*").Add(x)
	}
	inner, err := m.encodeBare(t, val)
	if err != nil {
		return nil, err
	}
	return Func().Params().Any().Block(
		If(m.isAbsent(t, optional, x.(*Statement))).Block(Return(Qual(jsPkg, "Undefined").Call())),
		Return(inner),
	).Call(), nil
}

// isPresent returns a condition that is true when the Go value x of type
// fieldType(t, optional) holds a value, so an optional member is set on the
// JS object only then.
func (m *typeMapper) isPresent(t *schema.Type, optional bool, x *Statement) Code {
	if pointerWrapped(t, optional) {
		return x.Clone().Op("!=").Nil()
	}
	switch t.Kind {
	case schema.KindUnion:
		return Op("!").Add(x.Clone()).Dot("IsZero").Call()
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return Op("!").Add(x.Clone()).Dot("IsUndefined").Call()
	case schema.KindString, schema.KindEnum:
		return x.Clone().Op("!=").Lit("")
	case schema.KindDate:
		return Op("!").Add(x.Clone()).Dot("IsZero").Call()
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

// isAbsent is the negation of isPresent, written without a double negative.
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
