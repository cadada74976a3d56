// The Agent handle and the records it returns or hands to its handlers.
//
// Payloads of the events that come from the CCP (softphone errors, mute,
// device changes, WebSocket notices) cross a postMessage boundary, so they
// arrive as plain objects even where the CCP built a class instance; they
// are dictionaries here.

/** One queue identifier (ARN) or a list of them. */
typedef (DOMString or sequence<DOMString>) QueueARNs;

/**
 * What Agent.getChannelConcurrency returns: the map of all channels, or the
 * number for the one channel asked for.
 */
typedef (record<DOMString, long> or long) ChannelConcurrency;

/** Called with the agent handle. */
callback AgentHandler = undefined (Agent agent);

/** Called with the details of an agent state change. */
callback AgentStateChangeHandler = undefined (AgentStateChange change);

/** Called with a softphone failure. */
callback SoftphoneErrorHandler = undefined (SoftphoneErrorInfo error);

/** Called when the CCP's WebSocket connection is lost. */
[Since="1.4.9"]
callback WebSocketConnectionLostHandler = undefined (WebSocketConnectionLost? info);

/** Called with the new mute status. */
[Since="1.3.0"]
callback AgentMutedStatusHandler = undefined (AgentMutedStatus status);

/** Called when a softphone call got its local microphone stream. */
[Since="1.6.0"]
callback LocalMediaStreamCreatedHandler = undefined (LocalMediaStreamCreated stream);

/** Called with the newly chosen media device. */
[Since="1.6.3"]
callback UserMediaDeviceChangeHandler = undefined (UserMediaDeviceChange change);

/** Called with the new background blur setting. */
[Since="2.9.0"]
callback UserBackgroundBlurChangeHandler = undefined (UserBackgroundBlurChange change);

/** Called with the new voice enhancement mode. */
[Since="2.24.0"]
callback VoiceEnhancementModeChangeHandler = undefined (VoiceEnhancementModeChange change);

/** Called with the new network connection status. */
[Since="2.26.0"]
callback NetworkConnectionStatusChangedHandler = undefined (NetworkConnectionStatusChanged change);

/** Called when Agent.connect succeeded. */
callback ConnectSuccessHandler = undefined (any data);

/**
 * Called when Agent.connect failed: with the error (usually a JSON string)
 * and the response data, or with a ValueError alone when the timeout
 * expired.
 */
