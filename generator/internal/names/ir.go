package names

import "github.com/streamsgen/streamsgen/schema"

// pick returns the override when set, otherwise the derived name.
func pick(override, derived string) string {
	if override != "" {
		return override
	}
	return derived
}

// GoType is the Go type name of a named declaration (interface, dictionary,
// enum, callback).
func GoType(name string, n schema.Names) string { return pick(n.Go, GoExported(name)) }

// GoNamespaceVar is the package-level variable through which a namespace's
// functions are called: connect.core.initCCP is Core.InitCCP.
func GoNamespaceVar(ns *schema.Namespace) string { return pick(ns.Names.Go, GoExported(ns.Name)) }

// GoNamespaceType is the type of GoNamespaceVar.
func GoNamespaceType(ns *schema.Namespace) string { return GoNamespaceVar(ns) + "Namespace" }

// GoMethod is the Go method name of an operation: getNextState is
// GetNextState.
func GoMethod(op *schema.Operation) string { return pick(op.Names.Go, GoExported(op.Name)) }

// GoAttribute is the Go getter name of an attribute.
func GoAttribute(a *schema.Attribute) string { return pick(a.Names.Go, GoExported(a.Name)) }

// GoField is the Go struct field name of a dictionary member.
func GoField(m *schema.Member) string { return pick(m.Names.Go, GoExported(m.Name)) }

// GoEnumConst is the Go constant name of an enum value: the enum's Go name
// followed by the value's name, AgentStateTypeRoutable.
func GoEnumConst(e *schema.Enum, v *schema.EnumValue) string {
	return GoType(e.Name, e.Names) + pick(v.Names.Go, GoExported(pick(v.Name, v.Value)))
}

// TSType is the TypeScript name of a named declaration.
func TSType(name string, n schema.Names) string { return pick(n.TS, name) }

// TSMember is the TypeScript name of an operation, attribute or member:
// the JS name itself unless overridden.
func TSMember(name string, n schema.Names) string { return pick(n.TS, name) }

// TSEnumMember is the key of an enum value in the runtime enum object, as
// Streams writes it: [Name] when given, otherwise the value in
// UPPER_SNAKE_CASE ("not_routable" is NOT_ROUTABLE).
func TSEnumMember(v *schema.EnumValue) string {
	return pick(v.Names.TS, pick(v.Name, UpperSnake(v.Value)))
}

// GoUnionField is the name of the field that holds one alternative of a
// union in its Go struct: the alternative's Go type in words (String, Int,
// Float64, Bool, Time, Value, the declaration's name), with List for a
// sequence and Map for a record (StringList, AgentStateMap).
func GoUnionField(t *schema.Type) string {
	switch t.Kind {
	case schema.KindString:
		return "String"
	case schema.KindInteger:
		return "Int"
	case schema.KindNumber:
		return "Float64"
	case schema.KindBoolean:
		return "Bool"
	case schema.KindDate:
		return "Time"
	case schema.KindEnum:
		return GoType(t.Enum.Name, t.Enum.Names)
	case schema.KindDictionary:
		return GoType(t.Dictionary.Name, t.Dictionary.Names)
	case schema.KindInterface:
		return GoType(t.Interface.Name, t.Interface.Names)
	case schema.KindCallback:
		return GoType(t.Callback.Name, t.Callback.Names)
	case schema.KindSequence:
		return GoUnionField(t.Elem) + "List"
	case schema.KindRecord:
		return GoUnionField(t.Elem) + "Map"
	case schema.KindUnion:
		return "Union"
	}
	return "Value"
}
