//go:build js && wasm

package bindingtest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"syscall/js"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/streamsgen/streamsgen/gen/streams"
	"github.com/streamsgen/streamsgen/internal/streamstest"
)

// The tests of this file cover the agent side of the API: every Agent
// getter against a full snapshot, every agent and core event the library
// can raise, the {success, failure} and Promise methods through both
// outcomes, and the functions of connect, connect.core, connect.agentApp,
// connect.globalResiliency and connect.storageAccess.

var agCtx = context.Background()

// Snapshot parts of the full agent snapshot.
var (
	agAvail       = streamstest.State{Type: "routable", Name: "Available", ARN: streamstest.StateARN("Available"), Start: streamstest.Start.Add(-time.Minute).UnixMilli()}
	agBusy        = streamstest.State{Type: "system", Name: "Busy", Start: streamstest.Start.UnixMilli()}
	agLunchNext   = streamstest.State{Type: "not_routable", Name: "Lunch", ARN: streamstest.StateARN("Lunch"), Start: streamstest.Start.UnixMilli()}
	agAllChannels = []streamstest.Contact{
		streamstest.VoiceContact("c-voice", "connected", "connected"),
		streamstest.ChannelContact("c-callback", "queue_callback", "incoming"),
		streamstest.ChannelContact("c-chat", "chat", "connected"),
		streamstest.ChannelContact("c-task", "task", "paused"),
		streamstest.ChannelContact("c-email", "email", "connecting"),
	}
)

// agFullAgent returns the agent after a full snapshot: the agent busy on a
// contact of every channel, having chosen Available and queued Lunch.
func agFullAgent(t *testing.T, f *streamstest.Fixture) streams.Agent {
	t.Helper()
	got := make(chan streams.Agent, 1)
	sub, err := streams.Connect.Agent(func(a streams.Agent) { got <- a })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sub.Unsubscribe)
	f.PushFull(streamstest.Full{
		Snapshot: streamstest.Snapshot{State: agBusy, NextState: &agLunchNext, Contacts: agAllChannels},
		Avail:    &agAvail,
	})
	return streamstest.Receive(t, got)
}

// agMust returns v, stopping the test binary with the error if there is
// one. Only for the test goroutine: handlers check their errors themselves.
func agMust[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprintf("unexpected error: %v", err))
	}
	return v
}

// agNoErr fails the test if err is not nil.
func agNoErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func agDiff(t *testing.T, what string, want, got any, opts ...cmp.Option) {
	t.Helper()
	if d := cmp.Diff(want, got, opts...); d != "" {
		t.Errorf("%s (-want +got):\n%s", what, d)
	}
}

var (
	agQ1 = streams.Queue{Name: "BasicQueue", QueueARN: "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q1", QueueID: "q1"}
	agQ2 = streams.Queue{Name: "Support", QueueARN: "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q2", QueueID: "q2"}
)

func agStateDef(typ streams.AgentStateType, name string) streams.AgentStateDefinition {
	return streams.AgentStateDefinition{Name: name, Type: typ, AgentStateARN: new(streamstest.StateARN(name))}
}

func TestAgentGettersFullSnapshot(t *testing.T) {
	f := streamstest.New(t)
	agent := agFullAgent(t, f)

	agDiff(t, "GetName", "Jane Doe", agMust(agent.GetName()))
	wantState := streams.AgentState{Name: "Busy", Type: streams.AgentStateTypeSystem, StartTimestamp: streamstest.Start}
	agDiff(t, "GetState", wantState, agMust(agent.GetState()))
	agDiff(t, "GetStatus", wantState, agMust(agent.GetStatus()))
	agDiff(t, "GetAvailabilityState", &streams.AgentAvailabilityState{State: "Available", TimeStamp: streamstest.Start.Add(-time.Minute)}, agMust(agent.GetAvailabilityState()))
	wantNext := &streams.AgentState{Name: "Lunch", Type: streams.AgentStateTypeNotRoutable, AgentStateARN: new(streamstest.StateARN("Lunch")), StartTimestamp: streamstest.Start}
	agDiff(t, "GetNextState", wantNext, agMust(agent.GetNextState()))

	// Duration = now - start + skew, with the skew of the snapshot.
	lo := time.Since(streamstest.Start).Milliseconds() + streamstest.Skew
	for name, get := range map[string]func() (int, error){"GetStateDuration": agent.GetStateDuration, "GetStatusDuration": agent.GetStatusDuration} {
		d := agMust(get())
		if hi := time.Since(streamstest.Start).Milliseconds() + streamstest.Skew; int64(d) < lo || int64(d) > hi {
			t.Errorf("%s = %d, want within [%d, %d]", name, d, lo, hi)
		}
	}

	agDiff(t, "GetPermissions", []string{"outboundCall", "voiceId"}, agMust(agent.GetPermissions()))
	ids := func(cs []streams.Contact) []string {
		var out []string
		for _, c := range cs {
			out = append(out, agMust(c.GetContactID()))
		}
		return out
	}
	agDiff(t, "GetContacts()", []string{"c-voice", "c-callback", "c-chat", "c-task", "c-email"}, ids(agMust(agent.GetContacts(""))))
	for typ, id := range map[streams.ContactType]string{
		streams.ContactTypeVoice: "c-voice", streams.ContactTypeQueueCallback: "c-callback",
		streams.ContactTypeChat: "c-chat", streams.ContactTypeTask: "c-task", streams.ContactTypeEmail: "c-email",
	} {
		cs := agMust(agent.GetContacts(typ))
		agDiff(t, "GetContacts("+string(typ)+")", []string{id}, ids(cs))
		if got := agMust(cs[0].GetType()); got != typ {
			t.Errorf("contact %s has type %q, want %q", id, got, typ)
		}
	}

	states := []streams.AgentStateDefinition{
		agStateDef(streams.AgentStateTypeRoutable, "Available"),
		agStateDef(streams.AgentStateTypeNotRoutable, "Lunch"),
		agStateDef(streams.AgentStateTypeOffline, "Offline"),
	}
	profile := streams.AgentRoutingProfile{
		Name:                  "Basic Routing Profile",
		RoutingProfileARN:     "arn:aws:connect:us-east-1:111122223333:instance/i/routing-profile/rp1",
		RoutingProfileID:      "arn:aws:connect:us-east-1:111122223333:instance/i/routing-profile/rp1",
		DefaultOutboundQueue:  agQ1,
		Queues:                []streams.Queue{agQ1, agQ2},
		ChannelConcurrencyMap: map[string]int{"VOICE": 1, "CHAT": 2, "TASK": 10},
	}
	wantConfig := streams.AgentConfiguration{
		Name: "Jane Doe", Username: "jane", AgentARN: streamstest.AgentARN,
		AgentStates: states, Permissions: []string{"outboundCall", "voiceId"},
		DialableCountries: []string{"us", "ca", "gb"}, Extension: new("+15555550123"),
		SoftphoneEnabled: true, SoftphoneAutoAccept: new(true), SoftphonePersistentConnection: new(true),
		RoutingProfile: profile, AgentPreferences: map[string]string{"LANGUAGE": "en_US"},
		VoiceEnhancementMode: streams.VoiceEnhancementModeNoiseSuppression,
	}
	agDiff(t, "GetConfiguration", wantConfig, agMust(agent.GetConfiguration()))
	agDiff(t, "GetAgentStates", states, agMust(agent.GetAgentStates()))
	agDiff(t, "GetRoutingProfile", profile, agMust(agent.GetRoutingProfile()))
	agDiff(t, "GetVoiceEnhancementMode", new(streams.VoiceEnhancementModeNoiseSuppression), agMust(agent.GetVoiceEnhancementMode()))
	agDiff(t, "GetChannelConcurrency()", streams.ChannelConcurrency{IntMap: map[string]int{"VOICE": 1, "CHAT": 2, "TASK": 10}}, agMust(agent.GetChannelConcurrency("")))
	agDiff(t, "GetChannelConcurrency(CHAT)", streams.ChannelConcurrency{Int: new(2)}, agMust(agent.GetChannelConcurrency(streams.ChannelTypeChat)))
	agDiff(t, "GetChannelConcurrency(TASK)", streams.ChannelConcurrency{Int: new(10)}, agMust(agent.GetChannelConcurrency(streams.ChannelTypeTask)))
	agDiff(t, "GetAgentARN", new(streamstest.AgentARN), agMust(agent.GetAgentARN()))
	agDiff(t, "GetExtension", new("+15555550123"), agMust(agent.GetExtension()))
	agDiff(t, "GetDialableCountries", []string{"us", "ca", "gb"}, agMust(agent.GetDialableCountries()))
	agDiff(t, "IsSoftphoneEnabled", true, agMust(agent.IsSoftphoneEnabled()))
	agDiff(t, "GetAllQueueARNs", []string{agQ1.QueueARN, agQ2.QueueARN}, agMust(agent.GetAllQueueARNs()))

	// A snapshot handle keeps this moment's data; the live handle follows.
	snap := agMust(agent.ToSnapshot())
	f.PushFull(streamstest.Full{Snapshot: streamstest.StateSnapshot("routable", "Available"), Avail: &agAvail})
	agDiff(t, "snapshot GetState after an update", wantState, agMust(snap.GetState()))
	agDiff(t, "snapshot contacts after an update", 5, len(agMust(snap.GetContacts(""))))
	if got := agMust(agent.GetState()); got.Name != "Available" {
		t.Errorf("live GetState after an update = %q, want Available", got.Name)
	}
	if n := agMust(agent.GetNextState()); n != nil {
		t.Errorf("live GetNextState after the next state cleared = %+v, want nil", n)
	}
}

