// The Agent handle and the records it returns.

/** Called with the agent handle. */
callback AgentHandler = undefined (Agent agent);

/** Called with the details of an agent state change. */
callback AgentStateChangeHandler = undefined (AgentStateChange change);

/**
 * The signed-in agent. There is one agent per page; every handle reads the
 * latest agent snapshot, so getters always return current data. Creating a
 * handle before the first snapshot has arrived fails.
 */
[JSClass="connect.Agent"]
interface Agent {
  /** Display name of the agent, from the agent configuration. */
  DOMString getName();

  /**
   * The agent's current state, which may be a state Amazon Connect set by
   * itself (for example Busy while on a contact) rather than one the agent
   * chose.
   */
  [Deprecated="2.18.4", Replacement="getAvailabilityState"] AgentState getState();

  /**
   * The state the agent last chose (a selectable, user-defined state), as
   * opposed to a system state. Absent when the snapshot does not carry it.
   */
  [Since="1.5.0"] AgentAvailabilityState? getAvailabilityState();

  /**
   * The state the agent has asked to move to once the current contacts are
   * finished, or null when no next state is queued.
   */
  [Since="1.6.9"] AgentState? getNextState();

  /** The agent's configuration as last loaded by the CCP. */
  AgentConfiguration getConfiguration();

  /**
   * Handles for the agent's current contacts, in the order of the time each
   * entered its current state. With a filter, only contacts of that channel
   * are returned.
   */
  sequence<Contact> getContacts(optional ContactType contactTypeFilter);

  /**
   * Changes the agent's state. Without the next-state option this is refused
   * while the agent handles a live contact; with it the state is queued and
   * applied when the contacts are finished.
   */
  undefined setState(AgentStateDefinition state, [Callbacks] Promise<undefined> callbacks, optional SetStateOptions options);

  /** Registers a handler that runs every time a new agent snapshot is applied. */
  [Event="agent::refresh"] undefined onRefresh(AgentHandler handler);

  /**
   * Registers a handler that runs whenever the name of the agent's state
   * changes, including the first snapshot after start-up.
   */
  [Event="agent::state_change"] undefined onStateChange(AgentStateChangeHandler handler);

  /**
   * Registers a handler that runs when the agent enters a state in which
   * contacts can be routed to them.
   */
  [Event="agent::routable"] undefined onRoutable(AgentHandler handler);

  /** Registers a handler that runs when the agent queues a next state. */
  [Since="1.6.9", Event="agent::enqueued_next_state"] undefined onEnqueuedNextState(AgentHandler handler);
};

/** Options for Agent.setState. */
dictionary SetStateOptions {
  /**
   * Queues the state as the next state when the agent is busy with a live
   * contact, instead of failing.
   */
  [Since="1.6.9"] boolean enqueueNextState = false;
};

/**
 * An agent state as it can be selected: one entry of the configured state
 * list, and the value passed to setState.
 */
dictionary AgentStateDefinition {
  /** Display name of the state, for example Available. */
  required DOMString name;

  /** Routing category of the state. */
  required AgentStateType type;

  /**
   * Identifier (ARN) of the state. Present for configured states; system
   * states may have none.
   */
  DOMString? agentStateARN;
};

/** The agent's current or queued state, taken from the agent snapshot. */
dictionary AgentState : AgentStateDefinition {
  /**
   * When the agent entered the state. The service always sends it for the
   * current state.
   */
  Date startTimestamp;
};

/** The state the agent chose most recently, from the agent snapshot. */
[Since="1.5.0"]
dictionary AgentAvailabilityState {
  /** Name of the chosen state. */
  DOMString state;

  /**
   * When the agent chose it. The runtime field is spelled timeStamp, with a
   * capital S.
   */
  Date timeStamp;
};

/** Payload of the state change event. */
dictionary AgentStateChange {
  /** Handle of the agent whose state changed. */
  required Agent agent;

  /**
   * Name of the previous state; Init (see AgentAvailStates) for the first
   * change after start-up.
   */
  required DOMString oldState;

  /** Name of the new state. */
  required DOMString newState;
};

/**
 * The agent's configuration. The CCP publishes it only after the state list,
 * permissions, dialable countries and routing profile queues have all been
 * loaded, so those members are always present.
 */
dictionary AgentConfiguration {
  /** Display name of the agent. */
  required DOMString name;

  /** Sign-in name of the agent's Amazon Connect user. */
  DOMString username;

  /** Identifier (ARN) of the agent. */
  DOMString agentARN;

  /** The states the agent may choose when not handling a live contact. */
  required sequence<AgentStateDefinition> agentStates;

  /** Internal permission names, for example outboundCall. */
  required sequence<DOMString> permissions;

  /** Lower-case country codes the agent may dial. */
  required sequence<DOMString> dialableCountries;

  /** Desk phone number used when the softphone is off. */
  DOMString? extension;

  /** Whether calls go to the browser softphone rather than the desk phone. */
  required boolean softphoneEnabled;

  /**
   * Whether softphone calls are accepted automatically. Superseded by the
   * per-contact auto-accept check, which covers every channel.
   */
  [Deprecated="2.27.0"] boolean softphoneAutoAccept;

  /** Routing profile assigned to the agent. */
  required AgentRoutingProfile routingProfile;

  /** Agent preferences as name-value pairs, for example LANGUAGE. */
  record<DOMString, DOMString> agentPreferences;
};

/** The routing profile of the agent. */
dictionary AgentRoutingProfile {
  /** Name of the routing profile. */
  required DOMString name;

  /** Identifier (ARN) of the routing profile. */
  required DOMString routingProfileARN;

  /** Copy of routingProfileARN kept for older code. */
  required DOMString routingProfileId;

  /** Queue used for outbound calls by default. */
  required Queue defaultOutboundQueue;

  /** All queues of the routing profile. */
  required sequence<Queue> queues;

  /**
   * Number of simultaneous contacts allowed per channel (keys such as VOICE
   * and CHAT); zero means the channel is disabled. May be absent, in which
   * case the runtime assumes one per channel except tasks.
   */
  [Since="1.4.0"] record<DOMString, long> channelConcurrencyMap;
};

/** A queue, as it appears in a routing profile or on a contact. */
dictionary Queue {
  /** Name of the queue. */
  DOMString name;

  /** Identifier (ARN) of the queue. */
  DOMString queueARN;

  /** Copy of queueARN kept for older code. */
  DOMString queueId;
};
