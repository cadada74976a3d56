//go:build js && wasm

package runtime

import (
	"sync"
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
			protect("unsubscribe", func() { jsUnsubscribe.Invoke(s.id) })
		}
	})
}

// subscription is the Go-side entry of a Subscription: a decoder run when
// the event arrives (decode for Subscribe, packed for Listen) and a queue
// drained by the subscription's own goroutine, started on the first event.
type subscription[T any] struct {
	name    string
	decode  func(args []js.Value) T
	packed  func(*Reader) T
	handler func(T)

	mu      sync.Mutex
	queue   []T
	stopped bool
	wake    chan struct{} // capacity 1: "the queue may be non-empty"; nil until the first event
}

func (s *subscription[T]) op() string { return s.name }

// deliver decodes the event now, while its JS objects show this moment, and
// queues it for the worker. It never blocks.
func (s *subscription[T]) deliver(args []js.Value) { s.push(s.decode(args)) }

// deliverPacked is deliver for an event read from the queue.
func (s *subscription[T]) deliverPacked(r *Reader) { s.push(s.packed(r)) }

func (s *subscription[T]) push(v T) {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return
	}
	s.queue = append(s.queue, v)
	if s.wake == nil {
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

// run is the worker goroutine: it calls the handler for each queued event in
// order until the subscription stops.
func (s *subscription[T]) run(wake chan struct{}) {
	var zero T
	for range wake {
		for {
			s.mu.Lock()
			if s.stopped || len(s.queue) == 0 {
				stopped := s.stopped
				s.mu.Unlock()
				if stopped {
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
// decode runs on the JavaScript caller's stack and must not block. The
// handler may run before Subscribe returns (connect.agent calls f at once
// when the agent is already initialized).
func Subscribe[T any](op string, this js.Value, method string, decode func(args []js.Value) T, handler func(T)) (*Subscription, error) {
	if err := ready(op); err != nil {
		return nil, err
	}
	s := &subscription[T]{name: op, decode: decode, handler: handler}
	sub := &Subscription{stop: s.stop}
	sub.id = register(s)
	if err := callRT(op, "subscribe", this, method, sub.id); err != nil {
		unregister(sub.id)
		s.stop()
		return nil, err
	}
	return sub, nil
}