// TestAgentGettersSparseConfiguration checks the getters on a configuration
// that carries only what the service always sends.
func TestAgentGettersSparseConfiguration(t *testing.T) {
	f := streamstest.New(t)
	agent := agFullAgent(t, f)
	cfg := streamstest.FullConfiguration()
	for _, k := range []string{"agentARN", "voiceEnhancementMode", "softphonePersistentConnection", "agentPreferences"} {
		delete(cfg, k)
	}
	cfg["extension"] = nil
	rp := map[string]any{}
	for k, v := range cfg["routingProfile"].(map[string]any) {
		if k != "channelConcurrencyMap" {
			rp[k] = v
		}
	}
	cfg["routingProfile"] = rp
	f.PushFull(streamstest.Full{Snapshot: streamstest.StateSnapshot("routable", "Available"), Config: cfg})

	if a := agMust(agent.GetAvailabilityState()); a != nil {
		t.Errorf("GetAvailabilityState without one in the snapshot = %+v, want nil", a)
	}
	if v := agMust(agent.GetAgentARN()); v != nil {
		t.Errorf("GetAgentARN = %q, want nil", *v)
	}
	if v := agMust(agent.GetExtension()); v != nil {
		t.Errorf("GetExtension = %q, want nil", *v)
	}
	if v := agMust(agent.GetVoiceEnhancementMode()); v != nil {
		t.Errorf("GetVoiceEnhancementMode = %q, want nil", *v)
	}
	// Without a map the runtime assumes one per channel except tasks.
	agDiff(t, "GetChannelConcurrency() default", streams.ChannelConcurrency{IntMap: map[string]int{"VOICE": 1, "CHAT": 1}}, agMust(agent.GetChannelConcurrency("")))
	agDiff(t, "GetChannelConcurrency(TASK) default", streams.ChannelConcurrency{Int: new(0)}, agMust(agent.GetChannelConcurrency(streams.ChannelTypeTask)))
	c := agMust(agent.GetConfiguration())
	if c.SoftphonePersistentConnection != nil || c.AgentPreferences != nil || c.VoiceEnhancementMode != "" || c.RoutingProfile.ChannelConcurrencyMap != nil {
		t.Errorf("absent members decoded as %+v", c)
	}
}

// agRecorder collects event payloads per event name.
type agRecorder struct {
	t  *testing.T
	ch map[string]chan any
}

func newAgRecorder(t *testing.T) *agRecorder { return &agRecorder{t: t, ch: map[string]chan any{}} }

func (r *agRecorder) c(name string) chan any {
	if r.ch[name] == nil {
		r.ch[name] = make(chan any, 16)
	}
	return r.ch[name]
}

// agOn returns a handler recording its payload under name.
func agOn[T any](r *agRecorder, name string) func(T) {
	c := r.c(name)
	return func(v T) { c <- v }
}

// on0 returns a handler without payload recording under name.
func (r *agRecorder) on0(name string) func() {
	c := r.c(name)
	return func() { c <- struct{}{} }
}

// next waits for the next payload recorded under name.
func (r *agRecorder) next(name string) any {
	r.t.Helper()
	return streamstest.Receive(r.t, r.c(name))
}

// none fails if anything was recorded under name.
func (r *agRecorder) none(name string) {
	r.t.Helper()
	streamstest.ExpectNone(r.t, r.c(name))
}

func agSubscribe(t *testing.T, subs *[]*streams.Subscription) func(*streams.Subscription, error) {
	return func(s *streams.Subscription, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		*subs = append(*subs, s)
	}
}

// agStateName returns the name of the agent's state, or the error.
func agStateName(a streams.Agent) string {
	s, err := a.GetState()
	if err != nil {
		return "error: " + err.Error()
	}
	return s.Name
}

func TestAgentEvents(t *testing.T) {
	f := streamstest.New(t)
	agent := agFullAgent(t, f)
	live, bus := streams.LiveCallbacks(), f.BusSubscribers()
	r := newAgRecorder(t)
	var subs []*streams.Subscription
	add := agSubscribe(t, &subs)
	name := agStateName
	agentEvent := func(ev string) func(streams.Agent) {
		c := r.c(ev)
		return func(a streams.Agent) { c <- name(a) }
	}
	add(agent.OnRefresh(agentEvent("refresh")))
	add(agent.OnStateChange(agOn[streams.AgentStateChange](r, "state_change")))
	add(agent.OnRoutable(agentEvent("routable")))
	add(agent.OnNotRoutable(agentEvent("not_routable")))
	add(agent.OnOffline(agentEvent("offline")))
	add(agent.OnError(agentEvent("error")))
	add(agent.OnAfterCallWork(agentEvent("acw")))
	add(agent.OnEnqueuedNextState(func(a streams.Agent) {
		n, err := a.GetNextState()
		if err != nil || n == nil {
			r.c("enqueued") <- fmt.Sprint("no next state: ", err)
			return
		}
		r.c("enqueued") <- n.Name
	}))
	add(agent.OnClearedNextState(func(a streams.Agent) {
		n, err := a.GetNextState()
		r.c("cleared") <- err == nil && n == nil
	}))
	add(agent.OnSoftphoneError(agOn[streams.SoftphoneErrorInfo](r, "softphone_error")))
	add(agent.OnWebSocketConnectionLost(agOn[*streams.WebSocketConnectionLost](r, "ws_lost")))
	add(agent.OnWebSocketConnectionGained(r.on0("ws_gained")))
	add(agent.OnMuteToggle(agOn[streams.AgentMutedStatus](r, "mute")))
	add(agent.OnLocalMediaStreamCreated(agOn[streams.LocalMediaStreamCreated](r, "local_stream")))
	add(agent.OnSpeakerDeviceChanged(agOn[streams.UserMediaDeviceChange](r, "speaker")))
	add(agent.OnMicrophoneDeviceChanged(agOn[streams.UserMediaDeviceChange](r, "microphone")))
	add(agent.OnRingerDeviceChanged(agOn[streams.UserMediaDeviceChange](r, "ringer")))
	add(agent.OnCameraDeviceChanged(agOn[streams.UserMediaDeviceChange](r, "camera")))
	add(agent.OnBackgroundBlurChanged(agOn[streams.UserBackgroundBlurChange](r, "blur")))

	push := func(st streamstest.State, next *streamstest.State) {
		f.PushFull(streamstest.Full{Snapshot: streamstest.Snapshot{State: st, NextState: next}, Avail: &agAvail})
	}
	ms := streamstest.Start.UnixMilli()
	// Busy (system) with Lunch queued -> Available: routable, state change, next state cleared.
	push(streamstest.State{Type: "routable", Name: "Available", ARN: streamstest.StateARN("Available"), Start: ms}, nil)
	agDiff(t, "refresh", "Available", r.next("refresh"))
	agDiff(t, "routable", "Available", r.next("routable"))
	sc := r.next("state_change").(streams.AgentStateChange)
	agDiff(t, "state change", [2]string{"Busy", "Available"}, [2]string{sc.OldState, sc.NewState})
	agDiff(t, "state change agent", "Available", name(sc.Agent))
	agDiff(t, "cleared next state", true, r.next("cleared"))
	// -> Lunch queued: enqueued.
	push(streamstest.State{Type: "routable", Name: "Available", ARN: streamstest.StateARN("Available"), Start: ms}, &agLunchNext)
	agDiff(t, "enqueued", "Lunch", r.next("enqueued"))
	// -> AfterCallWork: not routable and ACW.
	push(streamstest.State{Type: "not_routable", Name: "AfterCallWork", Start: ms}, nil)
	agDiff(t, "not routable", "AfterCallWork", r.next("not_routable"))
	agDiff(t, "acw", "AfterCallWork", r.next("acw"))
	// -> MissedCallAgent (an error state): error.
	push(streamstest.State{Type: "error", Name: "MissedCallAgent", Start: ms}, nil)
	agDiff(t, "error", "MissedCallAgent", r.next("error"))
	// -> Offline.
	push(streamstest.State{Type: "offline", Name: "Offline", ARN: streamstest.StateARN("Offline"), Start: ms}, nil)
	agDiff(t, "offline", "Offline", r.next("offline"))
	// Four more snapshots, three of them with a new state name.
	for range 4 {
		r.next("refresh")
	}
	for range 3 {
		r.next("state_change")
	}
	r.none("state_change")

	// Events relayed from the CCP, with the payloads it sends (plain
	// objects, as they arrive through postMessage).
	ev := func(k string) string { return f.Connect.Get("AgentEvents").Get(k).String() }
	cfg := func(k string) string { return f.Connect.Get("ConfigurationEvents").Get(k).String() }
	f.Trigger(ev("SOFTPHONE_ERROR"), streamstest.Object(`{"errorType":"microphone_not_shared","errorMessage":"Permission denied","endPointUrl":"wss://rtc.connect.aws"}`))
	agDiff(t, "softphone error", streams.SoftphoneErrorInfo{ErrorType: streams.SoftphoneErrorTypesMicrophoneNotShared, ErrorMessage: new("Permission denied"), EndPointURL: new("wss://rtc.connect.aws")}, r.next("softphone_error"))
	f.Trigger(ev("SOFTPHONE_ERROR"), streamstest.Object(`{"errorType":"ice_collection_timeout"}`))
	agDiff(t, "softphone error without details", streams.SoftphoneErrorInfo{ErrorType: streams.SoftphoneErrorTypesIceCollectionTimeout}, r.next("softphone_error"))
	f.Trigger(ev("WEBSOCKET_CONNECTION_LOST"), streamstest.Object(`{"openTimestamp":1715000000000,"closeTimestamp":1715000060000,"connectionDuration":60000,"code":1006,"reason":""}`))
	agDiff(t, "websocket lost", &streams.WebSocketConnectionLost{OpenTimestamp: new(1715000000000.0), CloseTimestamp: new(1715000060000.0), ConnectionDuration: new(60000.0), Code: new(1006)}, r.next("ws_lost"))
	f.Trigger(ev("WEBSOCKET_CONNECTION_LOST"), js.Undefined())
	agDiff(t, "websocket lost without details", (*streams.WebSocketConnectionLost)(nil), r.next("ws_lost"))
	f.Trigger(ev("WEBSOCKET_CONNECTION_GAINED"), js.Undefined())
	r.next("ws_gained")
	f.Trigger(ev("MUTE_TOGGLE"), streamstest.Object(`{"muted":true}`))
	agDiff(t, "mute toggle", streams.AgentMutedStatus{Muted: true}, r.next("mute"))
	f.Trigger(ev("LOCAL_MEDIA_STREAM_CREATED"), streamstest.Object(`{"connectionId":"c-voice-agent"}`))
	agDiff(t, "local media stream", streams.LocalMediaStreamCreated{ConnectionID: "c-voice-agent"}, r.next("local_stream"))
	for k, rec := range map[string]string{"SPEAKER_DEVICE_CHANGED": "speaker", "MICROPHONE_DEVICE_CHANGED": "microphone", "RINGER_DEVICE_CHANGED": "ringer", "CAMERA_DEVICE_CHANGED": "camera"} {
		f.Trigger(cfg(k), streamstest.Object(`{"deviceId":"dev-`+rec+`"}`))
		agDiff(t, rec+" device", streams.UserMediaDeviceChange{DeviceID: "dev-" + rec}, r.next(rec))
	}
	f.Trigger(cfg("BACKGROUND_BLUR_CHANGED"), streamstest.Object(`{"isBackgroundBlurEnabled":true}`))
	agDiff(t, "background blur", streams.UserBackgroundBlurChange{IsBackgroundBlurEnabled: true}, r.next("blur"))

	for _, s := range subs {
		s.Unsubscribe()
	}
	if g := streams.LiveCallbacks(); g != live {
		t.Errorf("LiveCallbacks = %d after Unsubscribe, want %d", g, live)
	}
	if g := f.BusSubscribers(); g != bus {
		t.Errorf("bus subscribers = %d after Unsubscribe, want %d", g, bus)
	}
	f.Trigger(ev("MUTE_TOGGLE"), streamstest.Object(`{"muted":false}`))
	push(streamstest.State{Type: "routable", Name: "Available", Start: ms}, nil)
	r.none("mute")
	r.none("routable")
}

