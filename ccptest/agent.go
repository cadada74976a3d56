package ccptest

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Snapshot is the server's view of the agent, as last sent to Streams.
type Snapshot struct {
	// State is the agent's state in the snapshot: the chosen state, or a
	// state Amazon Connect sets while a voice contact is handled.
	State AgentState `json:"state"`
	// Chosen is the state the agent chose last (agentAvailabilityState).
	Chosen AgentState `json:"chosen"`
	// Next is the enqueued next state, or nil.
	Next     *AgentState `json:"nextState"`
	Contacts []Contact   `json:"contacts"`
	Agent    Agent       `json:"agent"`
}

// Snapshot returns a copy of the server's current view of the agent.
func (s *Server) Snapshot() Snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	snap := Snapshot{State: s.eff, Chosen: s.chosen, Agent: s.agent.withDefaults(), Contacts: []Contact{}}
	if s.next != nil {
		snap.Next = new(*s.next)
	}
	for _, e := range s.contacts {
		snap.Contacts = append(snap.Contacts, e.c.clone())
	}
	return snap
}

// Contact returns a copy of the contact with this ID.
func (s *Server) Contact(id string) (Contact, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.contact(id); e != nil {
		return e.c.clone(), true
	}
	return Contact{}, false
}

// SetAgent replaces the agent's configuration (zero fields take the
// values of [DefaultAgent]) and pushes it to Streams. The agent keeps its
// state if the new configuration still has it, and otherwise enters the
// new InitialState; so does a next state.
func (s *Server) SetAgent(a Agent) error {
	a = a.withDefaults()
	initial, ok := a.state(a.InitialState)
	if !ok {
		return fmt.Errorf("ccptest: the agent's initial state %q is not one of its states", a.InitialState)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.agent = a
	if st, ok := a.state(s.chosen.Name); ok {
		s.chosen = st
	} else {
		s.chosen, s.chosenAt = initial, s.clock()
	}
	if s.next != nil {
		if st, ok := a.state(s.next.Name); ok {
			s.next = &st
		} else {
			s.next = nil
		}
	}
	s.changedLocked()
	return nil
}

// SetAgentState puts the agent in the configured state with this name, as
// if the agent had chosen it elsewhere, and clears any next state.
func (s *Server) SetAgentState(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.agent.state(name)
	if !ok {
		return fmt.Errorf("ccptest: the agent has no state %q", name)
	}
	s.chosen, s.chosenAt = st, s.clock()
	s.next = nil
	s.changedLocked()
	return nil
}

// SetNextState enqueues the configured state with this name as the
// agent's next state; "" clears it.
func (s *Server) SetNextState(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if name == "" {
		s.next = nil
	} else {
		st, ok := s.agent.state(name)
		if !ok {
			return fmt.Errorf("ccptest: the agent has no state %q", name)
		}
		s.next, s.nextAt = &st, s.clock()
	}
	s.changedLocked()
	return nil
}

// AddContact gives the agent a new contact (see [Voice], [Chat], [Task]
// and [Monitor]). An empty State means connecting.
func (s *Server) AddContact(c Contact) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.addContactLocked(c); err != nil {
		return err
	}
	s.changedLocked()
	return nil
}

func (s *Server) addContactLocked(c Contact) error {
	if c.ID == "" {
		return fmt.Errorf("ccptest: contact without an ID")
	}
	if s.contact(c.ID) != nil {
		return fmt.Errorf("ccptest: contact %q already exists", c.ID)
	}
	if c.Type == "" {
		return fmt.Errorf("ccptest: contact %q has no type", c.ID)
	}
	c = c.clone()
	if len(c.Connections) == 0 {
		c.Connections = defaultConnections(c)
	}
	if c.State == "" {
		c.State = ContactConnecting
	}
	if c.Queue == "" {
		c.Queue = s.agent.RoutingProfile.Queues[0].Name
	}
	if c.InitiationMethod == "" {
		c.InitiationMethod = "INBOUND"
	}
	now := s.clock()
	e := &contactEntry{c: c, at: now, added: now, joinAt: now, connAt: map[string]time.Time{}}
	seen := map[string]bool{}
	for _, k := range c.Connections {
		if k.ID == "" || seen[k.ID] {
			return fmt.Errorf("ccptest: contact %q: connection IDs must be present and distinct", c.ID)
		}
		seen[k.ID] = true
		e.connAt[k.ID] = now
	}
	s.contacts = append(s.contacts, e)
	return nil
}

