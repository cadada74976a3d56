//go:build js && wasm

package streamstest

import (
	"encoding/json"
	"maps"
	"syscall/js"
	"time"
)

// This file holds the helpers of the contact-side tests: contacts of every
// channel with the data the service sends (media details, monitoring,
// attributes, segment attributes, references, endpoints), an upstream that
// echoes broadcasts back as the CCP does, a stand-in media factory, and the
// API proxy client Quick Responses and screen sharing talk to.

// InstanceID is the Amazon Connect instance of InstanceConfiguration. The
// library extracts it from the routing profile ARN with a pattern that only
// accepts hexadecimal identifiers.
const InstanceID = "0123abcd-4567-89ef-0123-456789abcdef"

// AccountID is the AWS account of InstanceConfiguration.
const AccountID = "111122223333"

// InstanceConfiguration returns FullConfiguration with a routing profile
// whose ARN names InstanceID, as the Voice ID and screen sharing requests
// need.
func InstanceConfiguration() map[string]any {
	c := FullConfiguration()
	rp := maps.Clone(c["routingProfile"].(map[string]any))
	arn := "arn:aws:connect:us-east-1:" + AccountID + ":instance/" + InstanceID + "/routing-profile/rp1"
	rp["routingProfileARN"] = arn
	rp["routingProfileId"] = arn
	c["routingProfile"] = rp
	return c
}

// FullConnection is a connection of a contact with every member the
// service sends.
type FullConnection struct {
	ID       string         `json:"connectionId"`
	Type     string         `json:"type"`
	State    ConnState      `json:"state"`
	Endpoint map[string]any `json:"endpoint,omitempty"`
	Initial  bool           `json:"initial"`

	SoftphoneMediaInfo map[string]any `json:"softphoneMediaInfo,omitempty"`
	ChatMediaInfo      map[string]any `json:"chatMediaInfo,omitempty"`
	// MonitoringInfo's joinTimeStamp is given in Unix milliseconds and
	// becomes a Date.
	MonitoringInfo      map[string]any `json:"monitoringInfo,omitempty"`
	Mute                *bool          `json:"mute,omitempty"`
	ForcedMute          *bool          `json:"forcedMute,omitempty"`
	QuickConnectName    string         `json:"quickConnectName,omitempty"`
	MonitorCapabilities []string       `json:"monitorCapabilities,omitempty"`
	MonitorStatus       string         `json:"monitorStatus,omitempty"`
	Capabilities        map[string]any `json:"capabilities,omitempty"`
}

// FullContact is a contact of the agent snapshot with every member the
// service sends. Empty members are left out of the snapshot.
type FullContact struct {
	ID                   string         `json:"contactId"`
	InitialContactID     string         `json:"initialContactId,omitempty"`
	RelatedContactID     string         `json:"relatedContactId,omitempty"`
	ContactAssociationID string         `json:"contactAssociationId,omitempty"`
	Type                 string         `json:"type"`
	State                ConnState      `json:"state"`
	Queue                map[string]any `json:"queue,omitempty"`
	// QueueTimestamp is in Unix milliseconds and becomes a Date.
	QueueTimestamp        int64                     `json:"queueTimestamp,omitempty"`
	Connections           []FullConnection          `json:"connections"`
	Attributes            map[string]map[string]any `json:"attributes"`
	ContactDuration       any                       `json:"contactDuration,omitempty"`
	Name                  string                    `json:"name,omitempty"`
	Description           string                    `json:"description,omitempty"`
	References            map[string]map[string]any `json:"references,omitempty"`
	InitiationMethod      string                    `json:"initiationMethod,omitempty"`
	ContactFeatures       map[string]any            `json:"contactFeatures,omitempty"`
	ChannelContext        map[string]any            `json:"channelContext,omitempty"`
	SegmentAttributes     map[string]any            `json:"segmentAttributes,omitempty"`
	CustomerEndpoint      map[string]any            `json:"customerEndpoint,omitempty"`
	ConnectSystemEndpoint map[string]any            `json:"connectSystemEndpoint,omitempty"`
	ContactMetadata       map[string]any            `json:"contactMetadata,omitempty"`
	HandlingConfig        map[string]any            `json:"agentContactHandlingConfig,omitempty"`
}

// QueueTime is when the contacts of the builders below entered their queue.
var QueueTime = Start.Add(-45 * time.Second)

// JoinTime is when the supervisor of SupervisedVoiceContact joined.
var JoinTime = Start.Add(5 * time.Second)

