//go:build js && wasm

package runtime

import (
	"errors"
	"strings"
	"sync"
	"syscall/js"
)

// Path is a JavaScript object path such as "connect.core", resolved from
// globalThis on first successful use and cached from then on, so that a
// generated package can be initialized before the library is loaded.
type Path struct {
	dotted   string
	segments []string

	mu    sync.Mutex
	value js.Value
	found bool
}

// NewPath returns the path for a dotted name like "connect.core".
func NewPath(dotted string) *Path {
	return &Path{dotted: dotted, segments: strings.Split(dotted, ".")}
}

// String returns the dotted name.
func (p *Path) String() string { return p.dotted }

// Value resolves the path. Until every segment exists, it returns an error
// naming the first missing one and caches nothing.
func (p *Path) Value() (js.Value, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.found {
		return p.value, nil
	}
	v := js.Global()
	for i, seg := range p.segments {
		if t := v.Type(); t != js.TypeObject && t != js.TypeFunction {
			return js.Undefined(), errors.New("streamsgen runtime: " + p.dotted + ": " +
				strings.Join(p.segments[:i], ".") + " is " + t.String())
		}
		v = v.Get(seg)
		if v.IsUndefined() || v.IsNull() {
			return js.Undefined(), errors.New("streamsgen runtime: " + p.dotted + ": " +
				strings.Join(p.segments[:i+1], ".") + " is " + v.Type().String())
		}
	}
	p.value, p.found = v, true
	return v, nil
}
