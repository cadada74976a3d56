package ccptest

import (
	"maps"
	"slices"
	"strings"
)

// Agent state types, as Streams names them (connect.AgentStateType).
const (
	Routable    = "routable"
	NotRoutable = "not_routable"
	Offline     = "offline"
	System      = "system"
	Error       = "error"
)

// Contact state types (connect.ContactStateType).
const (
	ContactIncoming   = "incoming"
	ContactPending    = "pending"
	ContactConnecting = "connecting"
	ContactConnected  = "connected"
	ContactMissed     = "missed"
	ContactError      = "error"
	ContactEnded      = "ended"
	ContactRejected   = "rejected"
	ContactPaused     = "paused"
)

// Connection state types (connect.ConnectionStateType).
const (
	ConnInit          = "init"
	ConnConnecting    = "connecting"
	ConnConnected     = "connected"
	ConnHold          = "hold"
	ConnDisconnected  = "disconnected"
	ConnSilentMonitor = "silent_monitor"
	ConnBarge         = "barge"
)

// Monitor statuses of a monitoring connection (connect.MonitoringMode).
const (
	SilentMonitor = "SILENT_MONITOR"
	Barge         = "BARGE"
)

// Connection types (connect.ConnectionType).
const (
	AgentConn      = "agent"
	InboundConn    = "inbound"
	OutboundConn   = "outbound"
	MonitoringConn = "monitoring"
)

// The names of the states Amazon Connect puts an agent in by itself while a
// voice contact is handled (connect.AgentAvailStates and AgentErrorStates).
const (
	PendingBusy     = "PendingBusy"
	Busy            = "Busy"
	AfterCallWork   = "AfterCallWork"
	MissedCallAgent = "MissedCallAgent"
)

// AgentState is an agent state: one entry of the agent's configured state
// list, or a state Amazon Connect sets by itself (Busy, AfterCallWork).
type AgentState struct {
	Name string `json:"name"`
	Type string `json:"type"`                    // Routable, NotRoutable, Offline, System, Error
	ARN  string `json:"agentStateARN,omitempty"` // empty for system states
}

// Queue is a queue of the routing profile.
type Queue struct {
	Name string `json:"name"`
	ARN  string `json:"queueARN,omitempty"` // derived from the name when empty
}

// RoutingProfile is the agent's routing profile.
type RoutingProfile struct {
	Name   string  `json:"name"`
	ARN    string  `json:"routingProfileARN,omitempty"` // derived from the name when empty
	Queues []Queue `json:"queues"`
	// DefaultOutboundQueue names one of Queues; the first when empty.
	DefaultOutboundQueue string `json:"defaultOutboundQueue,omitempty"`
	// ChannelConcurrency is the number of simultaneous contacts per channel
	// (VOICE, CHAT, TASK); nil leaves channelConcurrencyMap out.
	ChannelConcurrency map[string]int `json:"channelConcurrencyMap,omitempty"`
}

// Agent is the agent's configuration, the configuration half of every
// agent::update. Zero fields take the values of [DefaultAgent] when the
// server uses the agent.
type Agent struct {
	Name     string `json:"name"`
	Username string `json:"username,omitempty"`
	ARN      string `json:"agentARN,omitempty"` // derived from Username when empty
	// States is the list the agent may choose from.
	States []AgentState `json:"states,omitempty"`
	// InitialState names the state of States the agent is in when the CCP
	// starts; the first offline state when empty.
	InitialState        string            `json:"initialState,omitempty"`
	RoutingProfile      RoutingProfile    `json:"routingProfile"`
	Permissions         []string          `json:"permissions,omitempty"`
	SoftphoneEnabled    *bool             `json:"softphoneEnabled,omitempty"` // true when nil
	SoftphoneAutoAccept bool              `json:"softphoneAutoAccept,omitempty"`
	Extension           string            `json:"extension,omitempty"`
	DialableCountries   []string          `json:"dialableCountries,omitempty"`
	Preferences         map[string]string `json:"agentPreferences,omitempty"`
}

// Instance is the ARN of the Amazon Connect instance that ccptest pretends
// to be; derived ARNs start with it. Streams extracts the account and
// instance identifiers from ARNs with regular expressions, so they have the
// real shape.
const Instance = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-4333-8444-555555555555"

// DefaultAgent returns the agent a server has unless told otherwise: Jane
// Doe, with the states Available, Lunch and Offline (initially Offline), a
// routing profile with two queues taking one voice call, three chats and ten
// tasks at a time, and the permissions outboundCall and voiceId.
func DefaultAgent() Agent {
	return Agent{
		Name:     "Jane Doe",
		Username: "jane",
		States: []AgentState{
			{Name: "Available", Type: Routable},
			{Name: "Lunch", Type: NotRoutable},
			{Name: "Offline", Type: Offline},
		},
		InitialState: "Offline",
		RoutingProfile: RoutingProfile{
			Name:               "Basic Routing Profile",
			Queues:             []Queue{{Name: "BasicQueue"}, {Name: "Support"}},
			ChannelConcurrency: map[string]int{"VOICE": 1, "CHAT": 3, "TASK": 10},
		},
		Permissions:       []string{"outboundCall", "voiceId"},
		DialableCountries: []string{"us", "ca", "gb"},
		Preferences:       map[string]string{"LANGUAGE": "en_US"},
	}
}

