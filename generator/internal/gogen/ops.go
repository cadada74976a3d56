package gogen

import (
	"fmt"

	. "github.com/dave/jennifer/jen"

	"github.com/streamsgen/streamsgen/generator/internal/names"
	"github.com/streamsgen/streamsgen/schema"
)

// resolver returns the statements that bind `this` for a namespace
// function, given the statements to run when that fails. For handle methods
// it is nil and `this` is the handle's value.
type resolver func(onErr []Code) []Code

func thisExpr(resolve resolver) Code {
	if resolve == nil {
		return Id("x").Dot("v")
	}
	return Id("this")
}

// errReturn is the early return of a method whose results are (T, error)
// or error alone.
func errReturn(result Code) []Code {
	if result == nil {
		return []Code{Return(Err())}
	}
	return []Code{Var().Id("zero").Add(result), Return(Id("zero"), Err())}
}

func (e *emitter) attribute(f *File, recv *Statement, owner, jsRef string, a *schema.Attribute, resolve resolver) {
	name := names.GoAttribute(a)
	t, err := e.tm.fieldType(a.Type, false)
	if err != nil {
		e.fail(err)
		return
	}
	dec, err := e.tm.readFuncOf(a.Type, false)
	if err != nil {
		e.fail(err)
		return
	}
	var body []Code
	if resolve != nil {
		body = append(body, resolve(errReturn(t))...)
	}
	op := jsRef + "#" + a.Name
	if resolve != nil {
		op = jsRef + "." + a.Name
	}
	body = append(body, Return(Qual(e.opts.Runtime, "Invoke").Call(Id(pkgVar), Lit(op), Lit(e.wt.op[a]), thisExpr(resolve), Nil(), dec)))
	f.Add(docComment(fmt.Sprintf("%s reads %s.%s.", name, jsRef, a.Name), a.Doc, a.Life))
	f.Func().Params(recv).Id(name).Params().Params(t, Error()).Block(body...)
	f.Line()
}

// local returns base, or base with underscores appended, so that it is none
// of the parameter names taken.
func local(base string, taken map[string]bool) string {
	for taken[base] {
		base += "_"
	}
	return base
}

func (e *emitter) operation(f *File, recv *Statement, owner, jsRef string, op *schema.Operation, resolve resolver) {
	name := names.GoMethod(op)
	rt := e.opts.Runtime
	var params []Code
	if op.Kind == schema.OpCallbacks || op.Kind == schema.OpPromise {
		params = append(params, Id("ctx").Qual(contextPkg, "Context"))
	}
	taken := map[string]bool{}
	for _, a := range op.Args {
		taken[names.GoParam(a.Name)] = true
	}
	if taken[pkgVar] {
		e.fail(fmt.Errorf("%s: parameter name %s is reserved for generated code", op.Pos, pkgVar))
		return
	}
	w := local("w", taken)
	var writes []Code
	for _, a := range op.Args {
		p := names.GoParam(a.Name)
		t, err := e.tm.fieldType(a.Type, a.Optional)
		if err != nil {
			e.fail(err)
			return
		}
		if a.Variadic {
			params = append(params, Id(p).Op("...").Add(t))
			each, err := e.tm.writeValue(a.Type, false, Id("e"), Id(w))
			if err != nil {
				e.fail(err)
				return
			}
			// The variadic arguments follow the others in the list.
			writes = append(writes, For(List(Id("_"), Id("e")).Op(":=").Range().Id(p)).Block(each...))
			continue
		}
		params = append(params, Id(p).Add(t))
		stmts, err := e.tm.writeValue(a.Type, a.Optional, Id(p), Id(w))
		if err != nil {
			e.fail(err)
			return
		}
		writes = append(writes, stmts...)
	}

	// Result type: nil means the method returns only an error.
	var result Code
	if op.Kind != schema.OpSubscribe && op.Result != nil && op.Result.Kind != schema.KindUndefined {
		t, err := e.tm.fieldType(op.Result, false)
		if err != nil {
			e.fail(err)
			return
		}
		result = t
	}

	var body []Code
	if op.Kind == schema.OpSubscribe {
		body = append(body, e.subscribeBody(op, jsRef, resolve)...)
		params = append(params, Id("handler").Add(e.handlerType(op.Handler)))
		f.Add(docComment(fmt.Sprintf("%s subscribes handler with %s.", name, jsRef), op.Doc, op.Life))
		f.Func().Params(recv).Id(name).Params(params...).Params(Op("*").Id("Subscription"), Error()).Block(body...)
		f.Line()
		return
	}

	if resolve != nil {
		body = append(body, resolve(errReturn(result))...)
	}
	wArg := Nil()
	if len(op.Args) > 0 {
		body = append(body, Id(w).Op(":=").Qual(rt, "NewWriter").Call())
		body = append(body, writes...)
		wArg = Id(w)
	}
	// Every call shape is one runtime call: Invoke* decode a result with a
	// reader function, Exec* have none.
	callArgs := []Code{Lit(jsRef), Lit(e.wt.op[op]), thisExpr(resolve), wArg}
	var ret Code
	if result == nil {
		method := map[schema.OpKind]string{schema.OpSync: "Exec", schema.OpCallbacks: "ExecCallbacks", schema.OpPromise: "ExecAwait"}[op.Kind]
		if op.Kind != schema.OpSync {
			callArgs = append([]Code{Id("ctx")}, callArgs...)
		}
		ret = Id(pkgVar).Dot(method).Call(callArgs...)
	} else {
		dec, err := e.tm.readFuncOf(op.Result, false)
		if err != nil {
			e.fail(err)
			return
		}
		fn := map[schema.OpKind]string{schema.OpSync: "Invoke", schema.OpCallbacks: "InvokeCallbacks", schema.OpPromise: "InvokeAwait"}[op.Kind]
		callArgs = append(append([]Code{Id(pkgVar)}, callArgs...), dec)
		if op.Kind != schema.OpSync {
			callArgs = append([]Code{Id("ctx")}, callArgs...)
		}
		ret = Qual(rt, fn).Call(callArgs...)
	}
	body = append(body, Return(ret))

	first := fmt.Sprintf("%s calls %s.", name, jsRef)
	switch op.Kind {
	case schema.OpCallbacks:
		first = fmt.Sprintf("%s calls %s and waits for its success or failure callback, or for ctx to be done.", name, jsRef)
	case schema.OpPromise:
		first = fmt.Sprintf("%s calls %s and waits for the promise it returns, or for ctx to be done.", name, jsRef)
	}
	results := []Code{Error()}
	if result != nil {
		results = []Code{result, Error()}
	}
	f.Add(docComment(first, op.Doc, op.Life))
	f.Func().Params(recv).Id(name).Params(params...).Params(results...).Block(body...)
	f.Line()
}

