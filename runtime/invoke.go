//go:build js && wasm

package runtime

import (
	"context"
	"errors"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall/js"
	"unsafe"
)

// Package is a generated package's registration with the JS side: the spec
// of its records, unions and operations (see wire.go and runtime.js), sent
// once, on first use. Generated code names operations by their index in the
// spec.
type Package struct {
	spec string

	mu    sync.Mutex
	ok    atomic.Bool
	base  float64 // number of the package's first operation on the JS side
	boxed []any   // base + m as an interface value, for the first operations
}

// NewPackage returns the registration of a package with the given spec, a
// JSON object {"o", "i": records out of and into JS, "uo", "ui": unions out
// of and into JS, "m": operations}.
func NewPackage(spec string) *Package { return &Package{spec: spec} }

// op returns the JS-side number of operation m, boxed (numbers of the
// first operations are boxed once, to spare an allocation per call).
func (p *Package) op(op string, m int) (any, error) {
	if err := ready(op); err != nil {
		return nil, err
	}
	if !p.ok.Load() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if !p.ok.Load() {
			var base js.Value
			if err := protect(op+": registering the package with the JS side", func() { base = jsSetup.Invoke(p.spec) }); err != nil {
				return nil, err
			}
			p.base = base.Float()
			// The spec has a line per operation (and per record): enough.
			p.boxed = make([]any, min(strings.Count(p.spec, "\n")+1, 4096))
			for i := range p.boxed {
				p.boxed[i] = p.base + float64(i)
			}
			p.ok.Store(true)
		}
	}
	if m < len(p.boxed) {
		return p.boxed[m], nil
	}
	return p.base + float64(m), nil
}

// opSpec returns the JS name, kind and introducing release ("" when not
// known) of operation m, for errors, read from the spec, which has each
// operation on a line of its own: ["name",kind,result,args,cb(,"since")].
func (p *Package) opSpec(m int) (name string, kind int, since string) {
	_, ops, _ := strings.Cut(p.spec, `"m":[`)
	for i := 0; ; i++ {
		line, rest, _ := strings.Cut(ops, "\n")
		line = strings.TrimPrefix(strings.TrimSpace(line), ",")
		if strings.HasPrefix(line, `["`) {
			if i == m {
				name, after, _ := strings.Cut(line[2:], `",`)
				k, _, _ := strings.Cut(after, ",")
				kind, _ = strconv.Atoi(k)
				// The release, when present, is the entry's last element.
				if j := strings.LastIndex(line, `,"`); j >= 0 {
					if v, _, ok := strings.Cut(line[j+2:], `"]`); ok && isVersion(v) {
						since = v
					}
				}
				return name, kind, since
			}
		} else {
			i--
		}
		if rest == "" {
			return "?", -1, ""
		}
		ops = rest
	}
}