// Queue1 and Queue2 are the queues of the fixture's routing profile.
var (
	Queue1 = map[string]any{"name": "BasicQueue", "queueARN": "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q1", "queueId": "q1"}
	Queue2 = map[string]any{"name": "Support", "queueARN": "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q2", "queueId": "q2"}
)

func segment(s string) map[string]any { return map[string]any{"ValueString": s} }

func attribute(name string, value any) map[string]any {
	return map[string]any{"name": name, "value": value}
}

// AgentEndpoint is the endpoint of the signed-in agent's own connections.
var AgentEndpoint = map[string]any{"type": "agent", "name": "Jane Doe", "agentLogin": "jane"}

// PhoneEndpoint is an endpoint of type phone_number.
func PhoneEndpoint(number, name string) map[string]any {
	return map[string]any{"type": "phone_number", "phoneNumber": number, "name": name}
}

// FullVoiceContact returns an inbound softphone call between the agent
// (agentConnState) and the customer, with queue data, attributes, segment
// attributes, features and the customer and system endpoints.
func FullVoiceContact(id, state, agentConnState string) FullContact {
	ms := Start.UnixMilli()
	return FullContact{
		ID: id, InitialContactID: id + "-initial", Type: "voice", State: ConnState{state, ms},
		Queue: Queue1, QueueTimestamp: QueueTime.UnixMilli(),
		Attributes: map[string]map[string]any{
			"CustomerTier": attribute("CustomerTier", "Gold"),
			"Unset":        attribute("Unset", nil),
		},
		ContactDuration:  "42",
		InitiationMethod: "inbound",
		ContactFeatures: map[string]any{
			"attachmentsEnabled": false, "messagingMarkdownEnabled": false, "multiPartyConferenceEnabled": true,
			"screenRecordingEnabled": true, "screenRecordingState": "STARTED",
			"screenRecordingConfig": map[string]any{"screenRecordingEnabled": true, "screenRecordingState": "STARTED"},
		},
		SegmentAttributes: map[string]any{
			"connect:Subtype":   segment("connect:Telephony"),
			"connect:Direction": segment("INBOUND"),
		},
		CustomerEndpoint:      map[string]any{"type": "TELEPHONE_NUMBER", "phoneNumber": "+15555550100"},
		ConnectSystemEndpoint: map[string]any{"type": "TELEPHONE_NUMBER", "phoneNumber": "+15555550199", "name": "Main line"},
		ContactMetadata:       map[string]any{"ivrPath": []any{"main", "billing"}},
		Connections: []FullConnection{
			{
				ID: id + "-agent", Type: "agent", State: ConnState{agentConnState, ms}, Endpoint: AgentEndpoint,
				SoftphoneMediaInfo: map[string]any{
					"callType": "audio_only", "autoAccept": false, "mediaLegContextToken": "leg-" + id,
					"callContextToken": "ctx-" + id, "callConfigJson": `{"iceServers":[]}`,
				},
				Mute: new(false), ForcedMute: new(false),
				Capabilities: map[string]any{"Video": "SEND"},
			},
			{
				ID: id + "-customer", Type: "inbound", State: ConnState{"connected", ms}, Initial: true,
				Endpoint:     PhoneEndpoint("+15555550100", "+15555550100"),
				Capabilities: map[string]any{"Video": "SEND", "ScreenShare": "SEND"},
			},
		},
	}
}

// ThirdParty returns an outbound connection to an external number reached
// through a quick connect, in the given state.
func ThirdParty(id, state string) FullConnection {
	return FullConnection{
		ID: id, Type: "outbound", State: ConnState{state, Start.UnixMilli()},
		Endpoint:         PhoneEndpoint("+15555550142", "Escalations"),
		QuickConnectName: "Escalations", Mute: new(true),
	}
}

// WebCallContact returns FullVoiceContact as a web call (subtype
// connect:WebRTC), the only kind of contact that can share a screen.
func WebCallContact(id, state string) FullContact {
	c := FullVoiceContact(id, state, "connected")
	c.SegmentAttributes = map[string]any{"connect:Subtype": segment("connect:WebRTC"), "connect:Direction": segment("INBOUND")}
	c.InitiationMethod = "webrtc_api"
	return c
}

