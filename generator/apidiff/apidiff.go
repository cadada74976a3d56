// Package apidiff compares two versions of the Streams API, as two
// selections of one schema (two Streams releases) or as two schemas, and
// reports what was added, removed, deprecated and changed, saying which
// changes break Go code that calls the generated bindings.
package apidiff

import (
	"fmt"
	"slices"
	"strings"

	"github.com/streamsgen/streamsgen/generator/internal/names"
	"github.com/streamsgen/streamsgen/schema"
)

// Kind classifies a change.
type Kind int

const (
	Added Kind = iota
	Removed
	Deprecated
	Changed
)

func (k Kind) String() string {
	return [...]string{"Added", "Removed", "Deprecated", "Changed"}[k]
}

// Change is one difference between the old and the new API.
type Change struct {
	Kind Kind
	// Name is the schema name: "Agent", "Agent.getName", `AgentStateType."init"`.
	Name string
	// Go is the Go identifier the change concerns, e.g. "Agent.GetName".
	Go string
	// Detail says what changed (signatures, the replacement of a deprecated
	// member).
	Detail string
	// BreaksGo reports whether Go code compiled against the old bindings can
	// stop compiling against the new ones.
	BreaksGo bool
}

// entry is what the diff knows of one name in one API.
type entry struct {
	sig        string // signature, compared for Changed
	goName     string
	deprecated string
	replace    string
}

// Compare returns the changes from old to new, sorted by kind then name.
func Compare(old, new *schema.API) []Change {
	a, b := index(old), index(new)
	var out []Change
	for name, e := range b {
		o, ok := a[name]
		switch {
		case !ok:
			out = append(out, Change{Kind: Added, Name: name, Go: e.goName})
		case o.sig != e.sig:
			out = append(out, Change{Kind: Changed, Name: name, Go: e.goName,
				Detail: fmt.Sprintf("`%s` → `%s`", o.sig, e.sig), BreaksGo: true})
		}
		if ok && e.deprecated != "" && o.deprecated == "" {
			d := "since " + e.deprecated
			if e.replace != "" {
				d += ", use " + e.replace
			}
			out = append(out, Change{Kind: Deprecated, Name: name, Go: e.goName, Detail: d})
		}
	}
	for name, e := range a {
		if _, ok := b[name]; !ok {
			out = append(out, Change{Kind: Removed, Name: name, Go: e.goName, BreaksGo: true})
		}
	}
	slices.SortFunc(out, func(x, y Change) int {
		if x.Kind != y.Kind {
			return int(x.Kind - y.Kind)
		}
		return strings.Compare(x.Name, y.Name)
	})
	return out
}

func index(api *schema.API) map[string]entry {
	m := map[string]entry{}
	add := func(name, goName, sig string, l schema.Lifecycle) {
		m[name] = entry{sig: sig, goName: goName, deprecated: l.Deprecated, replace: l.Replacement}
	}
	for _, ns := range api.Namespaces {
		v := names.GoNamespaceVar(ns)
		add(ns.Name, v, "namespace "+ns.JSPath, ns.Life)
		for _, op := range ns.Operations {
			add(ns.Name+"."+op.Name, v+"."+names.GoMethod(op), opSig(op), op.Life)
		}
		for _, a := range ns.Attributes {
			add(ns.Name+"."+a.Name, v+"."+names.GoAttribute(a), "attribute "+a.Type.IDL, a.Life)
		}
	}
	for _, it := range api.Interfaces {
		t := names.GoType(it.Name, it.Names)
		sig := "interface"
		if it.Inherits != nil {
			sig += " : " + it.Inherits.Name
		}
		add(it.Name, t, sig, it.Life)
		for _, op := range it.Operations {
			add(it.Name+"."+op.Name, t+"."+names.GoMethod(op), opSig(op), op.Life)
		}
		for _, a := range it.Attributes {
			add(it.Name+"."+a.Name, t+"."+names.GoAttribute(a), "attribute "+a.Type.IDL, a.Life)
		}
	}
	for _, d := range api.Dictionaries {
		t := names.GoType(d.Name, d.Names)
		sig := "dictionary"
		if d.Inherits != nil {
			sig += " : " + d.Inherits.Name
		}
		add(d.Name, t, sig, d.Life)
		for _, mem := range d.Members {
			s := mem.Type.IDL
			if mem.Required {
				s = "required " + s
			}
			add(d.Name+"."+mem.Name, t+"."+names.GoField(mem), s, mem.Life)
		}
	}
	for _, e := range api.Enums {
		add(e.Name, names.GoType(e.Name, e.Names), "enum", e.Life)
		for _, v := range e.Values {
			add(fmt.Sprintf("%s.%q", e.Name, v.Value), names.GoEnumConst(e, v), "value", v.Life)
		}
	}
	for _, c := range api.Callbacks {
		var args []string
		for _, a := range c.Args {
			args = append(args, a.Type.IDL)
		}
		add(c.Name, names.GoType(c.Name, c.Names), "callback ("+strings.Join(args, ", ")+") "+c.Result.IDL, c.Life)
	}
	return m
}

// opSig renders an operation's signature as the schema writes it.
func opSig(op *schema.Operation) string {
	var args []string
	for _, a := range op.Args {
		s := a.Type.IDL
		if a.Optional {
			s = "optional " + s
		}
		if a.Variadic {
			s += "..."
		}
		args = append(args, s)
	}
	result := "undefined"
	if op.Result != nil && op.Result.IDL != "" {
		result = op.Result.IDL
	}
	switch op.Kind {
	case schema.OpCallbacks:
		return fmt.Sprintf("(%s) callbacks %s", strings.Join(args, ", "), result)
	case schema.OpPromise:
		return fmt.Sprintf("(%s) Promise<%s>", strings.Join(args, ", "), result)
	case schema.OpSubscribe:
		return "event " + op.Handler.Name
	}
	return fmt.Sprintf("(%s) %s", strings.Join(args, ", "), result)
}

// Markdown renders changes as a Markdown report titled with the two
// versions' labels.
func Markdown(oldLabel, newLabel string, changes []Change) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Streams API changes from %s to %s\n\n", oldLabel, newLabel)
	if len(changes) == 0 {
		b.WriteString("No changes.\n")
		return b.String()
	}
	breaking := 0
	for _, c := range changes {
		if c.BreaksGo {
			breaking++
		}
	}
	fmt.Fprintf(&b, "%d changes; %d break Go callers.\n", len(changes), breaking)
	for k := Added; k <= Changed; k++ {
		var rows []Change
		for _, c := range changes {
			if c.Kind == k {
				rows = append(rows, c)
			}
		}
		if len(rows) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n## %s (%d)\n\n", k, len(rows))
		for _, c := range rows {
			fmt.Fprintf(&b, "- `%s` (Go `%s`)", c.Name, c.Go)
			if c.Detail != "" {
				b.WriteString(": " + c.Detail)
			}
			if c.BreaksGo {
				b.WriteString(" **breaks Go callers**")
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}