// SetContactState sets the state of a contact, and nothing else.
func (s *Server) SetContactState(id, state string) error {
	return s.editContact(id, func(e *contactEntry) error {
		s.setContactState(e, state)
		return nil
	})
}

// SetConnectionState sets the state of one connection of a contact.
func (s *Server) SetConnectionState(contactID, connectionID, state string) error {
	return s.editContact(contactID, func(e *contactEntry) error {
		k := e.c.connection(connectionID)
		if k == nil {
			return fmt.Errorf("ccptest: contact %q has no connection %q", contactID, connectionID)
		}
		s.setConnState(e, k, state)
		return nil
	})
}

// SetMonitorStatus switches the agent's monitoring connection on a contact
// to SilentMonitor or Barge, with the matching connection state.
func (s *Server) SetMonitorStatus(contactID, status string) error {
	return s.editContact(contactID, func(e *contactEntry) error {
		return s.monitor(e, status)
	})
}

// EndContact ends a contact as when the customer hangs up: every
// connection is disconnected and the contact enters ended, which Streams
// reports as after-contact work (onACW).
func (s *Server) EndContact(id string) error {
	return s.editContact(id, func(e *contactEntry) error {
		s.end(e, ContactEnded)
		return nil
	})
}

// MissContact makes a contact that was offered to the agent missed: the
// agent's connection is disconnected and the contact enters missed.
func (s *Server) MissContact(id string) error {
	return s.editContact(id, func(e *contactEntry) error {
		s.end(e, ContactMissed)
		return nil
	})
}

// RemoveContact removes a contact from the agent, as clearContact does.
func (s *Server) RemoveContact(id string) error {
	return s.editContact(id, func(e *contactEntry) error {
		s.remove(e)
		return nil
	})
}

func (s *Server) editContact(id string, f func(*contactEntry) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.contact(id)
	if e == nil {
		return fmt.Errorf("ccptest: no contact %q", id)
	}
	if err := f(e); err != nil {
		return err
	}
	s.changedLocked()
	return nil
}

func (s *Server) contact(id string) *contactEntry {
	for _, e := range s.contacts {
		if e.c.ID == id {
			return e
		}
	}
	return nil
}

// defaultConnections returns the connections of Voice, Chat or Task for a
// contact given without any.
func defaultConnections(c Contact) []Connection {
	switch c.Type {
	case "chat":
		return Chat(c.ID, "Customer").Connections
	case "task":
		return Task(c.ID, c.Name).Connections
	}
	return Voice(c.ID, "+15555550100").Connections
}

func (s *Server) setContactState(e *contactEntry, state string) {
	if e.c.State != state {
		e.c.State, e.at = state, s.clock()
	}
}

func (s *Server) setConnState(e *contactEntry, k *Connection, state string) {
	if k.State != state {
		k.State = state
		e.connAt[k.ID] = s.clock()
	}
}

// end disconnects every connection and puts the contact in state.
func (s *Server) end(e *contactEntry, state string) {
	for i := range e.c.Connections {
		s.setConnState(e, &e.c.Connections[i], ConnDisconnected)
	}
	s.setContactState(e, state)
}

// remove drops a contact; when it was the last one, an enqueued next state
// becomes the agent's state.
func (s *Server) remove(e *contactEntry) {
	for i, x := range s.contacts {
		if x == e {
			s.contacts = append(s.contacts[:i], s.contacts[i+1:]...)
			break
		}
	}
	if len(s.contacts) == 0 && s.next != nil {
		s.chosen, s.chosenAt = *s.next, s.clock()
		s.next = nil
	}
}

func (s *Server) monitor(e *contactEntry, status string) error {
	if status != SilentMonitor && status != Barge {
		return fmt.Errorf("ccptest: monitor status %q is neither %s nor %s", status, SilentMonitor, Barge)
	}
	k := e.c.AgentConnection()
	if k == nil || k.Type != MonitoringConn {
		return fmt.Errorf("ccptest: contact %q has no monitoring connection", e.c.ID)
	}
	k.MonitorStatus = status
	s.setConnState(e, k, monitorConnState(status))
	return nil
}

