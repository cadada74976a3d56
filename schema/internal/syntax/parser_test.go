package syntax

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sexpr renders a syntax tree compactly, with doc comments and positions
// of names, for comparison in tests.
func sexpr(fset *FileSet, f *File) []string {
	var out []string
	pos := func(p Pos) string {
		pp := fset.Position(p)
		return fmt.Sprintf("%d:%d", pp.Line, pp.Column)
	}
	attrs := func(l *ExtAttrList) string {
		if l == nil {
			return ""
		}
		var parts []string
		for _, a := range l.List {
			s := a.Name.Name
			switch a.Form {
			case ExtAttrIdent:
				s += "=" + a.Ident.Name
			case ExtAttrString:
				s += "=" + a.String.Raw
			case ExtAttrIdentList:
				var ids []string
				for _, id := range a.List {
					ids = append(ids, id.Name)
				}
				s += "=(" + strings.Join(ids, ",") + ")"
			}
			parts = append(parts, s)
		}
		return "[" + strings.Join(parts, " ") + "] "
	}
	doc := func(c *Comment) string {
		if c == nil {
			return ""
		}
		return fmt.Sprintf(" doc=%q", c.Text())
	}
	args := func(list []*Argument) string {
		var parts []string
		for _, a := range list {
			s := attrs(a.Attrs)
			if a.Optional.IsValid() {
				s += "optional "
			}
			s += TypeString(a.Type)
			if a.Ellipsis.IsValid() {
				s += "..."
			}
			s += " " + a.Name.Name
			if a.Default != nil {
				s += fmt.Sprintf(" = %d:%s", a.Default.Kind, a.Default.Text)
			}
			parts = append(parts, s+doc(a.Doc))
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	members := func(list []Member) {
		for _, m := range list {
			switch m := m.(type) {
			case *Operation:
				out = append(out, fmt.Sprintf("  %s%s %s%s @%s%s", attrs(m.Attrs), TypeString(m.Result), m.Name.Name, args(m.Args), pos(m.Name.Pos()), doc(m.Doc)))
			case *Attribute:
				ro := ""
				if m.Readonly.IsValid() {
					ro = "readonly "
				}
				out = append(out, fmt.Sprintf("  %s%sattribute %s %s @%s%s", attrs(m.Attrs), ro, TypeString(m.Type), m.Name.Name, pos(m.Name.Pos()), doc(m.Doc)))
			}
		}
	}
	head := func(kw string, a *ExtAttrList, partial Pos, name, inherits *Ident, c *Comment) {
		s := attrs(a)
		if partial.IsValid() {
			s += "partial "
		}
		s += kw + " " + name.Name
		if inherits != nil {
			s += " : " + inherits.Name
		}
		out = append(out, s+" @"+pos(name.Pos())+doc(c))
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *InterfaceDecl:
			head("interface", d.Attrs, d.Partial, d.Name, d.Inherits, d.Doc)
			members(d.Members)
		case *NamespaceDecl:
			head("namespace", d.Attrs, d.Partial, d.Name, nil, d.Doc)
			members(d.Members)
		case *DictionaryDecl:
			head("dictionary", d.Attrs, d.Partial, d.Name, d.Inherits, d.Doc)
			for _, m := range d.Members {
				s := "  " + attrs(m.Attrs)
				if m.Required.IsValid() {
					s += "required "
				}
				s += TypeString(m.Type) + " " + m.Name.Name
				if m.Default != nil {
					s += fmt.Sprintf(" = %d:%s", m.Default.Kind, m.Default.Text)
				}
				out = append(out, s+doc(m.Doc))
			}
		case *EnumDecl:
			head("enum", d.Attrs, NoPos, d.Name, nil, d.Doc)
			for _, v := range d.Values {
				out = append(out, "  "+attrs(v.Attrs)+v.Value.Raw+" @"+pos(v.Value.Pos())+doc(v.Doc))
			}
		case *CallbackDecl:
			head("callback", d.Attrs, NoPos, d.Name, nil, d.Doc)
			out = append(out, "  = "+TypeString(d.Result)+" "+args(d.Args))
		case *TypedefDecl:
			head("typedef", d.Attrs, NoPos, d.Name, nil, d.Doc)
			out = append(out, "  = "+TypeString(d.Type))
		}
	}
	return out
}

func TestParse(t *testing.T) {
	src := `/** Namespace doc. */
[JSPath="connect.core"]
namespace Core {
  /** Op doc. */
  Promise<sequence<unsigned long long>?> f(/** Arg doc. */ optional DOMString s = "x", [Callbacks] Promise<undefined> cb, long... rest);
  readonly attribute unrestricted double d;
};
partial interface Agent {
  [Event="e", GoName=OnE] undefined onE(Handler h);
  attribute (long or [JSDate] object or record<DOMString, any>) u;
};
interface Agent : Base {};
dictionary D : P {
  /** Member doc. */
  required USVString a;
  [Since="1.0.0"] short b = -0x10;
  sequence<any> c = [];
  D d = {};
  boolean e = false;
  object? f = null;
  double g = -Infinity;
};
enum E {
  /** Value doc. */
  [Name=INIT] "agent::init",
  "b",
};
callback Handler = undefined (FrozenArray<ByteString> x, optional boolean y);
typedef [JSDate] object Date;
interface _interface {};
/** dangling: attached to nothing */
`
	want := []string{
		`[JSPath="connect.core"] namespace Core @3:11 doc="Namespace doc."`,
		`  Promise<sequence<unsigned long long>?> f(optional DOMString s = 0:x doc="Arg doc.", [Callbacks] Promise<undefined> cb, long... rest) @5:42 doc="Op doc."`,
		`  readonly attribute unrestricted double d @6:42`,
		`partial interface Agent @8:19`,
		`  [Event="e" GoName=OnE] undefined onE(Handler h) @9:37`,
		`  attribute (long or [JSDate] object or record<DOMString, any>) u @10:65`,
		`interface Agent : Base @12:11`,
		`dictionary D : P @13:12`,
		`  required USVString a doc="Member doc."`,
		`  [Since="1.0.0"] short b = 1:-0x10`,
		`  sequence<any> c = 4:[]`,
		`  D d = 5:{}`,
		`  boolean e = 2:false`,
		`  object? f = 3:null`,
		`  double g = 1:-Infinity`,
		`enum E @23:6`,
		`  [Name=INIT] "agent::init" @25:15 doc="Value doc."`,
		`  "b" @26:3`,
		`callback Handler @28:10`,
		`  = undefined (FrozenArray<ByteString> x, optional boolean y)`,
		`typedef Date @29:25`,
		`  = [JSDate] object`,
		`interface interface @30:11`,
	}
	fset := NewFileSet()
	f, err := ParseFile(fset, "t.webidl", []byte(src))
	if err != nil {
		t.Fatalf("ParseFile: %v", err)
	}
	if diff := cmp.Diff(want, sexpr(fset, f)); diff != "" {
		t.Errorf("tree (-want +got):\n%s", diff)
	}
}

// TestParseRecovery checks that the parser reports every error, sorted, and
// keeps the definitions and members it could parse.
func TestParseRecovery(t *testing.T) {
	src := `interface A {
  undefined ok1();
  undefined bad(;
  long long long x();
  undefined ok2();
};
dictionary D { long; long fine; };
garbage here;
enum E { "a", b };
interface B {
`
	fset := NewFileSet()
	f, err := ParseFile(fset, "t.webidl", []byte(src))
	wantErrs := []string{
		`t.webidl:3:17: expected type, found ";"`,
		`t.webidl:4:18: expected "(", found "x"`, // "long" is a valid operation name
		`t.webidl:7:20: expected identifier, found ";"`,
		`t.webidl:8:1: expected definition, found "garbage"`,
		`t.webidl:9:15: expected string, found "b"`,
		`t.webidl:11:1: expected "}", found end of file`,
	}
	var gotErrs []string
	for _, e := range err.(ErrorList) {
		gotErrs = append(gotErrs, e.Error())
	}
	if diff := cmp.Diff(wantErrs, gotErrs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	wantTree := []string{
		`interface A @1:11`,
		`  undefined ok1() @2:13`,
		`  undefined ok2() @5:13`,
		`dictionary D @7:12`,
		`  long fine`,
	}
	if diff := cmp.Diff(wantTree, sexpr(fset, f)); diff != "" {
		t.Errorf("tree (-want +got):\n%s", diff)
	}
}

// TestNodePositions checks Pos and End of a few nodes against the source.
func TestNodePositions(t *testing.T) {
	src := `[A] interface X { [B] readonly attribute sequence<long>? y; };`
	fset := NewFileSet()
	f, err := ParseFile(fset, "t.webidl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	text := func(n Node) string {
		file := fset.File(n.Pos())
		return src[file.Offset(n.Pos()):file.Offset(n.End())]
	}
	d := f.Decls[0].(*InterfaceDecl)
	a := d.Members[0].(*Attribute)
	got := []string{text(d), text(d.Attrs), text(a), text(a.Type), text(a.Type.(*NullableType).X)}
	want := []string{
		`[A] interface X { [B] readonly attribute sequence<long>? y; }`,
		`[A]`,
		`[B] readonly attribute sequence<long>? y`,
		`sequence<long>?`,
		`sequence<long>`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("node text (-want +got):\n%s", diff)
	}
}

// TestParseDeepNesting checks that hostile nesting is an error, not a
// stack overflow.
func TestParseDeepNesting(t *testing.T) {
	src := "typedef " + strings.Repeat("sequence<", 1000) + "long" + strings.Repeat(">", 1000) + " T;"
	_, err := ParseFile(NewFileSet(), "t.webidl", []byte(src))
	if err == nil || !strings.Contains(err.Error(), "type nested too deeply") {
		t.Errorf("err = %v, want type nested too deeply", err)
	}
}
