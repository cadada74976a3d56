//go:build js && wasm

// Command attach is loaded by the browser tests: importing the streamsgen
// runtime attaches it to the JS side at init; main then publishes what it
// saw and waits.
package main

import (
	"os"
	"strings"
	"syscall/js"

	_ "github.com/streamsgen/streamsgen/runtime"
)

func main() {
	g := js.Global()
	g.Set("streamsgenTestValue", "hello "+os.Getenv("GREETING")+" "+strings.Join(os.Args[1:], ","))
	// Whether connect existed when the program started.
	g.Set("streamsgenSawConnect", g.Get("connect").Type().String())
	select {}
}
