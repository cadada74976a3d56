package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// An ErrorHandler receives each error the scanner or parser finds.
type ErrorHandler func(pos Pos, msg string)

// A Scanner tokenizes WebIDL source. Whitespace and ordinary comments are
// skipped; doc comments are returned as DOC tokens. Identifiers, strings and
// numbers are checked as they are scanned.
type Scanner struct {
	file *SourceFile
	src  []byte
	err  ErrorHandler
	off  int

	// ErrorCount is the number of errors reported so far.
	ErrorCount int
}

// Init prepares s to scan src, which must be the contents of file. Errors go
// to err, which may be nil.
func (s *Scanner) Init(file *SourceFile, src []byte, err ErrorHandler) {
	if file.Size() != len(src) {
		panic("syntax: file size does not match source length")
	}
	*s = Scanner{file: file, src: src, err: err}
}

func (s *Scanner) error(off int, msg string) {
	s.ErrorCount++
	if s.err != nil {
		s.err(s.file.Pos(off), msg)
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isHex(c byte) bool    { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func (s *Scanner) peek(i int) byte {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return 0
}

// Scan returns the next token, its position, and its literal text (for
// IDENT, INTEGER, DECIMAL, STRING, DOC, OTHER and ILLEGAL). At the end of the
// input it returns EOF forever.
func (s *Scanner) Scan() (pos Pos, tok Token, lit string) {
	s.skipSpace()
	start := s.off
	pos = s.file.Pos(start)
	if s.off >= len(s.src) {
		return pos, EOF, ""
	}
	c := s.src[s.off]
	switch {
	case isLetter(c) || c == '_':
		return pos, IDENT, s.scanIdent()
	case isDigit(c) || c == '.' && isDigit(s.peek(1)):
		return s.scanNumber()
	case c == '"':
		return pos, STRING, s.scanString()
	case c == '/' && s.peek(1) == '*' && s.peek(2) == '*' && s.peek(3) != '/':
		return pos, DOC, s.scanBlockComment()
	}
	s.off++
	switch c {
	case '(':
		return pos, LPAREN, ""
	case ')':
		return pos, RPAREN, ""
	case '[':
		return pos, LBRACK, ""
	case ']':
		return pos, RBRACK, ""
	case '{':
		return pos, LBRACE, ""
	case '}':
		return pos, RBRACE, ""
	case '<':
		return pos, LT, ""
	case '>':
		return pos, GT, ""
	case ',':
		return pos, COMMA, ""
	case ';':
		return pos, SEMI, ""
	case ':':
		return pos, COLON, ""
	case '=':
		return pos, ASSIGN, ""
	case '?':
		return pos, QUESTION, ""
	case '-':
		return pos, MINUS, ""
	case '.':
		if s.peek(0) == '.' && s.peek(1) == '.' {
			s.off += 2
			return pos, ELLIPSIS, ""
		}
		return pos, DOT, ""
	}
	if c >= 0x21 && c < 0x7f {
		return pos, OTHER, string(c)
	}
	// Anything else is not WebIDL: report it once and skip the whole rune.
	r, size := utf8.DecodeRune(s.src[start:])
	s.off = start + size
	switch {
	case c == 0:
		s.error(start, "invalid character NUL")
	case r == utf8.RuneError && size == 1:
		s.error(start, "invalid UTF-8 encoding")
	default:
		s.error(start, fmt.Sprintf("invalid character %U", r))
	}
	return pos, ILLEGAL, string(s.src[start:s.off])
}

// skipSpace skips whitespace and comments other than doc comments.
func (s *Scanner) skipSpace() {
	for s.off < len(s.src) {
		switch c := s.src[s.off]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.off++
		case c == '/' && s.peek(1) == '/':
			for s.off < len(s.src) && s.src[s.off] != '\n' {
				s.off++
			}
		case c == '/' && s.peek(1) == '*' && (s.peek(2) != '*' || s.peek(3) == '/'):
			s.scanBlockComment()
		default:
			return
		}
	}
}

// scanBlockComment scans a /* */ comment starting at s.off and returns it.
func (s *Scanner) scanBlockComment() string {
	start := s.off
	end := strings.Index(string(s.src[start+2:]), "*/")
	if end < 0 {
		s.error(start, "comment not terminated")
		s.off = len(s.src)
	} else {
		s.off = start + 2 + end + 2
	}
	return string(s.src[start:s.off])
}

// scanIdent scans an identifier: _?[A-Za-z][0-9A-Za-z_]*. WebIDL also allows
// '-' inside identifiers; such names cannot become Go or TypeScript names,
// so they are scanned whole and rejected here.
func (s *Scanner) scanIdent() string {
	start := s.off
	for s.off < len(s.src) {
		c := s.src[s.off]
		if !isLetter(c) && !isDigit(c) && c != '_' && c != '-' {
			break
		}
		if c == '-' && !(isLetter(s.peek(1)) || isDigit(s.peek(1)) || s.peek(1) == '_') {
			break
		}
		s.off++
	}
	lit := string(s.src[start:s.off])
	body := strings.TrimPrefix(lit, "_")
	switch {
	case strings.Contains(lit, "-"):
		s.error(start, fmt.Sprintf("invalid identifier %s: '-' is not allowed in identifiers", lit))
	case body == "" || !isLetter(body[0]):
		s.error(start, fmt.Sprintf("invalid identifier %s: must start with a letter after at most one '_'", lit))
	}
	return lit
}

// scanNumber scans an integer or decimal literal (without sign).
func (s *Scanner) scanNumber() (Pos, Token, string) {
	start := s.off
	pos := s.file.Pos(start)
	digits := func(ok func(byte) bool) int {
		n := 0
		for s.off < len(s.src) && ok(s.src[s.off]) {
			s.off++
			n++
		}
		return n
	}
	tok := INTEGER
	if s.peek(0) == '0' && (s.peek(1) == 'x' || s.peek(1) == 'X') {
		s.off += 2
		if digits(isHex) == 0 {
			s.error(start, "hexadecimal literal has no digits")
		}
	} else {
		digits(isDigit)
		if s.peek(0) == '.' && s.peek(1) != '.' {
			tok = DECIMAL
			s.off++
			digits(isDigit)
		}
		if c := s.peek(0); c == 'e' || c == 'E' {
			tok = DECIMAL
			s.off++
			if c := s.peek(0); c == '+' || c == '-' {
				s.off++
			}
			if digits(isDigit) == 0 {
				s.error(start, "exponent has no digits")
			}
		}
	}
	// A number running into letters (12px) is one malformed token.
	if c := s.peek(0); isLetter(c) || c == '_' {
		digits(func(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' })
		s.error(start, fmt.Sprintf("invalid number %s", s.src[start:s.off]))
	}
	return pos, tok, string(s.src[start:s.off])
}

// scanString scans a "..." literal. WebIDL strings have no escapes; a
// newline before the closing quote is an error.
func (s *Scanner) scanString() string {
	start := s.off
	s.off++
	for {
		if s.off >= len(s.src) || s.src[s.off] == '\n' {
			s.error(start, "string literal not terminated")
			return string(s.src[start:s.off]) + `"`
		}
		if s.src[s.off] == '"' {
			s.off++
			return string(s.src[start:s.off])
		}
		s.off++
	}
}

// DocText returns the text of a /** ... */ comment: the markers removed, a
// leading "*" decoration and one following space removed from each line,
// trailing space trimmed, leading and trailing blank lines dropped, and runs
// of blank lines collapsed into one paragraph break.
func DocText(raw string) string {
	raw = strings.TrimPrefix(raw, "/**")
	raw = strings.TrimSuffix(raw, "*/")
	var lines []string
	for _, line := range strings.Split(raw, "\n") {
		line = strings.TrimLeft(line, " \t\r")
		if strings.HasPrefix(line, "*") {
			line = line[1:]
			if strings.HasPrefix(line, " ") {
				line = line[1:]
			}
		}
		line = strings.TrimRight(line, " \t\r")
		if line == "" && (len(lines) == 0 || lines[len(lines)-1] == "") {
			continue
		}
		lines = append(lines, line)
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
