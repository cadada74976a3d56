package syntax

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseFile parses the WebIDL source src, registering it in fset under
// filename. It returns the syntax tree, which is complete as far as the
// parser could recover, and an ErrorList holding every syntax error (nil if
// there were none).
func ParseFile(fset *FileSet, filename string, src []byte) (*File, error) {
	p := &parser{file: fset.AddFile(filename, src)}
	p.sc.Init(p.file, src, p.error)
	p.next()
	f := &File{Name: filename}
	for p.tok != EOF {
		start := p.pos
		if d := p.parseDeclSafe(); d != nil {
			f.Decls = append(f.Decls, d)
		}
		if p.pos == start && p.tok != EOF {
			p.next() // guarantee progress
		}
	}
	p.errs.Sort()
	return f, p.errs.Err()
}

// maxDepth bounds the nesting of types and extended attributes, so hostile
// input cannot exhaust the stack.
const maxDepth = 100

type parser struct {
	file *SourceFile
	sc   Scanner
	errs ErrorList

	pos Pos
	tok Token
	lit string
	doc *Comment // doc comment immediately before the current token

	lastErr Pos // position of the last error, to avoid cascades
	depth   int
}

// bailout is raised by p.fail to abandon the current member or definition;
// the enclosing loop recovers and resynchronizes.
type bailout struct{}

func (p *parser) error(pos Pos, msg string) {
	if len(p.errs) > 0 && pos == p.lastErr {
		return // one error per position is enough
	}
	p.lastErr = pos
	p.errs.Add(p.file.Position(pos), msg)
}

// fail reports an error and abandons the current construct.
func (p *parser) fail(pos Pos, msg string) {
	p.error(pos, msg)
	panic(bailout{})
}

func (p *parser) found() string {
	switch p.tok {
	case EOF:
		return "end of file"
	case IDENT, INTEGER, DECIMAL, OTHER:
		return strconv.Quote(p.lit)
	case STRING:
		return "string " + p.lit
	}
	return strconv.Quote(p.tok.String())
}

func (p *parser) failExpected(what string) {
	p.fail(p.pos, fmt.Sprintf("expected %s, found %s", what, p.found()))
}

func (p *parser) next() {
	p.doc = nil
	for {
		p.pos, p.tok, p.lit = p.sc.Scan()
		switch p.tok {
		case DOC:
			p.doc = &Comment{Slash: p.pos, Raw: p.lit}
			continue
		case ILLEGAL:
			continue // already reported by the scanner
		}
		return
	}
}

func (p *parser) expect(tok Token) Pos {
	pos := p.pos
	if p.tok != tok {
		p.failExpected(strconv.Quote(tok.String()))
	}
	p.next()
	return pos
}

func (p *parser) got(tok Token) bool {
	if p.tok == tok {
		p.next()
		return true
	}
	return false
}

func (p *parser) isKeyword(kw string) bool { return p.tok == IDENT && p.lit == kw }

func (p *parser) gotKeyword(kw string) Pos {
	if p.isKeyword(kw) {
		pos := p.pos
		p.next()
		return pos
	}
	return NoPos
}

func (p *parser) expectKeyword(kw string) Pos {
	if !p.isKeyword(kw) {
		p.failExpected(strconv.Quote(kw))
	}
	pos := p.pos
	p.next()
	return pos
}

// reserved lists the words that cannot name a definition or be used as a
// type reference unless escaped with a leading underscore.
var reserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`any async attribute bigint boolean byte ByteString callback const
		constructor deleter dictionary DOMString double enum false float FrozenArray getter includes
		Infinity inherit interface iterable long maplike mixin namespace NaN null object
		ObservableArray octet optional or partial Promise readonly record required sequence setlike
		setter short static stringifier symbol true typedef undefined unrestricted unsigned
		USVString`) {
		reserved[w] = true
	}
}

func (p *parser) ident() *Ident {
	if p.tok != IDENT {
		p.failExpected("identifier")
	}
	x := &Ident{NamePos: p.pos, Name: strings.TrimPrefix(p.lit, "_"), Raw: p.lit}
	p.next()
	return x
}

// name parses the name of a definition, which must not be a keyword.
func (p *parser) name() *Ident {
	if p.tok == IDENT && reserved[p.lit] {
		// Report, but keep the name: the rest of the definition is
		// probably fine and worth checking.
		p.error(p.pos, fmt.Sprintf("keyword %s cannot be used as a name (escape it as _%s)", p.lit, p.lit))
	}
	return p.ident()
}

