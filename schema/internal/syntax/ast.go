package syntax

// A Node is any node of the syntax tree. Pos is the position of its first
// character and End the position just after its last.
type Node interface {
	Pos() Pos
	End() Pos
}

// File is a parsed WebIDL file.
type File struct {
	Name  string // as given to ParseFile
	Decls []Decl // in source order
}

// Comment is a doc comment.
type Comment struct {
	Slash Pos    // position of "/**"
	Raw   string // the comment as written, markers included
}

// Pos returns the position of "/**".
func (c *Comment) Pos() Pos { return c.Slash }

// End returns the position after "*/".
func (c *Comment) End() Pos { return c.Slash + Pos(len(c.Raw)) }

// Text returns the comment's text as computed by DocText.
func (c *Comment) Text() string {
	if c == nil {
		return ""
	}
	return DocText(c.Raw)
}

// Ident is an identifier. Name has WebIDL's escaping underscore removed
// (_interface is the name "interface").
type Ident struct {
	NamePos Pos
	Name    string
	Raw     string // as written
}

// Pos returns the start of the identifier.
func (x *Ident) Pos() Pos { return x.NamePos }

// End returns the position after the identifier.
func (x *Ident) End() Pos { return x.NamePos + Pos(len(x.Raw)) }

// BasicLit is a string or number literal.
type BasicLit struct {
	ValuePos Pos
	Kind     Token  // STRING, INTEGER or DECIMAL
	Raw      string // as written; strings include the quotes
}

// Pos returns the start of the literal.
func (x *BasicLit) Pos() Pos { return x.ValuePos }

// End returns the position after the literal.
func (x *BasicLit) End() Pos { return x.ValuePos + Pos(len(x.Raw)) }

// Value returns the literal's value; for strings, without the quotes.
func (x *BasicLit) Value() string {
	if x.Kind == STRING && len(x.Raw) >= 2 {
		return x.Raw[1 : len(x.Raw)-1]
	}
	return x.Raw
}

// ExtAttrList is a bracketed list of extended attributes, [A, B=c].
type ExtAttrList struct {
	Lbrack Pos
	List   []*ExtAttr
	Rbrack Pos
}

// Pos returns the position of "[".
func (x *ExtAttrList) Pos() Pos { return x.Lbrack }

// End returns the position after "]".
func (x *ExtAttrList) End() Pos { return x.Rbrack + 1 }

// ExtAttrForm says which form of extended attribute was written.
type ExtAttrForm int

// The supported extended attribute forms.
const (
	ExtAttrNoArgs    ExtAttrForm = iota // [A]
	ExtAttrIdent                        // [A=b]
	ExtAttrString                       // [A="b"]
	ExtAttrIdentList                    // [A=(b, c)]
)

// ExtAttr is one extended attribute.
type ExtAttr struct {
	Name   *Ident
	Form   ExtAttrForm
	Ident  *Ident    // ExtAttrIdent
	String *BasicLit // ExtAttrString
	List   []*Ident  // ExtAttrIdentList
	EndPos Pos
}

// Pos returns the start of the attribute name.
func (x *ExtAttr) Pos() Pos { return x.Name.Pos() }

// End returns the position after the attribute.
func (x *ExtAttr) End() Pos { return x.EndPos }

// Decl is a top-level definition.
type Decl interface {
	Node
	declNode()
}

// Definition kinds shared by interfaces, namespaces and dictionaries.

// InterfaceDecl is an interface or partial interface.
type InterfaceDecl struct {
	Doc       *Comment
	Attrs     *ExtAttrList // nil if none
	Partial   Pos          // position of "partial", or NoPos
	Interface Pos          // position of "interface"
	Name      *Ident
	Inherits  *Ident // nil if none
	Members   []Member
	Rbrace    Pos
}

// NamespaceDecl is a namespace or partial namespace.
type NamespaceDecl struct {
	Doc       *Comment
	Attrs     *ExtAttrList
	Partial   Pos
	Namespace Pos
	Name      *Ident
	Members   []Member
	Rbrace    Pos
}

// DictionaryDecl is a dictionary or partial dictionary.
type DictionaryDecl struct {
	Doc        *Comment
	Attrs      *ExtAttrList
	Partial    Pos
	Dictionary Pos
	Name       *Ident
	Inherits   *Ident
	Members    []*DictMember
	Rbrace     Pos
}

