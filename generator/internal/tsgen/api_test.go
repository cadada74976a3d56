package tsgen

import (
	"cmp"
	"slices"

	"github.com/streamsgen/streamsgen/schema"
)

// This file builds, by hand, the IR that schema.Load would produce for a
// small Streams-like schema. It covers every TypeKind and OpKind, class and
// dictionary inheritance, a class inheriting a plain interface, nullable
// types, typedefs, enums with and without a runtime object, nested
// namespaces, and deprecated and removed declarations, members and values.

func typ(k schema.TypeKind, idl string) *schema.Type { return &schema.Type{Kind: k, IDL: idl} }

var (
	tUndefined = func() *schema.Type { return typ(schema.KindUndefined, "undefined") }
	tAny       = func() *schema.Type { return typ(schema.KindAny, "any") }
	tObject    = func() *schema.Type { return typ(schema.KindObject, "object") }
	tBool      = func() *schema.Type { return typ(schema.KindBoolean, "boolean") }
	tNumber    = func() *schema.Type { return typ(schema.KindNumber, "double") }
	tLong      = func() *schema.Type { return typ(schema.KindInteger, "long") }
	tString    = func() *schema.Type { return typ(schema.KindString, "DOMString") }
)

func tSeq(e *schema.Type) *schema.Type {
	return &schema.Type{Kind: schema.KindSequence, Elem: e, IDL: "sequence<" + e.IDL + ">"}
}
func tRecord(e *schema.Type) *schema.Type {
	return &schema.Type{Kind: schema.KindRecord, Elem: e, IDL: "record<DOMString, " + e.IDL + ">"}
}
func tPromise(e *schema.Type) *schema.Type {
	return &schema.Type{Kind: schema.KindPromise, Elem: e, IDL: "Promise<" + e.IDL + ">"}
}
func tUnion(ts ...*schema.Type) *schema.Type {
	return &schema.Type{Kind: schema.KindUnion, Union: ts, IDL: "(union)"}
}
func tNull(t *schema.Type) *schema.Type { t.Nullable = true; t.IDL += "?"; return t }
func tEnum(e *schema.Enum) *schema.Type {
	return &schema.Type{Kind: schema.KindEnum, Enum: e, IDL: e.Name}
}
func tDict(d *schema.Dictionary) *schema.Type {
	return &schema.Type{Kind: schema.KindDictionary, Dictionary: d, IDL: d.Name}
}
func tIface(i *schema.Interface) *schema.Type {
	return &schema.Type{Kind: schema.KindInterface, Interface: i, IDL: i.Name}
}
func tCallback(c *schema.Callback) *schema.Type {
	return &schema.Type{Kind: schema.KindCallback, Callback: c, IDL: c.Name}
}

// tAlias marks t as written through typedef td.
func tAlias(td *schema.Typedef) *schema.Type {
	t := *td.Type
	t.Alias = td
	t.IDL = td.Name
	return &t
}

func arg(name string, t *schema.Type) *schema.Argument { return &schema.Argument{Name: name, Type: t} }
func optArg(name string, t *schema.Type) *schema.Argument {
	return &schema.Argument{Name: name, Type: t, Optional: true}
}

func sync(name string, result *schema.Type, args ...*schema.Argument) *schema.Operation {
	return &schema.Operation{Name: name, Kind: schema.OpSync, Result: result, Args: args}
}
func withCallbacks(name string, index int, data *schema.Type, args ...*schema.Argument) *schema.Operation {
	return &schema.Operation{Name: name, Kind: schema.OpCallbacks, CallbacksIndex: index, Result: data, Args: args}
}
func promise(name string, result *schema.Type, args ...*schema.Argument) *schema.Operation {
	return &schema.Operation{Name: name, Kind: schema.OpPromise, Result: result, Args: args}
}
func subscribe(name, event string, h *schema.Callback) *schema.Operation {
	return &schema.Operation{Name: name, Kind: schema.OpSubscribe, Handler: h, Event: event, Result: tUndefined()}
}

func member(name string, t *schema.Type) *schema.Member { return &schema.Member{Name: name, Type: t} }
func required(name string, t *schema.Type) *schema.Member {
	return &schema.Member{Name: name, Type: t, Required: true}
}