// ---------------------------------------------------------------------------
// Definitions

// recovering runs parse; if it bails out, recovering resynchronizes with
// sync and returns the zero T. Other panics are bugs and propagate.
func recovering[T any](parse func() T, sync func()) (res T) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			var zero T
			res = zero
			sync()
		}
	}()
	return parse()
}

func (p *parser) parseDeclSafe() Decl { return recovering(p.parseDecl, p.syncDecl) }

// syncDecl skips to the end of a broken definition: past the next ';' at
// brace depth 0, or up to a keyword that starts a definition.
func (p *parser) syncDecl() {
	depth := 0
	for p.tok != EOF {
		switch p.tok {
		case LBRACE:
			depth++
		case RBRACE:
			if depth > 0 {
				depth--
			}
		case SEMI:
			if depth == 0 {
				p.next()
				return
			}
		case IDENT:
			if depth == 0 && declKeywords[p.lit] {
				return
			}
		}
		p.next()
	}
}

var declKeywords = map[string]bool{
	"interface": true, "partial": true, "dictionary": true, "enum": true,
	"callback": true, "typedef": true, "namespace": true,
}

func (p *parser) parseDecl() Decl {
	doc := p.doc
	attrs := p.parseExtAttrsOpt()
	if doc == nil {
		doc = p.doc
	}
	if p.tok != IDENT {
		p.failExpected("definition")
	}
	switch p.lit {
	case "interface":
		kw := p.pos
		p.next()
		if p.isKeyword("mixin") {
			p.fail(p.pos, "interface mixins are not supported")
		}
		return p.parseInterface(doc, attrs, NoPos, kw)
	case "namespace":
		kw := p.pos
		p.next()
		return p.parseNamespace(doc, attrs, NoPos, kw)
	case "dictionary":
		kw := p.pos
		p.next()
		return p.parseDictionary(doc, attrs, NoPos, kw)
	case "partial":
		partial := p.pos
		p.next()
		kw := p.pos
		switch {
		case p.isKeyword("interface"):
			p.next()
			if p.isKeyword("mixin") {
				p.fail(p.pos, "interface mixins are not supported")
			}
			return p.parseInterface(doc, attrs, partial, kw)
		case p.isKeyword("namespace"):
			p.next()
			return p.parseNamespace(doc, attrs, partial, kw)
		case p.isKeyword("dictionary"):
			p.next()
			return p.parseDictionary(doc, attrs, partial, kw)
		}
		p.failExpected(`"interface", "namespace" or "dictionary"`)
	case "enum":
		return p.parseEnum(doc, attrs)
	case "callback":
		return p.parseCallback(doc, attrs)
	case "typedef":
		return p.parseTypedef(doc, attrs)
	}
	pos, lit := p.pos, p.lit
	p.next()
	if p.isKeyword("includes") {
		p.fail(pos, "includes statements are not supported")
	}
	p.fail(pos, fmt.Sprintf("expected definition, found %q", lit))
	return nil
}

func (p *parser) parseInheritance(partial Pos) *Ident {
	if p.tok != COLON {
		return nil
	}
	colon := p.pos
	p.next()
	x := p.name()
	if partial.IsValid() {
		p.error(colon, "a partial definition cannot declare inheritance")
	}
	return x
}

func (p *parser) parseInterface(doc *Comment, attrs *ExtAttrList, partial, kw Pos) *InterfaceDecl {
	d := &InterfaceDecl{Doc: doc, Attrs: attrs, Partial: partial, Interface: kw}
	d.Name = p.name()
	d.Inherits = p.parseInheritance(partial)
	d.Members, d.Rbrace = p.parseMembers(false)
	p.expect(SEMI)
	return d
}

func (p *parser) parseNamespace(doc *Comment, attrs *ExtAttrList, partial, kw Pos) *NamespaceDecl {
	d := &NamespaceDecl{Doc: doc, Attrs: attrs, Partial: partial, Namespace: kw}
	d.Name = p.name()
	if p.tok == COLON {
		p.fail(p.pos, "a namespace cannot declare inheritance")
	}
	d.Members, d.Rbrace = p.parseMembers(true)
	p.expect(SEMI)
	return d
}