// agSDKStubs gives the agent handle stand-ins for the Amazon Connect SDK
// clients that Streams creates lazily on the handle.
func agSDKStubs(agent streams.Agent) (network, voice *streamstest.SDKStub) {
	network = streamstest.NewSDKStub([]string{"NetworkConnectionStatusChanged"}, []string{"getNetworkConnectionStatus"})
	voice = streamstest.NewSDKStub([]string{"VoiceEnhancementModeChanged"}, []string{"setVoiceEnhancementMode"})
	agent.JSValue().Set("agentClient", network.V)
	agent.JSValue().Set("voiceClient", voice.V)
	return network, voice
}

func TestAgentSDKEventsAndPromises(t *testing.T) {
	f := streamstest.New(t)
	agent := agFullAgent(t, f)
	network, voice := agSDKStubs(agent)
	r := newAgRecorder(t)

	sub := agMust(agent.OnNetworkConnectionStatusChanged(agOn[streams.NetworkConnectionStatusChanged](r, "network")))
	if n := network.Count("NetworkConnectionStatusChanged"); n != 1 {
		t.Fatalf("SDK handlers after subscribing = %d, want 1", n)
	}
	network.Fire("NetworkConnectionStatusChanged", streamstest.Object(`{"status":"disconnected","timestamp":1715000000123}`))
	agDiff(t, "network status event", streams.NetworkConnectionStatusChanged{Status: streams.NetworkConnectionStatusDisconnected, Timestamp: 1715000000123}, r.next("network"))
	sub.Unsubscribe()
	if n := network.Count("NetworkConnectionStatusChanged"); n != 0 {
		t.Errorf("SDK handlers after Unsubscribe = %d, want 0", n)
	}

	network.SetResult("getNetworkConnectionStatus", streamstest.Object(`{"status":"connected","timestamp":1715000000456}`))
	agDiff(t, "GetNetworkConnectionStatus", streams.NetworkConnectionStatusChanged{Status: streams.NetworkConnectionStatusConnected, Timestamp: 1715000000456}, agMust(agent.GetNetworkConnectionStatus(agCtx)))
	network.SetMode("failure")
	_, err := agent.GetNetworkConnectionStatus(agCtx)
	var je *streams.JSError
	if !errors.As(err, &je) || je.Message != "getNetworkConnectionStatus failed" {
		t.Errorf("GetNetworkConnectionStatus failure = %T %v, want a JSError from the rejection", err, err)
	}

	vsub := agMust(agent.OnVoiceEnhancementModeChanged(agOn[streams.VoiceEnhancementModeChange](r, "voice")))
	voice.Fire("VoiceEnhancementModeChanged", streamstest.Object(`{"voiceEnhancementMode":"VOICE_ISOLATION","other":1}`))
	agDiff(t, "voice enhancement event", streams.VoiceEnhancementModeChange{VoiceEnhancementMode: streams.VoiceEnhancementModeVoiceIsolation}, r.next("voice"))
	vsub.Unsubscribe()
	if n := voice.Count("VoiceEnhancementModeChanged"); n != 0 {
		t.Errorf("SDK voice handlers after Unsubscribe = %d, want 0", n)
	}

	if err := agent.SetVoiceEnhancementMode(agCtx, streams.VoiceEnhancementModeNone); err != nil {
		t.Errorf("SetVoiceEnhancementMode success: %v", err)
	}
	voice.SetMode("failure")
	if err := agent.SetVoiceEnhancementMode(agCtx, streams.VoiceEnhancementModeNoiseSuppression); !errors.As(err, &je) {
		t.Errorf("SetVoiceEnhancementMode failure = %T %v, want JSError", err, err)
	}
	// An unknown mode throws before the SDK is asked.
	if err := agent.SetVoiceEnhancementMode(agCtx, "LOUDER"); !errors.As(err, &je) || !strings.Contains(je.Message, "Invalid voice enhancement mode LOUDER") {
		t.Errorf("SetVoiceEnhancementMode(LOUDER) = %v, want the runtime's exception", err)
	}
	agDiff(t, "SDK calls", [][2]any{{"setVoiceEnhancementMode", `"NONE"`}, {"setVoiceEnhancementMode", `"NOISE_SUPPRESSION"`}}, voice.Calls())
}

