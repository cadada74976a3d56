package runtime_test

import (
	"strings"
	"testing"

	"github.com/streamsgen/streamsgen/runtime"
	"github.com/streamsgen/streamsgen/runtime/jssrc"
)

// TestVersionMatchesJS keeps the two sides of the protocol in step; it runs
// on the host too, where only the constants of package runtime build.
func TestVersionMatchesJS(t *testing.T) {
	want := `const VERSION = "` + runtime.Version + `";`
	if !strings.Contains(jssrc.Runtime, want) {
		t.Errorf("runtime.js does not contain %s", want)
	}
	if !runtime.SupportPackageIsVersion1 {
		t.Error("SupportPackageIsVersion1 is false")
	}
}
