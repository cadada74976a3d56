package ccptest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"
)

// Scenario is a CCP session written as data (JSON): the agent, the
// contacts it starts with, and steps the server plays once Streams is
// connected. For example:
//
//	{
//	  "agent": {"name": "Jane Doe", "initialState": "Offline"},
//	  "steps": [
//	    {"when": {"state": "Available"}, "after": "2s",
//	     "addContact": {"contactId": "call-1", "type": "voice"}},
//	    {"when": {"contactState": {"contactId": "call-1", "state": "connected"}}, "after": "5s",
//	     "endContact": "call-1"}
//	  ],
//	  "repeat": true
//	}
//
// Field names are those of the Go types' json tags; unknown fields are
// errors.
type Scenario struct {
	Agent    *Agent    `json:"agent,omitempty"`
	Contacts []Contact `json:"contacts,omitempty"`
	// HoldAcknowledge starts the server with the acknowledge held back.
	HoldAcknowledge bool   `json:"holdAcknowledge,omitempty"`
	Steps           []Step `json:"steps,omitempty"`
	// Repeat plays the steps again and again. In the second round the
	// contact IDs the steps name get the suffix "-2", and so on, so that
	// each round's contacts are new.
	Repeat bool `json:"repeat,omitempty"`
}

// Step waits for its condition (When), then for After, then does its one
// action. Every step first waits for Streams to be connected (the
// acknowledge sent).
type Step struct {
	When  *Condition `json:"when,omitempty"`
	After Duration   `json:"after,omitempty"`

	// The action: at most one of these.
	AddContact         *Contact         `json:"addContact,omitempty"`
	SetContactState    *StateChange     `json:"setContactState,omitempty"`
	SetConnectionState *StateChange     `json:"setConnectionState,omitempty"`
	SetMonitorStatus   *StateChange     `json:"setMonitorStatus,omitempty"`
	EndContact         string           `json:"endContact,omitempty"`
	MissContact        string           `json:"missContact,omitempty"`
	RemoveContact      string           `json:"removeContact,omitempty"`
	SetAgentState      string           `json:"setAgentState,omitempty"`
	SetNextState       *string          `json:"setNextState,omitempty"`
	Fail               *FailureDecision `json:"fail,omitempty"`
}

// StateChange names a contact, optionally one of its connections, and a
// new state (or monitor status).
type StateChange struct {
	ContactID    string `json:"contactId"`
	ConnectionID string `json:"connectionId,omitempty"`
	State        string `json:"state"`
}

// FailureDecision makes the next API request of Method fail, as
// [Server.FailNext] does.
type FailureDecision struct {
	Method string `json:"method"`
	Err    string `json:"err"`
	Data   any    `json:"data,omitempty"`
}

// Condition is what a step waits for. All the fields given must hold.
type Condition struct {
	// State is the name of the agent's state in the snapshot.
	State string `json:"state,omitempty"`
	// ContactState is the state of a contact; "removed" waits for the
	// contact to be gone.
	ContactState *StateChange `json:"contactState,omitempty"`
	// NoContacts waits for the agent to have no contacts.
	NoContacts bool `json:"noContacts,omitempty"`
	// Request waits for an API request of this method made since the
	// previous step's action (for the first step, since the start).
	Request string `json:"request,omitempty"`
	// Any holds when one of its conditions holds (and the fields above).
	Any []Condition `json:"any,omitempty"`
}

// Duration is a time.Duration written in JSON as a string such as "1.5s".
type Duration time.Duration

// MarshalJSON writes the duration as a string.
func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

