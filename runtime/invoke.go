//go:build js && wasm

package runtime

import (
	"context"
	"errors"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"syscall/js"
	"unsafe"
)

// Package is a generated package's registration with the JS side: the spec
// of its records and operations (see wire.go and runtime.js), sent once, on
// first use. Generated code names operations by their index in the spec.
type Package struct {
	spec string

	mu   sync.Mutex
	ok   atomic.Bool
	base float64 // number of the package's first operation on the JS side
}

// NewPackage returns the registration of a package with the given spec, a
// JSON object {"o": output records, "i": input records, "m": operations}.
func NewPackage(spec string) *Package { return &Package{spec: spec} }

// op returns the JS-side number of operation m.
func (p *Package) op(op string, m int) (float64, error) {
	if err := ready(op); err != nil {
		return 0, err
	}
	if p.ok.Load() {
		return p.base + float64(m), nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.ok.Load() {
		var base js.Value
		if err := protect(op+": registering the package with the JS side", func() { base = jsSetup.Invoke(p.spec) }); err != nil {
			return 0, err
		}
		p.base = base.Float()
		p.ok.Store(true)
	}
	return p.base + float64(m), nil
}

// stageSize is the size of the JS side's fixed buffers (STAGE in
// runtime.js) and of the buffers replies are read into.
const stageSize = 4096

var (
	replyBufs = sync.Pool{New: func() any { b := make([]byte, stageSize); return &b }}
	lastToken atomic.Int64
)

// ptr is the address of b[0] in Go's memory, as the JS side indexes it.
func ptr(b []byte) float64 { return float64(uintptr(unsafe.Pointer(unsafe.SliceData(b)))) }

// readReply returns a Reader of a reply the JS side flushed with the given
// status (runtime.js, flush): its bytes are in buf (bound) or in stage, or
// held under tok when they did not fit. It copies from stage before it
// allocates: an allocation can let another goroutine run and reuse stage.
// The Reader owns buf until done.
func readReply(status, tok float64, bp *[]byte, stage js.Value) *Reader {
	var b []byte
	var refs int
	if status >= 0 {
		refs = int(status / (1 << 32))
		b = (*bp)[:int(status)-refs<<32]
		if !bound && len(b) > 0 {
			js.CopyBytesToGo(b, stage)
		}
	} else {
		replyBufs.Put(bp)
		bp = nil
		u := jsTake.Invoke(tok)
		b = make([]byte, u.Length())
		js.CopyBytesToGo(b, u)
		refs = int(-status) - 1
	}
	r := &Reader{b: b, buf: bp}
	if refs > 0 {
		r.src = &reply{tok: tok, refs: refs}
	}
	return r
}

// done releases the JS values of r that were not read and its buffer.
func (r *Reader) done() {
	if r.src != nil && r.src.taken < r.src.refs {
		jsDrop.Invoke(r.src.tok)
		r.src.taken = r.src.refs
	}
	if r.buf != nil {
		replyBufs.Put(r.buf)
		r.buf, r.b = nil, nil
	}
}

// statusPending is what cbs returns when neither callback has been called
// yet.
const statusPending = -2

// run calls the JS side's fn (call, cbs or prom, which share a signature)
// for operation m and returns the status and, for a reply, its Reader,
// which the caller must release with done. w is released.
func (p *Package) run(fn js.Value, op string, m int, this js.Value, w *Writer, id float64) (status float64, r *Reader, err error) {
	defer w.release()
	n, err := p.op(op, m)
	if err != nil {
		return 0, nil, err
	}
	bp := replyBufs.Get().(*[]byte)
	tok := float64(lastToken.Add(1))
	var dst float64
	if bound {
		dst = ptr(*bp)
	}
	defer func() {
		if v := recover(); v != nil {
			replyBufs.Put(bp)
			status, r, err = 0, nil, panicToError(op, v)
		}
	}()
	if w == nil || len(w.b) == 0 && len(w.refs) == 0 {
		if id == 0 {
			status = fn.Invoke(n, this, tok, dst).Float()
		} else {
			status = fn.Invoke(n, this, tok, dst, 0, 0, id).Float()
		}
	} else {
		status = fn.Invoke(w.args(n, this, tok, dst, id)...).Float()
		// The JS side read the bytes of w during the call.
		goruntime.KeepAlive(w.b)
	}
	if status == statusPending || status == 0 {
		replyBufs.Put(bp)
		return status, nil, nil
	}
	return status, readReply(status, tok, bp, stageReply), nil
}

// args returns the arguments of a JS-side call with the bytes of w: in Go's
// memory when bound, else copied into the JS side's buffer. The values are
// converted before the bytes are copied: from the copy to the call nothing
// may allocate, since an allocation can let another goroutine run and reuse
// that buffer.
func (w *Writer) args(n float64, this js.Value, tok, dst, id float64) []any {
	a := append(w.call[:0], n, this, tok, dst, 0.0, len(w.b), id)
	a = append(a, w.refs...)
	w.call = a
	if bound {
		a[4] = ptr(w.b)
		return a
	}
	src := stageArgs
	if len(w.b) > stageSize {
		src = uint8Array.New(len(w.b))
	}
	a[4] = src
	js.CopyBytesToJS(src, w.b)
	return a
}

// Invoke calls operation m of p on this (a method call, or a property read
// for attributes) with the arguments in w (nil for none) and decodes the
// result with dec. A JavaScript exception becomes a *JSError; a missing
// method an error naming it.
func Invoke[T any](p *Package, op string, m int, this js.Value, w *Writer, dec func(*Reader) T) (T, error) {
	var zero T
	_, r, err := p.run(jsCall, op, m, this, w, 0)
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
func (p *Package) Exec(op string, m int, this js.Value, w *Writer) error {
	_, r, err := p.run(jsCall, op, m, this, w, 0)
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

const (
	kindCallbacks = iota
	kindPromise
)

// pending is a call of an operation that completes through a callback or
// a promise: a queue entry that decodes the outcome.
type pending[T any] struct {
	name string
	kind int
	id   float64
	dec  func(*Reader) T
	done chan resultOf[T] // buffered: delivery never blocks
}

func (c *pending[T]) op() string { return c.name }

// outcome decodes how the call ended (runtime.js, outcome).
func (c *pending[T]) outcome(r *Reader) resultOf[T] {
	var o resultOf[T]
	switch {
	case r.byte1() == 0:
		if c.dec != nil {
			o.v = c.dec(r)
		}
	case c.kind == kindCallbacks:
		e := &CallError{Op: c.name, Err: r.String(), Data: r.String()}
		e.ErrValue = r.Value()
		e.DataValue = r.Value()
		o.err = e
	default:
		info := r.String()
		o.err = jsErrorInfo(c.name, r.Value(), info)
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
	protect(c.name, func() { jsCancel.Invoke(c.id) })
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

// InvokeCallbacks calls operation m with a {success(data), failure(err,
// data)} object inserted at the operation's callbacks index, and blocks
// until one of them is called or ctx is done. Success decodes the data with
// dec (nil to ignore it); failure returns a *CallError; a synchronous
// exception a *JSError; a done context an error wrapping ctx.Err(). When
// the library calls back before returning, as it does for requests it can
// answer at once, the outcome comes back with the call itself.
func InvokeCallbacks[T any](ctx context.Context, p *Package, op string, m int, this js.Value, w *Writer, dec func(*Reader) T) (T, error) {
	var zero T
	if err := start(ctx, op); err != nil {
		w.release()
		return zero, err
	}
	c := &pending[T]{name: op, kind: kindCallbacks, dec: dec, done: make(chan resultOf[T], 1)}
	c.id = register(c)
	status, r, err := p.run(jsCbs, op, m, this, w, c.id)
	if err != nil {
		unregister(c.id)
		return zero, err
	}
	if status != statusPending {
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

// ExecCallbacks is InvokeCallbacks ignoring the success data.
func (p *Package) ExecCallbacks(ctx context.Context, op string, m int, this js.Value, w *Writer) error {
	_, err := InvokeCallbacks[struct{}](ctx, p, op, m, this, w, nil)
	return err
}

// InvokeAwait calls operation m, which returns a promise, and blocks until
// it settles or ctx is done. A fulfilled promise's value is decoded with
// dec (nil to ignore it); a rejection returns a *JSError describing the
// reason.
func InvokeAwait[T any](ctx context.Context, p *Package, op string, m int, this js.Value, w *Writer, dec func(*Reader) T) (T, error) {
	var zero T
	if err := start(ctx, op); err != nil {
		w.release()
		return zero, err
	}
	c := &pending[T]{name: op, kind: kindPromise, dec: dec, done: make(chan resultOf[T], 1)}
	c.id = register(c)
	if _, _, err := p.run(jsProm, op, m, this, w, c.id); err != nil {
		unregister(c.id)
		return zero, err
	}
	return c.wait(ctx)
}

// ExecAwait is InvokeAwait ignoring the value.
func (p *Package) ExecAwait(ctx context.Context, op string, m int, this js.Value, w *Writer) error {
	_, err := InvokeAwait[struct{}](ctx, p, op, m, this, w, nil)
	return err
}

// Listen subscribes to operation m of p on this: each call of the handler
// the library makes is decoded with dec on the JS side's terms (only the
// arguments dec reads cross) and passed to handler on the subscription's
// own goroutine, in order, as with [Subscribe]. The handler may run before
// Listen returns.
func Listen[T any](p *Package, op string, m int, this js.Value, dec func(*Reader) T, handler func(T)) (*Subscription, error) {
	n, err := p.op(op, m)
	if err != nil {
		return nil, err
	}
	s := &subscription[T]{name: op, packed: dec, handler: handler}
	sub := &Subscription{stop: s.stop}
	sub.id = register(s)
	if err := protect(op, func() { jsListen.Invoke(n, this, sub.id) }); err != nil {
		unregister(sub.id)
		s.stop()
		return nil, err
	}
	return sub, nil
}

// packedEntry is an entry that receives queue entries.
type packedEntry interface {
	entry
	deliverPacked(r *Reader)
}

// wake is signalled by the JS side, through streamsgen_notify, when the
// queue has entries; the dispatcher goroutine then drains it.
var wake = make(chan struct{}, 1)

// notify is called by the JS side (runtime.js, kick) right before it resumes
// Go. It runs on whatever goroutine Go was paused in, so it must neither
// block nor allocate: it only makes the dispatcher runnable.
//
//go:wasmexport streamsgen_notify
func notify() {
	select {
	case wake <- struct{}{}:
	default:
	}
}

func dispatcher() {
	for range wake {
		drainOnce()
	}
}

var errQueue = errors.New("streamsgen runtime: reading the event queue")

// drainQueue delivers the entries queued by the JS side until it is empty.
func drainQueue() {
	for drainOnce() {
	}
}

// drainOnce delivers the entries queued by the JS side and reports whether
// there were any. The dispatcher drains once per notify: entries queued
// while it delivers come with a notify of their own.
func drainOnce() bool {
	bp := replyBufs.Get().(*[]byte)
	tok := float64(lastToken.Add(1))
	var dst float64
	if bound {
		dst = ptr(*bp)
	}
	var status float64
	if err := protect(errQueue.Error(), func() { status = jsDrain.Invoke(tok, dst).Float() }); err != nil {
		replyBufs.Put(bp)
		reportPanic(errQueue.Error(), err)
		return false
	}
	if status == 0 {
		replyBufs.Put(bp)
		return false
	}
	r := readReply(status, tok, bp, stageQueue)
	for r.p < len(r.b) {
		id := r.Float64()
		e := r.sub(r.int32())
		entriesMu.Lock()
		en := entries[id]
		entriesMu.Unlock()
		if pe, ok := en.(packedEntry); ok {
			deliverPacked(pe, e)
		}
	}
	r.done()
	return true
}

func deliverPacked(e packedEntry, r *Reader) {
	defer func() {
		if v := recover(); v != nil {
			reportPanic(e.op(), v)
		}
	}()
	e.deliverPacked(r)
}
