package conformance

import (
	"fmt"
	"slices"
	"sort"

	"github.com/streamsgen/streamsgen/schema"
)

// Kinds a check expects. Besides these, observed kinds are the JS typeof
// names ("function", "object", "string", ...).
const (
	kindAbsent  = "absent"  // not defined (undefined or a missing step)
	kindNull    = "null"    // null
	kindPresent = "present" // anything but absent
)

// Plan is the set of facts the schema states about the runtime, and the
// manifest of lookups needed to check them.
type Plan struct {
	Manifest Manifest
	checks   []check
	known    map[string]bool // runtime paths the schema describes
	// Unchecked lists, after Results, the attributes that could not be
	// checked because their class cannot be constructed outside a live CCP,
	// as "pos: subject (reason)".
	Unchecked []string
}

// check adds its results, each a fact with the schema position it comes
// from, what was wanted and what was observed. Wants are computed from the
// observation too, so that facts about the generated .d.ts (observed by the
// same script) fit.
type check func(o *Observation, add func(pos schema.Pos, subject, want, got string))

// NewPlan derives the checks from api. dts is the TypeScript declaration
// file generated from the same api; the runtime keys of each enum are
// compared with the member names it declares, which the generator derives
// from the schema.
func NewPlan(api *schema.API, dts []byte) *Plan {
	p := &Plan{known: map[string]bool{}}
	p.Manifest.DTS = string(dts)
	p.Manifest.Roots = []string{"connect"}
	paths := map[string]bool{}
	probe := func(path string) { paths[path] = true }

	// kindIs checks the kind found at path.
	kindIs := func(pos schema.Pos, subject, path, want string, normalize func(string) string) {
		probe(path)
		p.checks = append(p.checks, func(o *Observation, add func(schema.Pos, string, string, string)) {
			k := o.Kinds[path]
			if normalize != nil {
				k = normalize(k)
			}
			add(pos, subject, want, k)
		})
	}
	expect := func(pos schema.Pos, path string, life schema.Lifecycle, want string, normalize func(string) string) {
		p.known[path] = true
		if !present(life) {
			kindIs(pos, path+" ("+removedNote(life)+")", path, kindAbsent, nil)
			return
		}
		kindIs(pos, path, path, want, normalize)
	}

	for _, ns := range api.Namespaces {
		// A namespace may sit on a constructor (static members): any object.
		expect(ns.Pos, ns.JSPath, ns.Life, "object", objectLike)
		if present(ns.Life) {
			p.Manifest.Roots = append(p.Manifest.Roots, ns.JSPath)
		}
		for _, op := range ns.Operations {
			life := nested(ns.Life, op.Life)
			expect(op.Pos, ns.JSPath+"."+op.Name, life, "function", nil)
			p.event(op, life)
		}
		for _, a := range ns.Attributes {
			want, norm := attrKind(a.Type)
			expect(a.Pos, ns.JSPath+"."+a.Name, nested(ns.Life, a.Life), want, norm)
		}
	}

	for _, it := range api.Interfaces {
		if it.JSClass == "" {
			continue
		}
		expect(it.Pos, it.JSClass, it.Life, "function", nil)
		if present(it.Life) {
			p.Manifest.Classes = append(p.Manifest.Classes, it.JSClass)
		}
		if b := it.Inherits; b != nil && b.JSClass != "" && present(it.Life) && present(b.Life) {
			key := it.JSClass + " < " + b.JSClass
			p.Manifest.Chains = append(p.Manifest.Chains, [2]string{it.JSClass, b.JSClass})
			subject := it.JSClass + " inherits from " + b.JSClass
			p.checks = append(p.checks, func(o *Observation, add func(schema.Pos, string, string, string)) {
				add(it.Pos, subject, "true", fmt.Sprint(o.Chains[key]))
			})
		}
		// Own and inherited operations: the runtime defines each on this
		// prototype or on one up its chain.
		for _, op := range it.AllOperations() {
			life := nested(it.Life, op.Life)
			path := it.JSClass + ".prototype." + op.Name
			p.known[path] = true
			if !owns(it, op) {
				if present(life) {
					kindIs(op.Pos, path, path, "function", nil)
				}
				continue
			}
			expect(op.Pos, path, life, "function", nil)
			p.event(op, life)
		}
		p.instance(it)
	}

	for _, e := range api.Enums {
		if e.JSPath == "" {
			continue
		}
		expect(e.Pos, e.JSPath, e.Life, "object", nil)
		if !present(e.Life) {
			continue
		}
		p.enum(e)
	}

	for path := range paths {
		p.Manifest.Paths = append(p.Manifest.Paths, path)
	}
	sort.Strings(p.Manifest.Paths)
	sort.Strings(p.Manifest.Roots)
	sort.Strings(p.Manifest.Classes)
	return p
}

