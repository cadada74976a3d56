package gogen

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	. "github.com/dave/jennifer/jen"

	"github.com/streamsgen/streamsgen/generator/internal/names"
	"github.com/streamsgen/streamsgen/schema"
)

// The generated package talks to the runtime in its wire format (see the
// runtime's wire.go): it registers a spec, a JSON table of the wire types of
// its records and operations, from which the JS side compiles the functions
// that copy values into bytes and back; generated Go code reads and writes
// the same layouts with rt.Reader and rt.Writer. A record is then one
// crossing of the Go/JS boundary instead of one per field.

// Direction of a value: out of JS into Go (decoded) or into JS (encoded).
type direction int

const (
	toGo direction = iota
	toJS
)

// JS-side operation kinds (runtime.js, op).
const (
	jsKindCall = iota
	jsKindGet
	jsKindCallbacks
	jsKindPromise
	jsKindSubscribe
)

// wireTables numbers what the spec lists: records per direction and
// operations and attributes in emission order.
type wireTables struct {
	recs   [2][]*schema.Dictionary
	rec    [2]map[*schema.Dictionary]int
	unions [2][]*schema.Type // numbered as the spec meets them
	union  [2]map[string]int // by Go name
	ops    []any             // *schema.Operation or *schema.Attribute
	op     map[any]int       // index in ops
}

// pkgVar is the generated package's rt.Package; pkgSpec its spec.
const (
	pkgVar  = "wirePkg"
	pkgSpec = "wireSpec"
)

func newWireTables(api *schema.API) *wireTables {
	w := &wireTables{
		rec:   [2]map[*schema.Dictionary]int{{}, {}},
		union: [2]map[string]int{{}, {}},
		op:    map[any]int{},
	}
	for _, d := range api.Dictionaries {
		if removed(d.Life) {
			continue
		}
		if d.Usage&schema.Output != 0 {
			w.rec[toGo][d] = len(w.recs[toGo])
			w.recs[toGo] = append(w.recs[toGo], d)
		}
		if d.Usage&schema.Input != 0 {
			w.rec[toJS][d] = len(w.recs[toJS])
			w.recs[toJS] = append(w.recs[toJS], d)
		}
	}
	add := func(x any) {
		w.op[x] = len(w.ops)
		w.ops = append(w.ops, x)
	}
	// The order of handles and namespaces in the generated files.
	for _, it := range api.Interfaces {
		if removed(it.Life) {
			continue
		}
		for _, a := range it.Attributes {
			if !removed(a.Life) {
				add(a)
			}
		}
		for _, op := range it.Operations {
			if !removed(op.Life) {
				add(op)
			}
		}
	}
	for _, ns := range api.Namespaces {
		if removed(ns.Life) {
			continue
		}
		for _, a := range ns.Attributes {
			if !removed(a.Life) {
				add(a)
			}
		}
		for _, op := range ns.Operations {
			if !removed(op.Life) {
				add(op)
			}
		}
	}
	return w
}

// wire is the wire type of a value of t that may be optional, going in
// direction dir. It matches what readExpr reads and writeValue writes.
func (m *typeMapper) wire(t *schema.Type, optional bool, dir direction) (string, error) {
	bare, err := m.wireBare(t, dir)
	if err != nil {
		return "", err
	}
	if dir == toGo {
		if pointerWrapped(t, optional) {
			return "?" + bare, nil
		}
		return bare, nil
	}
	if !optional && !t.Nullable {
		return bare, nil
	}
	if t.Kind == schema.KindDictionary && pointerWrapped(t, optional) {
		// writeX writes the record's own presence byte for nil.
		return bare, nil
	}
	return "?" + bare, nil
}

