package gogen

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	. "github.com/dave/jennifer/jen"

	"github.com/streamsgen/streamsgen/generator/internal/names"
	"github.com/streamsgen/streamsgen/schema"
)

// The generated package talks to the runtime in its wire format (see the
// runtime's wire.go). It registers a spec, a JSON table of the wire types
// of the records it reads and of its operations, from which the JS side
// compiles the functions that write JS values as bytes; generated Go code
// reads them with rt.Reader, so that a record is one crossing of the Go/JS
// boundary instead of one per field. Arguments go the other way as JSON
// text written with rt.Writer: the JS side parses it without knowing the
// types.

// JS-side operation kinds (runtime.js, op).
const (
	jsKindCall = iota
	jsKindGet  // a property read; with no name, the value itself (see convert)
	jsKindCallbacks
	jsKindPromise
	jsKindSubscribe
)

// wireTables numbers what the spec lists: the records Go reads, and the
// operations and attributes in emission order. Unions are met while the
// spec is built: those Go reads (read) and those it writes (written).
type wireTables struct {
	recs    []*schema.Dictionary
	rec     map[*schema.Dictionary]int
	ops     []any       // *schema.Operation or *schema.Attribute
	op      map[any]int // index in ops
	read    map[string]bool
	written map[string]bool
	// convert numbers the operations that read an alternative of a union
	// from the union's JS value, by union name and alternative index.
	convert map[string]map[int]int
}

// pkgVar is the generated package's rt.Package; pkgSpec its spec.
const (
	pkgVar  = "wirePkg"
	pkgSpec = "wireSpec"
)