// EnumDecl is an enum.
type EnumDecl struct {
	Doc    *Comment
	Attrs  *ExtAttrList
	Enum   Pos
	Name   *Ident
	Values []*EnumValue
	Rbrace Pos
}

// EnumValue is one value of an enum, with our extension of extended
// attributes before the string.
type EnumValue struct {
	Doc   *Comment
	Attrs *ExtAttrList
	Value *BasicLit
}

// CallbackDecl is a callback function: callback Name = Result (Args);
type CallbackDecl struct {
	Doc      *Comment
	Attrs    *ExtAttrList
	Callback Pos
	Name     *Ident
	Result   Type
	Args     []*Argument
	Rparen   Pos
}

// TypedefDecl is a typedef: typedef Type Name;
type TypedefDecl struct {
	Doc     *Comment
	Attrs   *ExtAttrList
	Typedef Pos
	Type    Type
	Name    *Ident
}

func declStart(attrs *ExtAttrList, partial, kw Pos) Pos {
	if attrs != nil {
		return attrs.Pos()
	}
	if partial.IsValid() {
		return partial
	}
	return kw
}

// Pos returns the start of the declaration (its attributes, if any).
func (d *InterfaceDecl) Pos() Pos  { return declStart(d.Attrs, d.Partial, d.Interface) }
func (d *NamespaceDecl) Pos() Pos  { return declStart(d.Attrs, d.Partial, d.Namespace) }
func (d *DictionaryDecl) Pos() Pos { return declStart(d.Attrs, d.Partial, d.Dictionary) }
func (d *EnumDecl) Pos() Pos       { return declStart(d.Attrs, NoPos, d.Enum) }
func (d *CallbackDecl) Pos() Pos   { return declStart(d.Attrs, NoPos, d.Callback) }
func (d *TypedefDecl) Pos() Pos    { return declStart(d.Attrs, NoPos, d.Typedef) }

// End returns the position after the closing brace or parenthesis.
func (d *InterfaceDecl) End() Pos  { return d.Rbrace + 1 }
func (d *NamespaceDecl) End() Pos  { return d.Rbrace + 1 }
func (d *DictionaryDecl) End() Pos { return d.Rbrace + 1 }
func (d *EnumDecl) End() Pos       { return d.Rbrace + 1 }
func (d *CallbackDecl) End() Pos   { return d.Rparen + 1 }
func (d *TypedefDecl) End() Pos    { return d.Name.End() }

func (*InterfaceDecl) declNode()  {}
func (*NamespaceDecl) declNode()  {}
func (*DictionaryDecl) declNode() {}
func (*EnumDecl) declNode()       {}
func (*CallbackDecl) declNode()   {}
func (*TypedefDecl) declNode()    {}

// Member is a member of an interface or namespace: *Operation or
// *Attribute.
type Member interface {
	Node
	memberNode()
}

// Operation is a regular operation: Result Name(Args);
type Operation struct {
	Doc    *Comment
	Attrs  *ExtAttrList
	Result Type
	Name   *Ident
	Args   []*Argument
	Rparen Pos
}

// Attribute is an attribute member: [readonly] attribute Type Name;
type Attribute struct {
	Doc       *Comment
	Attrs     *ExtAttrList
	Readonly  Pos // position of "readonly", or NoPos
	Attribute Pos // position of "attribute"
	Type      Type
	Name      *Ident
}

// Pos returns the start of the operation.
func (m *Operation) Pos() Pos {
	if m.Attrs != nil {
		return m.Attrs.Pos()
	}
	return m.Result.Pos()
}

// End returns the position after ")".
func (m *Operation) End() Pos { return m.Rparen + 1 }

// Pos returns the start of the attribute.
func (m *Attribute) Pos() Pos { return declStart(m.Attrs, m.Readonly, m.Attribute) }

// End returns the position after the name.
func (m *Attribute) End() Pos { return m.Name.End() }

func (*Operation) memberNode() {}
func (*Attribute) memberNode() {}

// DictMember is a dictionary member: [required] Type Name [= Default];
type DictMember struct {
	Doc      *Comment
	Attrs    *ExtAttrList
	Required Pos // position of "required", or NoPos
	Type     Type
	Name     *Ident
	Default  *Value // nil if none
}

// Pos returns the start of the member.
func (m *DictMember) Pos() Pos { return declStart(m.Attrs, m.Required, m.Type.Pos()) }