func (p *parser) parseDictionary(doc *Comment, attrs *ExtAttrList, partial, kw Pos) *DictionaryDecl {
	d := &DictionaryDecl{Doc: doc, Attrs: attrs, Partial: partial, Dictionary: kw}
	d.Name = p.name()
	d.Inherits = p.parseInheritance(partial)
	p.expect(LBRACE)
	for p.tok != RBRACE && p.tok != EOF {
		start := p.pos
		if m := p.parseDictMemberSafe(); m != nil {
			d.Members = append(d.Members, m)
		}
		if p.pos == start && p.tok != RBRACE && p.tok != EOF {
			p.next()
		}
	}
	d.Rbrace = p.expect(RBRACE)
	p.expect(SEMI)
	return d
}

func (p *parser) parseEnum(doc *Comment, attrs *ExtAttrList) *EnumDecl {
	d := &EnumDecl{Doc: doc, Attrs: attrs, Enum: p.expectKeyword("enum")}
	d.Name = p.name()
	p.expect(LBRACE)
	for p.tok != RBRACE {
		v := &EnumValue{Doc: p.doc}
		v.Attrs = p.parseExtAttrsOpt()
		if v.Doc == nil {
			v.Doc = p.doc
		}
		if p.tok != STRING {
			p.failExpected("string")
		}
		v.Value = &BasicLit{ValuePos: p.pos, Kind: STRING, Raw: p.lit}
		p.next()
		d.Values = append(d.Values, v)
		if !p.got(COMMA) {
			break
		}
	}
	d.Rbrace = p.expect(RBRACE)
	p.expect(SEMI)
	return d
}

func (p *parser) parseCallback(doc *Comment, attrs *ExtAttrList) *CallbackDecl {
	d := &CallbackDecl{Doc: doc, Attrs: attrs, Callback: p.expectKeyword("callback")}
	if p.isKeyword("interface") {
		p.fail(p.pos, "callback interfaces are not supported")
	}
	d.Name = p.name()
	p.expect(ASSIGN)
	d.Result = p.parseType()
	d.Args, d.Rparen = p.parseArgs()
	p.expect(SEMI)
	return d
}

func (p *parser) parseTypedef(doc *Comment, attrs *ExtAttrList) *TypedefDecl {
	d := &TypedefDecl{Doc: doc, Attrs: attrs, Typedef: p.expectKeyword("typedef")}
	d.Type = p.parseType()
	d.Name = p.name()
	p.expect(SEMI)
	return d
}

// ---------------------------------------------------------------------------
// Members

// parseMembers parses "{ members }" and returns the members and the
// position of "}".
func (p *parser) parseMembers(namespace bool) ([]Member, Pos) {
	p.expect(LBRACE)
	var members []Member
	for p.tok != RBRACE && p.tok != EOF {
		start := p.pos
		if m := p.parseMemberSafe(); m != nil {
			members = append(members, m)
		}
		if p.pos == start && p.tok != RBRACE && p.tok != EOF {
			p.next()
		}
	}
	return members, p.expect(RBRACE)
}

// syncMember skips to the end of a broken member: past the next ';' or up
// to the '}' that closes the enclosing definition.
func (p *parser) syncMember() {
	depth := 0
	for p.tok != EOF {
		switch p.tok {
		case LBRACE:
			depth++
		case RBRACE:
			if depth == 0 {
				return
			}
			depth--
		case SEMI:
			if depth == 0 {
				p.next()
				return
			}
		}
		p.next()
	}
}

func (p *parser) parseMemberSafe() Member { return recovering(p.parseMember, p.syncMember) }

func (p *parser) parseDictMemberSafe() *DictMember {
	return recovering(p.parseDictMember, p.syncMember)
}

var unsupportedMembers = map[string]string{
	"const":       "constants are not supported",
	"static":      "static members are not supported",
	"stringifier": "stringifiers are not supported",
	"getter":      "special operations are not supported",
	"setter":      "special operations are not supported",
	"deleter":     "special operations are not supported",
	"constructor": "constructors are not supported",
	"iterable":    "iterable declarations are not supported",
	"async":       "async iterable declarations are not supported",
	"maplike":     "maplike declarations are not supported",
	"setlike":     "setlike declarations are not supported",
	"inherit":     "inherited attributes are not supported",
}