// instance checks the attributes of a class on an instance, when the
// constructor works outside a live CCP; the others are listed in
// Unchecked.
func (p *Plan) instance(it *schema.Interface) {
	var attrs []*schema.Attribute
	for i := it; i != nil; i = i.Inherits {
		attrs = append(attrs, i.Attributes...)
	}
	if len(attrs) == 0 || !present(it.Life) {
		return
	}
	probe := InstanceProbe{Class: it.JSClass}
	for _, a := range attrs {
		probe.Attrs = append(probe.Attrs, a.Name)
		if slices.Contains(it.Attributes, a) {
			p.known[it.JSClass+".prototype."+a.Name] = true
		}
	}
	p.Manifest.Instances = append(p.Manifest.Instances, probe)
	p.checks = append(p.checks, func(o *Observation, add func(schema.Pos, string, string, string)) {
		inst := o.Instances[it.JSClass]
		for _, a := range attrs {
			subject := fmt.Sprintf("new %s().%s", it.JSClass, a.Name)
			if inst.Error != "" || inst.Attrs == nil {
				p.Unchecked = append(p.Unchecked, fmt.Sprintf("%s: %s (cannot construct outside a live CCP: %s)", a.Pos, subject, inst.Error))
				continue
			}
			want := kindPresent
			if !present(nested(it.Life, a.Life)) {
				want, subject = kindAbsent, subject+" ("+removedNote(a.Life)+")"
			}
			add(a.Pos, subject, want, inst.Attrs[a.Name])
		}
	})
}

// enum checks that the runtime object holds exactly the schema's values, and
// that its keys are the member names the generated .d.ts declares.
func (p *Plan) enum(e *schema.Enum) {
	path := e.JSPath
	p.Manifest.Enums = append(p.Manifest.Enums, path)
	p.checks = append(p.checks, func(o *Observation, add func(schema.Pos, string, string, string)) {
		runtime := o.Enums[path]
		values := map[string]bool{}
		for _, v := range runtime {
			values[v] = true
		}
		inSchema := map[string]bool{}
		for _, v := range e.Values {
			inSchema[v.Value] = true
			want, subject := kindPresent, fmt.Sprintf("%s value %q", path, v.Value)
			if !present(v.Life) {
				want, subject = kindAbsent, subject+" ("+removedNote(v.Life)+")"
			}
			got := kindAbsent
			if values[v.Value] {
				got = kindPresent
			}
			add(v.Pos, subject, want, got)
		}
		// Values the runtime has and the schema lacks, at the enum.
		for v := range values {
			if !inSchema[v] {
				add(e.Pos, fmt.Sprintf("%s value %q", path, v), kindAbsent, kindPresent)
			}
		}
		// Keys: the generated TypeScript enum must name each value as the
		// runtime object does. Positions are the enum's: the .d.ts names
		// come from [Name] or from the value.
		dts := o.DTSEnums[path]
		if dts == nil {
			add(e.Pos, path+" in the generated .d.ts", "enum", kindAbsent)
		}
		keys := map[string]bool{}
		for k := range dts {
			keys[k] = true
		}
		for k := range runtime {
			keys[k] = true
		}
		for k := range keys {
			want, ok := dts[k]
			if !ok {
				want = kindAbsent
			}
			got, ok := runtime[k]
			if !ok {
				got = kindAbsent
			}
			add(e.Pos, fmt.Sprintf("%s.%s (generated .d.ts key vs runtime key)", path, k), want, got)
		}
	})
}

// event checks that the [Event] name of a present subscription is one the
// runtime uses.
func (p *Plan) event(op *schema.Operation, life schema.Lifecycle) {
	if op.Kind != schema.OpSubscribe || op.Event == "" || !present(life) {
		return
	}
	name := op.Event
	p.checks = append(p.checks, func(o *Observation, add func(schema.Pos, string, string, string)) {
		_, found := slices.BinarySearch(o.EventNames, name)
		add(op.Pos, fmt.Sprintf("[Event=%q] is a runtime event name", name), "true", fmt.Sprint(found))
	})
}

// Results evaluates every check against o. Keys are "file:line:col: subject"
// so that a diff of want against got names the schema position of every
// mismatch.
func (p *Plan) Results(o *Observation) (want, got map[string]string) {
	want, got = map[string]string{}, map[string]string{}
	p.Unchecked = nil
	for _, c := range p.checks {
		c(o, func(pos schema.Pos, subject, w, g string) {
			k := pos.String() + ": " + subject
			want[k], got[k] = w, g
		})
	}
	return want, got
}

// Lacking returns the runtime's public members that the schema does not
// describe, sorted.
func (p *Plan) Lacking(o *Observation) []string {
	var out []string
	for _, m := range o.Public {
		if !p.known[m] {
			out = append(out, m)
		}
	}
	return out
}

// owns reports whether op is declared on it itself rather than inherited.
func owns(it *schema.Interface, op *schema.Operation) bool {
	return slices.Contains(it.Operations, op)
}

// nested is the history of a member inside a declaration: it is absent
// whenever its owner is.
func nested(owner, member schema.Lifecycle) schema.Lifecycle {
	if !present(owner) {
		return owner
	}
	return member
}

func removedNote(l schema.Lifecycle) string {
	if l.Removed != "" {
		return "removed in " + l.Removed
	}
	return "since " + l.Since
}

// attrKind is the typeof an attribute's value must have; the normalizer
// maps observed kinds onto it where several are fine.
func attrKind(t *schema.Type) (string, func(string) string) {
	var want string
	switch t.Kind {
	case schema.KindString, schema.KindEnum:
		want = "string"
	case schema.KindBoolean:
		want = "boolean"
	case schema.KindNumber, schema.KindInteger:
		want = "number"
	default:
		return kindPresent, func(k string) string {
			if k == kindAbsent {
				return k
			}
			return kindPresent
		}
	}
	if t.Nullable {
		return want, func(k string) string {
			if k == kindNull {
				return want
			}
			return k
		}
	}
	return want, nil
}

// objectLike maps a function to "object": namespaces may be constructors
// that carry static members.
func objectLike(k string) string {
	if k == "function" {
		return "object"
	}
	return k
}
