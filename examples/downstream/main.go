//go:build js && wasm

// Downstream is a minimal app that depends on streamsgen the way users do:
// the tool is pinned in go.mod (go get -tool), and the bindings are
// generated into ./connect by go generate.
package main

import (
	"context"
	"log"
	"syscall/js"

	"example.com/downstream/connect"
)

func main() {
	container := js.Global().Get("document").Call("getElementById", "ccp")
	if err := connect.Core.InitCCP(container, connect.InitCCPOptions{CcpURL: "https://example.my.connect.aws/ccp-v2/"}); err != nil {
		log.Fatal(err)
	}
	connect.Connect.Agent(func(a connect.Agent) {
		short, _ := a.GetShortName()
		log.Printf("hello, %s (bindings for Streams %s)", short, connect.StreamsVersion)
		a.OnStateChange(func(c connect.AgentStateChange) { log.Printf("now %s", c.NewState) })
		cfg, err := a.GetConfiguration()
		if err == nil && len(cfg.AgentStates) > 0 {
			a.SetState(context.Background(), cfg.AgentStates[0], nil)
		}
	})
	select {}
}