// withDefaults fills zero fields from DefaultAgent and derives ARNs. It
// returns a copy sharing nothing with a.
func (a Agent) withDefaults() Agent {
	d := DefaultAgent()
	if a.Name == "" {
		a.Name = d.Name
	}
	if a.Username == "" {
		a.Username = strings.ToLower(strings.Fields(a.Name + " x")[0])
	}
	if a.ARN == "" {
		a.ARN = Instance + "/agent/" + slug(a.Username)
	}
	if len(a.States) == 0 {
		a.States = d.States
		if a.InitialState == "" {
			a.InitialState = d.InitialState
		}
	}
	a.States = slices.Clone(a.States)
	for i, s := range a.States {
		if s.ARN == "" && s.Type != System && s.Type != Error {
			a.States[i].ARN = Instance + "/agent-state/" + slug(s.Name)
		}
	}
	if a.InitialState == "" {
		a.InitialState = a.States[0].Name
		for _, s := range a.States {
			if s.Type == Offline {
				a.InitialState = s.Name
				break
			}
		}
	}
	rp := a.RoutingProfile
	if rp.Name == "" {
		rp = d.RoutingProfile
	}
	if rp.ARN == "" {
		rp.ARN = Instance + "/routing-profile/" + slug(rp.Name)
	}
	if len(rp.Queues) == 0 {
		rp.Queues = d.RoutingProfile.Queues
	}
	rp.Queues = slices.Clone(rp.Queues)
	for i, q := range rp.Queues {
		if q.ARN == "" {
			rp.Queues[i].ARN = queueARN(q.Name)
		}
	}
	if rp.DefaultOutboundQueue == "" {
		rp.DefaultOutboundQueue = rp.Queues[0].Name
	}
	rp.ChannelConcurrency = maps.Clone(rp.ChannelConcurrency)
	a.RoutingProfile = rp
	if a.Permissions == nil {
		a.Permissions = d.Permissions
	}
	a.Permissions = slices.Clone(a.Permissions)
	if a.SoftphoneEnabled == nil {
		a.SoftphoneEnabled = new(true)
	} else {
		a.SoftphoneEnabled = new(*a.SoftphoneEnabled)
	}
	if a.DialableCountries == nil {
		a.DialableCountries = d.DialableCountries
	}
	a.DialableCountries = slices.Clone(a.DialableCountries)
	a.Preferences = maps.Clone(a.Preferences)
	return a
}

// state returns the configured state with this name.
func (a *Agent) state(name string) (AgentState, bool) {
	for _, s := range a.States {
		if s.Name == name {
			return s, true
		}
	}
	return AgentState{}, false
}

// queue returns the queue with this name, or one made up for it.
func (a *Agent) queue(name string) Queue {
	for _, q := range a.RoutingProfile.Queues {
		if q.Name == name {
			return q
		}
	}
	return Queue{Name: name, ARN: queueARN(name)}
}

func queueARN(name string) string { return Instance + "/queue/" + slug(name) }

// slug turns a display name into an ARN resource part.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

// Endpoint is the other end of a connection.
type Endpoint struct {
	Type        string `json:"type"` // phone_number, agent, queue
	Name        string `json:"name,omitempty"`
	PhoneNumber string `json:"phoneNumber,omitempty"`
	ARN         string `json:"endpointARN,omitempty"`
}

// Connection is one participant leg of a contact.
type Connection struct {
	ID       string   `json:"connectionId"`
	Type     string   `json:"type"`  // AgentConn, InboundConn, OutboundConn, MonitoringConn
	State    string   `json:"state"` // ConnConnecting, ConnConnected, ...
	Initial  bool     `json:"initial,omitempty"`
	Endpoint Endpoint `json:"endpoint"`
	// MonitorStatus is SilentMonitor or Barge on a supervisor's monitoring
	// connection; MonitorCapabilities lists the modes it may switch to.
	MonitorStatus       string   `json:"monitorStatus,omitempty"`
	MonitorCapabilities []string `json:"monitorCapabilities,omitempty"`
	// MonitoredAgent is the name of the agent a monitoring connection
	// listens to (monitoringInfo.agent.agentName).
	MonitoredAgent string `json:"monitoredAgent,omitempty"`
	Mute           bool   `json:"mute,omitempty"`
}