// busy reports whether a contact keeps the agent from changing state
// directly: one in an active state.
func (s *Server) busy() bool {
	for _, e := range s.contacts {
		if live(e.c.State) {
			return true
		}
	}
	return false
}

// updateEffective computes the state the snapshot reports. Voice contacts
// drive it, as in Amazon Connect: PendingBusy (or CallingCustomer for an
// outbound call) while one rings, Busy while one is connected,
// AfterCallWork once one ended, MissedCallAgent once one was missed or
// rejected. Otherwise it is the chosen state.
func (s *Server) updateEffective() {
	var ringing, outbound, connected, ended, missed bool
	for _, e := range s.contacts {
		if e.c.Type != "voice" && e.c.Type != "queue_callback" {
			continue
		}
		switch e.c.State {
		case ContactIncoming, ContactPending, ContactConnecting:
			ringing = true
			outbound = outbound || e.c.InitiationMethod == "OUTBOUND"
		case ContactConnected, ContactPaused:
			connected = true
		case ContactEnded:
			ended = true
		case ContactMissed, ContactRejected, ContactError:
			missed = true
		}
	}
	st := s.chosen
	switch {
	case connected:
		st = AgentState{Name: Busy, Type: System}
	case ringing && outbound:
		st = AgentState{Name: "CallingCustomer", Type: System}
	case ringing:
		st = AgentState{Name: PendingBusy, Type: System}
	case missed:
		st = AgentState{Name: MissedCallAgent, Type: Error}
	case ended:
		st = AgentState{Name: AfterCallWork, Type: NotRoutable}
	}
	if st != s.eff {
		s.eff = st
		s.effAt = s.clock()
		if st == s.chosen {
			s.effAt = s.chosenAt
		}
	}
}

