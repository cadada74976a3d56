package tsgen

import (
	"strings"

	"github.com/streamsgen/streamsgen/generator/internal/names"
	"github.com/streamsgen/streamsgen/schema"
)

// typ renders t as a TypeScript type for code in scope s. ret says t is a
// result (a return type or a Promise or success data type), where
// undefined is written void. pos locates errors when t has no position.
func (g *gen) typ(s *scope, pos schema.Pos, t *schema.Type, ret bool) string {
	out, _ := g.typeExpr(s, pos, t, ret)
	return out
}

// typeExpr is typ, also reporting whether the result is a union at the top
// level, which needs parentheses as an array element.
func (g *gen) typeExpr(s *scope, pos schema.Pos, t *schema.Type, ret bool) (string, bool) {
	if t == nil {
		g.errorf(pos, "missing type")
		return "any", false
	}
	if t.Pos != (schema.Pos{}) {
		pos = t.Pos
	}
	var out string
	union := false
	switch t.Kind {
	case schema.KindUndefined:
		out = "undefined"
		if ret {
			out = "void"
		}
	case schema.KindAny:
		return "any", false // any already includes null
	case schema.KindObject:
		out = "object"
	case schema.KindBoolean:
		out = "boolean"
	case schema.KindNumber, schema.KindInteger:
		out = "number"
	case schema.KindString:
		out = "string"
	case schema.KindDate:
		out = "Date"
	case schema.KindSequence:
		elem, u := g.typeExpr(s, pos, t.Elem, false)
		if u {
			elem = "(" + elem + ")"
		}
		out = elem + "[]"
	case schema.KindRecord:
		out = "Record<string, " + g.typ(s, pos, t.Elem, false) + ">"
	case schema.KindPromise:
		out = "Promise<" + g.typ(s, pos, t.Elem, true) + ">"
	case schema.KindUnion:
		if len(t.Union) < 2 {
			g.errorf(pos, "union %s has fewer than two members", t.IDL)
		}
		parts := make([]string, len(t.Union))
		for i, m := range t.Union {
			parts[i] = g.typ(s, pos, m, false)
		}
		out = strings.Join(parts, " | ")
		union = len(parts) > 1
	case schema.KindEnum:
		out = g.refType(s, pos, t.Enum, t)
	case schema.KindDictionary:
		out = g.refType(s, pos, t.Dictionary, t)
	case schema.KindInterface:
		out = g.refType(s, pos, t.Interface, t)
	case schema.KindCallback:
		out = g.refType(s, pos, t.Callback, t)
	default:
		g.errorf(pos, "type %s: unsupported kind %d", t.IDL, t.Kind)
		return "any", false
	}
	if t.Nullable {
		out += " | null"
		union = true
	}
	return out, union
}

// refType renders a reference type; decl is the referenced declaration,
// a typed nil pointer when the IR left it unresolved.
func (g *gen) refType(s *scope, pos schema.Pos, decl any, t *schema.Type) string {
	switch d := decl.(type) {
	case *schema.Enum:
		if d != nil {
			return g.ref(s, pos, d, d.Name)
		}
	case *schema.Dictionary:
		if d != nil {
			return g.ref(s, pos, d, d.Name)
		}
	case *schema.Interface:
		if d != nil {
			return g.ref(s, pos, d, d.Name)
		}
	case *schema.Callback:
		if d != nil {
			return g.ref(s, pos, d, d.Name)
		}
	}
	g.errorf(pos, "type %s is not resolved", t.IDL)
	return "any"
}

// param is one rendered parameter.
type param struct {
	name     string
	typ      string
	optional bool
	variadic bool
}

// signature renders an operation's parameter list and result type,
// "(state: AgentStateDefinition, callbacks?: SuccessFailureOptions<void>): void",
// for code in scope s.
func (g *gen) signature(s *scope, op *schema.Operation) string {
	ps := g.argParams(s, op.Pos, op.Args)
	taken := make([]string, len(ps))
	for i, p := range ps {
		taken[i] = p.name
	}
	var result string
	switch op.Kind {
	case schema.OpSync:
		result = g.typ(s, op.Pos, op.Result, true)
	case schema.OpCallbacks:
		if op.CallbacksIndex < 0 || op.CallbacksIndex > len(ps) {
			g.errorf(op.Pos, "%s: callbacks index %d out of range", op.Name, op.CallbacksIndex)
			break
		}
		cb := param{
			name:     names.TSFreshParam("callbacks", taken),
			typ:      g.qualify(s, g.conn, successFailureName) + "<" + g.typ(s, op.Pos, op.Result, true) + ">",
			optional: true,
		}
		ps = append(ps[:op.CallbacksIndex], append([]param{cb}, ps[op.CallbacksIndex:]...)...)
		result = "void"
	case schema.OpPromise:
		result = "Promise<" + g.typ(s, op.Pos, op.Result, true) + ">"
	case schema.OpSubscribe:
		if op.Handler == nil {
			g.errorf(op.Pos, "%s: subscription without a handler type", op.Name)
			break
		}
		ps = append(ps, param{
			name: names.TSFreshParam("handler", taken),
			typ:  g.ref(s, op.Pos, op.Handler, op.Handler.Name),
		})
		result = g.qualify(s, g.conn, subscriptionName)
	default:
		g.errorf(op.Pos, "%s: unsupported operation kind %d", op.Name, op.Kind)
	}
	return "(" + g.joinParams(op.Pos, ps) + "): " + result
}

// params renders a callback's parameter list.
func (g *gen) params(s *scope, pos schema.Pos, args []*schema.Argument) string {
	return g.joinParams(pos, g.argParams(s, pos, args))
}

// argParams names and types the schema's arguments; names are made unique.
func (g *gen) argParams(s *scope, pos schema.Pos, args []*schema.Argument) []param {
	var ps []param
	var taken []string
	for _, a := range args {
		apos := pos
		if a.Pos != (schema.Pos{}) {
			apos = a.Pos
		}
		name := names.TSFreshParam(names.TSParam(a.Name), taken)
		taken = append(taken, name)
		ps = append(ps, param{
			name:     name,
			typ:      g.typ(s, apos, a.Type, false),
			optional: a.Optional || a.Default != nil,
			variadic: a.Variadic,
		})
	}
	return ps
}

// joinParams writes a parameter list. TypeScript does not allow a required
// parameter after an optional one, so an optional parameter followed by a
// required one is written as required with "| undefined".
func (g *gen) joinParams(pos schema.Pos, ps []param) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		switch {
		case p.variadic:
			if i != len(ps)-1 {
				g.errorf(pos, "variadic argument %s is not the last", p.name)
			}
			b.WriteString("..." + p.name + ": " + arrayOf(p.typ) + "")
		case p.optional && requiredAfter(ps[i+1:]):
			b.WriteString(p.name + ": " + p.typ + " | undefined")
		case p.optional:
			b.WriteString(p.name + "?: " + p.typ)
		default:
			b.WriteString(p.name + ": " + p.typ)
		}
	}
	return b.String()
}

func requiredAfter(ps []param) bool {
	for _, p := range ps {
		if !p.optional && !p.variadic {
			return true
		}
	}
	return false
}

// arrayOf is the array type of a rendered element type.
func arrayOf(elem string) string {
	if strings.Contains(elem, " | ") {
		return "(" + elem + ")[]"
	}
	return elem + "[]"
}
