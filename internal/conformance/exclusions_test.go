package conformance

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseExclusions(t *testing.T) {
	got, err := ParseExclusions([]byte(`# comment

connect.hitch: utility: binds a function, like Function.prototype.bind
  connect.Agent.prototype.mute: TODO(schema): user-facing, to add
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []Exclusion{
		{Line: 3, Member: "connect.hitch", Reason: "utility: binds a function, like Function.prototype.bind"},
		{Line: 4, Member: "connect.Agent.prototype.mute", Reason: "TODO(schema): user-facing, to add"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got[0].IsTODO() || !got[1].IsTODO() {
		t.Errorf("IsTODO: got %v, %v; want false, true", got[0].IsTODO(), got[1].IsTODO())
	}
}

func TestParseExclusionsErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"connect.x", ":1: \"connect.x\" has no reason"},
		{"connect.x: ", ":1: \"connect.x:\" has no reason"},
		{"connect x: internal helper of the library", "is not a member path"},
		{"connect.x: not yet in the schema", "is not a reason"},
		{"connect.x: TODO add it later", "is not a reason"},
		{"connect.x: ?", "is not a reason"},
		{"connect.x: internal helper\nconnect.x: internal helper", ":2: connect.x is listed twice (also line 1)"},
	} {
		_, err := ParseExclusions([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseExclusions(%q): got error %v, want one containing %q", tc.in, err, tc.want)
		}
	}
}

// TestExclusionsFile checks that the embedded list parses; TestLacking
// checks that it matches the runtime.
func TestExclusionsFile(t *testing.T) {
	if _, err := Exclusions(); err != nil {
		t.Error(err)
	}
}
