package syntax

import (
	"fmt"
	"sort"
)

// Pos is a compact source position: an offset into the address space of a
// FileSet, as with go/token. The zero value NoPos means "no position".
type Pos int

// NoPos is the zero Pos.
const NoPos Pos = 0

// IsValid reports whether p is a real position.
func (p Pos) IsValid() bool { return p != NoPos }

// Position is a resolved source position. Line and Column are 1-based;
// Column counts bytes.
type Position struct {
	Filename string
	Offset   int // byte offset, 0-based
	Line     int
	Column   int
}

// IsValid reports whether the position is known.
func (p Position) IsValid() bool { return p.Line > 0 }

// String formats the position as file:line:col.
func (p Position) String() string {
	if !p.IsValid() {
		if p.Filename != "" {
			return p.Filename
		}
		return "-"
	}
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// A SourceFile is one source file registered in a FileSet.
type SourceFile struct {
	name  string
	base  int
	size  int
	lines []int // offsets of line starts; lines[0] == 0
}

// Name returns the file name given to FileSet.AddFile.
func (f *SourceFile) Name() string { return f.name }

// Base returns the Pos of the file's first byte.
func (f *SourceFile) Base() int { return f.base }

// Size returns the file's length in bytes.
func (f *SourceFile) Size() int { return f.size }

// Pos returns the Pos of the byte at offset, which must be in [0, Size()].
func (f *SourceFile) Pos(offset int) Pos {
	if offset < 0 || offset > f.size {
		panic("syntax: offset out of range")
	}
	return Pos(f.base + offset)
}

// Offset returns the byte offset of p within the file.
func (f *SourceFile) Offset(p Pos) int { return int(p) - f.base }

// Position resolves p, which must belong to this file.
func (f *SourceFile) Position(p Pos) Position {
	off := f.Offset(p)
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	return Position{Filename: f.name, Offset: off, Line: i + 1, Column: off - f.lines[i] + 1}
}

// A FileSet assigns each added file a disjoint range of Pos values, so that a
// single Pos identifies both a file and an offset within it.
type FileSet struct {
	base  int
	files []*SourceFile
}

// NewFileSet returns an empty FileSet.
func NewFileSet() *FileSet { return &FileSet{base: 1} }

// AddFile registers a file with the given name and contents and computes its
// line table.
func (s *FileSet) AddFile(name string, src []byte) *SourceFile {
	f := &SourceFile{name: name, base: s.base, size: len(src), lines: []int{0}}
	for i, c := range src {
		if c == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	s.base += len(src) + 1 // +1 so that the EOF position is unique to the file
	s.files = append(s.files, f)
	return f
}

// File returns the file containing p, or nil.
func (s *FileSet) File(p Pos) *SourceFile {
	i := sort.Search(len(s.files), func(i int) bool { return s.files[i].base > int(p) }) - 1
	if i < 0 || int(p) > s.files[i].base+s.files[i].size {
		return nil
	}
	return s.files[i]
}

// Position resolves p; it returns the zero Position for NoPos or a Pos that
// belongs to no file in the set.
func (s *FileSet) Position(p Pos) Position {
	if !p.IsValid() {
		return Position{}
	}
	if f := s.File(p); f != nil {
		return f.Position(p)
	}
	return Position{}
}
