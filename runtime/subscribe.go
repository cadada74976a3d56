//go:build js && wasm

package runtime

import (
	"sync"
	"sync/atomic"
	"syscall/js"
)

// Subscription is a live event subscription made by [Subscribe].
type Subscription struct {
	id   float64
	once sync.Once
	stop func()
}

// Unsubscribe stops the subscription: it unsubscribes in JavaScript, drops
// the JS closure and the Go entry, and discards events queued but not yet
// handled. A handler already running finishes. Unsubscribe is idempotent and
// may be called from the handler itself.
func (s *Subscription) Unsubscribe() {
	if s == nil {
		return
	}
	s.once.Do(func() {
		unregister(s.id)
		s.stop()
		if rt.Type() == js.TypeObject {
			protect("unsubscribe", func() { jsEnd.Invoke(s.id) })
		}
	})
}

// subscription is the Go-side entry of a Subscription: a decoder run when
// the event arrives and a queue drained by the subscription's own
// goroutine, started on the first event.
type subscription[T any] struct {
	name    string
	packed  func(*Reader) T
	handler func(T)

	mu      sync.Mutex
	queue   []T
	stopped bool
	wake    chan struct{} // capacity 1: "the queue may be non-empty"; nil until the first event

	// For Listen: idle is true while the worker waits with an empty queue;
	// direct is a ring entry (offset<<32 | length) handed to the worker by
	// claim, -1 for none.
	idle   atomic.Bool
	direct atomic.Int64
	rd     Reader
}

func (s *subscription[T]) op() string { return s.name }

// deliverPacked decodes the event now, while its JS objects show this
// moment, and queues it for the worker. It never blocks.
func (s *subscription[T]) deliverPacked(r *Reader) { s.push(s.packed(r)) }

func (s *subscription[T]) push(v T) {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return
	}
	s.queue = append(s.queue, v)
	s.idle.Store(false) // a later event must not overtake this one through claim
	if s.wake == nil {
		s.direct.Store(-1)
		s.wake = make(chan struct{}, 1)
		go s.run(s.wake)
	}
	wake := s.wake
	s.mu.Unlock()
	select {
	case wake <- struct{}{}:
	default:
	}
}

// claim implements directEntry: the worker, idle since it found its queue
// empty, reads the event itself (the event is read before Go returns to
// JS all the same: the worker is runnable). It runs in notify.
func (s *subscription[T]) claim(off, n int32) bool {
	if !s.idle.CompareAndSwap(true, false) {
		return false
	}
	s.direct.Store(int64(off)<<32 | int64(n))
	select {
	case s.wake <- struct{}{}:
	default:
	}
	return true
}

// readDirect reads the entry claim handed over, if any, and handles it.
func (s *subscription[T]) readDirect() {
	d := s.direct.Swap(-1)
	if d < 0 {
		return
	}
	off, n := int32(d>>32), int32(d&(1<<32-1))
	// The worker reads one entry at a time: its Reader is reused.
	s.rd = Reader{}
	if off >= 0 && int(off)+int(n) <= len(ring) {
		s.rd = Reader{b: ring[off : off+n : off+n], src: &ringRefs}
	}
	v, ok := s.read(&s.rd)
	read(n)
	if ok && !s.isStopped() {
		s.handle(v)
	}
}

func (s *subscription[T]) read(r *Reader) (v T, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			reportPanic(s.name, p)
			ok = false
		}
	}()
	return s.packed(r), true
}

func (s *subscription[T]) isStopped() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stopped
}

// run is the worker goroutine: it calls the handler for each queued event in
// order until the subscription stops.
func (s *subscription[T]) run(wake chan struct{}) {
	var zero T
	for range wake {
		s.readDirect()
		for {
			s.mu.Lock()
			if s.stopped || len(s.queue) == 0 {
				stopped := s.stopped
				// Waiting with an empty queue: notify may hand the next
				// event to this goroutine directly.
				s.idle.Store(!stopped)
				s.mu.Unlock()
				if stopped {
					s.readDirect() // account for a claimed entry
					return
				}
				break
			}
			v := s.queue[0]
			s.queue[0] = zero
			s.queue = s.queue[1:]
			if len(s.queue) == 0 {
				s.queue = nil // let the backing array go after a burst
			}
			s.mu.Unlock()
			s.handle(v)
		}
	}
}

func (s *subscription[T]) handle(v T) {
	defer func() {
		if p := recover(); p != nil {
			reportPanic(s.name, p)
		}
	}()
	s.handler(v)
}

// stop discards queued events and ends the worker.
func (s *subscription[T]) stop() {
	s.mu.Lock()
	s.stopped = true
	s.queue = nil
	wake := s.wake
	s.mu.Unlock()
	if wake != nil {
		select {
		case wake <- struct{}{}:
		default:
		}
	}
}

// Subscribe calls this[method](f), where f is a JS function that forwards
// every call to Go: its arguments are decoded at once by decode and the
// result is passed to handler on the subscription's own goroutine, one event
// at a time, in order. A panic in decode drops that event; a panic in
// handler is reported to the panic handler ([SetPanicHandler]); later events
// are still delivered. The method is expected to return {unsubscribe()}; if
// it returns something else, Unsubscribe still stops delivery.
//
// decode runs before Go returns to JavaScript and must not block. The
// handler may run before Subscribe returns (connect.agent calls f at once
// when the agent is already initialized).
func Subscribe[T any](op string, this js.Value, method string, decode func(args []js.Value) T, handler func(T)) (*Subscription, error) {
	return Listen(dynamic(method, jsKindSubscribe, "", 0), op, 0, this, func(r *Reader) T {
		args := make([]js.Value, maxArgs)
		for i := range args {
			args[i] = r.Value()
		}
		for len(args) > 0 && args[len(args)-1].IsUndefined() {
			args = args[:len(args)-1]
		}
		outer := dispatching
		dispatching = true
		defer func() { dispatching = outer }()
		return decode(args)
	}, handler)
}
