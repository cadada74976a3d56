//go:build js && wasm

package runtime

import (
	"strings"
	"syscall/js"
	"testing"
)

func TestCheckRuntime(t *testing.T) {
	obj := func(version any) js.Value {
		o := js.Global().Get("Object").New()
		o.Set("version", version)
		o.Set("attach", js.Global().Get("Function").New())
		return o
	}
	for _, tc := range []struct {
		name string
		obj  js.Value
		want string // substring of the error, "" for none
	}{
		{"ok", obj(Version), ""},
		{"missing", js.Undefined(), "the JS side is missing (globalThis.__streamsgen_rt is undefined)"},
		{"old", obj("0"), `protocol version mismatch: the Go runtime speaks "` + Version + `" but globalThis.__streamsgen_rt.version is "0"`},
		{"number", obj(1), "version is not a string"},
	} {
		err := checkRuntime(tc.obj)
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.want)
		}
	}
}

// TestNotAttached checks that every call reports the same clear error when
// the JS side is unusable.
func TestNotAttached(t *testing.T) {
	savedRT, savedErr := rt, rtErr
	defer func() { rt, rtErr = savedRT, savedErr }()
	saved := js.Global().Get("__streamsgen_rt")
	js.Global().Set("__streamsgen_rt", js.Undefined())
	defer js.Global().Set("__streamsgen_rt", saved)
	rt, rtErr = js.Undefined(), checkRuntime(js.Undefined())

	_, err := Call("op", js.Global(), "String")
	if err == nil || !strings.HasPrefix(err.Error(), "op: streamsgen runtime: the JS side is missing") {
		t.Errorf("Call: %v", err)
	}
	if _, err := Subscribe("op", js.Global(), "x", func([]js.Value) int { return 0 }, func(int) {}); err == nil {
		t.Error("Subscribe: no error")
	}
}