// isVersion reports whether s is MAJOR.MINOR.PATCH.
func isVersion(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

// callError explains a panic out of a JS call of operation m on this:
// calling a member of undefined or null, or one that is not a function, is
// reported as such rather than as the TypeError JavaScript throws, and a
// member the loaded Streams does not have at all as an *UnsupportedError.
func (p *Package) callError(op string, m int, this js.Value, v any) error {
	if _, ok := v.(js.Error); ok {
		name, kind, since := p.opSpec(m)
		if t := this.Type(); t != js.TypeObject && t != js.TypeFunction {
			return errors.New(op + ": cannot call " + name + " on " + t.String())
		}
		var t js.Type
		if protect(op, func() { t = this.Get(name).Type() }) == nil && t != js.TypeFunction && kind != jsKindGet {
			if t == js.TypeUndefined {
				return &UnsupportedError{Op: op, Member: name, Since: since}
			}
			return errors.New(op + ": " + name + " is not a function (it is " + t.String() + ")")
		}
	}
	return panicToError(op, v)
}

// replySize is the size of the buffers replies are written into (cap in
// runtime.js); larger replies are held on the JS side and taken.
const replySize = 4096

// replyBuf is a buffer replies are written into. Its address, dst, is also
// the token under which the JS side holds what did not fit in it: a buffer
// is in one call at a time.
type replyBuf struct {
	b   []byte
	dst any // float64 address, boxed once
	rd  Reader
	src reply
}

var replyBufs = sync.Pool{New: func() any {
	b := make([]byte, replySize)
	return &replyBuf{b: b, dst: ptr(b)}
}}

func (b *replyBuf) tok() float64 { return b.dst.(float64) }

// ptr is the address of b[0] in Go's memory, as the JS side indexes it.
func ptr(b []byte) float64 { return float64(uintptr(unsafe.Pointer(unsafe.SliceData(b)))) }

// readReply returns a Reader of a reply the JS side wrote into buf with the
// given status (runtime.js, out), or held under buf's token when it did not
// fit. The Reader owns buf until done.
func readReply(status float64, buf *replyBuf) *Reader {
	buf.rd = Reader{buf: buf}
	r := &buf.rd
	refs := 0
	if status >= 0 {
		refs = int(status / (1 << 32))
		r.b = buf.b[:int(status)-refs<<32]
	} else {
		r.b = take(buf.tok())
		refs = int(-status) - 1
	}
	if refs > 0 || status < 0 {
		buf.src = reply{tok: buf.tok(), refs: refs}
		r.src = &buf.src
	}
	return r
}

// take returns the bytes held on the JS side under tok; the entry stays
// until dropped.
func take(tok float64) []byte {
	u := jsHeld.Invoke(tok, -1)
	b := make([]byte, u.Length())
	js.CopyBytesToGo(b, u)
	return b
}

// done releases what the JS side holds for r, and its buffer.
func (r *Reader) done() {
	if r.src != nil && r.src.tok != 0 {
		jsHeld.Invoke(r.src.tok, -2)
		r.src = nil
	}
	if buf := r.buf; buf != nil {
		r.buf, r.b = nil, nil
		replyBufs.Put(buf)
	}
}

// statusPending is what call returns for a {success, failure} call, a
// promise call and a subscription.
const statusPending = -2

// run calls operation m on this through the JS side's call and returns the
// status and, for a reply, its Reader, which the caller must release with
// done. w is released. id names the pending call, if any.
func (p *Package) run(op string, m int, this js.Value, w *Writer, id float64) (status float64, r *Reader, err error) {
	defer w.release()
	n, err := p.op(op, m)
	if err != nil {
		return 0, nil, err
	}
	buf := replyBufs.Get().(*replyBuf)
	defer func() {
		if v := recover(); v != nil {
			replyBufs.Put(buf)
			status, r, err = 0, nil, p.callError(op, m, this, v)
		}
	}()
	if w == nil {
		if id == 0 {
			status = jsCall.Invoke(n, this, buf.dst).Float()
		} else {
			status = jsCall.Invoke(n, this, buf.dst, 0, 0, id).Float()
		}
	} else {
		status = jsCall.Invoke(w.args(n, this, buf.dst, id)...).Float()
		// The JS side read the bytes of w in Go's memory during the call.
		goruntime.KeepAlive(w.b)
	}
	if status == statusPending || status == 0 {
		replyBufs.Put(buf)
		return status, nil, nil
	}
	return status, readReply(status, buf), nil
}

// args returns the arguments of the JS side's call with the bytes of w,
// which it reads in Go's memory, and its JS values.
func (w *Writer) args(n any, this js.Value, dst any, id float64) []any {
	t := w.text()
	a := append(w.call[:0], n, this, dst, ptr(t), len(t), id)
	a = append(a, w.refs...)
	w.call = a
	return a
}

// Invoke calls operation m of p on this (a method call, or a property read
// for attributes) with the arguments in w (nil for none) and decodes the
// result with dec. A JavaScript exception becomes a *JSError; a missing
// method an error naming it.
func Invoke[T any](p *Package, op string, m int, this js.Value, w *Writer, dec func(*Reader) T) (T, error) {
	var zero T
	_, r, err := p.run(op, m, this, w, 0)
	if err != nil {
		return zero, err
	}
	if r == nil {
		r = &Reader{}
	}
	v := dec(r)
	r.done()
	return v, nil
}

// Exec is Invoke for operations without a result.
func (p *Package) Exec(op string, m int, this js.Value, w *Writer) (err error) {
	if w == nil {
		// Nothing to pass and nothing to read: two values cross.
		var n any
		if n, err = p.op(op, m); err != nil {
			return err
		}
		defer func() {
			if v := recover(); v != nil {
				err = p.callError(op, m, this, v)
			}
		}()
		jsCall.Invoke(n, this)
		return nil
	}
	_, r, err := p.run(op, m, this, w, 0)
	if r != nil {
		r.done()
	}
	return err
}

// resultOf is what a pending call delivers.
type resultOf[T any] struct {
	v   T
	err error
}

// pending is a call of an operation that completes through a callback or
// a promise: a queue entry that decodes the outcome.
type pending[T any] struct {
	name    string
	promise bool
	id      float64
	dec     func(*Reader) T
	done    chan resultOf[T] // buffered: delivery never blocks
}

func (c *pending[T]) op() string { return c.name }

// outcome decodes how the call ended (runtime.js, op's end).
func (c *pending[T]) outcome(r *Reader) resultOf[T] {
	var o resultOf[T]
	switch {
	case r.byte1() == 0:
		if c.dec != nil {
			o.v = c.dec(r)
		}
	case c.promise:
		o.err = jsErrorFrom(c.name, r.Value())
	default:
		e := &CallError{Op: c.name, ErrValue: r.Value(), DataValue: r.Value()}
		e.Err, e.Data = errText(e.ErrValue), jsonText(e.DataValue)
		o.err = e
	}
	return o
}

func (c *pending[T]) deliverPacked(r *Reader) {
	if !unregister(c.id) {
		return
	}
	c.done <- c.outcome(r)
}

// wait blocks until the call completes or ctx is done.
func (c *pending[T]) wait(ctx context.Context) (T, error) {
	select {
	case o := <-c.done:
		return o.v, o.err
	case <-ctx.Done():
	}
	if !unregister(c.id) {
		// Completed at the same moment: the outcome is already queued.
		o := <-c.done
		return o.v, o.err
	}
	protect(c.name, func() { jsEnd.Invoke(c.id) })
	var zero T
	return zero, &ctxError{op: c.name, err: ctx.Err()}
}

// start checks that a blocking call may be made now.
func start(ctx context.Context, op string) error {
	if err := ready(op); err != nil {
		return err
	}
	if err := blockingAllowed(op); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return &ctxError{op: op, err: err}
	}
	return nil
}