callback ConnectFailureHandler = undefined (any error, any data);

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

  /** Same function as getState. */
  [Deprecated="2.18.4", Replacement="getAvailabilityState"] AgentState getStatus();

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

  /**
   * Milliseconds the agent has been in the current state, measured against
   * the local clock and corrected for its skew from the service clock.
   */
  long long getStateDuration();

  /** Same function as getStateDuration. */
  long long getStatusDuration();

  /** The agent's permission names, for example outboundCall. */
  sequence<DOMString> getPermissions();

  /**
   * Handles for the agent's current contacts, in the order of the time each
   * entered its current state. With a filter, only contacts of that channel
   * are returned.
   */
  sequence<Contact> getContacts(optional ContactType contactTypeFilter);

  /** The agent's configuration as last loaded by the CCP. */
  AgentConfiguration getConfiguration();

  /** The states the agent may choose when not handling a live contact. */
  sequence<AgentStateDefinition> getAgentStates();

  /** The agent's routing profile. */
  AgentRoutingProfile getRoutingProfile();

  /**
   * The voice enhancement mode stored in the agent's configuration; absent
   * when the configuration does not carry one.
   */
  [Since="2.24.0"] VoiceEnhancementMode? getVoiceEnhancementMode();

  /**
   * Without an argument, the number of simultaneous contacts allowed per
   * channel (a record keyed by ChannelType); with a channel, the number for
   * that channel (zero when disabled). When the routing profile has no map,
   * one per channel except tasks is assumed.
   */
  [Since="1.4.0"] ChannelConcurrency getChannelConcurrency(optional ChannelType channel);

  /** Identifier (ARN) of the agent, when the configuration carries it. */
  [Since="2.13.1"] DOMString? getAgentARN();

  /** Desk phone number calls go to when the softphone is off. */
  DOMString? getExtension();

  /** Lower-case country codes the agent may dial. */
  sequence<DOMString> getDialableCountries();

  /** Whether calls go to the browser softphone rather than the desk phone. */
  boolean isSoftphoneEnabled();

  /** Identifiers (ARNs) of the queues of the agent's routing profile. */
  sequence<DOMString> getAllQueueARNs();

  /**
   * A handle that keeps the agent data of this moment instead of following
   * new snapshots, for logging or later comparison.
   */
  Agent toSnapshot();

  /**
   * Saves the agent configuration; the service takes over the extension,
   * the softphone setting and the preferences. An unsupported
   * agentPreferences locale fails at once with InvalidLocale (see
   * AgentErrorStates) without contacting the service. On success every CCP
   * tab reloads the configuration.
   */
  undefined setConfiguration(AgentConfiguration config, [Callbacks] Promise<undefined> callbacks);

  /**
   * Changes the agent's state. Without the next-state option this is refused
   * while the agent handles a live contact; with it the state is queued and
   * applied when the contacts are finished.
   */
  undefined setState(AgentStateDefinition state, [Callbacks] Promise<undefined> callbacks, optional SetStateOptions options);

  /** Same function as setState. */
  undefined setStatus(AgentStateDefinition state, [Callbacks] Promise<undefined> callbacks, optional SetStateOptions options);

  /**
   * Places an outbound call to the endpoint (only phone numbers are
   * supported). The options carry the queue and the outcome handlers
   * together in one object, as Streams expects them; without a queue the
   * routing profile's default outbound queue is used. Since 2.28.1 a timeout
   * makes a lost answer fail the call instead of never settling.
   */
  undefined connect(Endpoint endpoint, optional ConnectOptions options);

  /**
   * The quick connect endpoints of the given queues (one identifier or a
   * list). Streams pages through the results itself and delivers all of
   * them at once.
   */
  undefined getEndpoints(QueueARNs queueARNs, [Callbacks] Promise<GetEndpointsResult> callbacks);

  /** Same function as getEndpoints. */
  undefined getAddresses(QueueARNs queueARNs, [Callbacks] Promise<GetEndpointsResult> callbacks);

  /** Mutes the agent's microphone on the softphone call. */
  [Since="1.3.0"] undefined mute();

  /** Unmutes the agent's microphone on the softphone call. */
  [Since="1.3.0"] undefined unmute();

  /** Chooses the audio output device for calls. */
  [Since="1.6.3"] undefined setSpeakerDevice(DOMString deviceId);

  /**
   * Chooses the microphone for calls. It takes effect on a call that has a
   * microphone stream; call it from onLocalMediaStreamCreated to apply it to
   * every call.
   */
  [Since="1.6.3"] undefined setMicrophoneDevice(DOMString deviceId);

  /** Chooses the audio output device for the ringtone. */
  [Since="1.6.3"] undefined setRingerDevice(DOMString deviceId);

  /**
   * Announces a camera choice to the onCameraDeviceChanged handlers. It does
   * not switch any camera itself; video is handled by the Amazon Chime SDK.
   */
  [Since="2.9.0"] undefined setCameraDevice(DOMString deviceId);

  /**
   * Announces a background blur change to the onBackgroundBlurChanged
   * handlers. It does not blur anything itself.
   */
  [Since="2.9.0"] undefined setBackgroundBlur(boolean isBackgroundBlurEnabled);

  /**
   * Stores a voice enhancement mode in the agent's profile through the
   * Amazon Connect SDK. Any other value throws before anything is sent.
   */
  [Since="2.24.0"] Promise<undefined> setVoiceEnhancementMode(VoiceEnhancementMode mode);

  /**
   * The current health of the agent's connection, through the Amazon Connect
   * SDK; useful when subscribing after the last change was announced.
   */
  [Since="2.26.0"] Promise<NetworkConnectionStatusChanged> getNetworkConnectionStatus();

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

  /** Registers a handler for the agent entering a state that is online but not routable. */
  [Event="agent::not_routable"] undefined onNotRoutable(AgentHandler handler);

  /** Registers a handler for the agent going offline. */
  [Event="agent::offline"] undefined onOffline(AgentHandler handler);

  /**
   * Registers a handler for the agent entering one of the error states (see
   * AgentErrorStates), for example after failing to take a call. The agent
   * is then not routable until they choose a routable state.
   */
  [Event="agent::error"] undefined onError(AgentHandler handler);

  /** Registers a handler for softphone failures reported by the CCP. */
  [Event="agent::softphone_error"] undefined onSoftphoneError(SoftphoneErrorHandler handler);

  /**
   * Registers a handler for the CCP losing its WebSocket connection. The
   * payload describes the closed connection; it is absent when the handler
   * was registered in the CCP while the connection was already lost.
   */
  [Since="1.4.9", Event="agent::websocket_connection_lost"] undefined onWebSocketConnectionLost(WebSocketConnectionLostHandler handler);

  /** Registers a handler for the CCP (re)gaining its WebSocket connection. */
  [Since="1.4.9", Event="agent::websocket_connection_gained"] undefined onWebSocketConnectionGained(Callback handler);

  /**
   * Registers a handler for the agent entering after-call work. Only voice
   * contacts move the agent into that state.
   */
  [Event="agent::acw"] undefined onAfterCallWork(AgentHandler handler);

  /** Registers a handler for the microphone being muted or unmuted. */
  [Since="1.3.0", Event="agent::mute_toggle"] undefined onMuteToggle(AgentMutedStatusHandler handler);

  /**
   * Registers a handler for a softphone call getting its local microphone
   * stream, between the connecting and connected contact events. Device and
   * mute changes made from the handler apply to that call.
   */
  [Since="1.6.0", Event="agent::local_media_stream_created"] undefined onLocalMediaStreamCreated(LocalMediaStreamCreatedHandler handler);

  /** Registers a handler for a new call audio output device. */
  [Since="1.6.3", Event="configuration::speaker_device_changed"] undefined onSpeakerDeviceChanged(UserMediaDeviceChangeHandler handler);

  /** Registers a handler for a new microphone. */
  [Since="1.6.3", Event="configuration::microphone_device_changed"] undefined onMicrophoneDeviceChanged(UserMediaDeviceChangeHandler handler);

  /** Registers a handler for a new ringtone output device. */
  [Since="1.6.3", Event="configuration::ringer_device_changed"] undefined onRingerDeviceChanged(UserMediaDeviceChangeHandler handler);

  /** Registers a handler for a new camera announced with setCameraDevice. */
  [Since="2.9.0", Event="configuration::camera_device_changed"] undefined onCameraDeviceChanged(UserMediaDeviceChangeHandler handler);

  /** Registers a handler for a background blur change announced with setBackgroundBlur. */
  [Since="2.9.0", Event="configuration::background_blur_changed"] undefined onBackgroundBlurChanged(UserBackgroundBlurChangeHandler handler);

  /**
   * Registers a handler for a change of the voice enhancement mode in the
   * agent's profile, delivered through the Amazon Connect SDK rather than
   * the Streams event bus.
   */
  [Since="2.24.0", Event] undefined onVoiceEnhancementModeChanged(VoiceEnhancementModeChangeHandler handler);

  /**
   * Registers a handler for changes of the agent's connection health,
   * delivered through the Amazon Connect SDK rather than the Streams event
   * bus.
   */
  [Since="2.26.0", Event] undefined onNetworkConnectionStatusChanged(NetworkConnectionStatusChangedHandler handler);

  /** Registers a handler that runs when the agent queues a next state. */
  [Since="1.6.9", Event="agent::enqueued_next_state"] undefined onEnqueuedNextState(AgentHandler handler);

  /**
   * Registers a handler that runs when a queued next state is dropped, for
   * example because the agent chose another state before it applied.
   */
  [Since="2.28.1", Event="agent::cleared_next_state"] undefined onClearedNextState(AgentHandler handler);

  /**
   * Registered a handler for a contact becoming pending. The runtime never
   * raised the event; contact.onPending replaces it.
   */
  [Removed="2.0.0", Event="agent::contact_pending"] undefined onContactPending(AgentHandler handler);
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
 * Options and outcome handlers of Agent.connect, in the single object
 * Streams reads them from.
 */