// behave is the default answer to an API request: it changes the agent or
// its contacts as Amazon Connect would, and returns the success data, or
// the failure text.
func (s *Server) behave(method string, params map[string]any) (data any, errText string) {
	ok := map[string]any{}
	str := func(k string) string { v, _ := params[k].(string); return v }
	contact := func() (*contactEntry, string) {
		id := str("contactId")
		e := s.contact(id)
		if e == nil {
			return nil, APIError("ResourceNotFoundException", "Contact "+id+" not found.", 400)
		}
		return e, ""
	}
	// leg finds the contact and the connection a request names.
	leg := func() (*contactEntry, *Connection, string) {
		e, err := contact()
		if e == nil {
			return nil, nil, err
		}
		id := str("connectionId")
		k := e.c.connection(id)
		if k == nil {
			return nil, nil, APIError("ResourceNotFoundException", "Connection "+id+" not found.", 400)
		}
		return e, k, ""
	}
	invalid := func(msg string) string { return APIError("InvalidStateException", msg, 400) }

	switch method {
	case "putAgentState":
		st, _ := params["state"].(map[string]any)
		name, _ := st["name"].(string)
		arn, _ := st["agentStateARN"].(string)
		var def AgentState
		found := false
		for _, x := range s.agent.States {
			if arn != "" && x.ARN == arn || arn == "" && x.Name == name {
				def, found = x, true
				break
			}
		}
		if !found {
			return nil, APIError("ResourceNotFoundException", fmt.Sprintf("Agent state %q not found.", name), 400)
		}
		enqueue, _ := params["enqueueNextState"].(bool)
		switch {
		case enqueue && len(s.contacts) > 0:
			if def == s.chosen {
				s.next = nil // back to the state the agent is in: nothing to enqueue
			} else {
				s.next, s.nextAt = &def, s.clock()
			}
		case !enqueue && s.busy():
			return nil, invalid("Agent state cannot be changed while the agent is handling a contact.")
		default:
			s.chosen, s.chosenAt = def, s.clock()
			s.next = nil
		}
		return ok, ""

	case "acceptContact", "rejectContact":
		e, err := contact()
		if e == nil {
			return nil, err
		}
		verb, contactState, connState := "accepted", ContactConnected, ConnConnected
		if method == "rejectContact" {
			verb, contactState, connState = "rejected", ContactRejected, ConnDisconnected
		}
		switch e.c.State {
		case ContactIncoming, ContactPending, ContactConnecting:
		default:
			return nil, invalid("Contact " + e.c.ID + " is " + e.c.State + " and cannot be " + verb + ".")
		}
		if k := e.c.AgentConnection(); k != nil {
			s.setConnState(e, k, connState)
		}
		s.setContactState(e, contactState)
		return ok, ""

	case "clearContact", "completeContact", "destroyContact":
		e, err := contact()
		if e == nil {
			return nil, err
		}
		s.remove(e)
		return ok, ""

	case "destroyConnection":
		e, k, err := leg()
		if k == nil {
			return nil, err
		}
		others := 0
		for _, x := range e.c.Connections {
			if x.ID != k.ID && x.Type != AgentConn && x.Type != MonitoringConn && x.State != ConnDisconnected {
				others++
			}
		}
		if k.Type == AgentConn || k.Type == MonitoringConn || k.Initial || others == 0 {
			s.end(e, ContactEnded)
		} else {
			s.setConnState(e, k, ConnDisconnected)
		}
		return ok, ""

	case "holdConnection", "resumeConnection":
		e, k, err := leg()
		if k == nil {
			return nil, err
		}
		if e.c.State != ContactConnected {
			return nil, invalid("Cannot put call on hold: Invalid contact state.")
		}
		if method == "holdConnection" {
			s.setConnState(e, k, ConnHold)
		} else {
			s.setConnState(e, k, ConnConnected)
		}
		return ok, ""

	case "muteParticipant", "unmuteParticipant":
		_, k, err := leg()
		if k == nil {
			return nil, err
		}
		k.Mute = method == "muteParticipant"
		return ok, ""

	case "updateMonitorParticipantState":
		e, err := contact()
		if e == nil {
			return nil, err
		}
		if err := s.monitor(e, str("targetMonitorMode")); err != nil {
			return nil, invalid(err.Error())
		}
		return ok, ""

	case "pauseContact", "resumeContact":
		e, err := contact()
		if e == nil {
			return nil, err
		}
		if method == "pauseContact" {
			s.setContactState(e, ContactPaused)
		} else {
			s.setContactState(e, ContactConnected)
		}
		return ok, ""

	case "createOutboundContact":
		ep, _ := params["endpoint"].(map[string]any)
		phone, _ := ep["phoneNumber"].(string)
		s.nextID++
		id := "outbound-" + strconv.Itoa(s.nextID)
		c := Contact{ID: id, Type: "voice", State: ContactConnecting, InitiationMethod: "OUTBOUND",
			Connections: []Connection{
				agentLeg(id, ConnConnected),
				{ID: id + "-customer", Type: OutboundConn, State: ConnConnecting, Initial: true,
					Endpoint: Endpoint{Type: "phone_number", Name: phone, PhoneNumber: phone}},
			}}
		if arn, _ := params["queueARN"].(string); arn != "" {
			for _, q := range s.agent.RoutingProfile.Queues {
				if q.ARN == arn {
					c.Queue = q.Name
				}
			}
		}
		if err := s.addContactLocked(c); err != nil {
			return nil, APIError("InternalServiceException", err.Error(), 500)
		}
		return ok, ""
	}
	// Everything else (sendDigits, conferenceConnections, transferContact,
	// sendClientLogs, ...) succeeds without effect.
	return ok, ""
}

// update returns the data of an agent::update: the snapshot and the
// configuration, shaped as the CCP's shared worker sends them.
func (s *Server) update() map[string]any {
	now := s.clock()
	state := stateJSON(s.eff, s.effAt)
	snap := map[string]any{
		"state":                  state,
		"status":                 state,
		"nextState":              nil,
		"agentAvailabilityState": map[string]any{"state": s.chosen.Name, "timeStamp": jsDate(s.chosenAt)},
		"contacts":               s.contactsJSON(),
		"snapshotTimestamp":      jsDate(now),
		"localTimestamp":         now.UnixMilli(),
		"skew":                   0,
	}
	if s.next != nil {
		snap["nextState"] = stateJSON(*s.next, s.nextAt)
	}
	return map[string]any{"snapshot": snap, "configuration": s.configurationJSON()}
}

func stateJSON(st AgentState, at time.Time) map[string]any {
	var arn any
	if st.ARN != "" {
		arn = st.ARN
	}
	return map[string]any{"name": st.Name, "type": st.Type, "agentStateARN": arn, "startTimestamp": jsDate(at)}
}