func TestSessionExpirationWarningManager(t *testing.T) {
	streamstest.New(t)
	// The constructor needs the SDK provider initCCP sets up; build the
	// object on the real prototype with a stand-in SDK client instead.
	stub := streamstest.NewSDKStub([]string{"ExpirationWarning", "ExpirationWarningCleared", "SessionExtensionError"}, nil)
	obj := js.Global().Get("Object").Call("create", js.Global().Get("connect").Get("SessionExpirationWarningManager").Get("prototype"))
	obj.Set("sessionExpirationWarningClient", stub.V)
	m := streams.SessionExpirationWarningManagerFromJS(obj)
	r := newAgRecorder(t)

	s1 := agMust(m.OnExpirationWarning(agOn[streams.SessionExpirationInformation](r, "warning")))
	s2 := agMust(m.OnExpirationWarningCleared(r.on0("cleared")))
	s3 := agMust(m.OnSessionExtensionError(agOn[streams.SessionExtensionErrorData](r, "error")))
	stub.Fire("ExpirationWarning", streamstest.Object(`{"expiration":1715000300000}`))
	agDiff(t, "expiration warning", streams.SessionExpirationInformation{Expiration: 1715000300000}, r.next("warning"))
	stub.Fire("ExpirationWarningCleared", js.Undefined())
	r.next("cleared")
	stub.Fire("SessionExtensionError", streamstest.Object(`{"isWarningActive":true,"errorDetails":{"status":500,"reason":"throttled"}}`))
	e := r.next("error").(streams.SessionExtensionErrorData)
	if !e.IsWarningActive || e.ErrorDetails["status"].Int() != 500 || e.ErrorDetails["reason"].String() != "throttled" {
		t.Errorf("session extension error = %+v", e)
	}

	s1.Unsubscribe()
	s2.Unsubscribe()
	s3.Unsubscribe()
	agDiff(t, "SDK handlers after Unsubscribe", [3]int{0, 0, 1},
		[3]int{stub.Count("ExpirationWarning"), stub.Count("ExpirationWarningCleared"), stub.Count("SessionExtensionError")})
	// 2.28.2 removes the extension error handler from the wrong list, so
	// the JS handler stays registered; the Go handler is gone all the same.
	stub.Fire("SessionExtensionError", streamstest.Object(`{"isWarningActive":false}`))
	r.none("error")
}

func TestAgentCallbackMethods(t *testing.T) {
	f := streamstest.New(t)
	up := f.RecordUpstream()
	agent := agFullAgent(t, f)
	live := streams.LiveCallbacks()
	lunch := agStateDef(streams.AgentStateTypeNotRoutable, "Lunch")
	wantErr := streams.CallError{Err: `{"type":"AccessDenied","message":"not allowed"}`, Data: `{"status":403}`}
	ignore := cmpopts.IgnoreFields(streams.CallError{}, "Op", "ErrValue", "DataValue")
	failure := func(what string, err error) {
		t.Helper()
		var ce *streams.CallError
		if !errors.As(err, &ce) {
			t.Errorf("%s: got %T %v, want *CallError", what, err, err)
			return
		}
		agDiff(t, what, wantErr, *ce, ignore)
	}

	// setState and its alias setStatus.
	for name, set := range map[string]func(context.Context, streams.AgentStateDefinition, *streams.SetStateOptions) error{"SetState": agent.SetState, "SetStatus": agent.SetStatus} {
		f.SetMode("success")
		if err := set(agCtx, lunch, &streams.SetStateOptions{EnqueueNextState: new(true)}); err != nil {
			t.Errorf("%s success: %v", name, err)
		}
		calls := f.Calls()
		agDiff(t, name+" request", streamstest.Call{Method: "putAgentState", Params: map[string]any{
			"state":            map[string]any{"name": "Lunch", "type": "not_routable", "agentStateARN": streamstest.StateARN("Lunch")},
			"enqueueNextState": true,
		}}, calls[len(calls)-1])
		f.SetMode("failure")
		failure(name+" failure", set(agCtx, lunch, nil))
	}

	// setConfiguration: success reloads every tab's configuration.
	f.SetMode("success")
	cfg := agMust(agent.GetConfiguration())
	cfg.Extension = new("+15555550199")
	cfg.SoftphoneEnabled = false
	if err := agent.SetConfiguration(agCtx, cfg); err != nil {
		t.Fatalf("SetConfiguration success: %v", err)
	}
	calls := f.Calls()
	last := calls[len(calls)-1]
	if last.Method != "updateAgentConfiguration" {
		t.Fatalf("SetConfiguration sent %q", last.Method)
	}
	sent := last.Params["configuration"].(map[string]any)
	agDiff(t, "sent configuration", map[string]any{"extension": "+15555550199", "softphoneEnabled": false, "agentPreferences": map[string]any{"LANGUAGE": "en_US", "locale": "en_US"}},
		map[string]any{"extension": sent["extension"], "softphoneEnabled": sent["softphoneEnabled"], "agentPreferences": sent["agentPreferences"]})
	if msgs := up.Sent(); len(msgs) == 0 || msgs[len(msgs)-1].Event != "reload_agent_configuration" {
		t.Errorf("upstream after SetConfiguration = %v, want reload_agent_configuration last", msgs)
	}
	f.SetMode("failure")
	failure("SetConfiguration failure", agent.SetConfiguration(agCtx, cfg))
	// An unsupported locale fails before any request.
	f.SetMode("success")
	n := len(f.Calls())
	cfg.AgentPreferences = map[string]string{"locale": "xx_YY"}
	err := agent.SetConfiguration(agCtx, cfg)
	var ce *streams.CallError
	if !errors.As(err, &ce) || ce.Err != string(streams.AgentErrorStatesInvalidLocale) {
		t.Errorf("SetConfiguration with locale xx_YY = %v, want CallError %s", err, streams.AgentErrorStatesInvalidLocale)
	}
	if len(f.Calls()) != n {
		t.Errorf("SetConfiguration with a bad locale sent a request")
	}

	// getEndpoints pages through the results; getAddresses is the same.
	ep := func(id, name string) map[string]any {
		return map[string]any{"endpointARN": "arn:aws:connect:us-east-1:111122223333:instance/i/transfer-destination/" + id, "type": "phone_number", "name": name, "phoneNumber": "+1555555" + id}
	}
	for _, tc := range []struct {
		name string
		get  func(context.Context, streams.QueueARNs) (streams.GetEndpointsResult, error)
		arns streams.QueueARNs
		want []any
	}{
		{"GetEndpoints", agent.GetEndpoints, streams.QueueARNs{StringList: []string{agQ1.QueueARN, agQ2.QueueARN}}, []any{agQ1.QueueARN, agQ2.QueueARN}},
		{"GetAddresses", agent.GetAddresses, streams.QueueARNs{String: new(agQ1.QueueARN)}, []any{agQ1.QueueARN}},
	} {
		f.SetMode("success")
		n := len(f.Calls())
		f.Respond("getEndpoints",
			map[string]any{"endpoints": []any{ep("0101", "Front desk"), ep("0102", "Billing")}, "nextToken": "page-2"},
			map[string]any{"endpoints": []any{ep("0103", "Escalations")}},
		)
		res, err := tc.get(agCtx, tc.arns)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var names []string
		for _, e := range res.Endpoints {
			names = append(names, *e.Name)
		}
		agDiff(t, tc.name+" endpoints", []string{"Front desk", "Billing", "Escalations"}, names)
		agDiff(t, tc.name+" addresses", res.Endpoints, res.Addresses)
		arn := "arn:aws:connect:us-east-1:111122223333:instance/i/transfer-destination/0101"
		agDiff(t, tc.name+" first endpoint", streams.Endpoint{
			EndpointARN: &arn, EndpointID: &arn, Type: new(streams.EndpointTypePhoneNumber),
			Name: new("Front desk"), PhoneNumber: new("+15555550101"),
		}, res.Endpoints[0])
		calls := f.Calls()[n:]
		if len(calls) != 2 {
			t.Fatalf("%s made %d requests, want 2 pages", tc.name, len(calls))
		}
		agDiff(t, tc.name+" queues", tc.want, calls[0].Params["queueARNs"])
		agDiff(t, tc.name+" second page token", "page-2", calls[1].Params["nextToken"])
		f.SetMode("failure")
		_, err = tc.get(agCtx, tc.arns)
		failure(tc.name+" failure", err)
	}
	if l := streams.LiveCallbacks(); l != live {
		t.Errorf("LiveCallbacks = %d after the calls, want %d", l, live)
	}
}

// agConnectOutcome records the callbacks of Agent.connect.
type agConnectOutcome struct {
	ch               chan string
	success, failure js.Func
}

func newAgConnectOutcome(t *testing.T) *agConnectOutcome {
	o := &agConnectOutcome{ch: make(chan string, 4)}
	o.success = js.FuncOf(func(_ js.Value, args []js.Value) any {
		o.ch <- "success"
		return nil
	})
	o.failure = js.FuncOf(func(_ js.Value, args []js.Value) any {
		e := args[0]
		if e.Type() == js.TypeObject {
			o.ch <- "failure " + e.Get("name").String() + ": " + e.Get("message").String()
		} else {
			o.ch <- "failure " + e.String()
		}
		return nil
	})
	t.Cleanup(func() { o.success.Release(); o.failure.Release() })
	return o
}