// QueueCallbackContact returns a queued callback: the agent's softphone
// leg (agentConnState) and the customer's outbound leg, which the callback
// dials.
func QueueCallbackContact(id, state, agentConnState string) FullContact {
	ms := Start.UnixMilli()
	return FullContact{
		ID: id, Type: "queue_callback", State: ConnState{state, ms},
		Queue: Queue2, QueueTimestamp: QueueTime.UnixMilli(),
		Attributes:       map[string]map[string]any{"Reason": attribute("Reason", "Billing")},
		InitiationMethod: "callback",
		Connections: []FullConnection{
			{
				ID: id + "-agent", Type: "agent", State: ConnState{agentConnState, ms}, Endpoint: AgentEndpoint,
				SoftphoneMediaInfo: map[string]any{
					"callType": "audio_only", "autoAccept": true, "mediaLegContextToken": "leg-" + id,
					"callContextToken": "ctx-" + id, "callConfigJson": "{}",
				},
			},
			{
				ID: id + "-customer", Type: "outbound", State: ConnState{"connecting", ms}, Initial: true,
				Endpoint: PhoneEndpoint("+15555550177", "+15555550177"),
			},
		},
	}
}

// ChatToken is the participant token in the connection data of the
// agent's leg of ChatContact.
const ChatToken = "chat-token-agent"

// ChatContact returns a chat between the agent (agentConnState) and an
// authenticated customer, with a second agent who joined, and the media
// details chat connections carry.
func ChatContact(id, state, agentConnState string) FullContact {
	ms := Start.UnixMilli()
	auth := map[string]any{"ValueMap": map[string]any{
		"Status":               segment("AUTHENTICATED"),
		"IdentityProvider":     segment("https://idp.example.com"),
		"ClientId":             segment("client-1"),
		"AssociatedCustomerId": segment("profile-9"),
		"AuthenticationMethod": segment("CONNECT"),
	}}
	return FullContact{
		ID: id, InitialContactID: id + "-initial", Type: "chat", State: ConnState{state, ms},
		Queue: Queue2, QueueTimestamp: QueueTime.UnixMilli(),
		Attributes:       map[string]map[string]any{"Language": attribute("Language", "en")},
		InitiationMethod: "api",
		ContactFeatures:  map[string]any{"attachmentsEnabled": true, "messagingMarkdownEnabled": true},
		SegmentAttributes: map[string]any{
			"connect:Subtype":                segment("connect:SMS"),
			"connect:CustomerAuthentication": auth,
		},
		Connections: []FullConnection{
			{
				ID: id + "-agent", Type: "agent", State: ConnState{agentConnState, ms}, Endpoint: AgentEndpoint,
				ChatMediaInfo: map[string]any{
					"chatAutoAccept": false, "connectionData": `{"ConnectionAuthenticationToken":"` + ChatToken + `"}`,
				},
			},
			{
				ID: id + "-customer", Type: "inbound", State: ConnState{"connected", ms}, Initial: true,
				Endpoint:      map[string]any{"type": "phone_number", "phoneNumber": "+15555550100", "name": "Pat Doe"},
				ChatMediaInfo: map[string]any{"customerName": "Pat Doe", "connectionData": "not json"},
			},
			{
				ID: id + "-peer", Type: "outbound", State: ConnState{"connected", ms},
				Endpoint:      map[string]any{"type": "agent", "name": "Sam Agent"},
				ChatMediaInfo: map[string]any{"agentName": "Sam Agent"},
			},
		},
	}
}

// TaskContact returns a scheduled task created from a template, with a
// name, a description and references.
func TaskContact(id, state, agentConnState string) FullContact {
	ms := Start.UnixMilli()
	return FullContact{
		ID: id, InitialContactID: id + "-initial", RelatedContactID: id + "-related", Type: "task",
		State: ConnState{state, ms}, Queue: Queue2, QueueTimestamp: QueueTime.UnixMilli(),
		Name: "Invoice follow-up", Description: "Call the customer back about invoice 42.",
		References: map[string]map[string]any{
			"Invoice": {"type": "URL", "value": "https://example.com/invoices/42"},
			"Scan": {"type": "ATTACHMENT", "value": "scan.pdf", "arn": "arn:aws:connect:us-east-1:111122223333:instance/i/attachment/a1",
				"status": "APPROVED", "statusReason": "scanned"},
		},
		InitiationMethod: "api",
		ChannelContext:   map[string]any{"scheduledTime": 1715000000, "taskTemplateId": "tmpl-1", "taskTemplateVersion": 3},
		Attributes:       map[string]map[string]any{},
		Connections: []FullConnection{
			{ID: id + "-agent", Type: "agent", State: ConnState{agentConnState, ms}, Endpoint: AgentEndpoint},
			{ID: id + "-origin", Type: "inbound", State: ConnState{"connected", ms}, Initial: true,
				Endpoint: map[string]any{"type": "agent", "name": "Task creator"}},
		},
	}
}

