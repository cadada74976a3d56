// Package names holds every identifier transform streamsgen applies: from
// the JS and WebIDL names of the schema to Go and TypeScript identifiers.
// Each function is pure and independent of the order in which it is called.
package names

import (
	"strings"
	"unicode"
)

// initialisms are the words written in upper case in Go identifiers, as Go
// style asks (ID, URL). The list is kept short and closed so that a JS name
// maps predictably to its Go name.
var initialisms = map[string]bool{
	"api": true, "arn": true, "html": true, "http": true, "https": true,
	"id": true, "ids": false, "json": true, "sdk": true, "ui": true,
	"uri": true, "url": true, "vdi": true,
}

// Words splits an identifier or enum value into words: at lower-to-upper
// case changes ("getNextState" → get, Next, State), before the last upper
// case letter of a run followed by a lower case one ("ARNValue" → ARN,
// Value), and at any character that is not a letter or digit
// ("agent::not_routable" → agent, not, routable).
func Words(s string) []string {
	var words []string
	rs := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, string(rs[start:end]))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsLower(prev) && unicode.IsUpper(r):
			flush(i)
			start = i
		case unicode.IsDigit(prev) && unicode.IsLetter(r) && unicode.IsUpper(r):
			flush(i)
			start = i
		case unicode.IsUpper(prev) && unicode.IsUpper(r) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			flush(i)
			start = i
		}
	}
	flush(len(rs))
	return words
}

// goWord renders one word of an exported Go identifier.
func goWord(w string) string {
	lw := strings.ToLower(w)
	if initialisms[lw] {
		return strings.ToUpper(lw)
	}
	if lw == "ids" {
		return "IDs"
	}
	rs := []rune(w)
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// GoExported turns a JS or WebIDL name into an exported Go identifier:
// each word capitalised, initialisms in upper case. A word already written
// in upper case keeps its case ("VDIPlatform" stays "VDIPlatform"), except
// in names with no lower case letter at all, which are SCREAMING_SNAKE
// constants and are title-cased ("NOT_ROUTABLE" → "NotRoutable").
//
//	getNextState  → GetNextState
//	isBarge       → IsBarge
//	getContactId  → GetContactID
//	agentStateARN → AgentStateARN
func GoExported(name string) string {
	shouting := strings.ToUpper(name) == name
	var b strings.Builder
	for _, w := range Words(name) {
		if shouting {
			w = strings.ToLower(w)
		}
		b.WriteString(goWord(w))
	}
	out := b.String()
	if out == "" {
		return "X"
	}
	if r := []rune(out)[0]; unicode.IsDigit(r) {
		out = "X" + out
	}
	return out
}

// GoUnexported turns a name into an unexported Go identifier with the given
// prefix: GoUnexported("decode", "AgentState") = "decodeAgentState".
func GoUnexported(prefix, name string) string {
	return prefix + GoExported(name)
}

// goKeywords are Go's reserved words; GoParam avoids them.
var goKeywords = map[string]bool{
	"break": true, "case": true, "chan": true, "const": true, "continue": true,
	"default": true, "defer": true, "else": true, "fallthrough": true, "for": true,
	"func": true, "go": true, "goto": true, "if": true, "import": true,
	"interface": true, "map": true, "package": true, "range": true, "return": true,
	"select": true, "struct": true, "switch": true, "type": true, "var": true,
	// Names the generated code itself uses in method bodies.
	"ctx": true, "v": true, "err": true, "res": true, "js": true, "rt": true,
	"time": true, "context": true, "h": true, "recv": true, "x": true,
	"args": true, "e": true, "this": true, "o": true, "zero": true,
	"handler": true, "p": true,
}

// GoParam turns an argument name into a Go parameter name that cannot clash
// with a keyword or with the names generated bodies use.
func GoParam(name string) string {
	ws := Words(name)
	if len(ws) == 0 {
		return "arg"
	}
	var b strings.Builder
	for i, w := range ws {
		if i == 0 {
			b.WriteString(strings.ToLower(w[:1]) + w[1:])
			continue
		}
		b.WriteString(goWord(w))
	}
	p := b.String()
	if goKeywords[p] {
		p += "Arg"
	}
	return p
}

// UpperSnake renders a name as UPPER_SNAKE_CASE, the style of Streams' own
// enum member names: "AfterCallWork" → AFTER_CALL_WORK.
func UpperSnake(name string) string {
	ws := Words(name)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w)
	}
	return strings.Join(ws, "_")
}