func TestAgentConnect(t *testing.T) {
	f := streamstest.New(t)
	agent := agFullAgent(t, f)
	endpoint := streams.Endpoint{Type: new(streams.EndpointTypePhoneNumber), PhoneNumber: new("+15555550111"), Name: new("Customer")}
	o := newAgConnectOutcome(t)

	// Default queue, success.
	if err := agent.Connect(endpoint, &streams.ConnectOptions{Success: o.success.Value, Failure: o.failure.Value}); err != nil {
		t.Fatal(err)
	}
	agDiff(t, "outcome", "success", streamstest.Receive(t, o.ch))
	agDiff(t, "request", streamstest.Call{Method: "createOutboundContact", Params: map[string]any{
		"endpoint": map[string]any{"endpointARN": nil, "type": "phone_number", "name": "Customer", "phoneNumber": "+15555550111", "agentLogin": nil, "queue": nil},
		"queueARN": agQ1.QueueARN,
	}}, f.Calls()[0])

	// Explicit queue and related contact, failure.
	f.SetMode("failure")
	if err := agent.Connect(endpoint, &streams.ConnectOptions{QueueARN: agQ2.QueueARN, RelatedContactID: "c-voice", Success: o.success.Value, Failure: o.failure.Value}); err != nil {
		t.Fatal(err)
	}
	agDiff(t, "outcome", `failure {"type":"AccessDenied","message":"not allowed"}`, streamstest.Receive(t, o.ch))
	p := f.Calls()[1].Params
	agDiff(t, "queue and related contact", []any{agQ2.QueueARN, "c-voice"}, []any{p["queueARN"], p["relatedContactId"]})

	// Older queueId name.
	f.SetMode("success")
	if err := agent.Connect(endpoint, &streams.ConnectOptions{QueueID: agQ2.QueueARN, Success: o.success.Value}); err != nil {
		t.Fatal(err)
	}
	streamstest.Receive(t, o.ch)
	agDiff(t, "queueId", agQ2.QueueARN, f.Calls()[2].Params["queueARN"])

	// No answer: the timeout fails the call with a ValueError.
	f.SetMode("defer")
	if err := agent.Connect(endpoint, &streams.ConnectOptions{Timeout: new(20), Success: o.success.Value, Failure: o.failure.Value}); err != nil {
		t.Fatal(err)
	}
	agDiff(t, "outcome after the timeout", "failure ValueError: Agent.connect timed out after 20 ms", streamstest.Receive(t, o.ch))
	// A late answer is ignored.
	f.Client.Get("deferred").Index(0).Call("success", js.ValueOf(map[string]any{}))
	streamstest.ExpectNone(t, o.ch)

	// Without options nothing is reported, but the call is made.
	f.SetMode("success")
	if err := agent.Connect(endpoint, nil); err != nil {
		t.Fatal(err)
	}
	if n := len(f.Calls()); n != 5 {
		t.Errorf("requests = %d, want 5", n)
	}
}