// testAPI returns the hand-built IR, sorted the way Load sorts it.
func testAPI() *schema.API {
	dateTD := &schema.Typedef{Name: "Date", Doc: "A JS Date.", Type: typ(schema.KindDate, "[JSDate] object")}
	arnTD := &schema.Typedef{Name: "ARN", Type: tString()}

	// Enums.
	agentStateType := &schema.Enum{
		Name: "AgentStateType", JSPath: "connect.AgentStateType",
		Doc: "The type of an agent state.",
		Values: []*schema.EnumValue{
			{Value: "init", Doc: "The agent is being initialized."},
			{Value: "routable", Doc: "The agent can be routed contacts."},
			{Value: "not_routable"},
			{Value: "offline"},
			{Value: "system", Life: schema.Lifecycle{Deprecated: "1.4.0", Replacement: "not_routable"}},
			{Value: "legacy", Life: schema.Lifecycle{Removed: "2.0.0"}},
		},
	}
	agentEvents := &schema.Enum{
		Name: "AgentEvents", JSPath: "connect.AgentEvents",
		Doc: "Event-bus names of agent events.",
		Values: []*schema.EnumValue{
			{Value: "agent::init", Name: "INIT"},
			{Value: "agent::state_change", Name: "STATE_CHANGE"},
			{Value: "agent::acw", Name: "ACW", Life: schema.Lifecycle{Since: "1.3.0"}},
		},
	}
	contactType := &schema.Enum{
		Name: "ContactType", JSPath: "connect.ContactType",
		Values: []*schema.EnumValue{
			{Value: "voice"}, {Value: "queue_callback"}, {Value: "chat"}, {Value: "task"},
		},
	}
	channel := &schema.Enum{
		Name: "ChannelType",
		Doc:  "A routing channel. Streams has no runtime object for it.",
		Values: []*schema.EnumValue{
			{Value: "VOICE", Doc: "Voice calls."},
			{Value: "CHAT"},
			{Value: "TASK", Life: schema.Lifecycle{Since: "1.6.0"}},
			{Value: "EMAIL", Life: schema.Lifecycle{Removed: "2.1.0"}},
		},
	}
	loginState := &schema.Enum{
		Name: "LoginState", JSPath: "connect.core.LoginState",
		Values: []*schema.EnumValue{{Value: "logged_in"}, {Value: "logged_out"}},
	}
	oldEnum := &schema.Enum{
		Name: "OldEnum", JSPath: "connect.OldEnum", Life: schema.Lifecycle{Removed: "2.0.0"},
		Values: []*schema.EnumValue{{Value: "a"}},
	}

	// Interfaces.
	connection := &schema.Interface{Name: "Connection", JSClass: "connect.Connection", Doc: "A participant of a contact."}
	voiceConnection := &schema.Interface{Name: "VoiceConnection", JSClass: "connect.VoiceConnection", Inherits: connection,
		Doc: "A voice participant.", Life: schema.Lifecycle{Since: "1.1.0"}}
	contact := &schema.Interface{Name: "Contact", JSClass: "connect.Contact", Doc: "A contact: a call, chat or task."}
	agent := &schema.Interface{Name: "Agent", JSClass: "connect.Agent",
		Doc: "The agent logged in to the CCP.\n\nGet one with connect.agent."}
	mediaController := &schema.Interface{Name: "MediaController", Doc: "Controls the media of a contact. Not a JS class."}
	chatController := &schema.Interface{Name: "ChatMediaController", JSClass: "connect.ChatMediaController", Inherits: mediaController}
	upstream := &schema.Interface{Name: "Upstream", JSClass: "connect.core.Upstream", Doc: "The conduit to the CCP."}
	legacySession := &schema.Interface{Name: "LegacySession", JSClass: "connect.LegacySession", Life: schema.Lifecycle{Deprecated: "1.0.0", Removed: "2.0.0"}}

	// Dictionaries.
	softphone := &schema.Dictionary{Name: "SoftphoneOptions", Members: []*schema.Member{
		member("allowFramedSoftphone", tBool()),
		{Name: "ringtoneUrl", Type: tString(), Doc: "URL of the ringtone.", Life: schema.Lifecycle{Deprecated: "1.5.0", Replacement: "ringtone.voice.ringtoneUrl"}},
	}}
	initOpts := &schema.Dictionary{Name: "InitCCPOptions", Doc: "Options of connect.core.initCCP.", Usage: schema.Input, Members: []*schema.Member{
		{Name: "ccpUrl", Type: tString(), Required: true, Doc: "The URL of the CCP."},
		{Name: "loginPopup", Type: tBool(), Default: &schema.Value{Kind: schema.ValueBool, Text: "true"}},
		{Name: "region", Type: tString(), Default: &schema.Value{Kind: schema.ValueString, Text: "us-east-1"}},
		member("softphone", tDict(softphone)),
		member("loginOptions", tRecord(tAny())),
	}}
	stateDef := &schema.Dictionary{Name: "AgentStateDefinition", Doc: "An agent state as the CCP lists it.", Members: []*schema.Member{
		member("agentStateARN", tNull(tAlias(arnTD))),
		required("name", tString()),
		required("type", tEnum(agentStateType)),
		member("startTimestamp", tAlias(dateTD)),
	}}
	agentState := &schema.Dictionary{Name: "AgentState", Inherits: stateDef, Doc: "The agent's current state.", Members: []*schema.Member{
		member("duration", tNumber()),
	}}
	stateChange := &schema.Dictionary{Name: "AgentStateChange", Members: []*schema.Member{
		required("agent", tIface(agent)),
		required("newState", tString()),
		required("oldState", tString()),
		{Name: "previousState", Type: tString(), Life: schema.Lifecycle{Removed: "2.0.0"}},
	}}
	setStateOpts := &schema.Dictionary{Name: "SetStateOptions", Members: []*schema.Member{
		{Name: "enqueueNextState", Type: tBool(), Default: &schema.Value{Kind: schema.ValueBool, Text: "false"}},
	}}
	routingProfile := &schema.Dictionary{Name: "RoutingProfile", Members: []*schema.Member{
		required("name", tString()),
		member("channelConcurrencyMap", tRecord(tLong())),
		member("queues", tSeq(tAlias(arnTD))),
		member("channels", tSeq(tEnum(channel))),
		member("defaultOutboundQueue", tNull(tString())),
	}}
	agentConfig := &schema.Dictionary{Name: "AgentConfiguration", Members: []*schema.Member{
		required("name", tString()),
		member("routingProfile", tNull(tDict(routingProfile))),
		required("softphoneEnabled", tBool()),
		member("extension", tNull(tString())),
		member("permissions", tSeq(tString())),
		{Name: "dialableCountries", Type: tSeq(tString()), Default: &schema.Value{Kind: schema.ValueEmptySequence}},
		{Name: "agentPreferences", Type: tObject(), Default: &schema.Value{Kind: schema.ValueEmptyDict}},
		{Name: "username", Type: tNull(tString()), Default: &schema.Value{Kind: schema.ValueNull}, Life: schema.Lifecycle{Since: "1.2.0", Deprecated: "1.9.0"}},
	}}
	attrValue := &schema.Dictionary{Name: "AttributeValue", Members: []*schema.Member{
		required("name", tString()),
		required("value", tString()),
	}}
	endpoint := &schema.Dictionary{Name: "Endpoint", Members: []*schema.Member{
		member("endpointARN", tString()),
		member("phoneNumber", tString()),
	}}
	endpoints := &schema.Dictionary{Name: "EndpointsResult", Members: []*schema.Member{
		required("endpoints", tSeq(tDict(endpoint))),
		member("addresses", tSeq(tNull(tUnion(tString(), tLong())))),
		member("labels", tNull(tSeq(tString()))),
		member("weights", tUnion(tSeq(tNumber()), tRecord(tNumber()))),
	}}
	viewContact := &schema.Dictionary{Name: "ViewContactEvent", Members: []*schema.Member{
		required("contactId", tString()),
	}}
	coreState := &schema.Dictionary{Name: "CoreState", Doc: "Refers to declarations inside connect.core.", Members: []*schema.Member{
		member("login", tEnum(loginState)),
		member("upstream", tIface(upstream)),
		member("x-trace-id", tString()),
	}}
	oldDict := &schema.Dictionary{Name: "OldOptions", Life: schema.Lifecycle{Removed: "1.0.0"}}

	// Callbacks.
	agentHandler := &schema.Callback{Name: "AgentHandler", Doc: "Called with the agent once it is initialized.",
		Args: []*schema.Argument{arg("agent", tIface(agent))}, Result: tUndefined()}
	stateChangeHandler := &schema.Callback{Name: "AgentStateChangeHandler",
		Args: []*schema.Argument{arg("event", tDict(stateChange))}, Result: tUndefined()}
	contactHandler := &schema.Callback{Name: "ContactHandler",
		Args: []*schema.Argument{arg("contact", tIface(contact))}, Result: tUndefined()}
	viewContactHandler := &schema.Callback{Name: "ViewContactHandler",
		Args: []*schema.Argument{arg("event", tDict(viewContact))}, Result: tUndefined()}
	logFormatter := &schema.Callback{Name: "LogFormatter", Doc: "Formats a log line.",
		Args:   []*schema.Argument{arg("level", tString()), {Name: "params", Type: tAny(), Variadic: true}},
		Result: tString()}
	oldHandler := &schema.Callback{Name: "OldHandler", Result: tUndefined(), Life: schema.Lifecycle{Removed: "2.0.0"}}

	// Members of the interfaces.
	agent.Operations = []*schema.Operation{
		sync("getState", tDict(agentState)),
		sync("getAgentStates", tSeq(tDict(stateDef))),
		sync("getNextState", tNull(tDict(stateDef))),
		sync("getConfiguration", tDict(agentConfig)),
		sync("getContacts", tSeq(tIface(contact)), optArg("contactTypeFilter", tEnum(contactType))),
		sync("getName", tString()),
		sync("isSoftphoneEnabled", tBool()),
		{Name: "setState", Kind: schema.OpCallbacks, CallbacksIndex: 1, Result: tUndefined(),
			Doc:  "Sets the agent's state.\n\nWith enqueueNextState the change waits for the current contact to end.",
			Args: []*schema.Argument{arg("state", tDict(stateDef)), optArg("options", tDict(setStateOpts))}},
		withCallbacks("getEndpoints", 1, tDict(endpoints), arg("queueARNs", tUnion(tAlias(arnTD), tSeq(tAlias(arnTD))))),
		promise("getSpeakerStatus", tRecord(tAny())),
		{Name: "onStateChange", Kind: schema.OpSubscribe, Handler: stateChangeHandler, Event: "agent::state_change", Result: tUndefined(),
			Doc: "Subscribes to state changes.", Life: schema.Lifecycle{Since: "1.0.0"}},
		{Name: "mute", Kind: schema.OpSync, Result: tUndefined(), Life: schema.Lifecycle{Deprecated: "1.7.0", Replacement: "VoiceConnection.muteParticipant"}},
		{Name: "getStatusDuration", Kind: schema.OpSync, Result: tLong(), Life: schema.Lifecycle{Removed: "2.0.0"}},
	}
	contact.Operations = []*schema.Operation{
		sync("getContactId", tString()),
		sync("getType", tEnum(contactType)),
		sync("getQueueTimestamp", tNull(tAlias(dateTD))),
		sync("getAttributes", tRecord(tDict(attrValue))),
		sync("getAgentConnection", tIface(connection)),
		withCallbacks("accept", 0, tUndefined()),
		withCallbacks("addConnection", 0, tUndefined(), arg("endpoint", tDict(endpoint))),
		subscribe("onRefresh", "", contactHandler),
	}
	contact.Attributes = []*schema.Attribute{
		{Name: "contactId", Type: tString(), ReadOnly: true, Doc: "The contact's ID."},
		{Name: "tag", Type: tAny()},
	}
	connection.Operations = []*schema.Operation{
		sync("getConnectionId", tString()),
		withCallbacks("hold", 0, tUndefined()),
		sync("getMediaController", tNull(tIface(mediaController))),
	}
	voiceConnection.Operations = []*schema.Operation{
		withCallbacks("sendDigits", 1, tUndefined(), arg("digits", tString())),
		withCallbacks("muteParticipant", 0, tUndefined()),
	}
	mediaController.Operations = []*schema.Operation{sync("getMediaInfo", tAny())}
	chatController.Operations = []*schema.Operation{promise("sendMessage", tUndefined(), arg("text", tString()))}
	upstream.Operations = []*schema.Operation{sync("sendUpstream", tUndefined(), arg("event", tString()), optArg("data", tObject()))}

	namespaces := []*schema.Namespace{
		{Name: "Connect", JSPath: "connect", Doc: "The Amazon Connect Streams API.",
			Attributes: []*schema.Attribute{
				{Name: "version", Type: tString(), ReadOnly: true, Doc: "The Streams version."},
				{Name: "logLevel", Type: tString()},
			},
			Operations: []*schema.Operation{
				{Name: "agent", Kind: schema.OpSubscribe, Handler: agentHandler, Result: tUndefined(),
					Doc: "Calls handler with the agent once the CCP is initialized."},
				subscribe("contact", "", contactHandler),
				sync("getLog", tAny(), optArg("formatter", tCallback(logFormatter))),
				sync("hitch", tAny(), arg("scope", tObject()), arg("f", tAny()), &schema.Argument{Name: "args", Type: tAny(), Variadic: true}),
				{Name: "oldThing", Kind: schema.OpSync, Result: tUndefined(), Life: schema.Lifecycle{Removed: "1.0.0"}},
			}},
		{Name: "Core", JSPath: "connect.core", Doc: "Initialization and the CCP connection.",
			Operations: []*schema.Operation{
				{Name: "initCCP", Kind: schema.OpSync, Result: tUndefined(), Doc: "Embeds the CCP in container.",
					Args: []*schema.Argument{arg("container", tObject()), arg("options", tDict(initOpts))}},
				sync("terminate", tUndefined()),
				sync("getUpstream", tIface(upstream)),
				sync("getLoginState", tEnum(loginState)),
				{Name: "getFrameMediaDevices", Kind: schema.OpPromise, Result: tSeq(tObject()), Life: schema.Lifecycle{Since: "2.3.0"},
					Args: []*schema.Argument{{Name: "default", Type: tLong(), Optional: true, Default: &schema.Value{Kind: schema.ValueNumber, Text: "1000"}}}},
				subscribe("onViewContact", "contact::view", viewContactHandler),
			}},
		{Name: "Legacy", JSPath: "connect.legacy", Life: schema.Lifecycle{Removed: "2.0.0"},
			Operations: []*schema.Operation{sync("x", tUndefined())}},
	}

	api := &schema.API{
		Namespaces:   namespaces,
		Interfaces:   []*schema.Interface{agent, chatController, connection, contact, legacySession, mediaController, upstream, voiceConnection},
		Dictionaries: []*schema.Dictionary{agentConfig, agentState, stateChange, stateDef, attrValue, coreState, endpoint, endpoints, initOpts, oldDict, routingProfile, setStateOpts, softphone, viewContact},
		Enums:        []*schema.Enum{agentEvents, agentStateType, channel, contactType, loginState, oldEnum},
		Callbacks:    []*schema.Callback{agentHandler, stateChangeHandler, contactHandler, logFormatter, oldHandler, viewContactHandler},
		Typedefs:     []*schema.Typedef{arnTD, dateTD},
	}
	sortAPI(api)
	return api
}