func (m *typeMapper) wireBare(t *schema.Type, dir direction) (string, error) {
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback, schema.KindInterface:
		return "v", nil
	case schema.KindBoolean:
		return "b", nil
	case schema.KindNumber, schema.KindInteger:
		return "n", nil
	case schema.KindString, schema.KindEnum:
		return "s", nil
	case schema.KindDate:
		return "d", nil
	case schema.KindDictionary:
		i, ok := m.wt.rec[dir][t.Dictionary]
		if !ok {
			return "", fmt.Errorf("%s: record %s is not marked for use in this direction", t.Pos, t.Dictionary.Name)
		}
		return "#" + strconv.Itoa(i), nil
	case schema.KindSequence, schema.KindRecord:
		elem, err := m.wire(t.Elem, false, dir)
		if err != nil {
			return "", err
		}
		if t.Kind == schema.KindSequence {
			return "[" + elem, nil
		}
		return "{" + elem, nil
	case schema.KindUnion:
		name := m.union(t)
		i, ok := m.wt.union[dir][name]
		if !ok {
			i = len(m.wt.unions[dir])
			m.wt.union[dir][name] = i
			m.wt.unions[dir] = append(m.wt.unions[dir], t)
		}
		return "|" + strconv.Itoa(i), nil
	}
	return "", fmt.Errorf("%s: type %s has no wire form", t.Pos, t.IDL)
}

// unionSpec is a union's entry in the spec: for values read by Go, the JS
// type class of each alternative (s string, n number, b boolean, f function,
// a array, d Date, o other object) and its wire type, which the JS side uses
// to pick the alternative the way decoding by JS type would; for values
// written by Go, the alternatives' wire types.
func (m *typeMapper) unionSpec(t *schema.Type, dir direction) ([]string, error) {
	var out []string
	for _, a := range alternatives(t) {
		w, err := m.wire(a.t, false, dir)
		if err != nil {
			return nil, err
		}
		if dir == toGo {
			class := map[string]string{"TypeString": "s", "TypeNumber": "n", "TypeBoolean": "b", "TypeFunction": "f"}[jsTypeOf(a.t)]
			switch {
			case class != "":
			case a.t.Kind == schema.KindSequence:
				class = "a"
			case a.t.Kind == schema.KindDate:
				class = "d"
			default:
				class = "o"
			}
			out = append(out, class)
		}
		out = append(out, w)
	}
	return out, nil
}

func (m *typeMapper) readerType() Code { return Op("*").Qual(m.rt, "Reader") }
func (m *typeMapper) writerType() Code { return Op("*").Qual(m.rt, "Writer") }

// readFunc returns a func(*rt.Reader) T reading t without pointer wrapping.
func (m *typeMapper) readFunc(t *schema.Type) (Code, error) {
	method := func(name string) Code { return Parens(m.readerType()).Dot(name) }
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return method("Value"), nil
	case schema.KindBoolean:
		return method("Bool"), nil
	case schema.KindNumber:
		return method("Float64"), nil
	case schema.KindInteger:
		return method("Int"), nil
	case schema.KindString:
		return method("String"), nil
	case schema.KindDate:
		return method("Time"), nil
	case schema.KindDictionary:
		return Id(names.GoUnexported("read", names.GoType(t.Dictionary.Name, t.Dictionary.Names))), nil
	case schema.KindUnion:
		return Id(names.GoUnexported("read", m.union(t))), nil
	}
	g, err := m.goType(t)
	if err != nil {
		return nil, err
	}
	body, err := m.readBare(t, Id("r"))
	if err != nil {
		return nil, err
	}
	return Func().Params(Id("r").Add(m.readerType())).Add(g).Block(Return(body)), nil
}

// readBare reads t from the *rt.Reader expression r, ignoring
// nullability.
func (m *typeMapper) readBare(t *schema.Type, r Code) (Code, error) {
	call := func(name string) Code { return Add(r).Dot(name).Call() }
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return call("Value"), nil
	case schema.KindBoolean:
		return call("Bool"), nil
	case schema.KindNumber:
		return call("Float64"), nil
	case schema.KindInteger:
		return call("Int"), nil
	case schema.KindString:
		return call("String"), nil
	case schema.KindDate:
		return call("Time"), nil
	case schema.KindEnum:
		return Id(names.GoType(t.Enum.Name, t.Enum.Names)).Call(call("String")), nil
	case schema.KindInterface:
		return Id(names.GoType(t.Interface.Name, t.Interface.Names) + "FromJS").Call(call("Value")), nil
	case schema.KindDictionary, schema.KindUnion:
		f, _ := m.readFunc(t)
		return Add(f).Call(r), nil
	case schema.KindSequence, schema.KindRecord:
		fn := "ReadSlice"
		if t.Kind == schema.KindRecord {
			fn = "ReadRecord"
		}
		elem, err := m.readFuncOf(t.Elem, false)
		if err != nil {
			return nil, err
		}
		return Qual(m.rt, fn).Call(r, elem), nil
	}
	return nil, fmt.Errorf("%s: type %s cannot be read from JS", t.Pos, t.IDL)
}