func (p *parser) parseMember() Member {
	doc := p.doc
	attrs := p.parseExtAttrsOpt()
	if doc == nil {
		doc = p.doc
	}
	if p.tok == IDENT {
		if msg, ok := unsupportedMembers[p.lit]; ok {
			p.fail(p.pos, msg)
		}
	}
	if p.isKeyword("readonly") || p.isKeyword("attribute") {
		a := &Attribute{Doc: doc, Attrs: attrs, Readonly: p.gotKeyword("readonly")}
		a.Attribute = p.expectKeyword("attribute")
		a.Type = p.parseType()
		a.Name = p.ident()
		p.expect(SEMI)
		return a
	}
	op := &Operation{Doc: doc, Attrs: attrs}
	op.Result = p.parseType()
	op.Name = p.ident()
	op.Args, op.Rparen = p.parseArgs()
	p.expect(SEMI)
	return op
}

func (p *parser) parseDictMember() *DictMember {
	m := &DictMember{Doc: p.doc}
	m.Attrs = p.parseExtAttrsOpt()
	if m.Doc == nil {
		m.Doc = p.doc
	}
	m.Required = p.gotKeyword("required")
	m.Type = p.parseType()
	m.Name = p.ident()
	if p.got(ASSIGN) {
		m.Default = p.parseDefault()
	}
	p.expect(SEMI)
	return m
}

// parseArgs parses "(args)" and returns the arguments and the position of
// ")".
func (p *parser) parseArgs() ([]*Argument, Pos) {
	p.expect(LPAREN)
	var args []*Argument
	for p.tok != RPAREN {
		args = append(args, p.parseArg())
		if !p.got(COMMA) {
			break
		}
		if p.tok == RPAREN {
			p.fail(p.pos, "trailing comma in argument list")
		}
	}
	return args, p.expect(RPAREN)
}

func (p *parser) parseArg() *Argument {
	a := &Argument{Doc: p.doc}
	a.Attrs = p.parseExtAttrsOpt()
	if a.Doc == nil {
		a.Doc = p.doc
	}
	a.Optional = p.gotKeyword("optional")
	a.Type = p.parseType()
	if p.tok == ELLIPSIS {
		a.Ellipsis = p.pos
		p.next()
		if a.Optional.IsValid() {
			p.error(a.Ellipsis, "a variadic argument cannot be optional")
		}
	}
	a.Name = p.ident()
	if p.tok == ASSIGN {
		if !a.Optional.IsValid() {
			p.error(p.pos, "only optional arguments can have a default value")
		}
		p.next()
		a.Default = p.parseDefault()
	}
	return a
}

func (p *parser) parseDefault() *Value {
	v := &Value{ValuePos: p.pos}
	switch {
	case p.tok == STRING:
		v.Kind, v.Text = ValueString, p.lit[1:len(p.lit)-1]
	case p.tok == INTEGER || p.tok == DECIMAL || p.isKeyword("Infinity") || p.isKeyword("NaN"):
		v.Kind, v.Text = ValueNumber, p.lit
	case p.tok == MINUS:
		p.next()
		if !(p.tok == INTEGER || p.tok == DECIMAL || p.isKeyword("Infinity")) {
			p.failExpected("number")
		}
		v.Kind, v.Text = ValueNumber, "-"+p.lit
	case p.isKeyword("true") || p.isKeyword("false"):
		v.Kind, v.Text = ValueBool, p.lit
	case p.isKeyword("null"):
		v.Kind, v.Text = ValueNull, p.lit
	case p.tok == LBRACK:
		p.next()
		if p.tok != RBRACK {
			p.failExpected(`"]" (only [] is allowed as a sequence default)`)
		}
		v.Kind, v.Text = ValueEmptySequence, "[]"
	case p.tok == LBRACE:
		p.next()
		if p.tok != RBRACE {
			p.failExpected(`"}" (only {} is allowed as a dictionary default)`)
		}
		v.Kind, v.Text = ValueEmptyDict, "{}"
	default:
		p.failExpected("default value")
	}
	v.EndPos = p.pos + Pos(len(p.lit))
	if p.tok == RBRACK || p.tok == RBRACE {
		v.EndPos = p.pos + 1
	}
	p.next()
	return v
}

// ---------------------------------------------------------------------------
// Extended attributes

func (p *parser) parseExtAttrsOpt() *ExtAttrList {
	if p.tok != LBRACK {
		return nil
	}
	l := &ExtAttrList{Lbrack: p.pos}
	p.next()
	if p.tok == RBRACK {
		p.fail(p.pos, "empty extended attribute list")
	}
	for {
		l.List = append(l.List, p.parseExtAttr())
		if !p.got(COMMA) {
			break
		}
	}
	l.Rbrack = p.expect(RBRACK)
	return l
}

