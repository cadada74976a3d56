package schema

import (
	"fmt"

	"github.com/streamsgen/streamsgen/schema/internal/syntax"
)

// place is where an extended attribute is written.
type place int

const (
	placeNamespace place = 1 << iota
	placeInterface
	placeDictionary
	placeEnum
	placeCallback
	placeTypedef
	placeOperation
	placeAttribute
	placeMember
	placeArgument
	placeCallbackArg
	placeEnumValue
	placeType
	placePartial
)

var placeNames = map[place]string{
	placeNamespace:   "a namespace",
	placeInterface:   "an interface",
	placeDictionary:  "a dictionary",
	placeEnum:        "an enum",
	placeCallback:    "a callback",
	placeTypedef:     "a typedef",
	placeOperation:   "an operation",
	placeAttribute:   "an attribute",
	placeMember:      "a dictionary member",
	placeArgument:    "an argument",
	placeCallbackArg: "a callback argument",
	placeEnumValue:   "an enum value",
	placeType:        "a type",
	placePartial:     "a partial definition",
}

// placeTypeCarrier is where, as in WebIDL, an extended attribute that
// applies to types may be written before the member or argument and then
// applies to its type: [JSDate] object? when;
const placeTypeCarrier = placeAttribute | placeMember | placeArgument | placeCallbackArg

// placeHistory is everywhere a version history and name overrides mean
// something: declarations that become named things in the output, their
// members, and enum values.
const placeHistory = placeNamespace | placeInterface | placeDictionary | placeEnum |
	placeCallback | placeOperation | placeAttribute | placeMember | placeEnumValue

// form is the value syntax an extended attribute takes.
type form int

const (
	formNone          form = iota // [A]
	formString                    // [A="s"]
	formIdent                     // [A=b]
	formOptString                 // [A] or [A="s"]
	formStringOrIdent             // [A="s"] or [A=b]
)

type attrSpec struct {
	places  place
	form    form
	example string
}

// attrSpecs is the whole extended attribute vocabulary (docs/architecture.md).
var attrSpecs = map[string]attrSpec{
	"JSPath":      {placeNamespace | placeEnum, formString, `[JSPath="connect.core"]`},
	"JSClass":     {placeInterface, formString, `[JSClass="connect.Agent"]`},
	"Event":       {placeOperation, formOptString, `[Event="agent::refresh"]`},
	"Callbacks":   {placeArgument, formNone, `[Callbacks]`},
	"Since":       {placeHistory, formString, `[Since="1.2.3"]`},
	"Deprecated":  {placeHistory, formString, `[Deprecated="1.2.3"]`},
	"Removed":     {placeHistory, formString, `[Removed="1.2.3"]`},
	"Replacement": {placeHistory, formStringOrIdent, `[Replacement="other"]`},
	"GoName":      {placeHistory, formIdent, `[GoName=Foo]`},
	"TSName":      {placeHistory, formIdent, `[TSName=foo]`},
	"Name":        {placeEnumValue, formIdent, `[Name=INIT]`},
	"JSDate":      {placeType, formNone, `typedef [JSDate] object Date;`},
}

// attrSet holds the valid extended attributes of one node, by name.
type attrSet map[string]*syntax.ExtAttr

// has reports whether the attribute is present.
func (s attrSet) has(name string) bool { return s[name] != nil }

// value returns the attribute's string or identifier value, or "".
func (s attrSet) value(name string) string {
	a := s[name]
	switch {
	case a == nil:
		return ""
	case a.Form == syntax.ExtAttrString:
		return a.String.Value()
	case a.Form == syntax.ExtAttrIdent:
		return a.Ident.Name
	}
	return ""
}

// valuePos returns the position of the attribute's value, or of its name.
func (s attrSet) valuePos(name string) syntax.Pos {
	a := s[name]
	switch {
	case a.Form == syntax.ExtAttrString:
		return a.String.Pos()
	case a.Form == syntax.ExtAttrIdent:
		return a.Ident.Pos()
	}
	return a.Pos()
}

