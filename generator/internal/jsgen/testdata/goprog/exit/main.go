//go:build js && wasm

// Command exit is loaded by the browser tests: it never attaches the
// runtime and exits with code 3 while wasm_exec.js still has a timeout
// scheduled, which throws after the exit unless the loader clears it.
package main

import (
	"os"
	"syscall/js"
	"time"
)

func main() {
	// A sleeping goroutine makes the idle Go scheduler ask wasm_exec.js for a
	// 300 ms timeout; a JS callback (unlike a timeout) does not clear it.
	go time.Sleep(300 * time.Millisecond)
	woken := make(chan struct{})
	js.Global().Call("setTimeout", js.FuncOf(func(js.Value, []js.Value) any {
		close(woken)
		return nil
	}), 10)
	<-woken
	os.Exit(3)
}