// readFuncOf returns a func(*rt.Reader) T for the Go type fieldType(t,
// optional), pointer wrapping included.
func (m *typeMapper) readFuncOf(t *schema.Type, optional bool) (Code, error) {
	f, err := m.readFunc(t)
	if err != nil {
		return nil, err
	}
	if !pointerWrapped(t, optional) {
		return f, nil
	}
	g, err := m.goType(t)
	if err != nil {
		return nil, err
	}
	return Func().Params(Id("r").Add(m.readerType())).Op("*").Add(g).Block(
		Return(Qual(m.rt, "ReadPtr").Call(Id("r"), f))), nil
}

// readExpr reads the Go type fieldType(t, optional) from the *rt.Reader
// expression r.
func (m *typeMapper) readExpr(t *schema.Type, optional bool, r Code) (Code, error) {
	if pointerWrapped(t, optional) {
		f, err := m.readFunc(t)
		if err != nil {
			return nil, err
		}
		return Qual(m.rt, "ReadPtr").Call(r, f), nil
	}
	return m.readBare(t, r)
}

// writeValue returns the statements writing the Go expression x, of type
// fieldType(t, optional), to the *rt.Writer w. An absent optional value (nil
// pointer, empty string, nil slice, undefined) is written as absent, so the
// JS side leaves it out and the library applies its own default.
func (m *typeMapper) writeValue(t *schema.Type, optional bool, x *Statement, w Code) ([]Code, error) {
	if !optional && !t.Nullable {
		return m.writeBare(t, x, w)
	}
	wrapped := pointerWrapped(t, optional)
	if t.Kind == schema.KindDictionary && wrapped {
		return []Code{Id(names.GoUnexported("write", names.GoType(t.Dictionary.Name, t.Dictionary.Names))).Call(w, x)}, nil
	}
	val := x
	if wrapped {
		val = Op("*").Add(x)
	}
	inner, err := m.writeBare(t, val, w)
	if err != nil {
		return nil, err
	}
	return []Code{If(m.isAbsent(t, optional, x)).Block(
		Add(w).Dot("Present").Call(False()),
	).Else().Block(append([]Code{Add(w).Dot("Present").Call(True())}, inner...)...)}, nil
}

// writeBare returns the statements writing x, of type goType(t).
func (m *typeMapper) writeBare(t *schema.Type, x *Statement, w Code) ([]Code, error) {
	call := func(name string, v Code) []Code { return []Code{Add(w).Dot(name).Call(v)} }
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return call("Value", x), nil
	case schema.KindBoolean:
		return call("Bool", x), nil
	case schema.KindNumber:
		return call("Float64", x), nil
	case schema.KindInteger:
		return call("Int", x), nil
	case schema.KindString:
		return call("String", x), nil
	case schema.KindEnum:
		return call("String", String().Call(x)), nil
	case schema.KindDate:
		return call("Time", x), nil
	case schema.KindInterface:
		return call("Value", x.Clone().Dot("JSValue").Call()), nil
	case schema.KindDictionary:
		return []Code{Id(names.GoUnexported("write", names.GoType(t.Dictionary.Name, t.Dictionary.Names))).Call(w, Op("&").Add(x))}, nil
	case schema.KindUnion:
		return []Code{Id(names.GoUnexported("write", m.union(t))).Call(w, x)}, nil
	case schema.KindSequence, schema.KindRecord:
		fn := "WriteSlice"
		if t.Kind == schema.KindRecord {
			fn = "WriteRecord"
		}
		et, err := m.fieldType(t.Elem, false)
		if err != nil {
			return nil, err
		}
		body, err := m.writeValue(t.Elem, false, Id("e"), Id("w"))
		if err != nil {
			return nil, err
		}
		return []Code{Qual(m.rt, fn).Call(w, x, Func().Params(Id("w").Add(m.writerType()), Id("e").Add(et)).Block(body...))}, nil
	}
	return nil, fmt.Errorf("%s: type %s cannot be passed to JS", t.Pos, t.IDL)
}