// EmailContact returns an inbound email in a thread, with the customer's
// and the contact centre's addresses and the contact's own auto-accept
// setting.
func EmailContact(id, state, agentConnState string) FullContact {
	ms := Start.UnixMilli()
	return FullContact{
		ID: id, Type: "email", State: ConnState{state, ms}, RelatedContactID: id + "-previous",
		ContactAssociationID: "thread-7", Queue: Queue2, QueueTimestamp: QueueTime.UnixMilli(),
		InitiationMethod: "inbound",
		SegmentAttributes: map[string]any{
			"connect:Subtype":      segment("connect:Email"),
			"connect:EmailSubject": segment("Invoice 42"),
		},
		CustomerEndpoint:      map[string]any{"type": "EMAIL_ADDRESS", "emailAddress": "pat@example.com", "displayName": "Pat Doe"},
		ConnectSystemEndpoint: map[string]any{"type": "EMAIL_ADDRESS", "emailAddress": "support@example.com", "displayName": "Support"},
		HandlingConfig:        map[string]any{"autoAccept": true},
		Attributes:            map[string]map[string]any{},
		Connections: []FullConnection{
			{ID: id + "-agent", Type: "agent", State: ConnState{agentConnState, ms}, Endpoint: AgentEndpoint},
			{ID: id + "-customer", Type: "inbound", State: ConnState{"connected", ms}, Initial: true,
				Endpoint: map[string]any{"type": "EMAIL_ADDRESS", "name": "Pat Doe"}},
		},
	}
}

// SupervisedVoiceContact returns a call that the signed-in user, a
// supervisor, monitors in the given mode (SILENT_MONITOR or BARGE): their
// monitoring leg, the customer and the monitored agent. The snapshot of a
// monitored contact carries no attributes and no queue.
func SupervisedVoiceContact(id, mode string) FullContact {
	ms := Start.UnixMilli()
	state := "silent_monitor"
	if mode == "BARGE" {
		state = "barge"
	}
	return FullContact{
		ID: id, Type: "voice", State: ConnState{"connected", ms}, InitiationMethod: "monitor",
		Connections: []FullConnection{
			{
				ID: id + "-supervisor", Type: "monitoring", State: ConnState{state, ms}, Endpoint: AgentEndpoint,
				MonitorStatus: mode, MonitorCapabilities: []string{"SILENT_MONITOR", "BARGE"},
				MonitoringInfo: map[string]any{"agent": map[string]any{"agentName": "Sam Agent"}, "joinTimeStamp": JoinTime.UnixMilli()},
				ForcedMute:     new(false),
			},
			{ID: id + "-customer", Type: "inbound", State: ConnState{"connected", ms}, Initial: true,
				Endpoint: PhoneEndpoint("+15555550100", "+15555550100")},
			{ID: id + "-agent", Type: "outbound", State: ConnState{"connected", ms},
				Endpoint: map[string]any{"type": "agent", "name": "Sam Agent"}, ForcedMute: new(true)},
		},
	}
}

// BargedVoiceContact returns FullVoiceContact as the monitored agent sees
// it once a supervisor barged in: the supervisor's leg is live in barge
// mode and the agent was muted by them.
func BargedVoiceContact(id string) FullContact {
	c := FullVoiceContact(id, "connected", "connected")
	c.Connections[0].ForcedMute = new(true)
	c.Connections[0].Mute = new(true)
	c.Connections = append(c.Connections, FullConnection{
		ID: id + "-supervisor", Type: "monitoring", State: ConnState{"barge", Start.UnixMilli()},
		Endpoint: map[string]any{"type": "agent", "name": "Sue Supervisor"}, MonitorStatus: "BARGE",
	})
	return c
}

// fullDatesSrc turns the Unix milliseconds of the members FullContact adds
// into Dates of the library's realm, after build has converted the rest.
const fullDatesSrc = `
const D = window.Date;
for (const c of u.snapshot.contacts) {
  if (typeof c.queueTimestamp === "number") c.queueTimestamp = new D(c.queueTimestamp);
  for (const k of c.connections) {
    if (k.monitoringInfo && typeof k.monitoringInfo.joinTimeStamp === "number") {
      k.monitoringInfo.joinTimeStamp = new D(k.monitoringInfo.joinTimeStamp);
    }
  }
}
return u;`