// Contact is a contact of the agent as the CCP reports it.
type Contact struct {
	ID    string `json:"contactId"`
	Type  string `json:"type"`            // voice, chat, task, queue_callback, email
	State string `json:"state,omitempty"` // ContactConnecting when empty
	// Queue names the queue the contact came from; the routing profile's
	// first queue when empty.
	Queue            string `json:"queue,omitempty"`
	InitiationMethod string `json:"initiationMethod,omitempty"` // "INBOUND" when empty
	Name             string `json:"name,omitempty"`             // tasks
	Description      string `json:"description,omitempty"`      // tasks
	// Attributes are the contact attributes, as name and value.
	Attributes  map[string]string `json:"attributes,omitempty"`
	Connections []Connection      `json:"connections"`
}

// clone returns a deep copy of c.
func (c Contact) clone() Contact {
	c.Attributes = maps.Clone(c.Attributes)
	c.Connections = slices.Clone(c.Connections)
	for i := range c.Connections {
		c.Connections[i].MonitorCapabilities = slices.Clone(c.Connections[i].MonitorCapabilities)
	}
	return c
}

// AgentConnection returns the agent's own connection (an agent or
// monitoring leg), as Contact.getAgentConnection does.
func (c *Contact) AgentConnection() *Connection {
	for i := range c.Connections {
		if t := c.Connections[i].Type; t == AgentConn || t == MonitoringConn {
			return &c.Connections[i]
		}
	}
	return nil
}

func (c *Contact) connection(id string) *Connection {
	for i := range c.Connections {
		if c.Connections[i].ID == id {
			return &c.Connections[i]
		}
	}
	return nil
}

// Voice returns an inbound voice call ringing for the agent: the contact
// and the agent's connection (id + "-agent") are connecting, the
// customer's connection (id + "-customer", the initial one) is connected.
func Voice(id, phoneNumber string) Contact {
	return offered(id, "voice", "-customer", Endpoint{Type: "phone_number", Name: phoneNumber, PhoneNumber: phoneNumber})
}

// Chat returns an inbound chat offered to the agent, shaped like [Voice]:
// the customer's connection is named customerName.
func Chat(id, customerName string) Contact {
	return offered(id, "chat", "-customer", Endpoint{Type: "phone_number", Name: customerName})
}

// Task returns a task offered to the agent, shaped like [Voice] with the
// initial connection id + "-task"; name is the task's name.
//
// Streams builds a media controller for every active task connection
// through connect.TaskSession, which only amazon-connect-taskjs defines:
// without it, getting a task's connections throws in the page.
func Task(id, name string) Contact {
	c := offered(id, "task", "-task", Endpoint{Type: "phone_number", Name: name})
	c.Name, c.InitiationMethod = name, "API"
	return c
}

// offered returns a contact of type typ offered to the agent: connecting,
// with the agent's connection connecting and the other party's connection
// (id + suffix, the initial one) connected.
func offered(id, typ, suffix string, other Endpoint) Contact {
	return Contact{
		ID: id, Type: typ, State: ContactConnecting,
		Connections: []Connection{
			agentLeg(id, ConnConnecting),
			{ID: id + suffix, Type: InboundConn, State: ConnConnected, Initial: true, Endpoint: other},
		},
	}
}

// Monitor returns a connected voice call between a customer and another
// agent (agentName) that the signed-in agent, a supervisor, monitors with
// status (SilentMonitor or Barge) on its connection id + "-monitor".
func Monitor(id, agentName, status string) Contact {
	return Contact{
		ID: id, Type: "voice", State: ContactConnected, InitiationMethod: "MONITOR",
		Connections: []Connection{
			{ID: id + "-customer", Type: InboundConn, State: ConnConnected, Initial: true,
				Endpoint: Endpoint{Type: "phone_number", Name: "+15555550100", PhoneNumber: "+15555550100"}},
			{ID: id + "-agent", Type: OutboundConn, State: ConnConnected,
				Endpoint: Endpoint{Type: "agent", Name: agentName}},
			{ID: id + "-monitor", Type: MonitoringConn, State: monitorConnState(status),
				Endpoint:      Endpoint{Type: "agent", Name: "supervisor"},
				MonitorStatus: status, MonitorCapabilities: []string{SilentMonitor, Barge}, MonitoredAgent: agentName},
		},
	}
}

func agentLeg(id, state string) Connection {
	return Connection{ID: id + "-agent", Type: AgentConn, State: state, Endpoint: Endpoint{Type: "agent"}}
}

// monitorConnState is the connection state that goes with a monitor status.
func monitorConnState(status string) string {
	if status == Barge {
		return ConnBarge
	}
	return ConnSilentMonitor
}

// live reports whether a contact state is one of Streams' active states.
func live(state string) bool {
	switch state {
	case ContactIncoming, ContactPending, ContactConnecting, ContactConnected, ContactPaused:
		return true
	}
	return false
}
