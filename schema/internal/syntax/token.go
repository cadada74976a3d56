package syntax

import "strconv"

// Token is a lexical token of WebIDL.
//
// Keywords are not distinguished from identifiers by the scanner: WebIDL
// allows many keywords as argument names, so the parser decides by context.
type Token int

// The tokens.
const (
	ILLEGAL Token = iota
	EOF
	DOC // a /** ... */ doc comment; the literal is the raw comment text

	IDENT   // interface, Foo, _escaped
	INTEGER // 12, 0x1F, 017
	DECIMAL // 1.5, .5e3
	STRING  // "text" (the literal includes the quotes)

	LPAREN   // (
	RPAREN   // )
	LBRACK   // [
	RBRACK   // ]
	LBRACE   // {
	RBRACE   // }
	LT       // <
	GT       // >
	COMMA    // ,
	SEMI     // ;
	COLON    // :
	ASSIGN   // =
	QUESTION // ?
	ELLIPSIS // ...
	MINUS    // -
	DOT      // .
	OTHER    // any other ASCII punctuation, e.g. *
)

var tokenNames = [...]string{
	ILLEGAL:  "ILLEGAL",
	EOF:      "EOF",
	DOC:      "doc comment",
	IDENT:    "identifier",
	INTEGER:  "integer",
	DECIMAL:  "decimal",
	STRING:   "string",
	LPAREN:   "(",
	RPAREN:   ")",
	LBRACK:   "[",
	RBRACK:   "]",
	LBRACE:   "{",
	RBRACE:   "}",
	LT:       "<",
	GT:       ">",
	COMMA:    ",",
	SEMI:     ";",
	COLON:    ":",
	ASSIGN:   "=",
	QUESTION: "?",
	ELLIPSIS: "...",
	MINUS:    "-",
	DOT:      ".",
	OTHER:    "punctuation",
}

// String returns the token's spelling for punctuation and a description for
// the other tokens.
func (t Token) String() string {
	if t >= 0 && int(t) < len(tokenNames) {
		return tokenNames[t]
	}
	return "token(" + strconv.Itoa(int(t)) + ")"
}