// UnmarshalJSON reads a string such as "300ms".
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("a duration is a string such as \"2s\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// ParseScenario reads a scenario from JSON. Unknown fields and steps with
// more than one action are errors.
func ParseScenario(data []byte) (*Scenario, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var sc Scenario
	if err := dec.Decode(&sc); err != nil {
		return nil, fmt.Errorf("ccptest: scenario: %w", err)
	}
	if dec.More() {
		return nil, errors.New("ccptest: scenario: data after the JSON object")
	}
	if err := sc.check(); err != nil {
		return nil, err
	}
	return &sc, nil
}

// LoadScenario reads a scenario from a JSON file.
func LoadScenario(path string) (*Scenario, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sc, err := ParseScenario(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sc, nil
}

// actions counts the actions a step has.
func (st *Step) actions() int {
	n := 0
	for _, set := range []bool{
		st.AddContact != nil, st.SetContactState != nil, st.SetConnectionState != nil,
		st.SetMonitorStatus != nil, st.EndContact != "", st.MissContact != "",
		st.RemoveContact != "", st.SetAgentState != "", st.SetNextState != nil, st.Fail != nil,
	} {
		if set {
			n++
		}
	}
	return n
}

func (sc *Scenario) check() error {
	var errs []error
	for i, st := range sc.Steps {
		if n := st.actions(); n > 1 {
			errs = append(errs, fmt.Errorf("ccptest: scenario: step %d has %d actions; give each its own step", i+1, n))
		}
		if st.After < 0 {
			errs = append(errs, fmt.Errorf("ccptest: scenario: step %d: negative after", i+1))
		}
		if st.SetConnectionState != nil && st.SetConnectionState.ConnectionID == "" {
			errs = append(errs, fmt.Errorf("ccptest: scenario: step %d: setConnectionState needs a connectionId", i+1))
		}
		if st.Fail != nil && st.Fail.Method == "" {
			errs = append(errs, fmt.Errorf("ccptest: scenario: step %d: fail needs a method", i+1))
		}
	}
	if sc.Repeat && len(sc.Steps) == 0 {
		errs = append(errs, errors.New("ccptest: scenario: repeat without steps"))
	}
	return errors.Join(errs...)
}

// run plays the scenario's steps until they end or ctx is done. Errors of
// steps are logged, not fatal: a developer's scenario keeps going.
func (s *Server) run(ctx context.Context, sc *Scenario) {
	mark := 0 // requests before the previous action
	for round := 1; ; round++ {
		id := func(id string) string {
			if round == 1 || id == "" {
				return id
			}
			return id + "-" + strconv.Itoa(round)
		}
		for i, st := range sc.Steps {
			if err := s.WaitReady(ctx); err != nil {
				return
			}
			if err := s.Wait(ctx, s.condition(st.When, id, mark)); err != nil {
				return
			}
			if st.After > 0 {
				select {
				case <-time.After(time.Duration(st.After)):
				case <-ctx.Done():
					return
				}
			}
			mark = len(s.Requests())
			if err := s.do(st, id); err != nil {
				s.logf("ccptest: scenario step %d: %v", i+1, err)
			}
		}
		if !sc.Repeat {
			return
		}
	}
}

// condition returns the function that tells when c holds; requests
// before index mark do not count.
func (s *Server) condition(c *Condition, id func(string) string, mark int) func() bool {
	if c == nil {
		return func() bool { return true }
	}
	requested := func() bool {
		reqs := s.Requests()
		for _, r := range reqs[min(mark, len(reqs)):] {
			if r.Method == c.Request {
				return true
			}
		}
		return false
	}
	return func() bool {
		snap := s.Snapshot()
		if c.State != "" && snap.State.Name != c.State {
			return false
		}
		if c.NoContacts && len(snap.Contacts) > 0 {
			return false
		}
		if cs := c.ContactState; cs != nil {
			state := "removed"
			for _, k := range snap.Contacts {
				if k.ID == id(cs.ContactID) {
					state = k.State
				}
			}
			if state != cs.State {
				return false
			}
		}
		if c.Request != "" && !requested() {
			return false
		}
		if len(c.Any) == 0 {
			return true
		}
		for i := range c.Any {
			if s.condition(&c.Any[i], id, mark)() {
				return true
			}
		}
		return false
	}
}

// do performs the action of a step.
func (s *Server) do(st Step, id func(string) string) error {
	switch {
	case st.AddContact != nil:
		c := st.AddContact.clone()
		c.ID = id(c.ID)
		return s.AddContact(c)
	case st.SetContactState != nil:
		return s.SetContactState(id(st.SetContactState.ContactID), st.SetContactState.State)
	case st.SetConnectionState != nil:
		x := st.SetConnectionState
		return s.SetConnectionState(id(x.ContactID), x.ConnectionID, x.State)
	case st.SetMonitorStatus != nil:
		return s.SetMonitorStatus(id(st.SetMonitorStatus.ContactID), st.SetMonitorStatus.State)
	case st.EndContact != "":
		return s.EndContact(id(st.EndContact))
	case st.MissContact != "":
		return s.MissContact(id(st.MissContact))
	case st.RemoveContact != "":
		return s.RemoveContact(id(st.RemoveContact))
	case st.SetAgentState != "":
		return s.SetAgentState(st.SetAgentState)
	case st.SetNextState != nil:
		return s.SetNextState(*st.SetNextState)
	case st.Fail != nil:
		s.FailNext(st.Fail.Method, st.Fail.Err, st.Fail.Data)
	}
	return nil
}