// await calls operation m, which completes later, and waits for it.
func await[T any](ctx context.Context, p *Package, op string, m int, this js.Value, w *Writer, dec func(*Reader) T, promise bool) (T, error) {
	var zero T
	if err := start(ctx, op); err != nil {
		w.release()
		return zero, err
	}
	c := &pending[T]{name: op, promise: promise, dec: dec, done: make(chan resultOf[T], 1)}
	c.id = register(c)
	status, r, err := p.run(op, m, this, w, c.id)
	if err != nil {
		unregister(c.id)
		return zero, err
	}
	if status != statusPending {
		// Answered before the method returned: the outcome is the reply.
		unregister(c.id)
		if r == nil {
			r = &Reader{}
		}
		o := c.outcome(r)
		r.done()
		return o.v, o.err
	}
	return c.wait(ctx)
}

// InvokeCallbacks calls operation m with a {success(data), failure(err,
// data)} object inserted at the operation's callbacks index, and blocks
// until one of them is called or ctx is done. Success decodes the data with
// dec (nil to ignore it); failure returns a *CallError; a synchronous
// exception a *JSError; a done context an error wrapping ctx.Err(). When
// the library calls back before returning, as it does for requests it can
// answer at once, the outcome comes back with the call itself.
func InvokeCallbacks[T any](ctx context.Context, p *Package, op string, m int, this js.Value, w *Writer, dec func(*Reader) T) (T, error) {
	return await(ctx, p, op, m, this, w, dec, false)
}

// ExecCallbacks is InvokeCallbacks ignoring the success data.
func (p *Package) ExecCallbacks(ctx context.Context, op string, m int, this js.Value, w *Writer) error {
	_, err := await[struct{}](ctx, p, op, m, this, w, nil, false)
	return err
}

// InvokeAwait calls operation m, which returns a promise, and blocks until
// it settles or ctx is done. A fulfilled promise's value is decoded with
// dec (nil to ignore it); a rejection returns a *JSError describing the
// reason.
func InvokeAwait[T any](ctx context.Context, p *Package, op string, m int, this js.Value, w *Writer, dec func(*Reader) T) (T, error) {
	return await(ctx, p, op, m, this, w, dec, true)
}

// ExecAwait is InvokeAwait ignoring the value.
func (p *Package) ExecAwait(ctx context.Context, op string, m int, this js.Value, w *Writer) error {
	_, err := await[struct{}](ctx, p, op, m, this, w, nil, true)
	return err
}