// sortAPI sorts the way Load does, so the hand-built IR cannot be out of
// order by mistake.
func sortAPI(api *schema.API) {
	byName := func(a, b string) int { return cmp.Compare(a, b) }
	slices.SortStableFunc(api.Namespaces, func(a, b *schema.Namespace) int { return byName(a.JSPath, b.JSPath) })
	for _, ns := range api.Namespaces {
		slices.SortStableFunc(ns.Operations, func(a, b *schema.Operation) int { return byName(a.Name, b.Name) })
		slices.SortStableFunc(ns.Attributes, func(a, b *schema.Attribute) int { return byName(a.Name, b.Name) })
	}
	slices.SortStableFunc(api.Interfaces, func(a, b *schema.Interface) int { return byName(a.Name, b.Name) })
	for _, it := range api.Interfaces {
		slices.SortStableFunc(it.Operations, func(a, b *schema.Operation) int { return byName(a.Name, b.Name) })
		slices.SortStableFunc(it.Attributes, func(a, b *schema.Attribute) int { return byName(a.Name, b.Name) })
	}
	slices.SortStableFunc(api.Dictionaries, func(a, b *schema.Dictionary) int { return byName(a.Name, b.Name) })
	for _, d := range api.Dictionaries {
		slices.SortStableFunc(d.Members, func(a, b *schema.Member) int { return byName(a.Name, b.Name) })
	}
	slices.SortStableFunc(api.Enums, func(a, b *schema.Enum) int { return byName(a.Name, b.Name) })
	slices.SortStableFunc(api.Callbacks, func(a, b *schema.Callback) int { return byName(a.Name, b.Name) })
	slices.SortStableFunc(api.Typedefs, func(a, b *schema.Typedef) int { return byName(a.Name, b.Name) })
}
