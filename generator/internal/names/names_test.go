package names

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/streamsgen/streamsgen/schema"
)

func TestGoExported(t *testing.T) {
	tests := []struct{ in, want string }{
		{"getNextState", "GetNextState"},
		{"isBarge", "IsBarge"},
		{"isSilentMonitor", "IsSilentMonitor"},
		{"getContactId", "GetContactID"},
		{"agentStateARN", "AgentStateARN"},
		{"ccpUrl", "CcpURL"},
		{"VDIPlatform", "VDIPlatform"},
		{"queueARNs", "QueueARNs"},
		{"contactIds", "ContactIDs"},
		{"not_routable", "NotRoutable"},
		{"agent::init", "AgentInit"},
		{"AfterCallWork", "AfterCallWork"},
		{"onACW", "OnACW"},
		{"initCCP", "InitCCP"},
		{"3ds", "X3ds"},
		{"", "X"},
		{"NOT_ROUTABLE", "NotRoutable"},
		{"INIT", "Init"},
		{"CCP", "Ccp"},
		{"ID", "ID"},
	}
	for _, tt := range tests {
		if got := GoExported(tt.in); got != tt.want {
			t.Errorf("GoExported(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"getNextState", []string{"get", "Next", "State"}},
		{"ARNValue", []string{"ARN", "Value"}},
		{"agent::not_routable", []string{"agent", "not", "routable"}},
		{"HTML5", []string{"HTML5"}},
		{"v2Api", []string{"v2", "Api"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Words(tt.in)); diff != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestGoParam(t *testing.T) {
	tests := []struct{ in, want string }{
		{"state", "state"},
		{"queueARNs", "queueARNs"},
		{"type", "typeArg"},
		{"ctx", "ctxArg"},
		{"ContactId", "contactID"},
	}
	for _, tt := range tests {
		if got := GoParam(tt.in); got != tt.want {
			t.Errorf("GoParam(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEnumNames(t *testing.T) {
	e := &schema.Enum{Name: "AgentEvents"}
	tests := []struct {
		v      schema.EnumValue
		goName string
		tsName string
	}{
		{schema.EnumValue{Value: "routable"}, "AgentEventsRoutable", "ROUTABLE"},
		{schema.EnumValue{Value: "not_routable"}, "AgentEventsNotRoutable", "NOT_ROUTABLE"},
		{schema.EnumValue{Value: "AfterCallWork"}, "AgentEventsAfterCallWork", "AFTER_CALL_WORK"},
		{schema.EnumValue{Value: "agent::init", Name: "INIT"}, "AgentEventsInit", "INIT"},
		{schema.EnumValue{Value: "x", Names: schema.Names{Go: "Ex", TS: "EX"}}, "AgentEventsEx", "EX"},
	}
	for _, tt := range tests {
		if got := GoEnumConst(e, &tt.v); got != tt.goName {
			t.Errorf("GoEnumConst(%q) = %q, want %q", tt.v.Value, got, tt.goName)
		}
		if got := TSEnumMember(&tt.v); got != tt.tsName {
			t.Errorf("TSEnumMember(%q) = %q, want %q", tt.v.Value, got, tt.tsName)
		}
	}
}

func TestUpperSnake(t *testing.T) {
	for in, want := range map[string]string{
		"AfterCallWork":  "AFTER_CALL_WORK",
		"queue_callback": "QUEUE_CALLBACK",
		"PendingBusy":    "PENDING_BUSY",
	} {
		if got := UpperSnake(in); got != want {
			t.Errorf("UpperSnake(%q) = %q, want %q", in, got, want)
		}
	}
}
