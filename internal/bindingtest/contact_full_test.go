//go:build js && wasm

package bindingtest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"syscall/js"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/streamsgen/streamsgen/gen/streams"
	"github.com/streamsgen/streamsgen/internal/streamstest"
)

// The tests of this file cover the contact side of the API: every Contact
// and connection getter against contacts of each channel, every contact
// event the library's snapshot diffing (and the CCP's echo of broadcasts)
// raises, and the {success, failure} and Promise methods of contacts,
// connections, Voice ID and Quick Responses through both outcomes.

var ctCtx = context.Background()

// ctContacts collects the handles connect.contact delivers, by identifier.
type ctContacts struct {
	t   *testing.T
	mu  sync.Mutex
	got map[string]streams.Contact
	ch  chan string
}

// ctWatch subscribes with connect.contact. The handler runs setup, if any,
// for each new contact, as an application registers its per-contact
// handlers.
func ctWatch(t *testing.T, setup func(streams.Contact)) *ctContacts {
	t.Helper()
	w := &ctContacts{t: t, got: map[string]streams.Contact{}, ch: make(chan string, 32)}
	sub, err := streams.Connect.Contact(func(c streams.Contact) {
		id, err := c.GetContactID()
		if err != nil {
			t.Error(err)
			return
		}
		if setup != nil {
			setup(c)
		}
		w.mu.Lock()
		w.got[id] = c
		w.mu.Unlock()
		w.ch <- id
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sub.Unsubscribe)
	return w
}

// wait returns the handles of the given contacts once connect.contact has
// delivered them.
func (w *ctContacts) wait(ids ...string) []streams.Contact {
	w.t.Helper()
	var out []streams.Contact
	for _, id := range ids {
		for {
			w.mu.Lock()
			c, ok := w.got[id]
			w.mu.Unlock()
			if ok {
				out = append(out, c)
				break
			}
			streamstest.Receive(w.t, w.ch)
		}
	}
	return out
}

// ctSetup returns a fixture with the agent known, a media factory stand-in
// and the contacts pushed, and their handles.
func ctSetup(t *testing.T, contacts ...streamstest.FullContact) (*streamstest.Fixture, *streamstest.MediaFactory, []streams.Contact) {
	t.Helper()
	f := streamstest.New(t)
	mf := f.StubMediaFactory()
	agentFromInit(t, f)
	w := ctWatch(t, nil)
	f.PushContacts(contacts...)
	var ids []string
	for _, c := range contacts {
		ids = append(ids, c.ID)
	}
	return f, mf, w.wait(ids...)
}

func ctStr(s string) *string { return &s }

// ctEndpoint is what connect.Endpoint makes of endpoint data: every field,
// null when unknown.
func ctEndpoint(typ streams.EndpointType, name, phone, login string) streams.Endpoint {
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	return streams.Endpoint{Type: &typ, Name: opt(name), PhoneNumber: opt(phone), AgentLogin: opt(login)}
}

// ctContactView is every Contact getter's answer for one contact.
type ctContactView struct {
	ID, Attribute                 string
	Type                          streams.ContactType
	State, Status                 streams.ContactState
	PositiveDurations             bool
	Original, Initial             *string
	Related, Association          *string
	Duration                      streams.ContactDuration
	Initiation                    *streams.ContactInitiationMethod
	Queue                         *streams.Queue
	QueueTimestamp                *time.Time
	Connected, Inbound            bool
	Name, Description             string
	Attributes                    map[string]streams.ContactAttribute
	Segments                      map[string]streams.SegmentAttributeValue
	Subtype                       *string
	References                    map[string]streams.ContactReference
	ChannelContext                *streams.ChannelContext
	Features                      *streams.ContactFeatures
	Metadata                      string
	CustomerEndpoint, SystemEndpt *streams.Endpoint
	AutoAccept                    bool
	CustomerFirstCallback         bool
	CampaignPreview               bool
	EventName                     string
	Connections                   []string
	Initial1, ActiveInitial       string
	ThirdParty                    []string
	SingleThirdParty              string
	AgentConnection               string
	Active                        []string
	Softphone, MultiParty         bool
	Video                         [3]bool // hasVideoRTCCapabilities, canAgentSendVideo, canAgentReceiveVideo
	ScreenShare                   [3]bool // hasScreenShareCapability, canAgentSendScreenShare, canCustomerSendScreenShare
	TwoActive                     bool
}

// ctConnID is the identifier of c, or "" for none.
func ctConnID(c *streams.BaseConnection, err error) string {
	if c == nil {
		agMust(0, err)
		return ""
	}
	return agMust(c.GetConnectionID())
}

// ctConnIDs is the identifiers of cs.
func ctConnIDs(cs []streams.BaseConnection, err error) []string {
	agMust(0, err)
	ids := []string{}
	for _, c := range cs {
		ids = append(ids, agMust(c.GetConnectionID()))
	}
	return ids
}

func ctView(t *testing.T, c streams.Contact) ctContactView {
	t.Helper()
	v := ctContactView{
		ID:                    agMust(c.GetContactID()),
		Attribute:             agMust(c.ContactID()),
		Type:                  agMust(c.GetType()),
		State:                 agMust(c.GetState()),
		Status:                agMust(c.GetStatus()),
		Original:              agMust(c.GetOriginalContactID()),
		Initial:               agMust(c.GetInitialContactID()),
		Related:               agMust(c.GetRelatedContactID()),
		Association:           agMust(c.GetContactAssociationID()),
		Duration:              agMust(c.GetContactDuration()),
		Initiation:            agMust(c.GetInitiationMethod()),
		Queue:                 agMust(c.GetQueue()),
		QueueTimestamp:        agMust(c.GetQueueTimestamp()),
		Connected:             agMust(c.IsConnected()),
		Inbound:               agMust(c.IsInbound()),
		Name:                  agMust(c.GetName()),
		Description:           agMust(c.GetDescription()),
		Attributes:            agMust(c.GetAttributes()),
		Segments:              agMust(c.GetSegmentAttributes()),
		Subtype:               agMust(c.GetContactSubtype()),
		References:            agMust(c.GetReferences()),
		ChannelContext:        agMust(c.GetChannelContext()),
		Features:              agMust(c.GetContactFeatures()),
		CustomerEndpoint:      agMust(c.GetCustomerEndpoint()),
		SystemEndpt:           agMust(c.GetConnectSystemEndpoint()),
		AutoAccept:            agMust(c.IsAutoAcceptEnabled()),
		CustomerFirstCallback: agMust(c.IsCustomerFirstCallback()),
		CampaignPreview:       agMust(c.IsCampaignPreview()),
		EventName:             agMust(c.GetEventName(streams.ContactEventsConnected)),
		Softphone:             agMust(c.IsSoftphoneCall()),
		MultiParty:            agMust(c.IsMultiPartyConferenceEnabled()),
		TwoActive:             agMust(c.HasTwoActiveParticipants()),
	}
	d1, d2 := agMust(c.GetStateDuration()), agMust(c.GetStatusDuration())
	v.PositiveDurations = d1 > 0 && d2 >= d1
	if md := agMust(c.GetContactMetadata()); !md.IsUndefined() {
		v.Metadata = js.Global().Get("JSON").Call("stringify", md).String()
	}
	v.Connections = ctConnIDs(c.GetConnections())
	v.Initial1 = ctConnID(c.GetInitialConnection())
	v.ActiveInitial = ctConnID(c.GetActiveInitialConnection())
	v.ThirdParty = ctConnIDs(c.GetThirdPartyConnections())
	v.SingleThirdParty = ctConnID(c.GetSingleActiveThirdPartyConnection())
	v.AgentConnection = ctConnID(c.GetAgentConnection())
	v.Active = ctConnIDs(c.GetActiveConnections())
	v.Video = [3]bool{agMust(c.HasVideoRTCCapabilities()), agMust(c.CanAgentSendVideo()), agMust(c.CanAgentReceiveVideo())}
	v.ScreenShare = [3]bool{agMust(c.HasScreenShareCapability()), agMust(c.CanAgentSendScreenShare()), agMust(c.CanCustomerSendScreenShare())}
	return v
}

func ctState(typ streams.ContactStateType) streams.ContactState {
	return streams.ContactState{Type: typ, Timestamp: streamstest.Start}
}

func ctInitiation(m streams.ContactInitiationMethod) *streams.ContactInitiationMethod { return &m }

func TestContactGettersEveryChannel(t *testing.T) {
	_, _, cs := ctSetup(t,
		streamstest.FullVoiceContact("c-voice", "connected", "connected"),
		streamstest.QueueCallbackContact("c-callback", "incoming", "connecting"),
		streamstest.ChatContact("c-chat", "connected", "connected"),
		streamstest.TaskContact("c-task", "connected", "connected"),
		streamstest.EmailContact("c-email", "connecting", "connecting"),
	)
	qt := streamstest.QueueTime
	segs := func(kv ...string) map[string]streams.SegmentAttributeValue {
		m := map[string]streams.SegmentAttributeValue{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = streams.SegmentAttributeValue{ValueString: kv[i+1]}
		}
		return m
	}
	chatSegs := segs("connect:Subtype", "connect:SMS")
	chatSegs["connect:CustomerAuthentication"] = streams.SegmentAttributeValue{ValueMap: segs(
		"Status", "AUTHENTICATED", "IdentityProvider", "https://idp.example.com", "ClientId", "client-1",
		"AssociatedCustomerId", "profile-9", "AuthenticationMethod", "CONNECT")}
	telephone, email := streams.EndpointType("TELEPHONE_NUMBER"), streams.EndpointType("EMAIL_ADDRESS")

	want := map[string]ctContactView{
		"c-voice": {
			ID: "c-voice", Attribute: "c-voice", Type: streams.ContactTypeVoice,
			State: ctState(streams.ContactStateTypeConnected), Status: ctState(streams.ContactStateTypeConnected),
			PositiveDurations: true, Original: ctStr("c-voice-initial"), Initial: ctStr("c-voice-initial"),
			Duration:   streams.ContactDuration{String: ctStr("42")},
			Initiation: ctInitiation(streams.ContactInitiationMethodInbound),
			Queue:      new(agQ1), QueueTimestamp: &qt, Connected: true, Inbound: true,
			Attributes: map[string]streams.ContactAttribute{
				"CustomerTier": {Name: "CustomerTier", Value: ctStr("Gold")},
				"Unset":        {Name: "Unset"},
			},
			Segments: segs("connect:Subtype", "connect:Telephony", "connect:Direction", "INBOUND"),
			Subtype:  ctStr("connect:Telephony"),
			Features: &streams.ContactFeatures{
				AttachmentsEnabled: new(false), MessagingMarkdownEnabled: new(false), MultiPartyConferenceEnabled: new(true),
				ScreenRecordingEnabled: new(true), ScreenRecordingState: "STARTED",
				ScreenRecordingConfig: &streams.ScreenRecordingConfig{ScreenRecordingEnabled: new(true), ScreenRecordingState: "STARTED"},
			},
			Metadata:         `{"ivrPath":["main","billing"]}`,
			CustomerEndpoint: &streams.Endpoint{Type: &telephone, PhoneNumber: ctStr("+15555550100")},
			SystemEndpt:      &streams.Endpoint{Type: &telephone, PhoneNumber: ctStr("+15555550199"), Name: ctStr("Main line")},
			EventName:        "contact::connected::c-voice",
			Connections:      []string{"c-voice-agent", "c-voice-customer"},
			Initial1:         "c-voice-customer", ActiveInitial: "c-voice-customer",
			ThirdParty:      []string{},
			AgentConnection: "c-voice-agent",
			Active:          []string{"c-voice-agent", "c-voice-customer"},
			Softphone:       true, MultiParty: true, TwoActive: true,
			Video:       [3]bool{true, true, true},
			ScreenShare: [3]bool{true, false, true},
		},
		"c-callback": {
			ID: "c-callback", Attribute: "c-callback", Type: streams.ContactTypeQueueCallback,
			State: ctState(streams.ContactStateTypeIncoming), Status: ctState(streams.ContactStateTypeIncoming),
			PositiveDurations: true,
			Initiation:        ctInitiation(streams.ContactInitiationMethodCallback),
			Queue:             new(agQ2), QueueTimestamp: &qt,
			Attributes: map[string]streams.ContactAttribute{"Reason": {Name: "Reason", Value: ctStr("Billing")}},
			// The softphone's auto-accept only counts for voice contacts.
			EventName:   "contact::connected::c-callback",
			Connections: []string{"c-callback-agent", "c-callback-customer"},
			Initial1:    "c-callback-customer", ActiveInitial: "c-callback-customer",
			ThirdParty:      []string{},
			AgentConnection: "c-callback-agent",
			Active:          []string{"c-callback-agent", "c-callback-customer"},
			Softphone:       true, TwoActive: true,
		},
		"c-chat": {
			ID: "c-chat", Attribute: "c-chat", Type: streams.ContactTypeChat,
			State: ctState(streams.ContactStateTypeConnected), Status: ctState(streams.ContactStateTypeConnected),
			PositiveDurations: true, Original: ctStr("c-chat-initial"), Initial: ctStr("c-chat-initial"),
			Initiation: ctInitiation(streams.ContactInitiationMethodAPI),
			Queue:      new(agQ2), QueueTimestamp: &qt, Connected: true, Inbound: true,
			Attributes: map[string]streams.ContactAttribute{"Language": {Name: "Language", Value: ctStr("en")}},
			Segments:   chatSegs, Subtype: ctStr("connect:SMS"),
			Features:    &streams.ContactFeatures{AttachmentsEnabled: new(true), MessagingMarkdownEnabled: new(true)},
			EventName:   "contact::connected::c-chat",
			Connections: []string{"c-chat-agent", "c-chat-customer", "c-chat-peer"},
			Initial1:    "c-chat-customer", ActiveInitial: "c-chat-customer",
			ThirdParty:       []string{"c-chat-peer"},
			SingleThirdParty: "c-chat-peer",
			AgentConnection:  "c-chat-agent",
			Active:           []string{"c-chat-agent", "c-chat-customer", "c-chat-peer"},
		},
		"c-task": {
			ID: "c-task", Attribute: "c-task", Type: streams.ContactTypeTask,
			State: ctState(streams.ContactStateTypeConnected), Status: ctState(streams.ContactStateTypeConnected),
			PositiveDurations: true, Original: ctStr("c-task-initial"), Initial: ctStr("c-task-initial"),
			Related:    ctStr("c-task-related"),
			Initiation: ctInitiation(streams.ContactInitiationMethodAPI),
			Queue:      new(agQ2), QueueTimestamp: &qt, Connected: true, Inbound: true,
			Name: "Invoice follow-up", Description: "Call the customer back about invoice 42.",
			Attributes: map[string]streams.ContactAttribute{},
			References: map[string]streams.ContactReference{
				"Invoice": {Type: streams.ReferenceTypeURL, Value: "https://example.com/invoices/42"},
				"Scan": {Type: "ATTACHMENT", Value: "scan.pdf", ARN: "arn:aws:connect:us-east-1:111122223333:instance/i/attachment/a1",
					Status: "APPROVED", StatusReason: "scanned"},
			},
			ChannelContext: &streams.ChannelContext{ScheduledTime: new(1715000000), TaskTemplateID: "tmpl-1", TaskTemplateVersion: new(3)},
			EventName:      "contact::connected::c-task",
			Connections:    []string{"c-task-agent", "c-task-origin"},
			Initial1:       "c-task-origin", ActiveInitial: "c-task-origin",
			ThirdParty:      []string{},
			AgentConnection: "c-task-agent",
			Active:          []string{"c-task-agent", "c-task-origin"},
			TwoActive:       true,
		},
		"c-email": {
			ID: "c-email", Attribute: "c-email", Type: streams.ContactTypeEmail,
			State: ctState(streams.ContactStateTypeConnecting), Status: ctState(streams.ContactStateTypeConnecting),
			PositiveDurations: true, Related: ctStr("c-email-previous"), Association: ctStr("thread-7"),
			Initiation: ctInitiation(streams.ContactInitiationMethodInbound),
			Queue:      new(agQ2), QueueTimestamp: &qt, Inbound: true,
			Attributes:       map[string]streams.ContactAttribute{},
			Segments:         segs("connect:Subtype", "connect:Email", "connect:EmailSubject", "Invoice 42"),
			Subtype:          ctStr("connect:Email"),
			CustomerEndpoint: &streams.Endpoint{Type: &email, EmailAddress: "pat@example.com", DisplayName: "Pat Doe"},
			SystemEndpt:      &streams.Endpoint{Type: &email, EmailAddress: "support@example.com", DisplayName: "Support"},
			AutoAccept:       true,
			EventName:        "contact::connected::c-email",
			Connections:      []string{"c-email-agent", "c-email-customer"},
			Initial1:         "c-email-customer", ActiveInitial: "c-email-customer",
			ThirdParty:      []string{},
			AgentConnection: "c-email-agent",
			Active:          []string{"c-email-agent", "c-email-customer"},
			TwoActive:       true,
		},
	}
	for _, c := range cs {
		got := ctView(t, c)
		agDiff(t, "contact "+got.ID, want[got.ID], got)
	}
}

func TestContactSupervisionAndAbsentData(t *testing.T) {
	supervised := streamstest.SupervisedVoiceContact("c-monitor", "SILENT_MONITOR")
	f, _, cs := ctSetup(t, supervised, streamstest.BargedVoiceContact("c-barged"),
		streamstest.TaskContact("c-task", "connected", "connected"))
	monitor, barged, task := cs[0], cs[1], cs[2]

	// A monitored contact has no queue and no attributes.
	if q, err := monitor.GetQueue(); err != nil || q != nil {
		t.Errorf("GetQueue() = %v, %v; want nil", q, err)
	}
	if a, err := monitor.GetAttributes(); err != nil || a != nil {
		t.Errorf("GetAttributes() = %v, %v; want nil", a, err)
	}
	if ts, err := monitor.GetQueueTimestamp(); err != nil || ts != nil {
		t.Errorf("GetQueueTimestamp() = %v, %v; want nil", ts, err)
	}
	if d, err := monitor.GetContactDuration(); err != nil || !d.IsZero() {
		t.Errorf("GetContactDuration() = %+v, %v; want zero", d, err)
	}
	// The supervisor's own leg is the agent connection.
	if id := ctConnID(monitor.GetAgentConnection()); id != "c-monitor-supervisor" {
		t.Errorf("supervisor's agent connection = %q", id)
	}
	if b := agMust(monitor.IsUnderSupervision()); b {
		t.Error("silent monitoring: IsUnderSupervision() = true")
	}
	// The same contact once the supervisor barged in, from both sides.
	supervised = streamstest.SupervisedVoiceContact("c-monitor", "BARGE")
	f.PushContacts(supervised, streamstest.BargedVoiceContact("c-barged"), streamstest.TaskContact("c-task", "connected", "connected"))
	for _, c := range []streams.Contact{monitor, barged} {
		if b := agMust(c.IsUnderSupervision()); !b {
			t.Errorf("%s: IsUnderSupervision() = false", agMust(c.GetContactID()))
		}
		if b := agMust(c.HasTwoActiveParticipants()); b {
			t.Errorf("%s: HasTwoActiveParticipants() = true with three live legs", agMust(c.GetContactID()))
		}
	}
	// Task connections have no monitoring methods, so the runtime's check
	// fails on a task with any leg besides the agent's.
	_, err := task.IsUnderSupervision()
	var je *streams.JSError
	if !errors.As(err, &je) || je.Name != "TypeError" {
		t.Errorf("task IsUnderSupervision: %T %v, want a TypeError", err, err)
	}
}

// ctVoiceView is every VoiceConnection getter's answer, base class
// included.
type ctVoiceView struct {
	Base               ctBaseView
	MediaInfo          *streams.VoiceMediaInfo
	MediaType          streams.MediaType
	QuickConnect       *string
	Mute, ForcedMute   bool
	Capabilities       *streams.ConnectionCapabilities
	Video, ScreenShare bool
	Silent, Barge      bool
	SilentOK, BargeOK  bool
	MonitorCaps        []streams.MonitoringMode
	MonitorStatus      *streams.MonitoringMode
}

// ctBaseView is every BaseConnection getter's answer.
type ctBaseView struct {
	ID, ContactID, AttrID, AttrContact string
	Type                               streams.ConnectionType
	State, Status                      streams.ConnectionState
	PositiveDurations                  bool
	Endpoint, Address                  streams.Endpoint
	MonitorInfo                        *streams.MonitorInfo
	Initial, Active                    bool
	Connected, Connecting, OnHold      bool
}

func ctBase(t *testing.T, c streams.BaseConnection) ctBaseView {
	t.Helper()
	v := ctBaseView{
		ID:          agMust(c.GetConnectionID()),
		ContactID:   agMust(c.GetContactID()),
		AttrID:      agMust(c.ConnectionID()),
		AttrContact: agMust(c.ContactID()),
		Type:        agMust(c.GetType()),
		State:       agMust(c.GetState()),
		Status:      agMust(c.GetStatus()),
		Endpoint:    agMust(c.GetEndpoint()),
		Address:     agMust(c.GetAddress()),
		MonitorInfo: agMust(c.GetMonitorInfo()),
		Initial:     agMust(c.IsInitialConnection()),
		Active:      agMust(c.IsActive()),
		Connected:   agMust(c.IsConnected()),
		Connecting:  agMust(c.IsConnecting()),
		OnHold:      agMust(c.IsOnHold()),
	}
	d1, d2 := agMust(c.GetStateDuration()), agMust(c.GetStatusDuration())
	v.PositiveDurations = d1 > 0 && d2 >= d1
	return v
}

func ctVoice(t *testing.T, c streams.BaseConnection) ctVoiceView {
	t.Helper()
	v := streams.VoiceConnectionFromJS(c.JSValue())
	return ctVoiceView{
		Base:          ctBase(t, v.BaseConnection),
		MediaInfo:     agMust(v.GetMediaInfo()),
		MediaType:     agMust(v.GetMediaType()),
		QuickConnect:  agMust(v.GetQuickConnectName()),
		Mute:          agMust(v.IsMute()),
		ForcedMute:    agMust(v.IsForcedMute()),
		Capabilities:  agMust(v.GetCapabilities()),
		Video:         agMust(v.CanSendVideo()),
		ScreenShare:   agMust(v.CanSendScreenShare()),
		Silent:        agMust(v.IsSilentMonitor()),
		Barge:         agMust(v.IsBarge()),
		SilentOK:      agMust(v.IsSilentMonitorEnabled()),
		BargeOK:       agMust(v.IsBargeEnabled()),
		MonitorCaps:   agMust(v.GetMonitorCapabilities()),
		MonitorStatus: agMust(v.GetMonitorStatus()),
	}
}

func ctConnState(typ streams.ConnectionStateType) streams.ConnectionState {
	return streams.ConnectionState{Type: typ, Timestamp: streamstest.Start}
}

func ctMode(m streams.MonitoringMode) *streams.MonitoringMode { return &m }

func TestVoiceConnectionGetters(t *testing.T) {
	voice := streamstest.FullVoiceContact("c-voice", "connected", "connected")
	voice.Connections = append(voice.Connections, streamstest.ThirdParty("c-voice-escalation", "hold"))
	f, _, cs := ctSetup(t, voice, streamstest.SupervisedVoiceContact("c-monitor", "BARGE"))
	phone := streams.EndpointTypePhoneNumber
	agentEP := ctEndpoint(streams.EndpointTypeAgent, "Jane Doe", "", "jane")
	customerEP := ctEndpoint(phone, "+15555550100", "+15555550100", "")
	escalationEP := ctEndpoint(phone, "Escalations", "+15555550142", "")
	base := func(id, contact string, typ streams.ConnectionType, st streams.ConnectionStateType, ep streams.Endpoint) ctBaseView {
		return ctBaseView{
			ID: id, ContactID: contact, AttrID: id, AttrContact: contact, Type: typ,
			State: ctConnState(st), Status: ctConnState(st), PositiveDurations: true,
			Endpoint: ep, Address: ep, Active: true,
			Connected:  st == streams.ConnectionStateTypeConnected || st == "silent_monitor" || st == "barge",
			Connecting: st == streams.ConnectionStateTypeConnecting,
			OnHold:     st == streams.ConnectionStateTypeHold,
		}
	}
	customer := base("c-voice-customer", "c-voice", streams.ConnectionTypeInbound, streams.ConnectionStateTypeConnected, customerEP)
	customer.Initial = true
	want := []ctVoiceView{
		{
			Base: base("c-voice-agent", "c-voice", streams.ConnectionTypeAgent, streams.ConnectionStateTypeConnected, agentEP),
			MediaInfo: &streams.VoiceMediaInfo{
				AutoAccept: new(false), CallConfigJSON: `{"iceServers":[]}`, CallContextToken: "ctx-c-voice",
				CallType: streams.SoftphoneCallTypeAudioOnly, MediaLegContextToken: "leg-c-voice",
			},
			MediaType:    streams.MediaTypeSoftphone,
			Capabilities: &streams.ConnectionCapabilities{Video: streams.VideoCapabilitySend},
			Video:        true,
		},
		{
			Base: customer, MediaType: streams.MediaTypeSoftphone,
			Capabilities: &streams.ConnectionCapabilities{Video: streams.VideoCapabilitySend, ScreenShare: streams.ScreenShareCapabilitySend},
			Video:        true, ScreenShare: true,
		},
		{
			Base:      base("c-voice-escalation", "c-voice", streams.ConnectionTypeOutbound, streams.ConnectionStateTypeHold, escalationEP),
			MediaType: streams.MediaTypeSoftphone, QuickConnect: ctStr("Escalations"), Mute: true,
		},
	}
	conns := agMust(cs[0].GetConnections())
	var got []ctVoiceView
	for _, c := range conns {
		got = append(got, ctVoice(t, c))
	}
	agDiff(t, "voice connections", want, got)

	// The supervisor's monitoring leg.
	sup := base("c-monitor-supervisor", "c-monitor", streams.ConnectionTypeMonitoring, "barge", agentEP)
	sup.MonitorInfo = &streams.MonitorInfo{Agent: &streams.MonitoredAgent{AgentName: "Sam Agent"}, JoinTimeStamp: streamstest.JoinTime}
	wantSup := ctVoiceView{
		Base: sup, MediaType: streams.MediaTypeSoftphone, Barge: true, SilentOK: true, BargeOK: true,
		MonitorCaps:   []streams.MonitoringMode{streams.MonitoringModeSilentMonitor, streams.MonitoringModeBarge},
		MonitorStatus: ctMode(streams.MonitoringModeBarge),
	}
	agDiff(t, "monitoring leg", wantSup, ctVoice(t, *agMust(cs[1].GetAgentConnection())))
	// Third parties are every leg that is neither initial nor of type
	// agent, so the supervisor's own monitoring leg is among them.
	others := agMust(cs[1].GetThirdPartyConnections())
	agDiff(t, "supervisor's third parties", []string{"c-monitor-supervisor", "c-monitor-agent"}, ctConnIDs(others, nil))
	if len(others) == 2 && !agMust(streams.VoiceConnectionFromJS(others[1].JSValue()).IsForcedMute()) {
		t.Errorf("monitored agent's leg: IsForcedMute() = false")
	}

	// A frozen copy of a leg keeps its data but, as the runtime builds it,
	// not its contact identifier.
	snap := agMust(conns[2].ToSnapshot())
	voice.Connections[2].State.Type = "connected"
	f.PushContacts(voice, streamstest.SupervisedVoiceContact("c-monitor", "BARGE"))
	if st := agMust(conns[2].GetState()); st.Type != streams.ConnectionStateTypeConnected {
		t.Errorf("live state = %q, want connected", st.Type)
	}
	if st := agMust(snap.GetState()); st.Type != streams.ConnectionStateTypeHold {
		t.Errorf("snapshot state = %q, want hold", st.Type)
	}
	if id := agMust(snap.GetContactID()); id != "" {
		t.Errorf("snapshot contact id = %q, want empty (runtime quirk)", id)
	}
	if id := agMust(snap.GetConnectionID()); id != "c-voice-escalation" {
		t.Errorf("snapshot connection id = %q", id)
	}
}

func TestChatTaskEmailConnectionGetters(t *testing.T) {
	chatMonitor := streamstest.ChatContact("c-chat-monitor", "connected", "connected")
	chatMonitor.Connections[0].Type = "monitoring"
	chatMonitor.Connections[0].MonitorStatus = "SILENT_MONITOR"
	chatMonitor.Connections[0].MonitorCapabilities = []string{"SILENT_MONITOR"}
	_, _, cs := ctSetup(t,
		streamstest.ChatContact("c-chat", "connected", "connected"), chatMonitor,
		streamstest.TaskContact("c-task", "connected", "connected"),
		streamstest.EmailContact("c-email", "connected", "connected"))

	type chatView struct {
		MediaInfo         *streams.ChatMediaInfo
		MediaType         streams.MediaType
		Name              *string
		Auth              *streams.CustomerAuthenticationDetails
		AuthErr           string
		Authenticated     bool
		Silent, Barge     bool
		SilentOK, BargeOK bool
		Caps              []streams.MonitoringMode
		Status            *streams.MonitoringMode
	}
	view := func(c streams.BaseConnection) chatView {
		ch := streams.ChatConnectionFromJS(c.JSValue())
		v := chatView{
			MediaInfo: agMust(ch.GetMediaInfo()),
			MediaType: agMust(ch.GetMediaType()),
			Name:      agMust(ch.GetParticipantName()),
			Silent:    agMust(ch.IsSilentMonitor()),
			Barge:     agMust(ch.IsBarge()),
			SilentOK:  agMust(ch.IsSilentMonitorEnabled()),
			BargeOK:   agMust(ch.IsBargeEnabled()),
			Caps:      agMust(ch.GetMonitorCapabilities()),
			Status:    agMust(ch.GetMonitorStatus()),
		}
		if v.MediaInfo != nil {
			if typ := v.MediaInfo.GetConnectionToken.Type(); typ != js.TypeFunction {
				t.Errorf("ChatMediaInfo.GetConnectionToken is a %v", typ)
			}
		}
		auth, err := ch.GetAuthenticationDetails()
		authenticated, err2 := ch.IsAuthenticated()
		if err != nil {
			v.AuthErr = err.Error()
			if err2 == nil {
				t.Error("IsAuthenticated succeeded where GetAuthenticationDetails failed")
			}
		} else {
			v.Auth, v.Authenticated = auth, agMust(authenticated, err2)
		}
		return v
	}
	original := func(name, agent string, auto *bool, data string) streams.ChatSnapshotMediaInfo {
		o := streams.ChatSnapshotMediaInfo{ChatAutoAccept: auto, ConnectionData: data}
		if name != "" {
			o.CustomerName = &name
		}
		if agent != "" {
			o.AgentName = &agent
		}
		return o
	}
	agentData := `{"ConnectionAuthenticationToken":"` + streamstest.ChatToken + `"}`
	agentOnly := "connect.ChatConnection#getAuthenticationDetails: Error: Authentication details are available only for customer connection"
	auth := &streams.CustomerAuthenticationDetails{
		Status: streams.CustomerAuthenticationStatusAuthenticated, IdentityProvider: "https://idp.example.com",
		ClientID: "client-1", AssociatedCustomerID: "profile-9", AuthenticationMethod: streams.CustomerAuthenticationMethodConnect,
	}
	want := []chatView{
		{
			MediaInfo: &streams.ChatMediaInfo{ContactID: "c-chat", InitialContactID: "c-chat-initial", ParticipantID: "c-chat-agent",
				ParticipantToken: ctStr(streamstest.ChatToken), OriginalInfo: original("", "", new(false), agentData)},
			MediaType: streams.MediaTypeChat, Name: ctStr("Jane Doe"), AuthErr: agentOnly,
		},
		{
			// Connection data that is not JSON leaves the token null.
			MediaInfo: &streams.ChatMediaInfo{ContactID: "c-chat", InitialContactID: "c-chat-initial", ParticipantID: "c-chat-customer",
				OriginalInfo: original("Pat Doe", "", nil, "not json")},
			MediaType: streams.MediaTypeChat, Name: ctStr("Pat Doe"), Auth: auth, Authenticated: true,
		},
		{
			MediaInfo: &streams.ChatMediaInfo{ContactID: "c-chat", InitialContactID: "c-chat-initial", ParticipantID: "c-chat-peer",
				OriginalInfo: original("", "Sam Agent", nil, "")},
			MediaType: streams.MediaTypeChat, Name: ctStr("Sam Agent"), Auth: auth, Authenticated: true,
		},
	}
	var got []chatView
	for _, c := range agMust(cs[0].GetConnections()) {
		got = append(got, view(c))
	}
	ignoreFn := cmpopts.IgnoreFields(streams.ChatMediaInfo{}, "GetConnectionToken")
	agDiff(t, "chat connections", want, got, ignoreFn)

	silent := streams.MonitoringModeSilentMonitor
	wantMonitor := chatView{
		MediaInfo: &streams.ChatMediaInfo{ContactID: "c-chat-monitor", InitialContactID: "c-chat-monitor-initial", ParticipantID: "c-chat-monitor-agent",
			ParticipantToken: ctStr(streamstest.ChatToken), OriginalInfo: original("", "", new(false), agentData)},
		MediaType: streams.MediaTypeChat, Name: ctStr("Jane Doe"), AuthErr: agentOnly,
		Silent: true, SilentOK: true, Caps: []streams.MonitoringMode{silent}, Status: &silent,
	}
	agDiff(t, "chat monitoring leg", wantMonitor, view(*agMust(cs[1].GetAgentConnection())), ignoreFn)

	for _, c := range agMust(cs[2].GetConnections()) {
		task := streams.TaskConnectionFromJS(c.JSValue())
		agDiff(t, "task media info", streams.TaskMediaInfo{ContactID: "c-task", InitialContactID: "c-task-initial"}, agMust(task.GetMediaInfo()))
		if mt := agMust(task.GetMediaType()); mt != streams.MediaTypeTask {
			t.Errorf("task media type %q", mt)
		}
	}
	for _, c := range agMust(cs[3].GetConnections()) {
		if mt := agMust(streams.EmailConnectionFromJS(c.JSValue()).GetMediaType()); mt != streams.MediaTypeEmail {
			t.Errorf("email media type %q", mt)
		}
	}
}

// ctEvents records per-contact events as "event contactID state".
type ctEvents struct {
	ch chan string
}

func (e *ctEvents) on(t *testing.T, name string) func(streams.Contact) {
	return func(c streams.Contact) {
		id, err := c.GetContactID()
		if err != nil {
			t.Errorf("%s handler: %v", name, err)
			return
		}
		st, err := c.GetState()
		if err != nil {
			e.ch <- name + " " + id + " (" + err.Error() + ")"
			return
		}
		e.ch <- name + " " + id + " " + string(st.Type)
	}
}

// expect waits for the events in order, ignoring refresh events, and fails
// on any other event.
func (e *ctEvents) expect(t *testing.T, want ...string) {
	t.Helper()
	var got []string
	deadline := time.After(5 * time.Second)
	for len(got) < len(want) {
		select {
		case ev := <-e.ch:
			if !strings.HasPrefix(ev, "refresh ") {
				got = append(got, ev)
			}
		case <-deadline:
			agDiff(t, "contact events", want, got)
			return
		}
	}
	// Nothing else but refreshes may follow.
	for {
		select {
		case ev := <-e.ch:
			if !strings.HasPrefix(ev, "refresh ") {
				got = append(got, ev)
				continue
			}
			continue
		case <-time.After(30 * time.Millisecond):
		}
		break
	}
	agDiff(t, "contact events", want, got)
}

func TestContactEventsFromSnapshots(t *testing.T) {
	f := streamstest.New(t)
	f.StubMediaFactory()
	f.EchoBroadcasts()
	agentFromInit(t, f)
	events := &ctEvents{ch: make(chan string, 256)}
	refreshes := map[string]int{}
	var mu sync.Mutex
	w := ctWatch(t, func(c streams.Contact) {
		id, _ := c.GetContactID()
		events.ch <- "init " + id
		subs := []struct {
			name string
			on   func(func(streams.Contact)) (*streams.Subscription, error)
		}{
			{"incoming", c.OnIncoming}, {"pending", c.OnPending}, {"connecting", c.OnConnecting},
			{"accepted", c.OnAccepted}, {"connected", c.OnConnected}, {"missed", c.OnMissed},
			{"acw", c.OnACW}, {"ended", c.OnEnded}, {"destroy", c.OnDestroy}, {"error", c.OnError},
		}
		for _, s := range subs {
			if _, err := s.on(events.on(t, s.name)); err != nil {
				t.Errorf("%s: %v", s.name, err)
			}
		}
		if _, err := c.OnRefresh(func(c streams.Contact) {
			id, _ := c.GetContactID()
			mu.Lock()
			refreshes[id]++
			mu.Unlock()
		}); err != nil {
			t.Error(err)
		}
	})

	// A queued callback: offered, accepted, dialled, connected, wrapped up,
	// cleared.
	f.PushContacts(streamstest.QueueCallbackContact("cb", "incoming", "connecting"))
	cb := w.wait("cb")[0]
	events.expect(t, "init cb", "incoming cb incoming")
	if err := cb.Accept(ctCtx); err != nil {
		t.Fatal(err)
	}
	// The CCP echoes the broadcast; the bus turns it back into a handle.
	events.expect(t, "accepted cb incoming")
	for _, st := range []string{"connecting", "connected", "ended"} {
		f.PushContacts(streamstest.QueueCallbackContact("cb", st, "connected"))
	}
	events.expect(t, "connecting cb connecting", "connected cb connected", "acw cb ended", "ended cb ended")
	f.PushContacts()
	events.expect(t, "destroy cb ended")

	// A voice call the agent missed.
	f.PushContacts(streamstest.FullVoiceContact("v", "connecting", "connecting"))
	f.PushContacts(streamstest.FullVoiceContact("v", "missed", "disconnected"))
	f.PushContacts()
	events.expect(t, "init v", "connecting v connecting", "ended v missed", "missed v missed", "destroy v missed")

	// A chat that was pending, then failed once connected.
	f.PushContacts(streamstest.ChatContact("ch", "pending", "connecting"))
	f.PushContacts(streamstest.ChatContact("ch", "connected", "connected"))
	f.PushContacts(streamstest.ChatContact("ch", "error", "disconnected"))
	events.expect(t, "init ch", "pending ch pending", "connected ch connected", "error ch error", "ended ch error")

	// An email the agent declined.
	f.PushContacts(streamstest.ChatContact("ch", "error", "disconnected"), streamstest.EmailContact("em", "incoming", "connecting"))
	f.PushContacts(streamstest.ChatContact("ch", "error", "disconnected"), streamstest.EmailContact("em", "rejected", "disconnected"))
	events.expect(t, "init em", "incoming em incoming", "ended em rejected", "missed em rejected")

	// A task that vanishes while connected: since 2.28.1 the ended event
	// still fires, with a frozen copy, before the destroy event.
	// Contacts that appear are handled before those that disappear.
	f.PushContacts(streamstest.TaskContact("tk", "connected", "connected"))
	events.expect(t, "init tk", "connected tk connected", "destroy ch error", "destroy em rejected")
	f.PushContacts()
	events.expect(t, "ended tk connected", "destroy tk connected")

	mu.Lock()
	defer mu.Unlock()
	for id, min := range map[string]int{"cb": 4, "v": 2, "ch": 4, "em": 2, "tk": 1} {
		if refreshes[id] < min {
			t.Errorf("refresh events for %s: %d, want at least %d", id, refreshes[id], min)
		}
	}
}

func TestDestroyedContactIsFrozen(t *testing.T) {
	f := streamstest.New(t)
	f.StubMediaFactory()
	agentFromInit(t, f)
	frozen := make(chan streams.Contact, 1)
	var subs []*streams.Subscription
	w := ctWatch(t, func(c streams.Contact) {
		s, err := c.OnDestroy(func(c streams.Contact) { frozen <- c })
		if err != nil {
			t.Error(err)
		}
		subs = append(subs, s)
	})
	before := f.BusSubscribers()
	f.PushContacts(streamstest.TaskContact("tk", "ended", "disconnected"))
	live := w.wait("tk")[0]
	snap := agMust(live.ToSnapshot())
	f.PushContacts()
	c := streamstest.Receive(t, frozen)

	// Its data is the last snapshot's; its connections read the live data,
	// which no longer has the contact.
	if n := agMust(c.GetName()); n != "Invoice follow-up" {
		t.Errorf("frozen GetName() = %q", n)
	}
	if st := agMust(c.GetState()); st.Type != streams.ContactStateTypeEnded {
		t.Errorf("frozen GetState() = %+v", st)
	}
	var je *streams.JSError
	if _, err := c.GetAgentConnection(); !errors.As(err, &je) || !strings.Contains(je.Message, "no longer exists") {
		t.Errorf("frozen GetAgentConnection: %v, want the contact to be gone", err)
	}
	// The live handle fails, the copy made with ToSnapshot does not.
	if _, err := live.GetState(); !errors.As(err, &je) || !strings.Contains(je.Message, "Contact tk no longer exists") {
		t.Errorf("live GetState after removal: %v", err)
	}
	if st := agMust(snap.GetState()); st.Type != streams.ContactStateTypeEnded {
		t.Errorf("ToSnapshot copy GetState() = %+v", st)
	}
	// The library dropped the per-contact subscription with the contact.
	if got := f.BusSubscribers(); got != before {
		t.Errorf("bus subscribers = %d after removal, want %d", got, before)
	}
	for _, s := range subs {
		s.Unsubscribe()
	}
}

func TestScreenSharing(t *testing.T) {
	f, _, cs := ctSetup(t, streamstest.WebCallContact("c-web", "connected"),
		streamstest.FullVoiceContact("c-phone", "connected", "connected"),
		streamstest.WebCallContact("c-ringing", "connecting"))
	up := f.EchoBroadcasts()
	f.UseClientAsAPIProxy()
	web, phone, ringing := cs[0], cs[1], cs[2]
	got := make(chan string, 8)
	on := func(kind string) func(streams.ScreenSharingEvent) {
		return func(e streams.ScreenSharingEvent) { got <- kind + " " + e.ContactID }
	}
	for _, s := range []struct {
		sub func(func(streams.ScreenSharingEvent)) (*streams.Subscription, error)
		k   string
	}{{web.OnScreenSharingStarted, "started"}, {web.OnScreenSharingStopped, "stopped"}, {web.OnScreenSharingError, "error"}} {
		sub, err := s.sub(on(s.k))
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Unsubscribe()
	}

	if err := web.StartScreenSharing(ctCtx, nil); err != nil {
		t.Fatalf("StartScreenSharing: %v", err)
	}
	if e := streamstest.Receive(t, got); e != "started c-web" {
		t.Errorf("event %q", e)
	}
	method := f.Method("ApiProxyClientMethods", "START_SCREEN_SHARING")
	agDiff(t, "screen sharing request", []streamstest.Call{{Method: method, Params: map[string]any{
		"InstanceId": streamstest.InstanceID, "ContactId": "c-web", "ParticipantId": "c-web-agent",
	}}}, f.Calls())

	// Skipping the session start announces it without a request.
	if err := web.StartScreenSharing(ctCtx, new(true)); err != nil {
		t.Fatal(err)
	}
	if e := streamstest.Receive(t, got); e != "started c-web" {
		t.Errorf("event %q", e)
	}
	if err := web.StopScreenSharing(ctCtx); err != nil {
		t.Fatal(err)
	}
	if e := streamstest.Receive(t, got); e != "stopped c-web" {
		t.Errorf("event %q", e)
	}

	f.SetMode("failure")
	err := web.StartScreenSharing(ctCtx, new(false))
	var je *streams.JSError
	if !errors.As(err, &je) || je.Message != `{"type":"AccessDenied","message":"not allowed"}` {
		t.Errorf("StartScreenSharing failure: %T %v", err, err)
	}
	if e := streamstest.Receive(t, got); e != "error c-web" {
		t.Errorf("event %q", e)
	}
	// The events are not tied to the contact the handler was registered on.
	f.SetMode("success")
	if err := ringing.StopScreenSharing(ctCtx); err == nil {
		t.Error("StopScreenSharing on a contact that is not connected succeeded")
	}
	if err := phone.StartScreenSharing(ctCtx, nil); !errors.As(err, &je) || !strings.Contains(je.Message, "only supported for WebRTC") {
		t.Errorf("StartScreenSharing on a phone call: %v", err)
	}
	streamstest.ExpectNone(t, got)
	var broadcasts int
	for _, m := range up.Sent() {
		if m.Event == "broadcast" {
			broadcasts++
		}
	}
	if broadcasts != 4 {
		t.Errorf("broadcasts sent = %d, want 4", broadcasts)
	}
}

// ctCall is a {success, failure} method under test and the request it
// sends.
type ctCall struct {
	name   string
	call   func() error
	method string
	params map[string]any
}

func ctCheckCalls(t *testing.T, f *streamstest.Fixture, calls []ctCall, failureErr func(name string) (string, string)) {
	t.Helper()
	for _, mode := range []string{"success", "failure"} {
		for _, c := range calls {
			f.SetMode(mode)
			before := len(f.Calls())
			err := c.call()
			var requests []streamstest.Call
			if all := f.Calls(); len(all) > before {
				requests = all[before:]
			}
			agDiff(t, c.name+" requests", []streamstest.Call{{Method: c.method, Params: c.params}}, requests)
			if mode == "success" {
				if err != nil {
					t.Errorf("%s success: %v", c.name, err)
				}
				continue
			}
			var ce *streams.CallError
			if !errors.As(err, &ce) {
				t.Errorf("%s failure: %T %v, want *CallError", c.name, err, err)
				continue
			}
			wantErr, wantData := `{"type":"AccessDenied","message":"not allowed"}`, `{"status":403}`
			if failureErr != nil {
				if e, d := failureErr(c.name); e != "" {
					wantErr, wantData = e, d
				}
			}
			if ce.Err != wantErr || ce.Data != wantData {
				t.Errorf("%s failure: Err %q Data %q; want %q %q", c.name, ce.Err, ce.Data, wantErr, wantData)
			}
		}
	}
}

func TestContactCallbackMethods(t *testing.T) {
	voice := streamstest.FullVoiceContact("c-voice", "connected", "connected")
	voice.Connections = append(voice.Connections, streamstest.ThirdParty("c-voice-escalation", "hold"))
	f, _, cs := ctSetup(t, voice, streamstest.TaskContact("c-task", "connected", "connected"),
		streamstest.SupervisedVoiceContact("c-monitor", "SILENT_MONITOR"))
	c, task, monitor := cs[0], cs[1], cs[2]
	id := map[string]any{"contactId": "c-voice"}
	with := func(m map[string]any, kv ...any) map[string]any {
		out := map[string]any{}
		for k, v := range m {
			out[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			out[kv[i].(string)] = kv[i+1]
		}
		return out
	}
	escalation := streams.Endpoint{Type: new(streams.EndpointTypePhoneNumber), PhoneNumber: ctStr("+15555550142"), Name: ctStr("Escalations"),
		EndpointARN: ctStr("arn:aws:connect:us-east-1:111122223333:instance/i/transfer-destination/qc1")}
	// The library copies the endpoint into a connect.Endpoint, so every
	// field is sent, null when unset, except endpointId.
	sentEndpoint := map[string]any{"endpointARN": "arn:aws:connect:us-east-1:111122223333:instance/i/transfer-destination/qc1",
		"type": "phone_number", "name": "Escalations", "phoneNumber": "+15555550142", "agentLogin": nil, "queue": nil}
	agentConn := *agMust(c.GetAgentConnection())
	customer := *agMust(c.GetInitialConnection())
	voiceConn := streams.VoiceConnectionFromJS(customer.JSValue())
	conn := map[string]any{"contactId": "c-voice", "connectionId": "c-voice-customer"}
	calls := []ctCall{
		{"accept", func() error { return c.Accept(ctCtx) }, "acceptContact", id},
		{"reject", func() error { return c.Reject(ctCtx) }, "rejectContact", id},
		{"clear", func() error { return c.Clear(ctCtx) }, "clearContact", id},
		{"complete", func() error { return c.Complete(ctCtx) }, "completeContact", id},
		{"notifyIssue", func() error { return c.NotifyIssue(ctCtx, "AUDIO_LOST", "no audio for 10 s") }, "notifyContactIssue",
			with(id, "issueCode", "AUDIO_LOST", "description", "no audio for 10 s")},
		{"addConnection", func() error { return c.AddConnection(ctCtx, escalation) }, "createAdditionalConnection", with(id, "endpoint", sentEndpoint)},
		{"addParticipant", func() error { return c.AddParticipant(ctCtx, escalation) }, "addNewConnection", with(id, "endpoint", sentEndpoint)},
		{"transfer", func() error { return task.Transfer(ctCtx, escalation) }, "transferContact",
			map[string]any{"contactId": "c-task", "endpoint": sentEndpoint}},
		// The held third party is the one toggled to.
		{"toggleActiveConnections", func() error { return c.ToggleActiveConnections(ctCtx) }, "toggleActiveConnections",
			with(id, "connectionId", "c-voice-escalation")},
		{"conferenceConnections", func() error { return c.ConferenceConnections(ctCtx) }, "conferenceConnections", id},
		{"pause", func() error { return task.Pause(ctCtx) }, "pauseContact", map[string]any{"contactId": "c-task"}},
		{"resume", func() error { return task.Resume(ctCtx) }, "resumeContact", map[string]any{"contactId": "c-task"}},
		{"updateMonitorParticipantState", func() error {
			return monitor.UpdateMonitorParticipantState(ctCtx, streams.MonitoringModeBarge)
		}, "updateMonitorParticipantState", map[string]any{"contactId": "c-monitor", "targetMonitorMode": "BARGE"}},
		{"silentMonitor", func() error { return monitor.SilentMonitor(ctCtx) }, "updateMonitorParticipantState",
			map[string]any{"contactId": "c-monitor", "targetMonitorMode": "SILENT_MONITOR"}},
		{"bargeIn", func() error { return monitor.BargeIn(ctCtx) }, "updateMonitorParticipantState",
			map[string]any{"contactId": "c-monitor", "targetMonitorMode": "BARGE"}},
		{"connection.destroy", func() error { return agentConn.Destroy(ctCtx) }, "destroyConnection",
			map[string]any{"contactId": "c-voice", "connectionId": "c-voice-agent"}},
		{"sendDigits", func() error { return agentConn.SendDigits(ctCtx, "1234#") }, "sendDigits",
			map[string]any{"contactId": "c-voice", "connectionId": "c-voice-agent", "digits": "1234#"}},
		{"hold", func() error { return customer.Hold(ctCtx) }, "holdConnection", conn},
		{"connection.resume", func() error { return customer.Resume(ctCtx) }, "resumeConnection", conn},
		{"muteParticipant", func() error { return voiceConn.MuteParticipant(ctCtx) }, "muteParticipant", conn},
		{"unmuteParticipant", func() error { return voiceConn.UnmuteParticipant(ctCtx) }, "unmuteParticipant", conn},
	}
	// accept replaces the client's failure with the bare string "error".
	ctCheckCalls(t, f, calls, func(name string) (string, string) {
		if name == "accept" {
			return "error", ""
		}
		return "", ""
	})

	// A target that is not a monitoring mode fails without a request.
	f.SetMode("success")
	before := len(f.Calls())
	err := monitor.UpdateMonitorParticipantState(ctCtx, "LISTEN")
	var ce *streams.CallError
	if !errors.As(err, &ce) || ce.Err != string(streams.MonitoringErrorTypesInvalidTargetState) {
		t.Errorf("UpdateMonitorParticipantState(LISTEN): %T %v", err, err)
	}
	// Lower case is accepted and sent upper case.
	if err := monitor.UpdateMonitorParticipantState(ctCtx, "barge"); err != nil {
		t.Error(err)
	}
	if calls := f.Calls()[before:]; len(calls) != 1 || calls[0].Params["targetMonitorMode"] != "BARGE" {
		t.Errorf("requests = %+v", calls)
	}

	// destroy is a no-op that only logs; it sends nothing.
	before = len(f.Calls())
	if err := c.Destroy(); err != nil {
		t.Error(err)
	}
	if n := len(f.Calls()); n != before {
		t.Errorf("Contact.Destroy sent %d requests", n-before)
	}
}

func TestContactAndConnectionPromises(t *testing.T) {
	f, mf, cs := ctSetup(t, streamstest.FullVoiceContact("c-voice", "connected", "connected"),
		streamstest.ChatContact("c-chat", "connected", "connected"),
		streamstest.TaskContact("c-task", "connected", "connected"))
	voiceC, chatC, taskC := cs[0], cs[1], cs[2]
	voice := streams.VoiceConnectionFromJS(agMust(voiceC.GetAgentConnection()).JSValue())
	chat := streams.ChatConnectionFromJS(agMust(chatC.GetAgentConnection()).JSValue())
	task := streams.TaskConnectionFromJS(agMust(taskC.GetAgentConnection()).JSValue())
	transport := f.Method("ClientMethods", "CREATE_TRANSPORT")

	// Chat participant token.
	f.Respond(transport, map[string]any{"chatTokenTransport": map[string]any{"participantToken": "pt-1", "expiry": "2024-05-06T08:08:09Z"}})
	tok := agMust(chat.GetConnectionToken(ctCtx))
	agDiff(t, "connection token", streams.ConnectionToken{ChatTokenTransport: &streams.ChatTokenTransport{ParticipantToken: "pt-1", Expiry: "2024-05-06T08:08:09Z"}}, tok)
	agDiff(t, "token request", streamstest.Call{Method: transport, Params: map[string]any{
		"transportType": "chat_token", "participantId": "c-chat-agent", "contactId": "c-chat"}}, f.Calls()[len(f.Calls())-1])

	// Video session details.
	f.Respond(transport, map[string]any{"webRTCTransport": map[string]any{
		"meeting": map[string]any{"meetingId": "m-1", "mediaRegion": "us-east-1"}, "attendee": map[string]any{"attendeeId": "a-1", "joinToken": "jt"}}})
	video := agMust(voice.GetVideoConnectionInfo(ctCtx))
	if id := video.Get("meeting").Get("meetingId").String(); id != "m-1" {
		t.Errorf("video meeting id %q", id)
	}

	// Media controllers come from the media factory.
	for _, mc := range []struct {
		name string
		get  func(context.Context) (js.Value, error)
		id   string
	}{{"voice", voice.GetMediaController, "c-voice-agent"}, {"chat", chat.GetMediaController, "c-chat-agent"}, {"task", task.GetMediaController, "c-task-agent"}} {
		v := agMust(mc.get(ctCtx))
		if id := v.Get("connectionId").String(); id != mc.id {
			t.Errorf("%s media controller for %q", mc.name, id)
		}
	}

	// The agent workspace SDK behind the contact's and voice leg's newer
	// methods.
	contactSDK := streamstest.NewSDKStub(nil, []string{"getInstanceDetails", "engagePreviewContact", "getPreviewConfiguration", "isPreviewMode"})
	contactSDK.SetResult("getInstanceDetails", streamstest.Object(`{"origin":"https://example.my.connect.aws","region":"us-east-1"}`))
	contactSDK.SetResult("engagePreviewContact", streamstest.Object(`{"participantId":"p-2"}`))
	contactSDK.SetResult("getPreviewConfiguration", streamstest.Object(`{"autoDialTimeout":30}`))
	contactSDK.SetResult("isPreviewMode", js.ValueOf(true))
	voiceC.JSValue().Set("contactClient", contactSDK.V)
	voiceSDK := streamstest.NewSDKStub([]string{"ParticipantHold", "ParticipantResume", "CanResumeParticipantUpdated"}, []string{"canResumeParticipant"})
	voiceSDK.SetResult("canResumeParticipant", js.ValueOf(true))
	voice.JSValue().Set("voiceClient", voiceSDK.V)

	agDiff(t, "instance details", streams.InstanceDetails{Origin: "https://example.my.connect.aws", Region: "us-east-1"}, agMust(voiceC.GetInstanceDetails(ctCtx)))
	if p := agMust(voiceC.EngagePreviewContact(ctCtx)); p.Get("participantId").String() != "p-2" {
		t.Error("EngagePreviewContact result")
	}
	if p := agMust(voiceC.GetPreviewConfiguration(ctCtx)); p.Get("autoDialTimeout").Int() != 30 {
		t.Error("GetPreviewConfiguration result")
	}
	if !agMust(voiceC.IsPreviewMode(ctCtx)) || !agMust(voice.CanResumeParticipant(ctCtx)) {
		t.Error("IsPreviewMode or CanResumeParticipant answered false")
	}
	agDiff(t, "contact SDK requests", [][2]any{{"getInstanceDetails", `"c-voice"`}, {"engagePreviewContact", `"c-voice"`},
		{"getPreviewConfiguration", `"c-voice"`}, {"isPreviewMode", `"c-voice"`}}, contactSDK.Calls())
	agDiff(t, "voice SDK requests", [][2]any{{"canResumeParticipant", `"c-voice-agent"`}}, voiceSDK.Calls())

	// Participant events, passed through as the SDK delivers them.
	held := make(chan string, 4)
	for _, ev := range []struct {
		name string
		sub  func(func(js.Value)) (*streams.Subscription, error)
	}{{"ParticipantHold", voice.OnParticipantHold}, {"ParticipantResume", voice.OnParticipantResume}, {"CanResumeParticipantUpdated", voice.OnCanResumeParticipantUpdated}} {
		name := ev.name
		sub := agMust(ev.sub(func(e js.Value) { held <- name + " " + e.Get("participantId").String() }))
		voiceSDK.Fire(name, streamstest.Object(`{"participantId":"c-voice-agent"}`))
		if got := streamstest.Receive(t, held); got != name+" c-voice-agent" {
			t.Errorf("event %q", got)
		}
		sub.Unsubscribe()
		if n := voiceSDK.Count(name); n != 0 {
			t.Errorf("%s handlers after Unsubscribe: %d", name, n)
		}
	}

	// Failures.
	f.SetMode("failure")
	mf.SetMode("failure")
	contactSDK.SetMode("failure")
	voiceSDK.SetMode("failure")
	var je *streams.JSError
	for _, fail := range []struct {
		name string
		err  error
		msg  string
	}{
		{"getConnectionToken", ctErr(chat.GetConnectionToken(ctCtx)), "getConnectionToken failed"},
		{"getVideoConnectionInfo", ctErr(voice.GetVideoConnectionInfo(ctCtx)), "getVideoConnectionInfo failed"},
		{"voice getMediaController", ctErr(voice.GetMediaController(ctCtx)), "Media Controller is no longer available for this connection"},
		{"chat getMediaController", ctErr(chat.GetMediaController(ctCtx)), "Media Controller is no longer available for this connection"},
		{"task getMediaController", ctErr(task.GetMediaController(ctCtx)), "Media Controller is no longer available for this connection"},
		{"getInstanceDetails", ctErr(voiceC.GetInstanceDetails(ctCtx)), "getInstanceDetails failed"},
		{"engagePreviewContact", ctErr(voiceC.EngagePreviewContact(ctCtx)), "engagePreviewContact failed"},
		{"getPreviewConfiguration", ctErr(voiceC.GetPreviewConfiguration(ctCtx)), "getPreviewConfiguration failed"},
		{"isPreviewMode", ctErr(voiceC.IsPreviewMode(ctCtx)), "isPreviewMode failed"},
		{"canResumeParticipant", ctErr(voice.CanResumeParticipant(ctCtx)), "canResumeParticipant failed"},
	} {
		if !errors.As(fail.err, &je) || je.Message != fail.msg {
			t.Errorf("%s failure: %T %v, want a JSError %q", fail.name, fail.err, fail.err, fail.msg)
		}
	}
}

func ctErr[T any](_ T, err error) error { return err }

func TestVoiceID(t *testing.T) {
	f, _, cs := ctSetup(t, streamstest.FullVoiceContact("c-voice", "connected", "connected"))
	core := f.Connect.Get("core")
	core.Set("voiceIdDomainId", "domain-1")
	t.Cleanup(func() { core.Delete("voiceIdDomainId") })
	voice := streams.VoiceConnectionFromJS(agMust(cs[0].GetAgentConnection()).JSValue())
	m := func(key string) string { return f.Method("AgentAppClientMethods", key) }
	speaker := map[string]any{"CustomerSpeakerId": "spk-1", "GeneratedSpeakerId": "gen-1", "DomainId": "domain-1", "Status": "ENROLLED"}
	getContact := map[string]any{"contactData": map[string]any{"customerId": "spk-1"}}
	session := map[string]any{"Session": map[string]any{"SessionId": "s-1", "GeneratedSpeakerId": "gen-1"}}

	f.Respond(m("GET_CONTACT"), getContact)
	agDiff(t, "speaker id", streams.VoiceIDSpeakerID{SpeakerID: "spk-1"}, agMust(voice.GetVoiceIDSpeakerID(ctCtx)))
	agDiff(t, "speaker id request", map[string]any{"contactId": "c-voice", "instanceId": streamstest.InstanceID, "awsAccountId": streamstest.AccountID},
		f.Calls()[len(f.Calls())-1].Params)

	f.Respond(m("GET_CONTACT"), getContact)
	f.Respond(m("DESCRIBE_SPEAKER"), map[string]any{"Speaker": speaker})
	agDiff(t, "speaker status", streams.VoiceIDSpeakerStatusResult{Speaker: &streams.VoiceIDSpeaker{
		CustomerSpeakerID: "spk-1", GeneratedSpeakerID: "gen-1", DomainID: "domain-1", Status: streams.VoiceIDSpeakerStatusEnrolled,
	}}, agMust(voice.GetVoiceIDSpeakerStatus(ctCtx)))

	f.Respond(m("GET_CONTACT"), getContact)
	f.Respond(m("OPT_OUT_SPEAKER"), map[string]any{"Speaker": map[string]any{"Status": "OPTED_OUT"}})
	if v := agMust(voice.OptOutVoiceIDSpeaker(ctCtx)); v.Get("Speaker").Get("Status").String() != "OPTED_OUT" {
		t.Error("OptOutVoiceIDSpeaker result")
	}

	f.Respond(m("GET_CONTACT"), getContact)
	f.Respond(m("DELETE_SPEAKER"), map[string]any{})
	if err := voice.DeleteVoiceIDSpeaker(ctCtx); err != nil {
		t.Error(err)
	}

	f.Respond(m("UPDATE_SESSION"), session)
	f.Respond(m("UPDATE_VOICE_ID_DATA"), map[string]any{})
	if v := agMust(voice.UpdateVoiceIDSpeakerID(ctCtx, "spk-2")); v.Get("Session").Get("SessionId").String() != "s-1" {
		t.Error("UpdateVoiceIDSpeakerID result")
	}
	last := f.Calls()
	agDiff(t, "update session request", map[string]any{"SessionNameOrId": "c-voice-initial", "SpeakerId": "spk-2", "DomainId": "domain-1"},
		last[len(last)-2].Params)

	// Evaluation on the flow's stream: the speaker identifier is synced
	// first, then the decisions come back in the contact flow's terms.
	f.Respond(m("GET_CONTACT"), getContact)
	f.Respond(m("UPDATE_SESSION"), session)
	f.Respond(m("UPDATE_VOICE_ID_DATA"), map[string]any{})
	f.Respond(m("EVALUATE_SESSION"), map[string]any{
		"SessionId": "s-1", "SessionName": "c-voice-initial", "StreamingStatus": "ONGOING",
		"AuthenticationResult": map[string]any{"Decision": "ACCEPT", "CustomerSpeakerId": "spk-1", "Score": 97},
		"FraudDetectionResult": map[string]any{"Decision": "LOW_RISK", "FraudDetectionResultId": "f-1"},
	})
	agDiff(t, "evaluation", streams.VoiceIDEvaluation{
		SessionID: "s-1", SessionName: "c-voice-initial", StreamingStatus: streams.VoiceIDStreamingStatusOngoing,
		AuthenticationResult: streams.VoiceIDAuthenticationResult{Decision: streams.ContactFlowAuthenticationDecisionAuthenticated, CustomerSpeakerID: "spk-1", Score: new(97.0)},
		FraudDetectionResult: streams.VoiceIDFraudDetectionResult{Decision: streams.ContactFlowFraudDetectionDecisionLowRisk, FraudDetectionResultID: "f-1"},
	}, agMust(voice.EvaluateSpeakerWithVoiceID(ctCtx, nil)))

	// Enrollment: sync, status, then enroll by session, completed at once.
	f.Respond(m("GET_CONTACT"), getContact, getContact)
	f.Respond(m("UPDATE_SESSION"), session)
	f.Respond(m("UPDATE_VOICE_ID_DATA"), map[string]any{})
	f.Respond(m("DESCRIBE_SPEAKER"), map[string]any{"Speaker": speaker})
	f.Respond(m("ENROLL_BY_SESSION"), map[string]any{"Status": "COMPLETED"})
	collected := streamstest.Func("", "return function () {};").Invoke()
	if v := agMust(voice.EnrollSpeakerInVoiceID(ctCtx, collected)); v.Get("Status").String() != "COMPLETED" {
		t.Error("EnrollSpeakerInVoiceID result")
	}

	// Not-enrolled speakers resolve with the problem named.
	f.Respond(m("GET_CONTACT"), getContact)
	f.SetMode("success")
	failStatus := streamstest.Func("client", `
const call = client.call;
client.call = function (method, params, callbacks) {
  if (method === "AgentAppService.VoiceId.describeSpeaker") {
    this.calls.push({method: method, params: params});
    callbacks.failure(JSON.stringify({status: 404}));
    return;
  }
  return call.call(this, method, params, callbacks);
};
return function () { client.call = call; };`).Invoke(f.Client)
	agDiff(t, "status of an unknown speaker", streams.VoiceIDSpeakerStatusResult{Type: "speaker_id_not_enrolled"}, agMust(voice.GetVoiceIDSpeakerStatus(ctCtx)))
	failStatus.Invoke()

	// Failures reject with the library's Voice ID error object.
	f.SetMode("failure")
	for _, fail := range []struct {
		name string
		err  error
		typ  string
	}{
		{"getVoiceIdSpeakerId", ctErr(voice.GetVoiceIDSpeakerID(ctCtx)), "get_speaker_id_failed"},
		{"getVoiceIdSpeakerStatus", ctErr(voice.GetVoiceIDSpeakerStatus(ctCtx)), "get_speaker_id_failed"},
		{"optOutVoiceIdSpeaker", ctErr(voice.OptOutVoiceIDSpeaker(ctCtx)), "get_speaker_id_failed"},
		{"deleteVoiceIdSpeaker", voice.DeleteVoiceIDSpeaker(ctCtx), "get_speaker_id_failed"},
		{"updateVoiceIdSpeakerId", ctErr(voice.UpdateVoiceIDSpeakerID(ctCtx, "spk-2")), "update_speaker_id_failed"},
		{"evaluateSpeakerWithVoiceId", ctErr(voice.EvaluateSpeakerWithVoiceID(ctCtx, new(false))), "get_speaker_id_failed"},
		{"enrollSpeakerInVoiceId", ctErr(voice.EnrollSpeakerInVoiceID(ctCtx, js.Undefined())), "get_speaker_id_failed"},
	} {
		var je *streams.JSError
		if !errors.As(fail.err, &je) || je.Value.Get("type").String() != fail.typ {
			t.Errorf("%s failure: %T %v, want type %s", fail.name, fail.err, fail.err, fail.typ)
		}
	}

	// Voice ID refuses conference calls before asking anything.
	f.SetMode("success")
	conference := streamstest.FullVoiceContact("c-voice", "connected", "connected")
	conference.Connections = append(conference.Connections, streamstest.ThirdParty("c-voice-escalation", "connected"))
	f.PushContacts(conference)
	before := len(f.Calls())
	_, err := voice.GetVoiceIDSpeakerID(ctCtx)
	var je *streams.JSError
	if !errors.As(err, &je) || !strings.Contains(je.Message, "conference calls") {
		t.Errorf("Voice ID on a conference call: %v", err)
	}
	if n := len(f.Calls()) - before; n != 0 {
		t.Errorf("%d requests on a conference call", n)
	}
}

func TestQuickResponses(t *testing.T) {
	f, _, _ := ctSetup(t, streamstest.ChatContact("c-chat", "connected", "connected"))
	f.UseClientAsAPIProxy()
	exists := f.Method("ApiProxyClientMethods", "QR_INTEGRATION_EXISTS")
	search := f.Method("ApiProxyClientMethods", "QR_SEARCH_QUICK_RESPONSES")

	f.Respond(exists, true)
	if !agMust(streams.QuickResponses.IsEnabled(ctCtx)) {
		t.Error("IsEnabled() = false")
	}
	f.Respond(search, map[string]any{"nextToken": "page-2", "results": []any{map[string]any{
		"quickResponseArn": "arn:qr/1", "quickResponseId": "qr-1", "knowledgeBaseArn": "arn:kb/1", "knowledgeBaseId": "kb-1",
		"name": "Greeting", "version": "3", "contentType": "plainText", "status": "active", "statusReason": "",
		"createdTime": 1714980000000, "lastModifiedTime": 1714990000000, "title": "Hello",
		"contents":              map[string]any{"plainText": map[string]any{"content": "Hello $.Language"}, "markdown": map[string]any{"content": "**Hello**"}},
		"groupingConfiguration": map[string]any{"criteria": "RoutingProfileArn", "values": []any{"rp1", nil}},
		"shortcutKey":           "hi", "lastModifiedBy": "admin", "isActive": true, "channels": []any{"Chat", "email"}, "language": "en_US",
		"tags": []any{"greeting", nil},
	}}})
	res := agMust(streams.QuickResponses.SearchQuickResponses(ctCtx, streams.QuickResponsesQuery{Query: "hello", ContactID: "c-chat", MaxResults: new(5)}))
	agDiff(t, "search result", streams.SearchQuickResponsesResult{NextToken: "page-2", Results: []streams.QuickResponse{{
		QuickResponseARN: "arn:qr/1", QuickResponseID: "qr-1", KnowledgeBaseARN: "arn:kb/1", KnowledgeBaseID: "kb-1",
		Name: "Greeting", Version: "3", ContentType: streams.QuickResponseContentTypePlainText, Status: streams.QuickResponseStatusTypeActive,
		CreatedTime: new(1714980000000.0), LastModifiedTime: new(1714990000000.0), Title: "Hello",
		Contents:              &streams.QuickResponseContents{PlainText: &streams.QuickResponseContent{Content: "Hello $.Language"}, Markdown: &streams.QuickResponseContent{Content: "**Hello**"}},
		GroupingConfiguration: &streams.QuickResponseGroupingConfiguration{Criteria: "RoutingProfileArn", Values: []*string{ctStr("rp1"), nil}},
		ShortcutKey:           "hi", LastModifiedBy: "admin", IsActive: new(true),
		Channels: []streams.QuickResponseChannelType{streams.QuickResponseChannelTypeChat, streams.QuickResponseChannelTypeEmail},
		Language: "en_US", Tags: []*string{ctStr("greeting"), nil},
	}}}, res)
	// The contact's attributes travel with the search.
	calls := f.Calls()
	agDiff(t, "requests", []streamstest.Call{
		{Method: exists, Params: map[string]any{}},
		{Method: search, Params: map[string]any{"query": "hello", "contactId": "c-chat", "maxResults": float64(5),
			"attributes": map[string]any{"Language": map[string]any{"name": "Language", "value": "en"}}}},
	}, calls)

	f.SetMode("failure")
	for _, err := range []error{ctErr(streams.QuickResponses.IsEnabled(ctCtx)), ctErr(streams.QuickResponses.SearchQuickResponses(ctCtx, streams.QuickResponsesQuery{Query: "x"}))} {
		var je *streams.JSError
		if !errors.As(err, &je) || je.Message != `{"type":"AccessDenied","message":"not allowed"}` {
			t.Errorf("failure: %T %v", err, err)
		}
	}
}

func TestSoftphoneErrorClass(t *testing.T) {
	streamstest.New(t)
	v := js.Global().Get("connect").Get("SoftphoneError").New("microphone_not_shared", "denied by the user", js.Undefined())
	e := streams.SoftphoneErrorFromJS(v)
	got := fmt.Sprint(agMust(e.GetErrorType()), " ", *agMust(e.GetErrorMessage()), " ", agMust(e.GetEndPointURL()) == nil, " ",
		agMust(e.ErrorType()), " ", *agMust(e.ErrorMessage()), " ", agMust(e.EndPointURL()) == nil)
	if want := "microphone_not_shared denied by the user true microphone_not_shared denied by the user true"; got != want {
		t.Errorf("SoftphoneError getters = %q, want %q", got, want)
	}
}
