package schema

// computeUsage sets Dictionary.Usage: Input for dictionaries reachable from
// operation arguments, Output for those reachable from results, attributes
// and handler payloads. Callback types flip direction for their arguments:
// a function Go hands to JS receives values from JS.
func computeUsage(api *API) {
	w := usageWalker{seen: map[any]Usage{}}
	ops := func(list []*Operation) {
		for _, op := range list {
			for _, a := range op.Args {
				w.typ(a.Type, Input)
			}
			w.typ(op.Result, Output)
			if op.Handler != nil {
				w.callback(op.Handler, Input)
			}
		}
	}
	attrs := func(list []*Attribute) {
		for _, a := range list {
			w.typ(a.Type, Output)
		}
	}
	for _, ns := range api.Namespaces {
		ops(ns.Operations)
		attrs(ns.Attributes)
	}
	for _, it := range api.Interfaces {
		ops(it.Operations)
		attrs(it.Attributes)
	}
}

type usageWalker struct {
	seen map[any]Usage // *Dictionary or *Callback → usages already walked
}

func (w *usageWalker) visit(key any, u Usage) bool {
	if w.seen[key]&u == u {
		return false
	}
	w.seen[key] |= u
	return true
}

func (w *usageWalker) typ(t *Type, u Usage) {
	if t == nil {
		return
	}
	switch t.Kind {
	case KindSequence, KindRecord, KindPromise:
		w.typ(t.Elem, u)
	case KindUnion:
		for _, m := range t.Union {
			w.typ(m, u)
		}
	case KindDictionary:
		w.dict(t.Dictionary, u)
	case KindCallback:
		w.callback(t.Callback, u)
	}
}

func (w *usageWalker) dict(d *Dictionary, u Usage) {
	if d == nil || !w.visit(d, u) {
		return
	}
	d.Usage |= u
	for _, m := range d.Members {
		w.typ(m.Type, u)
	}
	w.dict(d.Inherits, u)
}

func (w *usageWalker) callback(c *Callback, u Usage) {
	if c == nil || !w.visit(c, u) {
		return
	}
	flip := Usage(0)
	if u&Input != 0 {
		flip |= Output
	}
	if u&Output != 0 {
		flip |= Input
	}
	for _, a := range c.Args {
		w.typ(a.Type, flip)
	}
	w.typ(c.Result, u)
}
