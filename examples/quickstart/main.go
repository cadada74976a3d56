//go:build js && wasm

// Quickstart is the example of the README: a Go program that embeds the CCP,
// follows the agent's state and handles contacts.
package main

import (
	"context"
	"log"
	"syscall/js"

	"github.com/streamsgen/streamsgen/gen/streams"
)

func main() {
	container := js.Global().Get("document").Call("getElementById", "ccp")
	err := streams.Core.InitCCP(container, streams.InitCCPOptions{
		CcpURL:     "https://example.my.connect.aws/ccp-v2/",
		LoginPopup: new(true),
	})
	if err != nil {
		log.Fatal(err)
	}

	streams.Connect.Agent(func(agent streams.Agent) {
		name, _ := agent.GetName()
		log.Printf("signed in as %s", name)

		agent.OnStateChange(func(c streams.AgentStateChange) {
			log.Printf("state %s -> %s", c.OldState, c.NewState)
		})

		// Handlers run on their own goroutine and may block: SetState waits
		// for Streams' success or failure callback.
		cfg, err := agent.GetConfiguration()
		if err != nil {
			log.Print(err)
			return
		}
		for _, s := range cfg.AgentStates {
			if s.Name == "Available" {
				err := agent.SetState(context.Background(), s, &streams.SetStateOptions{EnqueueNextState: new(true)})
				log.Printf("going available: %v", err) // a *streams.CallError keeps the failure payload
			}
		}
	})

	streams.Connect.Contact(func(c streams.Contact) {
		c.OnIncoming(func(c streams.Contact) { c.Accept(context.Background()) })
		c.OnACW(func(c streams.Contact) { c.Clear(context.Background()) })
	})

	select {} // keep the program alive for the handlers
}