func TestAgentDeviceAndMuteRequests(t *testing.T) {
	f := streamstest.New(t)
	up := f.RecordUpstream()
	agent := agFullAgent(t, f)
	for _, err := range []error{
		agent.Mute(), agent.Unmute(),
		agent.SetSpeakerDevice("spk-1"), agent.SetMicrophoneDevice("mic-1"), agent.SetRingerDevice("ring-1"),
		agent.SetCameraDevice("cam-1"), agent.SetBackgroundBlur(true),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	b := func(event string, data any) streamstest.Message {
		return streamstest.Message{Event: "broadcast", Data: map[string]any{"event": event, "data": data}}
	}
	agDiff(t, "upstream messages", []streamstest.Message{
		b("mute", map[string]any{"mute": true}),
		b("mute", map[string]any{"mute": false}),
		b("configuration::set_speaker_device", map[string]any{"deviceId": "spk-1"}),
		b("configuration::set_microphone_device", map[string]any{"deviceId": "mic-1"}),
		b("configuration::set_ringer_device", map[string]any{"deviceId": "ring-1"}),
		b("configuration::camera_device_changed", map[string]any{"deviceId": "cam-1"}),
		b("configuration::background_blur_changed", map[string]any{"isBackgroundBlurEnabled": true}),
	}, up.Sent())
}

func TestCoreEvents(t *testing.T) {
	f := streamstest.New(t)
	live, bus := streams.LiveCallbacks(), f.BusSubscribers()
	r := newAgRecorder(t)
	var subs []*streams.Subscription
	add := agSubscribe(t, &subs)
	add(streams.Core.OnViewContact(agOn[streams.ViewContactEvent](r, "view")))
	add(streams.Core.OnActivateChannelWithViewType(agOn[streams.ActivateChannelWithViewTypeEvent](r, "channel_view")))
	add(streams.Core.OnAuthFail(r.on0("auth_fail")))
	add(streams.Core.OnAccessDenied(r.on0("access_denied")))
	add(streams.Core.OnAuthorizeSuccess(r.on0("authorize_success")))
	add(streams.Core.OnAuthorizeRetriesExhausted(r.on0("authorize_exhausted")))
	add(streams.Core.OnCTIAuthorizeRetriesExhausted(r.on0("cti_exhausted")))
	add(streams.Core.OnIframeRetriesExhausted(agOn[*string](r, "iframe_exhausted")))
	add(streams.Core.OnSoftphoneSessionInit(agOn[streams.SoftphoneSessionInit](r, "session_init")))
	add(streams.Core.OnInitialized(r.on0("initialized")))
	add(streams.Core.OnConfigure(agOn[streams.ConfigureEvent](r, "configure")))
	add(streams.Connect.OnWebsocketInitFailure(r.on0("ws_init_failure")))
	add(streams.GlobalResiliency.OnFailoverDetected(agOn[streams.FailoverDetectedData](r, "gr_detected")))
	add(streams.GlobalResiliency.OnFailoverPending(agOn[streams.FailoverPendingData](r, "gr_pending")))
	add(streams.GlobalResiliency.OnFailoverCompleted(agOn[streams.FailoverCompletedData](r, "gr_completed")))
	add(streams.GlobalResiliency.OnConfigureError(agOn[streams.ConfigureError](r, "gr_error")))

	et := func(k string) string { return f.Connect.Get("EventType").Get(k).String() }
	gr := func(k string) string { return f.Connect.Get("GlobalResiliencyEvents").Get(k).String() }
	f.Trigger(f.Connect.Get("ContactEvents").Get("VIEW").String(), streamstest.Object(`{"contactId":"c-chat"}`))
	agDiff(t, "view contact", streams.ViewContactEvent{ContactID: "c-chat"}, r.next("view"))
	f.Trigger(f.Connect.Get("ChannelViewEvents").Get("ACTIVATE_CHANNEL_WITH_VIEW_TYPE").String(),
		streamstest.Object(`{"viewType":"create_task","mediaType":"task","source":"agentapp","caseId":"case-7","clientToken":"tok-1"}`))
	agDiff(t, "channel view", streams.ActivateChannelWithViewTypeEvent{ViewType: "create_task", MediaType: "task", Source: "agentapp", CaseID: "case-7", ClientToken: "tok-1"}, r.next("channel_view"))
	for k, rec := range map[string]string{
		"AUTH_FAIL": "auth_fail", "ACCESS_DENIED": "access_denied", "AUTHORIZE_SUCCESS": "authorize_success",
		"AUTHORIZE_RETRIES_EXHAUSTED": "authorize_exhausted", "CTI_AUTHORIZE_RETRIES_EXHAUSTED": "cti_exhausted", "INIT": "initialized",
	} {
		f.Trigger(et(k), js.Undefined())
		r.next(rec)
	}
	f.Trigger(et("IFRAME_RETRIES_EXHAUSTED"), js.Undefined())
	agDiff(t, "iframe retries, single region", (*string)(nil), r.next("iframe_exhausted"))
	f.Trigger(et("IFRAME_RETRIES_EXHAUSTED"), "us-west-2")
	agDiff(t, "iframe retries, Global Resiliency", new("us-west-2"), r.next("iframe_exhausted"))
	f.Trigger(f.Connect.Get("ConnectionEvents").Get("SESSION_INIT").String(), streamstest.Object(`{"connectionId":"c-voice-agent"}`))
	agDiff(t, "softphone session", streams.SoftphoneSessionInit{ConnectionID: "c-voice-agent"}, r.next("session_init"))
	f.Trigger(f.Connect.Get("ConfigurationEvents").Get("CONFIGURE").String(), streamstest.Object(`{
		"softphone":{"allowFramedSoftphone":true,"disableRingtone":false,"VDIPlatform":"CITRIX"},
		"chat":{"disableRingtone":true},"pageOptions":{"enableAudioDeviceSettings":true,"showInactivityModal":false},
		"shouldAddNamespaceToLogs":true,"showInactivityModal":false,"disasterRecoveryOn":false}`))
	agDiff(t, "configure", streams.ConfigureEvent{
		Softphone:                &streams.SoftphoneOptions{AllowFramedSoftphone: new(true), DisableRingtone: new(false), VDIPlatform: streams.VDIPlatformTypeCitrix},
		Chat:                     &streams.ChatOptions{DisableRingtone: new(true)},
		PageOptions:              &streams.PageOptions{EnableAudioDeviceSettings: new(true), ShowInactivityModal: new(false)},
		ShouldAddNamespaceToLogs: new(true), ShowInactivityModal: new(false), DisasterRecoveryOn: new(false),
	}, r.next("configure"))
	f.Trigger(f.Connect.Get("WebSocketEvents").Get("INIT_FAILURE").String(), js.Undefined())
	r.next("ws_init_failure")

	f.Trigger(gr("FAILOVER_DETECTED_CRM"), streamstest.Object(`{"nextActiveRegion":"us-west-2"}`))
	agDiff(t, "failover detected", streams.FailoverDetectedData{NextActiveRegion: "us-west-2"}, r.next("gr_detected"))
	f.Trigger(gr("FAILOVER_PENDING_CRM"), streamstest.Object(`{"nextActiveRegion":"us-west-2"}`))
	agDiff(t, "failover pending", streams.FailoverPendingData{NextActiveRegion: "us-west-2"}, r.next("gr_pending"))
	f.Trigger(gr("FAILOVER_COMPLETE"), streamstest.Object(`{"activeRegion":"us-west-2","activeCcpUrl":"https://west.my.connect.aws/ccp-v2"}`))
	agDiff(t, "failover completed", streams.FailoverCompletedData{ActiveRegion: "us-west-2", ActiveCcpURL: "https://west.my.connect.aws/ccp-v2"}, r.next("gr_completed"))
	// initCCP raises the configuration error with an Error of the page.
	f.Trigger(gr("CONFIGURE_ERROR"), js.Global().Get("window").Get("Error").New("enableGlobalResiliency flag was enabled, but secondaryCCPUrl was not provided."))
	agDiff(t, "configure error", streams.ConfigureError{Name: "Error", Message: "enableGlobalResiliency flag was enabled, but secondaryCCPUrl was not provided."}, r.next("gr_error"))

	for _, s := range subs {
		s.Unsubscribe()
	}
	if g := streams.LiveCallbacks(); g != live {
		t.Errorf("LiveCallbacks = %d after Unsubscribe, want %d", g, live)
	}
	if g := f.BusSubscribers(); g != bus {
		t.Errorf("bus subscribers = %d after Unsubscribe, want %d", g, bus)
	}
	f.Trigger(et("AUTH_FAIL"), js.Undefined())
	r.none("auth_fail")
}

func TestWebsocketInitFailureAlreadyHappened(t *testing.T) {
	f := streamstest.New(t)
	f.Connect.Set("webSocketInitFailed", true)
	t.Cleanup(func() { f.Connect.Delete("webSocketInitFailed") })
	got := make(chan struct{}, 2)
	sub := agMust(streams.Connect.OnWebsocketInitFailure(func() { got <- struct{}{} }))
	defer sub.Unsubscribe()
	streamstest.Receive(t, got)
}

func TestCoreRequests(t *testing.T) {
	f := streamstest.New(t)
	up := f.RecordUpstream()

	agNoErr(t, streams.Core.ViewContact("c-chat"))
	agNoErr(t, streams.Core.ActivateChannelWithViewType("create_task", "task", "agentapp", "case-7", "tok-1"))
	agNoErr(t, streams.Core.ActivateChannelWithViewType("number_pad", "softphone", "", "", ""))
	agNoErr(t, streams.GlobalResiliency.ForceFailover())
	sent := up.Sent()
	if len(sent) != 4 {
		t.Fatalf("upstream = %v", sent)
	}
	agDiff(t, "viewContact", streamstest.Message{Event: "broadcast", Data: map[string]any{"event": "contact::view", "data": map[string]any{"contactId": "c-chat"}}}, sent[0])
	agDiff(t, "activateChannelWithViewType", streamstest.Message{Event: "broadcast", Data: map[string]any{"event": "taskList::activate_channel_with_view_type",
		"data": map[string]any{"viewType": "create_task", "mediaType": "task", "source": "agentapp", "caseId": "case-7", "clientToken": "tok-1"}}}, sent[1])
	// Left-out optional arguments are left out; a token is made up.
	short := sent[2].Data.(map[string]any)["data"].(map[string]any)
	if _, ok := short["source"]; ok || short["clientToken"] == "" || short["viewType"] != "number_pad" {
		t.Errorf("activateChannelWithViewType with defaults sent %v", short)
	}
	agDiff(t, "forceFailover", streamstest.Message{Event: "globalResiliency::force_failover"}, sent[3])

	// Getters of connect.core and connect.globalResiliency.
	if r := agMust(streams.GlobalResiliency.GetActiveRegion()); r != nil {
		t.Errorf("GetActiveRegion before Global Resiliency = %q", *r)
	}
	gr := f.Connect.Get("globalResiliency")
	gr.Set("_activeRegion", "us-east-1")
	t.Cleanup(func() { gr.Delete("_activeRegion") })
	agDiff(t, "GetActiveRegion", new("us-east-1"), agMust(streams.GlobalResiliency.GetActiveRegion()))

	if bus := agMust(streams.Core.GetEventBus()); !bus.Equal(f.Bus) {
		t.Error("GetEventBus is not the fixture's bus")
	}
	if sm := agMust(streams.Core.GetSoftphoneManager()); !sm.IsNull() {
		t.Errorf("GetSoftphoneManager = %v, want null", sm)
	}
	core := f.Connect.Get("core")
	_, err := streams.Core.GetSDKClientConfig()
	var je *streams.JSError
	if !errors.As(err, &je) || je.Message != "Provider is not initialized" {
		t.Errorf("GetSDKClientConfig without a provider = %v", err)
	}
	if err := streams.Connect.SendActivity(); !errors.As(err, &je) {
		t.Errorf("SendActivity without a provider = %v, want the runtime's exception", err)
	}
	provider := streamstest.Object(`{"id":"provider-1"}`)
	core.Set("_amazonConnectProviderData", map[string]any{"provider": provider, "isStreamsProvider": true})
	t.Cleanup(func() { core.Delete("_amazonConnectProviderData") })
	cfg := agMust(streams.Core.GetSDKClientConfig())
	if !cfg.Provider.Equal(provider) {
		t.Errorf("GetSDKClientConfig().Provider = %v", cfg.Provider)
	}

	if err := streams.Core.ReauthenticateAfterLogout(); !errors.As(err, &je) || je.Message != "Missing parameters to refresh CCP iframe" {
		t.Errorf("ReauthenticateAfterLogout before initCCP = %v", err)
	}
	can := agMust(streams.StorageAccess.CanRequest())
	if can {
		t.Error("CanRequest = true without a storage access set-up")
	}
}

func TestFrameMediaDevices(t *testing.T) {
	f := streamstest.New(t)
	up := f.RecordUpstream()
	requests := func() int {
		n := 0
		for _, m := range up.Sent() {
			if m.Event == "media_device_request" {
				n++
			}
		}
		return n
	}
	// answer answers the next request for the media devices with data.
	answer := func(data js.Value) {
		before := requests()
		go func() {
			for requests() == before {
				time.Sleep(time.Millisecond)
			}
			f.Trigger("media_device_response", data)
		}()
	}
	answer(streamstest.Object(`[{"deviceId":"default","groupId":"g1","kind":"audioinput","label":"Headset"},{"deviceId":"spk","groupId":"g1","kind":"audiooutput","label":"Headset"}]`))
	devices, err := streams.Core.GetFrameMediaDevices(agCtx, nil)
	if err != nil {
		t.Fatal(err)
	}
	agDiff(t, "devices", []streams.MediaDevice{
		{DeviceID: "default", GroupID: "g1", Kind: "audioinput", Label: "Headset"},
		{DeviceID: "spk", GroupID: "g1", Kind: "audiooutput", Label: "Headset"},
	}, devices)

	var je *streams.JSError
	_, err = streams.Core.GetFrameMediaDevices(agCtx, new(20))
	if !errors.As(err, &je) || je.Message != "Timeout exceeded" {
		t.Errorf("GetFrameMediaDevices without an answer = %v, want the timeout", err)
	}
	answer(streamstest.Object(`{"error":"NotAllowedError"}`))
	_, err = streams.Core.GetFrameMediaDevices(agCtx, new(2000))
	if !errors.As(err, &je) || je.Message != "NotAllowedError" {
		t.Errorf("GetFrameMediaDevices with an error answer = %v", err)
	}
	if f.BusSubscribers() != 1 { // the agent data provider
		t.Errorf("bus subscribers after the calls = %d, want 1", f.BusSubscribers())
	}
}

func TestWebSocketManager(t *testing.T) {
	f := streamstest.New(t)
	up := f.RecordUpstream()
	if m := agMust(streams.Core.GetWebSocketManager()); m != nil {
		t.Errorf("GetWebSocketManager before initCCP = %v", m)
	}
	core := f.Connect.Get("core")
	core.Set("webSocketProvider", f.Connect.Get("WebSocketProvider").New())
	t.Cleanup(func() { core.Delete("webSocketProvider") })
	m := agMust(streams.Core.GetWebSocketManager())
	if m == nil {
		t.Fatal("GetWebSocketManager = nil")
	}

	got := make(chan string, 16)
	fn := func(name string) js.Func {
		f := js.FuncOf(func(_ js.Value, args []js.Value) any {
			s := name
			if len(args) > 0 && !args[0].IsUndefined() {
				s += " " + js.Global().Get("JSON").Call("stringify", args[0]).String()
			}
			got <- s
			return nil
		})
		t.Cleanup(f.Release)
		return f
	}
	ws := func(k string) string { return f.Connect.Get("WebSocketEvents").Get(k).String() }
	remove := map[string]js.Value{}
	for name, reg := range map[string]func(js.Value) (js.Value, error){
		"all": m.OnAllMessage, "init_failure": m.OnInitFailure, "open": m.OnConnectionOpen, "close": m.OnConnectionClose,
		"gain": m.OnConnectionGain, "lost": m.OnConnectionLost, "sub_update": m.OnSubscriptionUpdate, "sub_failure": m.OnSubscriptionFailure,
		"heartbeat_ok": m.OnDeepHeartbeatSuccess, "heartbeat_fail": m.OnDeepHeartbeatFailure, "topic_failure": m.OnTopicFailure,
	} {
		remove[name] = agMust(reg(fn(name).Value))
	}
	remove["topic"] = agMust(m.OnMessage("aws/chat", fn("topic").Value))

	up.Deliver(ws("ALL_MESSAGE"), streamstest.Object(`{"topic":"aws/chat","content":"hi"}`))
	up.Deliver(ws("ALL_MESSAGE"), streamstest.Object(`{"topic":"aws/other","content":"x"}`))
	up.Deliver(ws("INIT_FAILURE"), js.Undefined())
	up.Deliver(ws("CONNECTION_OPEN"), streamstest.Object(`{"connectWebSocketAttempts":1}`))
	up.Deliver(ws("CONNECTION_GAIN"), js.Undefined())
	var seen []string
	for range 6 {
		seen = append(seen, streamstest.Receive(t, got))
	}
	want := []string{
		`all {"topic":"aws/chat","content":"hi"}`, `topic {"topic":"aws/chat","content":"hi"}`,
		`all {"topic":"aws/other","content":"x"}`, "init_failure", `open {"connectWebSocketAttempts":1}`, "gain",
	}
	agDiff(t, "relayed messages", want, seen)

	// The returned functions remove the handlers.
	remove["all"].Invoke()
	remove["topic"].Invoke()
	up.Deliver(ws("ALL_MESSAGE"), streamstest.Object(`{"topic":"aws/chat","content":"again"}`))
	streamstest.ExpectNone(t, got)

	agNoErr(t, m.SendMessage(streamstest.Object(`{"topic":"aws/ping"}`)))
	agNoErr(t, m.SubscribeTopics([]string{"aws/chat", "aws/typing"}))
	agDiff(t, "sent upstream", []streamstest.Message{
		{Event: "webSocket::send", Data: map[string]any{"topic": "aws/ping"}},
		{Event: "webSocket::subscribe", Data: []any{"aws/chat", "aws/typing"}},
	}, up.Sent())
}

func TestLogger(t *testing.T) {
	streamstest.New(t)
	log := agMust(streams.Connect.GetLog())
	// Keep the console quiet and restore the logger's levels afterwards.
	levels := [2]js.Value{log.JSValue().Get("_logLevel"), log.JSValue().Get("_echoLevel")}
	t.Cleanup(func() {
		log.JSValue().Set("_logLevel", levels[0])
		log.JSValue().Set("_echoLevel", levels[1])
	})
	if err := log.SetEchoLevel(streams.LogLevelCritical); err != nil {
		t.Fatal(err)
	}
	if !log.JSValue().Equal(js.Global().Get("connect").Get("rootLogger")) {
		t.Error("GetLog is not the root logger")
	}
	for name, write := range map[string]func(string, ...js.Value) (streams.LogEntry, error){
		"TRACE": log.Trace, "DEBUG": log.Debug, "INFO": log.Info, "LOG": log.Log, "WARN": log.Warn, "ERROR": log.Error,
	} {
		e := agMust(write("widget %s broke %s times", js.ValueOf("w-1"), js.ValueOf(3)))
		agDiff(t, name+" text", "widget w-1 broke 3 times", e.JSValue().Call("getText").String())
		agDiff(t, name+" level", name, e.JSValue().Call("getLevel").String())
	}
	// critical entries are recorded as errors by the runtime.
	e := agMust(log.Critical("down"))
	agDiff(t, "critical level", "ERROR", e.JSValue().Call("getLevel").String())
	e2 := agMust(e.WithObject(streamstest.Object(`{"contactId":"c-1"}`)))
	e3 := agMust(e2.WithException(js.Global().Get("window").Get("Error").New("boom")))
	if !e3.JSValue().Equal(e.JSValue()) {
		t.Error("WithObject/WithException did not return the same entry")
	}
	if e.JSValue().Get("exception").Get("message").String() != "boom" || e.JSValue().Get("objects").Length() != 1 {
		t.Errorf("entry after WithObject/WithException: objects %v, exception %v", e.JSValue().Get("objects"), e.JSValue().Get("exception"))
	}

	for _, l := range []streams.LogLevel{streams.LogLevelDebug, streams.LogLevelInfo} {
		if err := log.SetLogLevel(l); err != nil {
			t.Errorf("SetLogLevel(%s): %v", l, err)
		}
		if err := log.SetEchoLevel(streams.LogLevelCritical); err != nil {
			t.Errorf("SetEchoLevel: %v", err)
		}
	}
	// The root logger swallows the exceptions of its methods (it prints
	// them on the console), so an unknown level changes nothing and reports
	// no error.
	level := log.JSValue().Get("_logLevel").Int()
	if err := log.SetLogLevel("LOUD"); err != nil || log.JSValue().Get("_logLevel").Int() != level {
		t.Errorf("SetLogLevel(LOUD) = %v, level %v (was %d)", err, log.JSValue().Get("_logLevel"), level)
	}

	// Download saves through an object URL; jsdom has none, so provide one
	// and catch the link.
	w := js.Global().Get("window")
	url := w.Get("URL")
	clicked := make(chan string, 2)
	click := js.FuncOf(func(this js.Value, _ []js.Value) any {
		clicked <- this.Get("download").String()
		return nil
	})
	defer click.Release()
	create := js.FuncOf(func(js.Value, []js.Value) any { return "blob:streamsgen/log" })
	defer create.Release()
	url.Set("createObjectURL", create)
	anchor := w.Get("HTMLAnchorElement").Get("prototype")
	oldClick := anchor.Get("click")
	anchor.Set("click", click)
	defer func() { anchor.Set("click", oldClick); url.Delete("createObjectURL") }()
	if err := log.Download(&streams.LogDownloadOptions{LogName: "shift-log", FilterByLogLevel: new(true)}); err != nil {
		t.Fatal(err)
	}
	agDiff(t, "downloaded file", "shift-log.txt", streamstest.Receive(t, clicked))
	if err := log.Download(nil); err != nil {
		t.Fatal(err)
	}
	agDiff(t, "default file", "agent-log.txt", streamstest.Receive(t, clicked))
}

func TestTerminate(t *testing.T) {
	f := streamstest.New(t)
	agent := agFullAgent(t, f)
	sub := agMust(agent.OnRefresh(func(streams.Agent) {}))
	defer sub.Unsubscribe()
	if err := streams.Core.Terminate(); err != nil {
		t.Fatal(err)
	}
	if n := f.BusSubscribers(); n != 0 {
		t.Errorf("bus subscribers after Terminate = %d, want 0", n)
	}
	if f.Connect.Get("agent").Get("initialized").Bool() {
		t.Error("agent still initialized after Terminate")
	}
	// The agent data is gone, so handles fail.
	if _, err := agent.GetName(); err == nil {
		t.Error("GetName after Terminate succeeded")
	}
}

// agContainer adds a div with id to the page and removes it at the end.
func agContainer(t *testing.T, id string) js.Value {
	doc := js.Global().Get("window").Get("document")
	div := doc.Call("createElement", "div")
	div.Set("id", id)
	doc.Get("body").Call("appendChild", div)
	t.Cleanup(func() { div.Call("remove") })
	return div
}

func TestAgentApp(t *testing.T) {
	f := streamstest.New(t)
	f.RecordUpstream()
	agFullAgent(t, f)
	div := agContainer(t, "profiles-container")
	registry := f.Connect.Get("agentApp").Get("AppRegistry")

	if err := streams.AgentApp.InitApp("customerprofiles", streams.AppContainer{String: new("profiles-container")}, "https://example.my.connect.aws/customerprofiles-v2", &streams.AppOptions{Style: "width: 300px;"}); err != nil {
		t.Fatal(err)
	}
	iframe := div.Call("querySelector", "iframe")
	if iframe.IsNull() {
		t.Fatal("initApp added no iframe")
	}
	agDiff(t, "iframe", []string{"customerprofiles", "https://example.my.connect.aws/customerprofiles-v2/", "width: 300px;"},
		[]string{iframe.Get("id").String(), iframe.Get("src").String(), iframe.Get("style").Get("cssText").String()})
	if res := agMust(streams.AgentApp.StopApp("customerprofiles")); !res.IsNull() {
		t.Errorf("StopApp result = %v, want null", res)
	}
	if !div.Call("querySelector", "iframe").IsNull() {
		t.Error("StopApp left the iframe")
	}
	if res := agMust(streams.AgentApp.StopApp("unknown")); !res.IsUndefined() {
		t.Errorf("StopApp(unknown) = %v", res)
	}

	// A guide for a contact given by identifier, placed in an element.
	guides := agContainer(t, "guides")
	onLoad := js.FuncOf(func(js.Value, []js.Value) any { return nil })
	defer onLoad.Release()
	err := streams.AgentApp.InitApp("customviews", streams.AppContainer{Value: guides}, "https://example.my.connect.aws/stargate/app", &streams.AppOptions{
		OnLoad: onLoad.Value,
		CustomViewsParams: &streams.CustomViewsOptions{
			Contact: streams.CustomViewsContact{String: new("c-chat")}, ContactFlowID: "flow-1", IframeSuffix: "-c-chat",
			DisableAutoDestroy: new(true), Deduplicate: new(false),
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	g := guides.Call("querySelector", "iframe")
	if g.IsNull() {
		t.Fatal("no guide iframe")
	}
	u, perr := url.Parse(g.Get("src").String())
	if perr != nil {
		t.Fatal(perr)
	}
	q := u.Query()
	agDiff(t, "guide iframe", []string{"customviews-c-chat", "/stargate/app/", "flow-1", "c-chat", "c-chat-agent", "ADHOC"},
		[]string{g.Get("id").String(), u.Path, q.Get("contactFlowId"), q.Get("currentContactId"), q.Get("agentConnectionId"), q.Get("duplicateCustomViewsAppId")})
	if reg := registry.Call("get", "customviews-c-chat"); reg.IsUndefined() || !reg.Get("onLoad").Equal(onLoad.Value) {
		t.Errorf("registry entry of the guide = %v", reg)
	}
	// A second guide with the same suffix is refused.
	err = streams.AgentApp.InitApp("customviews", streams.AppContainer{Value: guides}, "https://example.my.connect.aws/stargate/app", &streams.AppOptions{
		CustomViewsParams: &streams.CustomViewsOptions{IframeSuffix: "-c-chat"},
	})
	var je *streams.JSError
	if !errors.As(err, &je) || !strings.Contains(je.Message, "same name already exists") {
		t.Errorf("second guide with the same suffix: %v", err)
	}

	// terminateCustomView hides the guide, then removes it.
	if err := streams.Core.TerminateCustomView("https://example.my.connect.aws", "-c-chat", &streams.TerminateCustomViewOptions{Timeout: new(10)}); err != nil {
		t.Fatal(err)
	}
	agDiff(t, "guide display after terminateCustomView", "none", g.Get("style").Get("display").String())
	deadline := time.Now().Add(2 * time.Second)
	for !guides.Call("querySelector", "iframe").IsNull() && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if !guides.Call("querySelector", "iframe").IsNull() || !registry.Call("get", "customviews-c-chat").IsUndefined() {
		t.Error("terminateCustomView did not remove the guide")
	}
	// Without a guide it only warns.
	if err := streams.Core.TerminateCustomView("https://example.my.connect.aws", "", nil); err != nil {
		t.Errorf("TerminateCustomView without a guide: %v", err)
	}

	// initAppCommunication forwards CCP messages once the iframe loads.
	if err := streams.AgentApp.InitAppCommunication("no-such-iframe", "https://example.my.connect.aws/app"); err == nil {
		t.Error("InitAppCommunication for a missing iframe succeeded")
	}
}

func TestStorageAccessOnRequest(t *testing.T) {
	f := streamstest.New(t)
	w := js.Global().Get("window")
	doc := w.Get("document")
	sa := f.Connect.Get("storageAccess")
	container := agContainer(t, "ccp-container")
	iframe := doc.Call("createElement", "iframe")
	iframe.Set("name", "Amazon Connect CCP")
	container.Call("appendChild", iframe)
	sa.Call("init", "https://example.my.connect.aws/ccp-v2", container, map[string]any{"canRequest": true, "mode": "custom"})
	t.Cleanup(func() {
		sa.Call("resetStorageAccessState")
		sa.Call("init", "https://example.my.connect.aws/ccp-v2", container, map[string]any{"canRequest": false})
	})
	if !agMust(streams.StorageAccess.CanRequest()) {
		t.Fatal("CanRequest = false after a set-up with canRequest")
	}

	got := make(chan string, 8)
	cb := func(name string) js.Value {
		fn := js.FuncOf(func(_ js.Value, args []js.Value) any {
			got <- name + " " + js.Global().Get("JSON").Call("stringify", args[0]).String()
			return nil
		})
		t.Cleanup(fn.Release)
		return fn.Value
	}
	sub := agMust(streams.StorageAccess.OnRequest(streams.StorageAccessCallbacks{OnInit: cb("init"), OnDeny: cb("deny"), OnGrant: cb("grant")}))
	post := func(data string, source js.Value) {
		ev := w.Get("MessageEvent").New("message", map[string]any{"data": streamstest.Object(data), "source": source})
		w.Call("dispatchEvent", ev)
	}
	post(`{"event":"storageAccess::init","data":{"hasAccess":false}}`, iframe.Get("contentWindow"))
	post(`{"event":"storageAccess::denied","data":{}}`, iframe.Get("contentWindow"))
	post(`{"event":"storageAccess::granted","data":{"hasAccess":true}}`, iframe.Get("contentWindow"))
	post(`{"event":"storageAccess::granted","data":{}}`, w) // not from the CCP: ignored
	var seen []string
	for range 3 {
		seen = append(seen, streamstest.Receive(t, got))
	}
	agDiff(t, "storage access steps", []string{
		`init {"event":"storageAccess::init","data":{"hasAccess":false}}`,
		`deny {"event":"storageAccess::denied","data":{}}`,
		`grant {"event":"storageAccess::granted","data":{"hasAccess":true}}`,
	}, seen)
	streamstest.ExpectNone(t, got)
	if err := sub.Unsubscribe(); err != nil {
		t.Fatal(err)
	}
	post(`{"event":"storageAccess::init","data":{}}`, iframe.Get("contentWindow"))
	streamstest.ExpectNone(t, got)
}

// TestEnumValuesMatchRuntime spot-checks enum constants whose runtime key
// differs from the value.
func TestEnumValuesMatchRuntime(t *testing.T) {
	f := streamstest.New(t)
	for _, c := range []struct {
		obj, key string
		value    fmt.Stringer
	}{
		{"AgentEvents", "CLEARED_NEXT_STATE", agStringer(streams.AgentEventsClearedNextState)},
		{"ContactEvents", "VIEW", agStringer(streams.ContactEventsView)},
		{"MasterTopics", "LOGIN_POPUP", agStringer(streams.MasterTopicsLoginPopup)},
		{"CTIExceptions", "INVALID_AGENT_ARNEXCEPTION", agStringer(streams.CTIExceptionsInvalidAgentARNException)},
		{"AgentErrorStates", "INVALID_LOCALE", agStringer(streams.AgentErrorStatesInvalidLocale)},
		{"NetworkConnectionStatus", "FAILED", agStringer(streams.NetworkConnectionStatusFailed)},
	} {
		if got := f.Connect.Get(c.obj).Get(c.key).String(); got != c.value.String() {
			t.Errorf("connect.%s.%s = %q, constant is %q", c.obj, c.key, got, c.value)
		}
	}
}

type agStringer string

func (s agStringer) String() string { return string(s) }