// handlerType is the Go function type of an event handler.
func (e *emitter) handlerType(cb *schema.Callback) Code {
	var ps []Code
	for _, a := range cb.Args {
		t, err := e.tm.fieldType(a.Type, a.Optional)
		if err != nil {
			e.fail(err)
			return Func().Params()
		}
		ps = append(ps, t)
	}
	return Func().Params(ps...)
}

// subscribeBody returns the statements of an onX method: the handler's
// arguments are read from the wire (the JS side sends only those), then
// handler is called on the subscription's goroutine.
func (e *emitter) subscribeBody(op *schema.Operation, jsRef string, resolve resolver) []Code {
	rt := e.opts.Runtime
	var body []Code
	if resolve != nil {
		body = append(body, resolve([]Code{Return(Nil(), Err())})...)
	}
	cb := op.Handler
	rParam := Id("r").Add(e.tm.readerType())
	var decode, deliver Code
	switch len(cb.Args) {
	case 0:
		decode = Func().Params(e.tm.readerType()).Struct().Block(Return(Struct().Values()))
		deliver = Func().Params(Struct()).Block(Id("handler").Call())
	case 1:
		a := cb.Args[0]
		dec, err := e.tm.readFuncOf(a.Type, a.Optional)
		if err != nil {
			e.fail(err)
			return nil
		}
		decode = dec
		deliver = Id("handler")
	default:
		var fields, reads, call []Code
		for i, a := range cb.Args {
			t, err := e.tm.fieldType(a.Type, a.Optional)
			if err != nil {
				e.fail(err)
				return nil
			}
			val, err := e.tm.readExpr(a.Type, a.Optional, Id("r"))
			if err != nil {
				e.fail(err)
				return nil
			}
			fn := fmt.Sprintf("a%d", i)
			fields = append(fields, Id(fn).Add(t))
			reads = append(reads, Id("p").Dot(fn).Op("=").Add(val))
			call = append(call, Id("p").Dot(fn))
		}
		decode = Func().Params(rParam).Struct(fields...).Block(
			append(append([]Code{Var().Id("p").Struct(fields...)}, reads...), Return(Id("p")))...)
		deliver = Func().Params(Id("p").Struct(fields...)).Block(Id("handler").Call(call...))
	}
	body = append(body, Return(Qual(rt, "Listen").Call(Id(pkgVar), Lit(jsRef), Lit(e.wt.op[op]), thisExpr(resolve), decode, deliver)))
	return body
}