// Listen subscribes to operation m of p on this: each call of the handler
// the library makes is decoded with dec (only the arguments dec reads cross)
// before Go returns to JavaScript, and passed to handler on the
// subscription's own goroutine, in order. A panic in dec drops that event; a
// panic in handler is reported to the panic handler ([SetPanicHandler]);
// later events are still delivered. The handler may run before Listen
// returns.
func Listen[T any](p *Package, op string, m int, this js.Value, dec func(*Reader) T, handler func(T)) (_ *Subscription, err error) {
	n, err := p.op(op, m)
	if err != nil {
		return nil, err
	}
	s := &subscription[T]{name: op, packed: dec, handler: handler}
	sub := &Subscription{stop: s.stop}
	sub.id = register(s)
	defer func() {
		if v := recover(); v != nil {
			unregister(sub.id)
			s.stop()
			err = p.callError(op, m, this, v)
		}
	}()
	jsCall.Invoke(n, this, 0, 0, 0, sub.id)
	return sub, nil
}

// The JS side writes each entry's bytes straight into ring, in Go's memory,
// and calls streamsgen_notify with the entry's id, offset and length before
// it resumes Go. If the entry is an event for a subscription whose worker
// goroutine is idle, the worker is handed the entry and reads it itself;
// anything else goes to the dispatcher goroutine through inbox. Whoever
// reads an entry adds its length to ringRead, which the JS side reads: once
// everything written has been read, which happens before Go returns to
// JavaScript, it starts over at the beginning of the ring.
var (
	ring     []byte
	ringRead uint32 // bytes read since the JS side started over; it resets it

	inbox struct {
		slots      [1024]inboxSlot
		head, tail atomic.Uint32
	}

	// wake is signalled by notify; the dispatcher goroutine then reads the
	// inbox.
	wake = make(chan struct{}, 1)
)

type inboxSlot struct {
	id     float64
	off, n int32
}

// ringSize bounds the entries written while Go has not read them all, in
// practice the entry being written: a larger one is an error.
const ringSize = 256 << 10

// directEntry is an entry whose goroutine may read its queue entries
// itself.
type directEntry interface {
	entry
	// claim hands the entry at ring[off:off+n] to the entry's goroutine if
	// that is idle, and reports whether it did. It must not block.
	claim(off, n int32) bool
}

// notify is called by the JS side (runtime.js, put) right before it resumes
// Go, for the entry of id at ring[off:off+n]. It runs on whatever goroutine
// Go was paused in, so it must neither block nor allocate: it only records
// the entry and makes a goroutine runnable. It returns 0 if it cannot take
// the entry (the inbox is full).
//
//go:wasmexport streamsgen_notify
func notify(id float64, off, n int32) int32 {
	if entriesMu.TryLock() {
		e := entries[id]
		entriesMu.Unlock()
		if d, ok := e.(directEntry); ok && d.claim(off, n) {
			return 1
		}
	}
	t := inbox.tail.Load()
	if t-inbox.head.Load() == uint32(len(inbox.slots)) {
		return 0
	}
	inbox.slots[t%uint32(len(inbox.slots))] = inboxSlot{id, off, n}
	inbox.tail.Store(t + 1)
	select {
	case wake <- struct{}{}:
	default:
	}
	return 1
}

// readRing returns a Reader of the entry at ring[off:off+n].
func readRing(off, n int32) *Reader {
	if off < 0 || n < 0 || int(off)+int(n) > len(ring) {
		return &Reader{}
	}
	return &Reader{b: ring[off : off+n : off+n], src: &ringRefs}
}

// ringRefs stands for the JS values of the ring's entries (token 0).
var ringRefs reply

// read records that n bytes of the ring were read.
func read(n int32) { atomic.AddUint32(&ringRead, uint32(n)) }

func dispatcher() {
	for range wake {
		for h := inbox.head.Load(); h != inbox.tail.Load(); h++ {
			s := inbox.slots[h%uint32(len(inbox.slots))]
			inbox.head.Store(h + 1)
			entriesMu.Lock()
			e := entries[s.id]
			entriesMu.Unlock()
			if e != nil {
				deliver(e, readRing(s.off, s.n))
			}
			read(s.n)
		}
	}
}

// deliver hands queue entry r to e, reporting a panic of its decoder.
func deliver(e entry, r *Reader) {
	defer func() {
		if v := recover(); v != nil {
			reportPanic(e.op(), v)
		}
	}()
	e.deliverPacked(r)
}