func newWireTables(api *schema.API) *wireTables {
	w := &wireTables{
		rec:     map[*schema.Dictionary]int{},
		op:      map[any]int{},
		read:    map[string]bool{},
		written: map[string]bool{},
		convert: map[string]map[int]int{},
	}
	for _, d := range api.Dictionaries {
		if !removed(d.Life) && d.Usage&schema.Output != 0 {
			w.rec[d] = len(w.recs)
			w.recs = append(w.recs, d)
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

// wire is the wire type of a value of t, read by Go, that may be optional.
// It matches what readExpr reads.
func (m *typeMapper) wire(t *schema.Type, optional bool) (string, error) {
	bare, err := m.wireBare(t)
	if err != nil {
		return "", err
	}
	if pointerWrapped(t, optional) {
		return "?" + bare, nil
	}
	return bare, nil
}

func (m *typeMapper) wireBare(t *schema.Type) (string, error) {
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback, schema.KindInterface:
		return "v", nil
	case schema.KindUnion:
		// The JS value itself; Go picks the alternative (readUnion).
		m.wt.read[m.union(t)] = true
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
		i, ok := m.wt.rec[t.Dictionary]
		if !ok {
			return "", fmt.Errorf("%s: record %s is not marked for output", t.Pos, t.Dictionary.Name)
		}
		return "#" + strconv.Itoa(i), nil
	case schema.KindSequence, schema.KindRecord:
		elem, err := m.wire(t.Elem, false)
		if err != nil {
			return "", err
		}
		if t.Kind == schema.KindSequence {
			return "[" + elem, nil
		}
		return "{" + elem, nil
	}
	return "", fmt.Errorf("%s: type %s has no wire form", t.Pos, t.IDL)
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

// fromValue converts the js.Value expression v, the JS value of alternative
// i of union u, to the alternative's Go type: plain values directly, the
// others through their conversion operation (rt.Convert).
func (m *typeMapper) fromValue(u string, i int, t *schema.Type, v Code) (Code, error) {
	switch t.Kind {
	case schema.KindAny, schema.KindObject, schema.KindCallback:
		return v, nil
	case schema.KindBoolean:
		return Qual(m.rt, "Bool").Call(v), nil
	case schema.KindNumber:
		return Qual(m.rt, "Float64").Call(v), nil
	case schema.KindInteger:
		return Qual(m.rt, "Int").Call(v), nil
	case schema.KindString:
		return Qual(m.rt, "String").Call(v), nil
	case schema.KindDate:
		return Qual(m.rt, "Time").Call(v), nil
	case schema.KindEnum:
		return Id(names.GoType(t.Enum.Name, t.Enum.Names)).Call(Qual(m.rt, "String").Call(v)), nil
	case schema.KindInterface:
		return Id(names.GoType(t.Interface.Name, t.Interface.Names) + "FromJS").Call(v), nil
	}
	op, ok := m.wt.convert[u][i]
	if !ok {
		return nil, fmt.Errorf("%s: no conversion for alternative %d of %s", t.Pos, i, u)
	}
	f, err := m.readFunc(t)
	if err != nil {
		return nil, err
	}
	return Qual(m.rt, "Convert").Call(Id(pkgVar), Lit(op), v, f), nil
}

// needsConvert reports whether an alternative of type t is read from the
// union's JS value through a conversion operation.
func needsConvert(t *schema.Type) bool {
	switch t.Kind {
	case schema.KindDictionary, schema.KindSequence, schema.KindRecord:
		return true
	}
	return false
}

// unionClasses is the class of each alternative for rt.Pick: s string, n
// number, b boolean, f function, a Array, d Date, o other object.
func unionClasses(alts []unionAlt) string {
	var b strings.Builder
	for _, a := range alts {
		c := map[string]byte{"TypeString": 's', "TypeNumber": 'n', "TypeBoolean": 'b', "TypeFunction": 'f'}[jsTypeOf(a.t)]
		switch {
		case c != 0:
		case a.t.Kind == schema.KindSequence:
			c = 'a'
		case a.t.Kind == schema.KindDate:
			c = 'd'
		default:
			c = 'o'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// writeValue returns the statements writing the Go expression x, of type
// fieldType(t, optional), to the *rt.Writer w. An absent optional value (nil
// pointer, empty string, nil slice, undefined) is written as undefined, so
// that the library applies its own default.
func (m *typeMapper) writeValue(t *schema.Type, optional bool, x *Statement, w Code) ([]Code, error) {
	if !optional && !t.Nullable {
		return m.writeBare(t, x, w)
	}
	wrapped := pointerWrapped(t, optional)
	if t.Kind == schema.KindDictionary && wrapped {
		// writeX takes the pointer and writes undefined for nil itself.
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
		Add(w).Dot("Undefined").Call(),
	).Else().Block(inner...)}, nil
}

// writeMember returns the statements writing member mem of the record
// pointed to by x: its key and value, or nothing for an absent optional
// member, which the JS object then leaves out.
func (m *typeMapper) writeMember(mem *schema.Member, x *Statement, w Code) ([]Code, error) {
	field := x.Clone().Dot(names.GoField(mem))
	key := Add(w).Dot("Key").Call(Lit(mem.Name))
	if mem.Required {
		stmts, err := m.writeValue(mem.Type, false, field, w)
		return append([]Code{key}, stmts...), err
	}
	wrapped := pointerWrapped(mem.Type, true)
	val := field.Clone()
	if wrapped && mem.Type.Kind != schema.KindDictionary {
		val = Op("*").Add(field.Clone())
	}
	var stmts []Code
	var err error
	if wrapped && mem.Type.Kind == schema.KindDictionary {
		stmts = []Code{Id(names.GoUnexported("write", names.GoType(mem.Type.Dictionary.Name, mem.Type.Dictionary.Names))).Call(w, field.Clone())}
	} else {
		stmts, err = m.writeBare(mem.Type, val, w)
	}
	if err != nil {
		return nil, err
	}
	return []Code{If(m.isPresent(mem.Type, true, field)).Block(append([]Code{key}, stmts...)...)}, nil
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
		m.wt.written[m.union(t)] = true
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
// members of every record Go reads, and the operations, in the numbering of
// e.wt, followed by the conversion operations of the unions Go reads. One
// line per record or operation, for readable diffs.
func (e *emitter) spec() (string, error) {
	line := func(v any) string {
		j, err := json.Marshal(v)
		if err != nil {
			e.fail(err)
		}
		return string(j)
	}
	var recs, ops []string
	for _, d := range e.wt.recs {
		fields := []string{}
		for _, mem := range d.AllMembers() {
			if removed(mem.Life) {
				continue
			}
			w, err := e.tm.wire(mem.Type, !mem.Required)
			if err != nil {
				return "", err
			}
			fields = append(fields, mem.Name, w)
		}
		recs = append(recs, line(fields))
	}
	for _, x := range e.wt.ops {
		entry, err := e.opSpec(x)
		if err != nil {
			return "", err
		}
		ops = append(ops, line(entry))
	}
	// The unions Go reads are known now: add an operation per alternative
	// read through one, which returns the value it is called on.
	unions := slices.Sorted(maps.Keys(e.wt.read))
	for _, u := range unions {
		for i, a := range alternatives(e.tm.unions[u]) {
			if !needsConvert(a.t) {
				continue
			}
			w, err := e.tm.wire(a.t, false)
			if err != nil {
				return "", err
			}
			if e.wt.convert[u] == nil {
				e.wt.convert[u] = map[int]int{}
			}
			e.wt.convert[u][i] = len(ops)
			ops = append(ops, line([]any{"", jsKindGet, w, []string{}, 0}))
		}
	}
	return "{\"o\":[\n" + strings.Join(recs, ",\n") + "],\n\"m\":[\n" + strings.Join(ops, ",\n") + "]}", nil
}

// opSpec is the spec entry of an operation or attribute: [JS name, kind,
// result wire type ("" for none), handler argument wire types (for
// subscriptions), callbacks index].
func (e *emitter) opSpec(x any) ([]any, error) {
	if a, ok := x.(*schema.Attribute); ok {
		w, err := e.tm.wire(a.Type, false)
		return withSince([]any{a.Name, jsKindGet, w, []string{}, 0}, a.Life), err
	}
	op := x.(*schema.Operation)
	args := []string{}
	if op.Kind == schema.OpSubscribe {
		for _, a := range op.Handler.Args {
			w, err := e.tm.wire(a.Type, a.Optional)
			if err != nil {
				return nil, err
			}
			args = append(args, w)
		}
		return withSince([]any{op.Name, jsKindSubscribe, "", args, 0}, op.Life), nil
	}
	res := ""
	if op.Result != nil && op.Result.Kind != schema.KindUndefined {
		var err error
		if res, err = e.tm.wire(op.Result, false); err != nil {
			return nil, err
		}
	}
	kind := map[schema.OpKind]int{schema.OpSync: jsKindCall, schema.OpCallbacks: jsKindCallbacks, schema.OpPromise: jsKindPromise}[op.Kind]
	return withSince([]any{op.Name, kind, res, args, op.CallbacksIndex}, op.Life), nil
}

// withSince appends the release that introduced the member, when known, so
// that the runtime can name it when the loaded Streams lacks the member
// (ErrUnsupported). The JS side ignores it.
func withSince(entry []any, l schema.Lifecycle) []any {
	if l.Since == "" {
		return entry
	}
	return append(entry, l.Since)
}

// specLiteral renders the spec as a raw string when it can be one.
func specLiteral(s string) Code {
	if strings.ContainsAny(s, "`\r") {
		return Lit(s)
	}
	return Op("`" + s + "`")
}
