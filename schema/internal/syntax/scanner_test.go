package syntax

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func scanAll(src string) (toks []string, errs []string) {
	fset := NewFileSet()
	f := fset.AddFile("t.webidl", []byte(src))
	var s Scanner
	s.Init(f, []byte(src), func(p Pos, msg string) { errs = append(errs, fset.Position(p).String()+": "+msg) })
	for {
		pos, tok, lit := s.Scan()
		p := fset.Position(pos)
		toks = append(toks, fmt.Sprintf("%d:%d %s %s", p.Line, p.Column, tok, lit))
		if tok == EOF {
			return toks, errs
		}
	}
}

func TestScanner(t *testing.T) {
	src := "interface _Foo : Bar { // comment\n" +
		"  /* block */ /** doc */ [A=(x, y)] long long f(optional double... x = -1.5e3, 0x1F, .5);\n" +
		"  \"str\" ? < > ... . }\n"
	want := []string{
		"1:1 identifier interface",
		"1:11 identifier _Foo",
		"1:16 : ",
		"1:18 identifier Bar",
		"1:22 { ",
		"2:15 doc comment /** doc */",
		"2:26 [ ",
		"2:27 identifier A",
		"2:28 = ",
		"2:29 ( ",
		"2:30 identifier x",
		"2:31 , ",
		"2:33 identifier y",
		"2:34 ) ",
		"2:35 ] ",
		"2:37 identifier long",
		"2:42 identifier long",
		"2:47 identifier f",
		"2:48 ( ",
		"2:49 identifier optional",
		"2:58 identifier double",
		"2:64 ... ",
		"2:68 identifier x",
		"2:70 = ",
		"2:72 - ",
		"2:73 decimal 1.5e3",
		"2:78 , ",
		"2:80 integer 0x1F",
		"2:84 , ",
		"2:86 decimal .5",
		"2:88 ) ",
		"2:89 ; ",
		`3:3 string "str"`,
		"3:9 ? ",
		"3:11 < ",
		"3:13 > ",
		"3:15 ... ",
		"3:19 . ",
		"3:21 } ",
		"4:1 EOF ",
	}
	got, errs := scanAll(src)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
	if len(errs) != 0 {
		t.Errorf("unexpected errors: %v", errs)
	}
}

func TestScannerErrors(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{"a-b", []string{"t.webidl:1:1: invalid identifier a-b: '-' is not allowed in identifiers"}},
		{"__x", []string{"t.webidl:1:1: invalid identifier __x: must start with a letter after at most one '_'"}},
		{"_1", []string{"t.webidl:1:1: invalid identifier _1: must start with a letter after at most one '_'"}},
		{"x \"abc\ny", []string{"t.webidl:1:3: string literal not terminated"}},
		{"/* open", []string{"t.webidl:1:1: comment not terminated"}},
		{"/** open", []string{"t.webidl:1:1: comment not terminated"}},
		{"\n  é", []string{"t.webidl:2:3: invalid character U+00E9"}},
		{"a\x00", []string{"t.webidl:1:2: invalid character NUL"}},
		{"\xff", []string{"t.webidl:1:1: invalid UTF-8 encoding"}},
		{"12px", []string{"t.webidl:1:1: invalid number 12px"}},
		{"0x", []string{"t.webidl:1:1: hexadecimal literal has no digits"}},
		{"1e+", []string{"t.webidl:1:1: exponent has no digits"}},
		{"/**/ // x\n/* y */", nil}, // /**/ is an empty ordinary comment
	} {
		_, errs := scanAll(tc.src)
		if diff := cmp.Diff(tc.want, errs); diff != "" {
			t.Errorf("scan %q: errors (-want +got):\n%s", tc.src, diff)
		}
	}
}

func TestDocText(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"/** one line */", "one line"},
		{"/**\n * First line\n * second line.\n *\n *\n * Next paragraph.\n */", "First line\nsecond line.\n\nNext paragraph."},
		{"/**   no stars\n     here */", "no stars\nhere"},
		{"/***/", ""},
		{"/**\n *  indented\n */", " indented"},
	} {
		if got := DocText(tc.raw); got != tc.want {
			t.Errorf("DocText(%q) = %q, want %q", tc.raw, got, tc.want)
		}
	}
}

func TestFileSetPositions(t *testing.T) {
	fset := NewFileSet()
	a := fset.AddFile("a", []byte("ab\ncd"))
	b := fset.AddFile("b", []byte("\nxyz"))
	for _, tc := range []struct {
		pos  Pos
		want string
	}{
		{a.Pos(0), "a:1:1"},
		{a.Pos(3), "a:2:1"},
		{a.Pos(5), "a:2:3"}, // EOF
		{b.Pos(0), "b:1:1"},
		{b.Pos(2), "b:2:2"},
		{NoPos, "-"},
	} {
		if got := fset.Position(tc.pos).String(); got != tc.want {
			t.Errorf("Position(%d) = %s, want %s", tc.pos, got, tc.want)
		}
	}
}