// spec returns the package's spec for the runtime: the wire types of the
// members of every record, per direction, and of every operation, in the
// numbering of e.wt. One line per record or operation, for readable diffs.
func (e *emitter) spec() (string, error) {
	var b strings.Builder
	line := func(v any) {
		j, err := json.Marshal(v)
		if err != nil {
			e.fail(err)
		}
		b.Write(j)
	}
	for dir, key := range []string{"o", "i"} {
		if dir > 0 {
			b.WriteString("],\n")
		} else {
			b.WriteString("{")
		}
		b.WriteString(`"` + key + `":[`)
		for i, d := range e.wt.recs[dir] {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n")
			var fields []string
			for _, mem := range d.AllMembers() {
				if removed(mem.Life) {
					continue
				}
				w, err := e.tm.wire(mem.Type, !mem.Required, direction(dir))
				if err != nil {
					return "", err
				}
				fields = append(fields, mem.Name, w)
			}
			if fields == nil {
				fields = []string{}
			}
			line(fields)
		}
	}
	b.WriteString("],\n\"m\":[")
	for i, x := range e.wt.ops {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n")
		entry, err := e.opSpec(x)
		if err != nil {
			return "", err
		}
		line(entry)
	}
	// Unions last: the lists above number them as they meet them, and a
	// union's alternatives may meet more.
	for dir, key := range []string{"uo", "ui"} {
		b.WriteString("],\n\"" + key + "\":[")
		for i := 0; i < len(e.wt.unions[dir]); i++ {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n")
			alts, err := e.tm.unionSpec(e.wt.unions[dir][i], direction(dir))
			if err != nil {
				return "", err
			}
			line(alts)
		}
	}
	b.WriteString("]}")
	return b.String(), nil
}

// opSpec is the spec entry of an operation or attribute: [JS name, kind,
// result wire type ("" for none), argument wire types, callbacks index].
func (e *emitter) opSpec(x any) ([]any, error) {
	if a, ok := x.(*schema.Attribute); ok {
		w, err := e.tm.wire(a.Type, false, toGo)
		return []any{a.Name, jsKindGet, w, []string{}, 0}, err
	}
	op := x.(*schema.Operation)
	args := []string{}
	if op.Kind == schema.OpSubscribe {
		for _, a := range op.Handler.Args {
			w, err := e.tm.wire(a.Type, a.Optional, toGo)
			if err != nil {
				return nil, err
			}
			args = append(args, w)
		}
		return []any{op.Name, jsKindSubscribe, "", args, 0}, nil
	}
	for _, a := range op.Args {
		var w string
		var err error
		if a.Variadic {
			w, err = e.tm.wire(a.Type, false, toJS)
			w = "*" + w
		} else {
			w, err = e.tm.wire(a.Type, a.Optional, toJS)
		}
		if err != nil {
			return nil, err
		}
		args = append(args, w)
	}
	res := ""
	if op.Result != nil && op.Result.Kind != schema.KindUndefined {
		var err error
		if res, err = e.tm.wire(op.Result, false, toGo); err != nil {
			return nil, err
		}
	}
	kind := map[schema.OpKind]int{schema.OpSync: jsKindCall, schema.OpCallbacks: jsKindCallbacks, schema.OpPromise: jsKindPromise}[op.Kind]
	return []any{op.Name, kind, res, args, op.CallbacksIndex}, nil
}

// specLiteral renders the spec as a raw string when it can be one.
func specLiteral(s string) Code {
	if strings.ContainsAny(s, "`\r") {
		return Lit(s)
	}
	return Op("`" + s + "`")
}