// PushContacts triggers connect.AgentEvents.UPDATE with the agent
// Available, InstanceConfiguration and the given contacts.
func (f *Fixture) PushContacts(contacts ...FullContact) {
	f.t.Helper()
	f.Bus.Call("trigger", f.Connect.Get("AgentEvents").Get("UPDATE"), f.ContactsValue(contacts...))
}

// ContactsValue returns the JS value PushContacts would send.
func (f *Fixture) ContactsValue(contacts ...FullContact) js.Value {
	f.t.Helper()
	if contacts == nil {
		contacts = []FullContact{}
	}
	ms := Start.UnixMilli()
	snap := map[string]any{
		"state":                  State{Type: "routable", Name: "Available", ARN: StateARN("Available"), Start: ms},
		"nextState":              nil,
		"agentAvailabilityState": map[string]any{"state": "Available", "timeStamp": ms},
		"contacts":               contacts,
		"snapshotTimestamp":      ms + 1000,
		"skew":                   Skew,
	}
	text, err := json.Marshal(map[string]any{"snapshot": snap, "configuration": InstanceConfiguration()})
	if err != nil {
		f.t.Fatal(err)
	}
	return Func("u", fullDatesSrc).Invoke(f.build.Invoke(string(text)))
}

// echoUpstreamSrc is a connect.core.upstream that records what the library
// sends and, like the CCP, sends every broadcast back to the page: the
// event is fired on the bus a moment later with a structured copy of the
// data (prototypes and methods do not survive).
const echoUpstreamSrc = `
return {
  sent: [],
  sendUpstream(type, msg) {
    const copy = msg === undefined ? null : JSON.parse(JSON.stringify(msg));
    this.sent.push({event: type, data: copy});
    if (type === connect.EventType.BROADCAST && copy) {
      setTimeout(() => bus.trigger(copy.event, copy.data), 0);
    }
  },
  onUpstream() { return {unsubscribe() {}}; },
  sendDownstream() {},
  onDownstream() { return {unsubscribe() {}}; },
  onAllUpstream() { return {unsubscribe() {}}; },
  upstreamBus: {trigger() {}},
};`

// EchoBroadcasts replaces connect.core.upstream with one that records what
// the library sends and echoes broadcasts back onto the bus, as the CCP
// does for contact.accept() and the screen sharing events.
func (f *Fixture) EchoBroadcasts() *Upstream {
	v := Func("connect, bus", echoUpstreamSrc).Invoke(f.Connect, f.Bus)
	f.Connect.Get("core").Set("upstream", v)
	return &Upstream{t: f.t, v: v}
}

// mediaFactorySrc stands in for connect.core.mediaFactory, which initCCP
// creates: connections ask it for their media controller when they are
// made. In "success" mode get resolves with the connection's media details;
// in "failure" mode it rejects, as the real factory does for a leg that is
// no longer live.
const mediaFactorySrc = `
return {
  mode: "success",
  requests: [],
  get(conn) {
    this.requests.push(conn.getConnectionId());
    if (this.mode !== "success") {
      return Promise.reject("Media Controller is no longer available for this connection");
    }
    return Promise.resolve({connectionId: conn.getConnectionId(), mediaType: conn.getMediaType()});
  },
};`

// MediaFactory is the stand-in connect.core.mediaFactory.
type MediaFactory struct{ V js.Value }

// StubMediaFactory installs a stand-in connect.core.mediaFactory and
// removes it when the test ends. Contacts whose connections carry media
// details cannot be read without one.
func (f *Fixture) StubMediaFactory() *MediaFactory {
	v := Func("", mediaFactorySrc).Invoke()
	core := f.Connect.Get("core")
	core.Set("mediaFactory", v)
	f.t.Cleanup(func() { core.Delete("mediaFactory") })
	return &MediaFactory{V: v}
}

// SetMode sets "success" or "failure" for get.
func (m *MediaFactory) SetMode(mode string) { m.V.Set("mode", mode) }

// UseClientAsAPIProxy makes the stub client answer the API proxy requests
// too (Quick Responses and screen sharing, which outside the CCP go to
// connect.core.apiProxyClient), until the test ends.
func (f *Fixture) UseClientAsAPIProxy() {
	core := f.Connect.Get("core")
	core.Set("apiProxyClient", f.Client)
	f.t.Cleanup(func() { core.Set("apiProxyClient", js.Null()) })
}

// Method returns the runtime name of an API method from one of the
// library's method tables, for example Method("AgentAppClientMethods",
// "GET_CONTACT").
func (f *Fixture) Method(table, key string) string {
	return f.Connect.Get(table).Get(key).String()
}