func queueJSON(q Queue) map[string]any {
	return map[string]any{"name": q.Name, "queueARN": q.ARN, "queueId": q.ARN}
}

func (s *Server) configurationJSON() map[string]any {
	a := &s.agent
	states := []any{}
	for _, st := range a.States {
		m := map[string]any{"name": st.Name, "type": st.Type}
		if st.ARN != "" {
			m["agentStateARN"] = st.ARN
		}
		states = append(states, m)
	}
	queues := []any{}
	for _, q := range a.RoutingProfile.Queues {
		queues = append(queues, queueJSON(q))
	}
	// Amazon Connect lists the agent's own queue too, unnamed; Streams
	// takes the agent's resource ID from it.
	if _, id, ok := strings.Cut(a.ARN, "/agent/"); ok {
		arn := Instance + "/queue/agent/" + id
		queues = append(queues, map[string]any{"name": nil, "queueARN": arn, "queueId": arn})
	}
	rp := map[string]any{
		"name":                 a.RoutingProfile.Name,
		"routingProfileARN":    a.RoutingProfile.ARN,
		"routingProfileId":     a.RoutingProfile.ARN,
		"queues":               queues,
		"defaultOutboundQueue": queueJSON(a.queue(a.RoutingProfile.DefaultOutboundQueue)),
	}
	if a.RoutingProfile.ChannelConcurrency != nil {
		rp["channelConcurrencyMap"] = a.RoutingProfile.ChannelConcurrency
	}
	prefs := a.Preferences
	if prefs == nil {
		prefs = map[string]string{}
	}
	return map[string]any{
		"name":                a.Name,
		"username":            a.Username,
		"agentARN":            a.ARN,
		"agentStates":         states,
		"permissions":         nonNil(a.Permissions),
		"dialableCountries":   nonNil(a.DialableCountries),
		"softphoneEnabled":    *a.SoftphoneEnabled,
		"softphoneAutoAccept": a.SoftphoneAutoAccept,
		"extension":           a.Extension,
		"agentPreferences":    prefs,
		"routingProfile":      rp,
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (s *Server) contactsJSON() []any {
	out := []any{}
	for _, e := range s.contacts {
		c := &e.c
		conns := []any{}
		for _, k := range c.Connections {
			ep := map[string]any{"type": k.Endpoint.Type, "name": k.Endpoint.Name, "phoneNumber": k.Endpoint.PhoneNumber}
			if k.Endpoint.ARN != "" {
				ep["endpointARN"] = k.Endpoint.ARN
			}
			m := map[string]any{
				"connectionId": k.ID,
				"type":         k.Type,
				"state":        map[string]any{"type": k.State, "timestamp": jsDate(e.connAt[k.ID])},
				"initial":      k.Initial,
				"endpoint":     ep,
				"address":      ep,
				"mute":         k.Mute,
				"forcedMute":   false,
			}
			if k.MonitorStatus != "" {
				m["monitorStatus"] = k.MonitorStatus
			}
			if k.MonitorCapabilities != nil {
				m["monitorCapabilities"] = k.MonitorCapabilities
			}
			if k.Type == MonitoringConn {
				m["monitoringInfo"] = map[string]any{"agent": map[string]any{"agentName": k.MonitoredAgent}, "joinTimeStamp": jsDate(e.joinAt)}
			}
			conns = append(conns, m)
		}
		attrs := map[string]any{}
		for k, v := range c.Attributes {
			attrs[k] = map[string]any{"name": k, "value": v}
		}
		state := map[string]any{"type": c.State, "timestamp": jsDate(e.at)}
		m := map[string]any{
			"contactId":        c.ID,
			"initialContactId": c.ID,
			"type":             c.Type,
			"state":            state,
			"status":           state,
			"queue":            queueJSON(s.agent.queue(c.Queue)),
			"queueTimestamp":   jsDate(e.added),
			"connections":      conns,
			"attributes":       attrs,
			"initiationMethod": c.InitiationMethod,
			"contactFeatures":  map[string]any{},
		}
		if c.Name != "" {
			m["name"] = c.Name
		}
		if c.Description != "" {
			m["description"] = c.Description
		}
		out = append(out, m)
	}
	return out
}