dictionary ConnectOptions {
  /** Queue the call is placed for; defaults to the routing profile's default outbound queue. */
  DOMString queueARN;

  /** Older name for queueARN, read when queueARN is absent. */
  DOMString queueId;

  /** A contact to link the new call with. */
  [Since="2.11.0"] DOMString relatedContactId;

  /**
   * Milliseconds after which the call counts as failed when no answer has
   * arrived; only a positive number has an effect.
   */
  [Since="2.28.1"] unsigned long timeout;

  /** Runs when the call was placed. */
  ConnectSuccessHandler success;

  /** Runs when placing the call failed or timed out. */
  ConnectFailureHandler failure;
};

/** The endpoints returned by Agent.getEndpoints. */
dictionary GetEndpointsResult {
  /** The endpoints of all requested queues. */
  required sequence<Endpoint> endpoints;

  /** The same list under its older name. */
  required sequence<Endpoint> addresses;
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

  /**
   * Whether the softphone keeps one media connection open across calls
   * (persistent connection).
   */
  [Since="2.16.0"] boolean softphonePersistentConnection;

  /** Routing profile assigned to the agent. */
  required AgentRoutingProfile routingProfile;

  /** Agent preferences as name-value pairs, for example LANGUAGE. */
  record<DOMString, DOMString> agentPreferences;

  /** Voice enhancement mode of the agent. */
  [Since="2.24.0"] VoiceEnhancementMode voiceEnhancementMode;
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

/**
 * A softphone failure as handlers receive it: the fields of a
 * SoftphoneError, without its methods, because the error is copied across
 * the CCP iframe boundary.
 */
dictionary SoftphoneErrorInfo {
  /** What went wrong. */
  required SoftphoneErrorTypes errorType;

  /** Details, when the softphone gave any. */
  DOMString? errorMessage;

  /** Address of the media or signalling service involved, when known. */
  DOMString? endPointUrl;
};

/** Details of a lost WebSocket connection. */
[Since="1.4.9"]
dictionary WebSocketConnectionLost {
  /** When the connection had opened, in milliseconds since the Unix epoch. */
  double openTimestamp;

  /** When it closed, in milliseconds since the Unix epoch. */
  double closeTimestamp;

  /** How long it was open, in milliseconds. */
  double connectionDuration;

  /** The WebSocket close code. */
  long code;

  /** The WebSocket close reason. */
  DOMString reason;
};

/** The mute status after a change. */
[Since="1.3.0"]
dictionary AgentMutedStatus {
  /** Whether the microphone is muted. */
  required boolean muted;
};

/** Identifies the call whose local microphone stream was created. */
[Since="1.6.0"]
dictionary LocalMediaStreamCreated {
  /** Identifier of the agent connection of the call. */
  required DOMString connectionId;
};

/** A newly chosen media device. */
[Since="1.6.3"]
dictionary UserMediaDeviceChange {
  /** Identifier of the device. */
  required DOMString deviceId;
};

/** The background blur setting after a change. */
[Since="2.9.0"]
dictionary UserBackgroundBlurChange {
  /** Whether background blur is on. */
  required boolean isBackgroundBlurEnabled;
};

/** The voice enhancement mode after a change. */
[Since="2.24.0"]
dictionary VoiceEnhancementModeChange {
  /** The new mode. */
  required VoiceEnhancementMode voiceEnhancementMode;
};

/** The health of the agent's connection and when it last changed. */
[Since="2.26.0"]
dictionary NetworkConnectionStatusChanged {
  /** The connection health. */
  required NetworkConnectionStatus status;

  /** When the status was entered, in milliseconds since the Unix epoch. */
  required double timestamp;
};
