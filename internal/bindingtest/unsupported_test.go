//go:build js && wasm

package bindingtest

import (
	"errors"
	"strings"
	"testing"

	"github.com/streamsgen/streamsgen/gen/streams"
	"github.com/streamsgen/streamsgen/internal/streamstest"
)

// TestMissingMemberIsUnsupported deletes members from the loaded library,
// as an older Streams deployment would lack them, and checks that calling
// them gives an error wrapping ErrUnsupported that names the member and the
// release that introduced it, that Supports says so beforehand, and that no
// JS TypeError reaches the caller.
func TestMissingMemberIsUnsupported(t *testing.T) {
	f := streamstest.New(t)
	agent := agentFromInit(t, f)
	proto := f.Connect.Get("Agent").Get("prototype")
	saved := proto.Get("getNextState")
	proto.Delete("getNextState")
	defer proto.Set("getNextState", saved)

	if agent.Supports("getNextState") {
		t.Error(`Supports("getNextState") is true after deleting it`)
	}
	if !agent.Supports("getName") {
		t.Error(`Supports("getName") is false`)
	}
	_, err := agent.GetNextState()
	if !errors.Is(err, streams.ErrUnsupported) {
		t.Fatalf("GetNextState without the method: %T %v, want ErrUnsupported", err, err)
	}
	var ue *streams.UnsupportedError
	if !errors.As(err, &ue) || ue.Member != "getNextState" || ue.Since != "1.6.9" {
		t.Errorf("UnsupportedError = %+v", ue)
	}
	for _, want := range []string{"getNextState", "1.6.9"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "TypeError") {
		t.Errorf("a JS TypeError reached the caller: %v", err)
	}

	// A subscription method and a namespace function too.
	savedOn := proto.Get("onEnqueuedNextState")
	proto.Delete("onEnqueuedNextState")
	defer proto.Set("onEnqueuedNextState", savedOn)
	if _, err := agent.OnEnqueuedNextState(func(streams.Agent) {}); !errors.Is(err, streams.ErrUnsupported) || !strings.Contains(err.Error(), "onEnqueuedNextState") {
		t.Errorf("OnEnqueuedNextState without the method: %v", err)
	}
	core := f.Connect.Get("core")
	savedTerm := core.Get("onIframeRetriesExhausted")
	core.Delete("onIframeRetriesExhausted")
	defer core.Set("onIframeRetriesExhausted", savedTerm)
	if streams.Core.Supports("onIframeRetriesExhausted") {
		t.Error("Core.Supports is true for a deleted function")
	}
	if _, err := streams.Core.OnIframeRetriesExhausted(func(*string) {}); !errors.Is(err, streams.ErrUnsupported) || !strings.Contains(err.Error(), "2.0.0") {
		t.Errorf("Core.OnIframeRetriesExhausted without the function: %v", err)
	}
}