func (p *parser) parseExtAttr() *ExtAttr {
	a := &ExtAttr{Name: p.ident()}
	a.EndPos = a.Name.End()
	if p.tok == LPAREN {
		p.fail(p.pos, "extended attributes with argument lists are not supported")
	}
	if !p.got(ASSIGN) {
		return a
	}
	switch p.tok {
	case IDENT:
		a.Form, a.Ident = ExtAttrIdent, p.ident()
		a.EndPos = a.Ident.End()
		if p.tok == LPAREN {
			p.fail(p.pos, "extended attributes with argument lists are not supported")
		}
	case STRING:
		a.Form, a.String = ExtAttrString, &BasicLit{ValuePos: p.pos, Kind: STRING, Raw: p.lit}
		a.EndPos = a.String.End()
		p.next()
	case LPAREN:
		a.Form = ExtAttrIdentList
		p.next()
		for {
			a.List = append(a.List, p.ident())
			if !p.got(COMMA) {
				break
			}
		}
		a.EndPos = p.expect(RPAREN) + 1
	default:
		p.failExpected("identifier, string or (identifier list)")
	}
	return a
}

// ---------------------------------------------------------------------------
// Types

var builtinTypes = map[string]bool{
	"any": true, "object": true, "symbol": true, "undefined": true, "boolean": true,
	"byte": true, "octet": true, "bigint": true, "float": true, "double": true, "short": true,
	"DOMString": true, "USVString": true, "ByteString": true,
}

func (p *parser) parseType() Type {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		p.fail(p.pos, "type nested too deeply")
	}
	if p.tok == LBRACK {
		attrs := p.parseExtAttrsOpt()
		if p.tok == LBRACK {
			p.fail(p.pos, "a type can have only one extended attribute list")
		}
		return &AnnotatedType{Attrs: attrs, X: p.parseType()}
	}
	var t Type
	switch p.tok {
	case LPAREN:
		u := &UnionType{Lparen: p.pos}
		p.next()
		u.Types = append(u.Types, p.parseType())
		for p.isKeyword("or") {
			p.next()
			u.Types = append(u.Types, p.parseType())
		}
		if len(u.Types) < 2 {
			p.failExpected(`"or"`)
		}
		u.Rparen = p.expect(RPAREN)
		t = u
	case IDENT:
		t = p.parseNamedType()
	default:
		p.failExpected("type")
	}
	if p.tok == QUESTION {
		t = &NullableType{X: t, Question: p.pos}
		p.next()
	}
	return t
}

func (p *parser) parseNamedType() Type {
	start, lit := p.pos, p.lit
	end := func() Pos { return p.pos + Pos(len(p.lit)) }
	named := func(name string, e Pos) *NamedType {
		return &NamedType{NamePos: start, Name: name, Keyword: true, EndPos: e}
	}
	switch lit {
	case "unsigned":
		p.next()
		switch {
		case p.isKeyword("short"):
			e := end()
			p.next()
			return named("unsigned short", e)
		case p.isKeyword("long"):
			e := end()
			p.next()
			if p.isKeyword("long") {
				e = end()
				p.next()
				return named("unsigned long long", e)
			}
			return named("unsigned long", e)
		}
		p.failExpected(`"short" or "long"`)
	case "unrestricted":
		p.next()
		if p.isKeyword("float") || p.isKeyword("double") {
			name, e := "unrestricted "+p.lit, end()
			p.next()
			return named(name, e)
		}
		p.failExpected(`"float" or "double"`)
	case "long":
		e := end()
		p.next()
		if p.isKeyword("long") {
			e = end()
			p.next()
			return named("long long", e)
		}
		return named("long", e)
	case "sequence", "FrozenArray", "ObservableArray", "Promise", "record":
		p.next()
		g := &GenericType{NamePos: start, Name: lit}
		p.expect(LT)
		g.Args = append(g.Args, p.parseType())
		if lit == "record" {
			p.expect(COMMA)
			g.Args = append(g.Args, p.parseType())
		}
		g.Gt = p.expect(GT)
		return g
	}
	if builtinTypes[lit] {
		e := end()
		p.next()
		return named(lit, e)
	}
	if reserved[lit] {
		p.failExpected("type")
	}
	x := p.ident()
	return &NamedType{NamePos: x.NamePos, Name: x.Name, EndPos: x.End()}
}