// attrs checks an extended attribute list written at the given place and
// returns the valid attributes. Each problem is reported at the attribute.
func (l *loader) attrs(list *syntax.ExtAttrList, at place) attrSet {
	set := attrSet{}
	if list == nil {
		return set
	}
	for _, a := range list.List {
		name := a.Name.Name
		spec, ok := attrSpecs[name]
		switch {
		case !ok:
			l.errorf(a.Pos(), "unknown extended attribute [%s]", name)
			continue
		case spec.places&at == 0 && !(spec.places&placeType != 0 && at&placeTypeCarrier != 0):
			l.errorf(a.Pos(), "[%s] does not apply to %s", name, placeNames[at])
			continue
		case set[name] != nil:
			l.errorf(a.Pos(), "duplicate extended attribute [%s]", name)
			continue
		}
		var good bool
		switch spec.form {
		case formNone:
			good = a.Form == syntax.ExtAttrNoArgs
		case formString:
			good = a.Form == syntax.ExtAttrString
		case formIdent:
			good = a.Form == syntax.ExtAttrIdent
		case formOptString:
			good = a.Form == syntax.ExtAttrNoArgs || a.Form == syntax.ExtAttrString
		case formStringOrIdent:
			good = a.Form == syntax.ExtAttrString || a.Form == syntax.ExtAttrIdent
		}
		if !good {
			l.errorf(a.Pos(), "malformed [%s]: write it as %s", name, spec.example)
			continue
		}
		if a.Form == syntax.ExtAttrString {
			l.checkString(a.String)
		}
		set[name] = a
	}
	return set
}

// checkString rejects string literals that are unsafe to copy into output.
func (l *loader) checkString(lit *syntax.BasicLit) {
	if why := unsafeText(lit.Value()); why != "" {
		l.errorf(lit.Pos(), "string %s contains %s", lit.Raw, why)
	}
}

// life reads and checks [Since], [Deprecated], [Removed] and [Replacement].
func (l *loader) life(set attrSet) Lifecycle {
	version := func(name string) string {
		if !set.has(name) {
			return ""
		}
		v := set.value(name)
		if !versionRE.MatchString(v) {
			l.errorf(set.valuePos(name), "invalid version %q in [%s]: want MAJOR.MINOR.PATCH, as in \"2.4.1\"", v, name)
			return ""
		}
		return v
	}
	lc := Lifecycle{
		Since:       version("Since"),
		Deprecated:  version("Deprecated"),
		Removed:     version("Removed"),
		Replacement: set.value("Replacement"),
	}
	earlier := func(later, name, first, firstName string) {
		if later != "" && first != "" && compareVersions(later, first) < 0 {
			l.errorf(set.valuePos(name), "[%s] version %s is earlier than [%s] version %s", name, later, firstName, first)
		}
	}
	earlier(lc.Deprecated, "Deprecated", lc.Since, "Since")
	earlier(lc.Removed, "Removed", lc.Since, "Since")
	earlier(lc.Removed, "Removed", lc.Deprecated, "Deprecated")
	if set.has("Replacement") && !set.has("Deprecated") {
		l.errorf(set["Replacement"].Pos(), "[Replacement] requires [Deprecated]")
	}
	return lc
}

// names reads [GoName] and [TSName].
func names(set attrSet) Names {
	return Names{Go: set.value("GoName"), TS: set.value("TSName")}
}

// jsPath reads and checks a [JSPath] or [JSClass] value.
func (l *loader) jsPath(set attrSet, name string) string {
	if !set.has(name) {
		return ""
	}
	v := set.value(name)
	if !jsPathRE.MatchString(v) {
		l.errorf(set.valuePos(name), "invalid JS path %q in [%s]: want dotted identifiers, as in \"connect.core\"", v, name)
		return ""
	}
	return v
}

func (l *loader) errorf(pos syntax.Pos, format string, args ...any) {
	l.errs.Add(l.pos(pos), fmt.Sprintf(format, args...))
}
