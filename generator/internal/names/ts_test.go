package names

import "testing"

func TestTSIsIdentifier(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"agent", true},
		{"_x", true},
		{"$el", true},
		{"a1", true},
		{"default", true},
		{"", false},
		{"1a", false},
		{"agent-id", false},
		{"a b", false},
		{"é", false},
	}
	for _, tt := range tests {
		if got := TSIsIdentifier(tt.in); got != tt.want {
			t.Errorf("TSIsIdentifier(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTSIsDeclName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Agent", true},
		{"core", true},
		{"string", false},
		{"class", false},
		{"undefined", false},
		{"agent-id", false},
	}
	for _, tt := range tests {
		if got := TSIsDeclName(tt.in); got != tt.want {
			t.Errorf("TSIsDeclName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTSParam(t *testing.T) {
	tests := []struct{ in, want string }{
		{"state", "state"},
		{"default", "defaultArg"},
		{"function", "functionArg"},
		{"string", "stringArg"},
		{"agent-id", "arg"},
		{"", "arg"},
	}
	for _, tt := range tests {
		if got := TSParam(tt.in); got != tt.want {
			t.Errorf("TSParam(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTSFreshParam(t *testing.T) {
	tests := []struct {
		base  string
		taken []string
		want  string
	}{
		{"callbacks", nil, "callbacks"},
		{"callbacks", []string{"state"}, "callbacks"},
		{"callbacks", []string{"callbacks"}, "callbacks_"},
		{"callbacks", []string{"callbacks_", "callbacks"}, "callbacks__"},
	}
	for _, tt := range tests {
		if got := TSFreshParam(tt.base, tt.taken); got != tt.want {
			t.Errorf("TSFreshParam(%q, %q) = %q, want %q", tt.base, tt.taken, got, tt.want)
		}
	}
}

func TestTSPropertyKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ccpUrl", "ccpUrl"},
		{"delete", "delete"},
		{"agent-id", `"agent-id"`},
		{"3DS", `"3DS"`},
		{`a"b`, `"a\"b"`},
	}
	for _, tt := range tests {
		if got := TSPropertyKey(tt.in); got != tt.want {
			t.Errorf("TSPropertyKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTSStringLiteral(t *testing.T) {
	tests := []struct{ in, want string }{
		{"routable", `"routable"`},
		{"agent::init", `"agent::init"`},
		{`q"b\`, `"q\"b\\"`},
		{"a\nb\tc\r", `"a\nb\tc\r"`},
		{"</script>", `"\u003c/script>"`},
		{"*/", `"*/"`},
		{"\x00\x1f\x7f", `"\u0000\u001f\u007f"`},
		{"\u2028\u2029", `"\u2028\u2029"`},
		{"é", `"é"`},
		{"\xff", "\"\ufffd\""},
	}
	for _, tt := range tests {
		if got := TSStringLiteral(tt.in); got != tt.want {
			t.Errorf("TSStringLiteral(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
