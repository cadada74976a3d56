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
	val, err := e.tm.decode(a.Type, false, Add(thisExpr(resolve)).Dot("Get").Call(Lit(a.Name)))
	if err != nil {
		e.fail(err)
		return
	}
	var body []Code
	if resolve != nil {
		body = append(body, resolve(errReturn(t))...)
	}
	body = append(body, Return(val, Nil()))
	f.Add(docComment(fmt.Sprintf("%s reads %s.%s.", name, jsRef, a.Name), a.Doc, a.Life))
	f.Func().Params(recv).Id(name).Params().Params(t, Error()).Block(body...)
	f.Line()
}

func (e *emitter) operation(f *File, recv *Statement, owner, jsRef string, op *schema.Operation, resolve resolver) {
	name := names.GoMethod(op)
	rt := e.opts.Runtime
	var params []Code
	if op.Kind == schema.OpCallbacks || op.Kind == schema.OpPromise {
		params = append(params, Id("ctx").Qual(contextPkg, "Context"))
	}
	var args []Code
	variadic := false
	for _, a := range op.Args {
		p := names.GoParam(a.Name)
		t, err := e.tm.fieldType(a.Type, a.Optional)
		if err != nil {
			e.fail(err)
			return
		}
		if a.Variadic {
			variadic = true
			params = append(params, Id(p).Op("...").Add(t))
			continue
		}
		params = append(params, Id(p).Add(t))
		enc, err := e.tm.encode(a.Type, a.Optional, Id(p))
		if err != nil {
			e.fail(err)
			return
		}
		args = append(args, enc)
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
	callArgs := []Code{Lit(jsRef), thisExpr(resolve), Lit(op.Name)}
	if variadic {
		last := op.Args[len(op.Args)-1]
		p := names.GoParam(last.Name)
		enc, err := e.tm.encode(last.Type, false, Id("e"))
		if err != nil {
			e.fail(err)
			return
		}
		body = append(body,
			Id("args").Op(":=").Index().Any().Values(args...),
			For(List(Id("_"), Id("e")).Op(":=").Range().Id(p)).Block(
				Id("args").Op("=").Append(Id("args"), enc),
			),
		)
		args = []Code{Id("args").Op("...")}
	}

	// errDeclared tracks whether err already exists, so the next assignment
	// that introduces no new variable uses = instead of :=.
	errDeclared := resolve != nil
	assign := func(lhs Code) *Statement {
		if result == nil && errDeclared {
			return List(Id("_"), Err()).Op("=")
		}
		errDeclared = true
		return List(lhs, Err()).Op(":=")
	}
	resVar := Id("res")
	if result == nil {
		resVar = Id("_")
	}
	switch op.Kind {
	case schema.OpSync:
		body = append(body, assign(resVar).Qual(rt, "Call").Call(append(callArgs, args...)...))
	case schema.OpCallbacks:
		cargs := append([]Code{Id("ctx")}, callArgs...)
		cargs = append(cargs, Lit(op.CallbacksIndex))
		body = append(body, assign(resVar).Qual(rt, "CallCallbacks").Call(append(cargs, args...)...))
	case schema.OpPromise:
		if errDeclared {
			body = append(body, List(Id("p"), Err()).Op(":=").Qual(rt, "Call").Call(append(callArgs, args...)...))
		} else {
			body = append(body, assign(Id("p")).Qual(rt, "Call").Call(append(callArgs, args...)...))
		}
		body = append(body,
			If(Err().Op("!=").Nil()).Block(errReturn(result)...),
			assign(resVar).Qual(rt, "Await").Call(Id("ctx"), Lit(jsRef), Id("p")),
		)
	}
	if result == nil {
		body = append(body, Return(Err()))
	} else {
		val, err := e.tm.decode(op.Result, false, Id("res"))
		if err != nil {
			e.fail(err)
			return
		}
		body = append(body, If(Err().Op("!=").Nil()).Block(errReturn(result)...), Return(val, Nil()))
	}

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

// subscribeBody returns the statements of an onX method: decode the
// handler's arguments inside the runtime's dispatcher, then call handler on
// the subscription's goroutine.
func (e *emitter) subscribeBody(op *schema.Operation, jsRef string, resolve resolver) []Code {
	rt := e.opts.Runtime
	var body []Code
	if resolve != nil {
		body = append(body, resolve([]Code{Return(Nil(), Err())})...)
	}
	cb := op.Handler
	argsParam := Id("args").Index().Qual(jsPkg, "Value")
	var payload, decodeBody, deliver Code
	switch len(cb.Args) {
	case 0:
		payload = Struct()
		decodeBody = Return(Struct().Values())
		deliver = Func().Params(Struct()).Block(Id("handler").Call())
	case 1:
		a := cb.Args[0]
		t, err := e.tm.fieldType(a.Type, a.Optional)
		if err != nil {
			e.fail(err)
			return nil
		}
		val, err := e.tm.decode(a.Type, a.Optional, Qual(rt, "Arg").Call(Id("args"), Lit(0)))
		if err != nil {
			e.fail(err)
			return nil
		}
		payload = t
		decodeBody = Return(val)
		deliver = Id("handler")
	default:
		var fields, vals, call []Code
		for i, a := range cb.Args {
			t, err := e.tm.fieldType(a.Type, a.Optional)
			if err != nil {
				e.fail(err)
				return nil
			}
			val, err := e.tm.decode(a.Type, a.Optional, Qual(rt, "Arg").Call(Id("args"), Lit(i)))
			if err != nil {
				e.fail(err)
				return nil
			}
			fn := fmt.Sprintf("a%d", i)
			fields = append(fields, Id(fn).Add(t))
			vals = append(vals, val)
			call = append(call, Id("p").Dot(fn))
		}
		payload = Struct(fields...)
		decodeBody = Return(Struct(fields...).Values(vals...))
		deliver = Func().Params(Id("p").Struct(fields...)).Block(Id("handler").Call(call...))
	}
	decode := Func().Params(argsParam).Add(payload).Block(decodeBody)
	body = append(body, Return(Qual(rt, "Subscribe").Call(Lit(jsRef), thisExpr(resolve), Lit(op.Name), decode, deliver)))
	return body
}