// End returns the position after the name or default value.
func (m *DictMember) End() Pos {
	if m.Default != nil {
		return m.Default.End()
	}
	return m.Name.End()
}

// Argument is an operation or callback argument.
type Argument struct {
	Doc      *Comment
	Attrs    *ExtAttrList
	Optional Pos // position of "optional", or NoPos
	Type     Type
	Ellipsis Pos // position of "...", or NoPos
	Name     *Ident
	Default  *Value // nil if none
}

// Pos returns the start of the argument.
func (a *Argument) Pos() Pos { return declStart(a.Attrs, a.Optional, a.Type.Pos()) }

// End returns the position after the name or default value.
func (a *Argument) End() Pos {
	if a.Default != nil {
		return a.Default.End()
	}
	return a.Name.End()
}

// ValueKind classifies a default Value.
type ValueKind int

// The default value kinds.
const (
	ValueString        ValueKind = iota // "text"
	ValueNumber                         // 1, -2.5, 0x10, Infinity, -Infinity, NaN
	ValueBool                           // true, false
	ValueNull                           // null
	ValueEmptySequence                  // []
	ValueEmptyDict                      // {}
)

// Value is a default value.
type Value struct {
	ValuePos Pos
	Kind     ValueKind
	Text     string // as written; strings without quotes, numbers with sign
	EndPos   Pos
}

// Pos returns the start of the value.
func (v *Value) Pos() Pos { return v.ValuePos }

// End returns the position after the value.
func (v *Value) End() Pos { return v.EndPos }

// Type is a type expression: *NamedType, *GenericType, *UnionType,
// *NullableType or *AnnotatedType.
type Type interface {
	Node
	typeNode()
}

// NamedType is a built-in type (Keyword set; Name is the canonical spelling,
// e.g. "unsigned long long") or a reference to a definition.
type NamedType struct {
	NamePos Pos
	Name    string
	Keyword bool
	EndPos  Pos
}

// GenericType is sequence<T>, FrozenArray<T>, record<K, V> or Promise<T>.
type GenericType struct {
	NamePos Pos
	Name    string // "sequence", "FrozenArray", "record" or "Promise"
	Args    []Type
	Gt      Pos
}

// UnionType is (A or B or ...).
type UnionType struct {
	Lparen Pos
	Types  []Type
	Rparen Pos
}

// NullableType is T?.
type NullableType struct {
	X        Type
	Question Pos
}

// AnnotatedType is a type with extended attributes: [JSDate] object.
type AnnotatedType struct {
	Attrs *ExtAttrList
	X     Type
}

// Pos returns the start of the type.
func (t *NamedType) Pos() Pos     { return t.NamePos }
func (t *GenericType) Pos() Pos   { return t.NamePos }
func (t *UnionType) Pos() Pos     { return t.Lparen }
func (t *NullableType) Pos() Pos  { return t.X.Pos() }
func (t *AnnotatedType) Pos() Pos { return t.Attrs.Pos() }

// End returns the position after the type.
func (t *NamedType) End() Pos     { return t.EndPos }
func (t *GenericType) End() Pos   { return t.Gt + 1 }
func (t *UnionType) End() Pos     { return t.Rparen + 1 }
func (t *NullableType) End() Pos  { return t.Question + 1 }
func (t *AnnotatedType) End() Pos { return t.X.End() }

func (*NamedType) typeNode()     {}
func (*GenericType) typeNode()   {}
func (*UnionType) typeNode()     {}
func (*NullableType) typeNode()  {}
func (*AnnotatedType) typeNode() {}

// TypeString formats a type in canonical WebIDL spelling, e.g.
// "sequence<Contact>?" or "[JSDate] object".
func TypeString(t Type) string {
	switch t := t.(type) {
	case *NamedType:
		return t.Name
	case *GenericType:
		s := t.Name + "<"
		for i, a := range t.Args {
			if i > 0 {
				s += ", "
			}
			s += TypeString(a)
		}
		return s + ">"
	case *UnionType:
		s := "("
		for i, a := range t.Types {
			if i > 0 {
				s += " or "
			}
			s += TypeString(a)
		}
		return s + ")"
	case *NullableType:
		return TypeString(t.X) + "?"
	case *AnnotatedType:
		s := "["
		for i, a := range t.Attrs.List {
			if i > 0 {
				s += ", "
			}
			s += a.Name.Name
		}
		return s + "] " + TypeString(t.X)
	}
	return "<invalid>"
}
