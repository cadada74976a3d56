// Package syntax scans and parses WebIDL schema files into an abstract
// syntax tree, in the manner of go/scanner, go/parser and go/ast.
//
// The package knows the grammar only: it gives no meaning to extended
// attributes and resolves no names; package schema does that. Every node
// carries integer positions (Pos) that a FileSet resolves to file:line:col
// only when an error is reported. The parser recovers from errors and keeps
// going, so one call reports every syntax error in a file.
//
// A /** ... */ comment is a doc comment: it is attached to the definition,
// member, enum value or argument that immediately follows it. Other comments
// are ignored.
package syntax
