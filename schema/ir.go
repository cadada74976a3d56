package schema

// This file holds the typed intermediate representation (IR) that every
// emitter reads. The IR is produced by Load from parsed WebIDL files; it is
// linked (every type reference resolved), validated, and sorted, so emitters
// never see an unresolved name and never have to sort anything themselves.

// Pos is a resolved source position. Line and Col are 1-based; Col counts
// bytes. The zero Pos means "no position".
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats p as file:line:col.
func (p Pos) String() string {
	if p.File == "" && p.Line == 0 {
		return "-"
	}
	return p.File + ":" + itoa(p.Line) + ":" + itoa(p.Col)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// API is a whole, linked schema.
//
// Every slice is sorted by Name (Namespaces by JSPath), so emitters can range
// over them directly and produce deterministic output.
type API struct {
	Namespaces   []*Namespace
	Interfaces   []*Interface
	Dictionaries []*Dictionary
	Enums        []*Enum
	Callbacks    []*Callback
	Typedefs     []*Typedef
}

// Lifecycle is the version history of a declaration or member, taken from
// the [Since], [Deprecated], [Replacement] and [Removed] extended attributes.
// Versions are validated semantic versions ("2.4.1"); empty means unknown.
type Lifecycle struct {
	Since       string // version that introduced it
	Deprecated  string // version that deprecated it; "" if not deprecated
	Replacement string // what to use instead, as written in [Replacement]; may be ""
	Removed     string // version that removed it; "" if still present
}

// IsDeprecated reports whether the declaration carries [Deprecated].
func (l Lifecycle) IsDeprecated() bool { return l.Deprecated != "" }

// Names holds the per-language name overrides given with [GoName] and
// [TSName]. Empty means "derive from the WebIDL name".
type Names struct {
	Go string
	TS string
}

// Doc is a doc comment in plain text: the content of a /** */ comment with
// the comment markers and leading " * " removed, paragraphs separated by a
// blank line. Validation rejects "*/", backticks and NUL in docs.
type Doc string

// Namespace is a WebIDL namespace bound to a JS object path with [JSPath],
// e.g. connect.core. Its operations are plain functions of that object.
type Namespace struct {
	Pos        Pos
	Name       string // WebIDL identifier, e.g. "Core"
	JSPath     string // e.g. "connect.core"
	Doc        Doc
	Names      Names
	Life       Lifecycle
	Operations []*Operation // sorted by Name
	Attributes []*Attribute // readonly data properties; sorted by Name
}

// Interface is a WebIDL interface: a live JS object handle (Agent, Contact,
// connections). Partial interfaces are merged into one Interface.
type Interface struct {
	Pos        Pos
	Name       string
	JSClass    string     // [JSClass] constructor path, e.g. "connect.Agent"; may be ""
	Inherits   *Interface // nil if none
	Doc        Doc
	Names      Names
	Life       Lifecycle
	Operations []*Operation // own operations only, sorted by Name
	Attributes []*Attribute // own attributes only, sorted by Name
}

// AllOperations returns the interface's operations including inherited ones,
// own operations overriding inherited ones of the same name, sorted by Name.
func (i *Interface) AllOperations() []*Operation {
	seen := map[string]bool{}
	var out []*Operation
	for it := i; it != nil; it = it.Inherits {
		for _, op := range it.Operations {
			if !seen[op.Name] {
				seen[op.Name] = true
				out = append(out, op)
			}
		}
	}
	sortByName(out, func(o *Operation) string { return o.Name })
	return out
}

// OpKind says which of the Streams call shapes an operation uses.
type OpKind int

const (
	// OpSync is a plain synchronous call: getters and fire-and-forget calls.
	OpSync OpKind = iota
	// OpCallbacks takes a {success, failure} object at argument index
	// Operation.CallbacksIndex; success data has type Operation.Result.
	OpCallbacks
	// OpPromise returns a Promise resolving to Operation.Result.
	OpPromise
	// OpSubscribe is an onX(handler) method returning {unsubscribe()}.
	// Operation.Handler is the callback type; Operation.Event is the bus name.
	OpSubscribe
)

// Operation is a method of an interface or a function of a namespace.
type Operation struct {
	Pos   Pos
	Name  string // JS name, e.g. "getNextState"
	Doc   Doc
	Names Names
	Life  Lifecycle
	Kind  OpKind
	// Args are the arguments a caller supplies, in JS order, excluding the
	// {success, failure} argument of OpCallbacks and the handler of
	// OpSubscribe.
	Args []*Argument
	// Result is the return type for OpSync, the success data type for
	// OpCallbacks and the resolved type for OpPromise (Undefined when there
	// is none). For OpSubscribe it is Undefined.
	Result *Type
	// CallbacksIndex is the JS argument position of the {success, failure}
	// object (OpCallbacks only).
	CallbacksIndex int
	// Handler is the callback invoked for each event (OpSubscribe only).
	Handler *Callback
	// Event is the event-bus name from [Event] (OpSubscribe only; may be "").
	Event string
}

// Argument is an operation argument.
type Argument struct {
	Pos      Pos
	Name     string
	Doc      Doc // from a /** */ comment before the argument
	Type     *Type
	Optional bool
	Variadic bool
	Default  *Value // nil if none
}

// Attribute is a readonly data property (e.g. connect.version).
type Attribute struct {
	Pos      Pos
	Name     string
	Doc      Doc
	Names    Names
	Life     Lifecycle
	Type     *Type
	ReadOnly bool
}

// Dictionary is a plain data record: an option bag passed to JS, or a
// record returned by a getter or handed to a handler.
type Dictionary struct {
	Pos      Pos
	Name     string
	Inherits *Dictionary
	Doc      Doc
	Names    Names
	Life     Lifecycle
	Members  []*Member // own members, sorted by Name
	// Usage says how the dictionary is used across the API, computed by Load:
	// Input when it is reachable from an argument, Output when reachable from
	// a result or a handler payload. Both may be set.
	Usage Usage
}

// AllMembers returns own and inherited members, sorted by Name.
func (d *Dictionary) AllMembers() []*Member {
	var out []*Member
	for it := d; it != nil; it = it.Inherits {
		out = append(out, it.Members...)
	}
	sortByName(out, func(m *Member) string { return m.Name })
	return out
}

// Usage is a bit set describing how a type is used.
type Usage uint8

const (
	Input  Usage = 1 << iota // passed from Go to JS
	Output                   // passed from JS to Go
)

// Member is a dictionary member.
type Member struct {
	Pos      Pos
	Name     string // JS property name
	Doc      Doc
	Names    Names
	Life     Lifecycle
	Type     *Type
	Required bool
	Default  *Value // nil if none
}

// Enum is a WebIDL enum: a set of string values. It is emitted as a named
// string type, so values the schema does not know survive a round trip.
type Enum struct {
	Pos    Pos
	Name   string
	JSPath string // [JSPath] of the runtime enum object, e.g. "connect.AgentStateType"; may be ""
	Doc    Doc
	Names  Names
	Life   Lifecycle
	Values []*EnumValue // in declaration order (the order of the Streams docs)
}

// EnumValue is one enum value.
type EnumValue struct {
	Pos   Pos
	Value string // the runtime string, e.g. "agent::init"
	// Name is the member name: [Name] if given (e.g. "INIT"), otherwise
	// derived from Value by the names package. Empty means "derive".
	Name  string
	Doc   Doc
	Names Names
	Life  Lifecycle
}

// Callback is a WebIDL callback function type, used for event handlers.
type Callback struct {
	Pos    Pos
	Name   string
	Doc    Doc
	Names  Names
	Life   Lifecycle
	Args   []*Argument
	Result *Type
}

// Typedef names a type. Typedefs are resolved during linking: every Type
// that referred to a typedef points at the typedef's target, with
// Type.Alias recording the typedef for documentation.
type Typedef struct {
	Pos  Pos
	Name string
	Doc  Doc
	Type *Type
}

// TypeKind classifies a Type.
type TypeKind int

const (
	KindInvalid    TypeKind = iota
	KindUndefined           // undefined (no value)
	KindAny                 // any
	KindObject              // object (opaque JS value)
	KindBoolean             // boolean
	KindNumber              // double, unrestricted double, float
	KindInteger             // byte, octet, short, long, long long (and unsigned)
	KindString              // DOMString, USVString, ByteString
	KindDate                // a JS Date, declared with [JSDate]
	KindSequence            // sequence<Elem>, FrozenArray<Elem>
	KindRecord              // record<DOMString, Elem>
	KindPromise             // Promise<Elem>
	KindUnion               // (A or B ...)
	KindEnum                // reference to an Enum
	KindDictionary          // reference to a Dictionary
	KindInterface           // reference to an Interface
	KindCallback            // reference to a Callback
)

// Type is a resolved type expression.
type Type struct {
	Pos      Pos
	Kind     TypeKind
	Nullable bool
	Elem     *Type   // Sequence, Record, Promise
	Union    []*Type // Union members, in source order
	// Exactly one of these is set for the reference kinds.
	Enum       *Enum
	Dictionary *Dictionary
	Interface  *Interface
	Callback   *Callback
	// Alias is the typedef this type was written as, if any.
	Alias *Typedef
	// IDL is the type as written in the schema, e.g. "sequence<Contact>?",
	// for documentation and error messages.
	IDL string
}

// Value is a literal default value.
type Value struct {
	Kind ValueKind
	Text string // the literal as written (strings without quotes)
}

// ValueKind classifies a default Value.
type ValueKind int

const (
	ValueString ValueKind = iota
	ValueNumber
	ValueBool
	ValueNull
	ValueEmptySequence // []
	ValueEmptyDict     // {}
)
