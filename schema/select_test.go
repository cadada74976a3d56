package schema

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const selectSrc = `
typedef [JSDate] object Date;

[JSPath="lib"]
namespace Lib {
  undefined start(Options options);
  [Since="2.0.0"] undefined fancy();
  [Event] undefined onThing(ThingHandler handler);
};

callback ThingHandler = undefined (Thing thing);

[JSClass="lib.Base"]
interface Base {
  DOMString getId();
  [Since="1.5.0", Deprecated="2.1.0", Replacement="getId"] DOMString getKey();
};

[JSClass="lib.Thing"]
interface Thing : Base {
  Info getInfo();
  [Since="2.0.0"] Extra getExtra();
  [Removed="2.0.0"] undefined legacy();
};

dictionary Options { Kind kind; };
dictionary Info { DOMString name; [Since="2.0.0"] Date when; };
[Since="2.0.0"] dictionary Extra { DOMString x; };
dictionary Unused { DOMString y; };

enum Kind { "a", [Since="2.0.0"] "b", [Removed="2.0.0"] "old" };
`

func loadSelect(t *testing.T) *API {
	t.Helper()
	api, err := Load([]File{{Name: "sel.webidl", Src: []byte(selectSrc)}})
	if err != nil {
		t.Fatal(err)
	}
	return api
}

func TestSelectVersion(t *testing.T) {
	api := loadSelect(t)
	for _, tc := range []struct {
		version string
		want    []string
	}{
		{"1.0.0", []string{
			"Base", "Base.getId", "Info", "Info.name", "Kind", `Kind."a"`, `Kind."old"`, "Lib", "Lib.onThing", "Lib.start",
			"Options", "Options.kind", "Thing", "Thing.getInfo", "Thing.legacy", "ThingHandler", "Unused", "Unused.y",
		}},
		{"2.0.0", []string{
			"Base", "Base.getId", "Base.getKey", "Extra", "Extra.x", "Info", "Info.name", "Info.when", "Kind", `Kind."a"`, `Kind."b"`,
			"Lib", "Lib.fancy", "Lib.onThing", "Lib.start", "Options", "Options.kind", "Thing", "Thing.getExtra", "Thing.getInfo",
			"ThingHandler", "Unused", "Unused.y",
		}},
	} {
		got, err := Select(api, Selection{Version: tc.version})
		if err != nil {
			t.Fatalf("%s: %v", tc.version, err)
		}
		if diff := cmp.Diff(tc.want, Members(got)); diff != "" {
			t.Errorf("members at %s (-want +got):\n%s", tc.version, diff)
		}
	}
	latest, err := Select(api, Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if got := Members(latest); slicesContains(got, "Thing.legacy") || !slicesContains(got, "Thing.getExtra") {
		t.Errorf("latest members: %v", got)
	}
	// The deprecation of getKey (2.1.0) is kept for the latest only.
	old, _ := Select(api, Selection{Version: "2.0.0"})
	if d := findOp(old, "Base", "getKey").Life.Deprecated; d != "" {
		t.Errorf("2.0.0 carries the 2.1.0 deprecation %q", d)
	}
	if d := findOp(latest, "Base", "getKey").Life.Deprecated; d != "2.1.0" {
		t.Errorf("latest lost the deprecation: %q", d)
	}
	// The copy shares nothing with the original.
	if findOp(latest, "Thing", "getInfo") == findOp(api, "Thing", "getInfo") {
		t.Error("Select returned the original operation, not a copy")
	}
	if latest.Interfaces[1].Inherits != latest.Interfaces[0] {
		t.Error("inheritance points outside the copy")
	}
}

func TestSelectOnly(t *testing.T) {
	api := loadSelect(t)
	got, err := Select(api, Selection{Only: []string{"Thing.getId", "Lib.start"}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Base", "Base.getId", "Kind", `Kind."a"`, `Kind."b"`, "Lib", "Lib.start", "Options", "Options.kind", "Thing"}
	if diff := cmp.Diff(want, Members(got)); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	// A subscription brings its handler and the handler's payload.
	got, err = Select(api, Selection{Only: []string{"Lib.onThing"}})
	if err != nil {
		t.Fatal(err)
	}
	want = []string{"Base", "Lib", "Lib.onThing", "Thing", "ThingHandler"}
	if diff := cmp.Diff(want, Members(got)); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
}

func TestSelectErrors(t *testing.T) {
	api := loadSelect(t)
	_, err := Select(api, Selection{Only: []string{"Nope", "Thing.nope", "Info.name", "Thing.getExtra"}, Version: "1.0.0"})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		`selector "Nope": no declaration named Nope`,
		`selector "Thing.nope": Thing has no member nope`,
		`selector "Info.name": Info is not an interface or namespace; select it whole`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if _, err := Select(api, Selection{Version: "2.0"}); err == nil {
		t.Error("bad version accepted")
	}
}

func TestSelectReferenceToMissingType(t *testing.T) {
	src := `
[JSPath="lib"] namespace Lib { Later get(); };
[Since="2.0.0"] dictionary Later { DOMString x; };
`
	api, err := Load([]File{{Name: "ref.webidl", Src: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Select(api, Selection{Version: "1.0.0"})
	if err == nil || !strings.Contains(err.Error(), "ref.webidl:2:32: operation get refers to Later, which only exists since Streams 2.0.0") {
		t.Errorf("got %v", err)
	}
}

func slicesContains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func findOp(api *API, iface, name string) *Operation {
	for _, it := range api.Interfaces {
		if it.Name == iface {
			for _, op := range it.Operations {
				if op.Name == name {
					return op
				}
			}
		}
	}
	return nil
}

func TestPartialRestatesHistory(t *testing.T) {
	src := `
[JSClass="lib.A"] interface A { /** Old doc. */ DOMString name(); };
partial interface A { /** New doc. */ [Deprecated="3.0.0", Replacement="label"] DOMString name(); };
`
	api, err := Load([]File{{Name: "a.webidl", Src: []byte(src)}, {Name: "overlay.webidl", Src: []byte(`partial interface A { [Since="1.2.0"] DOMString name(); };`)}})
	if err != nil {
		t.Fatal(err)
	}
	op := findOp(api, "A", "name")
	want := Lifecycle{Since: "1.2.0", Deprecated: "3.0.0", Replacement: "label"}
	if op.Life != want || op.Doc != "New doc." || len(api.Interfaces[0].Operations) != 1 {
		t.Errorf("restated op: life %+v doc %q (%d ops)", op.Life, op.Doc, len(api.Interfaces[0].Operations))
	}
}
