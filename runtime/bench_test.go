//go:build js && wasm

package runtime_test

import (
	"syscall/js"
	"testing"

	"github.com/streamsgen/streamsgen/internal/streamstest"
	"github.com/streamsgen/streamsgen/runtime"
)

// The event benchmarks trigger b.N events on a Streams EventBus from one JS
// loop, so the Go->JS call that starts the loop is amortized; each event
// carries an object whose two string fields the Go side reads, as in the
// hand-written syscall/js baseline (17-24 µs/event in streams-facts.md).

const benchEvent = "streamsgen::bench"

var triggerLoop = streamstest.Func("bus, n", `
for (let i = 0; i < n; i++) {
  bus.trigger("`+benchEvent+`", {oldState: "Available", newState: "Lunch"});
}`)

type benchPayload struct{ Old, New string }

func BenchmarkEventSubscribe(b *testing.B) {
	bus := js.Global().Get("connect").Get("EventBus").New()
	target := streamstest.Func("bus", `return {onBench(f) { return bus.subscribe("`+benchEvent+`", f); }};`).Invoke(bus)
	n := 0
	sub, err := runtime.Subscribe("bench", target, "onBench", func(args []js.Value) benchPayload {
		e := args[0]
		return benchPayload{runtime.String(e.Get("oldState")), runtime.String(e.Get("newState"))}
	}, func(p benchPayload) {
		if p.New == "Lunch" {
			n++
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	defer sub.Unsubscribe()
	b.ResetTimer()
	triggerLoop.Invoke(bus, b.N)
	b.StopTimer()
	if n != b.N {
		b.Fatalf("handled %d of %d events", n, b.N)
	}
}

// BenchmarkEventFuncOf is the hand-written baseline: one js.FuncOf per
// handler, payload read and handled inline.
func BenchmarkEventFuncOf(b *testing.B) {
	bus := js.Global().Get("connect").Get("EventBus").New()
	n := 0
	f := js.FuncOf(func(_ js.Value, args []js.Value) any {
		e := args[0]
		p := benchPayload{e.Get("oldState").String(), e.Get("newState").String()}
		if p.New == "Lunch" {
			n++
		}
		return nil
	})
	defer f.Release()
	sub := bus.Call("subscribe", benchEvent, f)
	defer sub.Call("unsubscribe")
	b.ResetTimer()
	triggerLoop.Invoke(bus, b.N)
	b.StopTimer()
	if n != b.N {
		b.Fatalf("handled %d of %d events", n, b.N)
	}
}
