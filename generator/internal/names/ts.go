package names

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// tsReserved are the words TypeScript does not accept as the name of a
// declaration or a parameter in a strict-mode declaration file: the
// ECMAScript reserved words, the strict-mode ones, and the TypeScript
// predefined type names (a class named "string" does not compile).
var tsReserved = map[string]bool{
	// ECMAScript reserved words.
	"break": true, "case": true, "catch": true, "class": true, "const": true,
	"continue": true, "debugger": true, "default": true, "delete": true, "do": true,
	"else": true, "enum": true, "export": true, "extends": true, "false": true,
	"finally": true, "for": true, "function": true, "if": true, "import": true,
	"in": true, "instanceof": true, "new": true, "null": true, "return": true,
	"super": true, "switch": true, "this": true, "throw": true, "true": true,
	"try": true, "typeof": true, "var": true, "void": true, "while": true,
	"with": true,
	// Strict mode and module code.
	"implements": true, "interface": true, "let": true, "package": true,
	"private": true, "protected": true, "public": true, "static": true,
	"yield": true, "await": true, "arguments": true, "eval": true,
	// TypeScript predefined types.
	"any": true, "unknown": true, "never": true, "object": true, "string": true,
	"number": true, "boolean": true, "symbol": true, "bigint": true,
	"undefined": true,
}

// TSIsIdentifier reports whether s is an ASCII JavaScript identifier name
// ([A-Za-z_$][A-Za-z0-9_$]*). Reserved words are identifier names too: they
// are fine as property keys but not as declaration names (see TSIsDeclName).
func TSIsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case i > 0 && '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return true
}

// TSIsDeclName reports whether s can name a TypeScript declaration (class,
// interface, enum, type alias, namespace, function): an identifier that is
// not a reserved word or a predefined type name.
func TSIsDeclName(s string) bool { return TSIsIdentifier(s) && !tsReserved[s] }

// TSParam turns an argument name into a TypeScript parameter name: the name
// itself, with "Arg" appended when it is a reserved word ("default" →
// defaultArg), and "arg" for a name that is not an identifier at all.
func TSParam(name string) string {
	if !TSIsIdentifier(name) {
		return "arg"
	}
	if tsReserved[name] {
		return name + "Arg"
	}
	return name
}

// TSFreshParam returns base, or base followed by as many underscores as
// needed to differ from every name in taken. It names parameters the
// generator inserts (the {success, failure} object) next to the schema's.
func TSFreshParam(base string, taken []string) string {
	name := base
	for {
		clash := false
		for _, t := range taken {
			if t == name {
				clash = true
				break
			}
		}
		if !clash {
			return name
		}
		name += "_"
	}
}

// TSPropertyKey renders a property, method or enum member name: the name
// itself when it is an identifier name (reserved words included, which
// TypeScript accepts as keys), otherwise a string literal ("agent-id" →
// "\"agent-id\"").
func TSPropertyKey(name string) string {
	if TSIsIdentifier(name) {
		return name
	}
	return TSStringLiteral(name)
}

// TSStringLiteral renders s as a double-quoted TypeScript string literal.
// Quotes, backslashes, control characters, U+2028/U+2029 (line terminators
// in JS) and "<" (so "</script>" cannot appear) are escaped as \uXXXX or
// the usual short escapes; invalid UTF-8 becomes U+FFFD.
func TSStringLiteral(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || r == '<' || r == 0x2028 || r == 0x2029:
			b.WriteString(`\u`)
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(strings.Repeat("0", 4-len(h)) + h)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
