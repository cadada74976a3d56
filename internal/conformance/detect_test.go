package conformance

import (
	"fmt"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/streamsgen/streamsgen/schema"
)

// wrongSchema states things about the runtime that are false, one of each
// kind the checks look for.
const wrongSchema = `
/** Handler. */
callback H = undefined (Agent agent);

/** Core. */
[JSPath="connect.core"]
namespace Core {
  /** Exists. */
  undefined initCCP(object container);
  /** Does not exist. */
  undefined noSuchFunction();
  /** Exists, although marked removed. */
  [Since="1.0.0", Removed="2.0.0"] undefined terminate();
};

/** Not a runtime object. */
[JSPath="connect.noSuchNamespace"]
namespace Nope {
  /** Does not exist. */
  undefined f();
};

/** Agent. */
[JSClass="connect.Agent"]
interface Agent {
  /** Exists. */
  DOMString getName();
  /** Does not exist. */
  DOMString getNothing();
  /** Removed, and absent. */
  [Since="1.0.0", Removed="2.0.0"] undefined onContactPending(H handler);
  /** A wrong event name. */
  [Event="agent::no_such_event"] undefined onRefresh(H handler);
};

/** Not a subclass of Agent at runtime. */
[JSClass="connect.ChatConnection"]
interface ChatConnection : Agent {
  /** Exists. */
  DOMString getMediaType();
};

/** Wrong values and a wrong key. */
[JSPath="connect.AgentStateType"]
enum AgentStateType {
  /** Present although marked removed. */
  [Since="1.0.0", Removed="2.0.0"] "init",
  /** Present under the key ROUTABLE. */
  [Name=CAN_ROUTE] "routable",
  /** Not a runtime value. */
  "bogus"
};

/** Constructible outside a live CCP, so its attributes are checked. */
[JSClass="connect.SoftphoneError"]
interface SoftphoneError {
  /** Set by the constructor. */
  readonly attribute DOMString errorType;
  /** Not an attribute of instances. */
  readonly attribute DOMString noSuchAttribute;
};
`

// TestRuntimeDetects runs the checks on a schema that is wrong in every way
// they look for, and expects each mistake, at its position.
func TestRuntimeDetects(t *testing.T) {
	t.Parallel()
	api, err := schema.Load([]schema.File{{Name: "wrong.webidl", Src: []byte(wrongSchema)}})
	if err != nil {
		t.Fatal(err)
	}
	p := NewPlan(api, generatedDTS(t, api))
	o := probe(t, p)
	want, got := p.Results(o)
	var mismatches []string
	for k, w := range want {
		if g := got[k]; g != w {
			mismatches = append(mismatches, fmt.Sprintf("%s: want %s, got %s", k, w, g))
		}
	}
	sort.Strings(mismatches)
	expected := []string{
		"wrong.webidl:11:13: connect.core.noSuchFunction: want function, got absent",
		"wrong.webidl:13:46: connect.core.terminate (removed in 2.0.0): want absent, got function",
		"wrong.webidl:18:11: connect.noSuchNamespace: want object, got absent",
		"wrong.webidl:20:13: connect.noSuchNamespace.f: want function, got absent",
		"wrong.webidl:27:13: connect.ChatConnection.prototype.getName: want function, got absent",
		"wrong.webidl:29:13: connect.Agent.prototype.getNothing: want function, got absent",
		"wrong.webidl:29:13: connect.ChatConnection.prototype.getNothing: want function, got absent",
		`wrong.webidl:33:44: [Event="agent::no_such_event"] is a runtime event name: want true, got false`,
		"wrong.webidl:33:44: connect.ChatConnection.prototype.onRefresh: want function, got absent",
		"wrong.webidl:38:11: connect.ChatConnection inherits from connect.Agent: want true, got false",
		`wrong.webidl:45:6: connect.AgentStateType value "error": want absent, got present`,
		`wrong.webidl:45:6: connect.AgentStateType value "not_routable": want absent, got present`,
		`wrong.webidl:45:6: connect.AgentStateType value "offline": want absent, got present`,
		`wrong.webidl:45:6: connect.AgentStateType value "system": want absent, got present`,
		"wrong.webidl:45:6: connect.AgentStateType.BOGUS (generated .d.ts key vs runtime key): want bogus, got absent",
		"wrong.webidl:45:6: connect.AgentStateType.CAN_ROUTE (generated .d.ts key vs runtime key): want routable, got absent",
		"wrong.webidl:45:6: connect.AgentStateType.ERROR (generated .d.ts key vs runtime key): want absent, got error",
		"wrong.webidl:45:6: connect.AgentStateType.INIT (generated .d.ts key vs runtime key): want absent, got init",
		"wrong.webidl:45:6: connect.AgentStateType.NOT_ROUTABLE (generated .d.ts key vs runtime key): want absent, got not_routable",
		"wrong.webidl:45:6: connect.AgentStateType.OFFLINE (generated .d.ts key vs runtime key): want absent, got offline",
		"wrong.webidl:45:6: connect.AgentStateType.ROUTABLE (generated .d.ts key vs runtime key): want absent, got routable",
		"wrong.webidl:45:6: connect.AgentStateType.SYSTEM (generated .d.ts key vs runtime key): want absent, got system",
		`wrong.webidl:47:36: connect.AgentStateType value "init" (removed in 2.0.0): want absent, got present`,
		`wrong.webidl:51:3: connect.AgentStateType value "bogus": want present, got absent`,
		"wrong.webidl:60:32: new connect.SoftphoneError().noSuchAttribute: want present, got absent",
	}
	if diff := cmp.Diff(expected, mismatches); diff != "" {
		t.Errorf("mismatches found (-expected +found):\n%s", diff)
	}
}

// TestLackingDetects checks the listing of public members against the wrong
// schema: described members are not lacking, others are, and removed or
// missing members of the schema never make a runtime member known.
func TestLackingDetects(t *testing.T) {
	t.Parallel()
	api, err := schema.Load([]schema.File{{Name: "wrong.webidl", Src: []byte(wrongSchema)}})
	if err != nil {
		t.Fatal(err)
	}
	p := NewPlan(api, nil)
	lacking := map[string]bool{}
	for _, m := range p.Lacking(probe(t, p)) {
		lacking[m] = true
	}
	for m, want := range map[string]bool{
		"connect.core":                                  false, // namespace
		"connect.core.initCCP":                          false, // its function
		"connect.core.terminate":                        false, // described, although wrongly as removed
		"connect.core.getEventBus":                      true,
		"connect.Agent":                                 false, // class
		"connect.Agent.prototype.getName":               false, // its operation
		"connect.Agent.prototype.mute":                  true,
		"connect.Agent.prototype._getData":              false, // private: not public
		"connect.AgentStateType":                        false, // enum
		"connect.ChatConnection.prototype.getMediaType": false, // own operation of a subclass
		"connect.ChatConnection.prototype.getMediaInfo": true,
		"connect.ContactType":                           true,
		"connect.agentApp":                              true,  // a namespace the schema lacks
		"connect.agentApp.initApp":                      false, // members of namespaces the schema lacks are not listed
		"connect.version":                               false, // a string, not a function or object
	} {
		if lacking[m] != want {
			t.Errorf("%s: lacking = %v, want %v", m, lacking[m], want)
		}
	}
}
