// Connection handles: one participant leg of a contact, and the records
// they return. Enhanced monitoring members are in monitoring.webidl, the
// Voice ID members in voiceid.webidl.

/** Called with a payload the agent workspace SDK defines, passed through as is. */
callback ParticipantEventHandler = undefined (any event);

/** A function returning a Promise of a chat connection token. */
callback ConnectionTokenGetter = any ();

/**
 * One participant leg of a contact. Like contacts, a handle reads the latest
 * snapshot on every call and fails once the leg has left it. Handles
 * returned by a contact are of the subclass matching the channel: voice
 * (also for queued callbacks), chat, task or email; a Go caller converts
 * with the subclass's FromJS function.
 */
[Since="1.4.0", JSClass="connect.BaseConnection"]
interface BaseConnection {
  /** Identifier of the contact, as stored on the handle. */
  readonly attribute DOMString contactId;

  /** Identifier of the connection, as stored on the handle. */
  readonly attribute DOMString connectionId;

  /** Identifier of the connection. */
  DOMString getConnectionId();

  /** Identifier of the contact the connection belongs to. */
  DOMString getContactId();

  /** Role of the leg. */
  ConnectionType getType();

  /**
   * The party at the other end of the leg, copied into a new endpoint
   * object (only the endpoint fields survive the copy).
   */
  Endpoint getEndpoint();

  /** The same value as getEndpoint, under its older name. */
  Endpoint getAddress();

  /** Current state of the leg and when it was entered. */
  [Since="1.4.8"] ConnectionState getState();

  /** The same value as getState, under its older name. */
  ConnectionState getStatus();

  /**
   * Milliseconds spent in the current state, measured with the local clock
   * corrected by the skew between this browser and the service.
   */
  [Since="1.4.8"] long long getStateDuration();

  /** The same value as getStateDuration, under its older name. */
  long long getStatusDuration();

  /** Who is being monitored on a monitoring leg, or null on other legs. */
  [Since="1.4.0"] MonitorInfo? getMonitorInfo();

  /** Whether this is the leg the contact started with. */
  boolean isInitialConnection();

  /** Whether the leg is live: connecting, connected, on hold or monitoring. */
  boolean isActive();

  /**
   * Whether the leg is connected; monitoring legs (silent monitor and barge
   * states) count as connected.
   */
  boolean isConnected();

  /** Whether the leg is being set up. */
  boolean isConnecting();

  /** Whether the leg is on hold. */
  boolean isOnHold();

  /**
   * A frozen copy of the leg whose getters keep returning the data of this
   * moment. The copy only has the methods of this base class, and, as the
   * runtime builds it, its contact identifier is empty.
   */
  BaseConnection toSnapshot();

  /**
   * Hangs up the leg. Used to decline or end a contact; to remove a
   * finished contact, use the contact's clear method.
   */
  undefined destroy([Callbacks] Promise<undefined> callbacks);

  /** Sends DTMF digits over the leg (softphone voice calls only). */
  undefined sendDigits(DOMString digits, [Callbacks] Promise<undefined> callbacks);

  /**
   * Puts the leg on hold. In a two-party call, hold the customer's leg; with
   * three or more parties, holding the agent's leg lets the others keep
   * talking without the agent.
   */
  undefined hold([Callbacks] Promise<undefined> callbacks);

  /** Takes the leg off hold. */
  undefined resume([Callbacks] Promise<undefined> callbacks);
};

/** A leg of a voice or queued callback contact. */
[Since="1.4.0", JSClass="connect.VoiceConnection"]
interface VoiceConnection : BaseConnection {
  /** The softphone details of the leg, or null when it carries none. */
  VoiceMediaInfo? getMediaInfo();

  /** Always softphone. */
  MediaType getMediaType();

  /**
   * Resolves with the leg's media controller; at present this is the media
   * information itself. Rejects when the leg is no longer live or has no
   * media information.
   */
  Promise<any> getMediaController();

  /** Name of the quick connect used to reach this third party, or null. */
  [Since="1.7.5"] DOMString? getQuickConnectName();

  /** Whether the leg is muted on the service side. */
  [Since="1.7.5"] boolean isMute();

  /** Mutes the leg on the service side. */
  [Since="1.7.5"] undefined muteParticipant([Callbacks] Promise<undefined> callbacks);

  /**
   * Unmutes the leg on the service side. Agents muted by a supervisor
   * (see isForcedMute) cannot unmute themselves.
   */
  [Since="1.7.5"] undefined unmuteParticipant([Callbacks] Promise<undefined> callbacks);

  /** The media the leg can send (video, screen sharing), or null. */
  [Since="2.9.0"] ConnectionCapabilities? getCapabilities();

  /** Whether the leg can send video. */
  [Since="2.9.0"] boolean canSendVideo();

  /** Whether the leg can share a screen. */
  [Since="2.15.0"] boolean canSendScreenShare();

  /**
   * Resolves with the meeting and attendee details needed to join the
   * contact's video session with the Amazon Chime SDK; rejects with an
   * Error when the service refuses.
   */
  [Since="2.9.0"] Promise<any> getVideoConnectionInfo();

  /**
   * Registers a handler, through the agent workspace SDK, for this
   * participant being put on hold.
   */
  [Since="2.26.0", Event] undefined onParticipantHold(ParticipantEventHandler handler);

  /** Like onParticipantHold, for the participant being taken off hold. */
  [Since="2.26.0", Event] undefined onParticipantResume(ParticipantEventHandler handler);

  /** Whether this participant can be taken off hold, asked through the agent workspace SDK. */
  [Since="2.26.0"] Promise<boolean> canResumeParticipant();

  /** Registers a handler for changes of the answer canResumeParticipant gives. */
  [Since="2.26.0", Event] undefined onCanResumeParticipantUpdated(ParticipantEventHandler handler);
};

/** A leg of a chat contact. */
[Since="1.4.0", JSClass="connect.ChatConnection"]
interface ChatConnection : BaseConnection {
  /** The chat details of the leg, or null when the snapshot has none. */
  ChatMediaInfo? getMediaInfo();

  /** Always chat. */
  MediaType getMediaType();

  /**
   * Asks the service for a participant token for this leg. Rejects with an
   * Error when the service refuses.
   */
  Promise<ConnectionToken> getConnectionToken();

  /**
   * Resolves with the chat session of the amazon-connect-chatjs library for
   * this leg. Rejects when the leg is no longer live or has no chat details.
   */
  Promise<any> getMediaController();

  /**
   * Display name of the participant: the agent's name for the agent's own
   * leg, the customer's name for the initial leg, else the other agent's
   * name; null when unknown.
   */
  [Since="2.18.0"] DOMString? getParticipantName();

  /**
   * How the customer was authenticated, read from the
   * connect:CustomerAuthentication segment attribute, or null when there is
   * no such attribute. Fails on the agent's own leg.
   */
  [Since="2.18.0"] CustomerAuthenticationDetails? getAuthenticationDetails();

  /** Whether the customer's authentication status is AUTHENTICATED. Fails on the agent's own leg. */
  [Since="2.18.0"] boolean isAuthenticated();
};

/** A leg of a task contact. */
[Since="1.6.0", JSClass="connect.TaskConnection"]
interface TaskConnection : BaseConnection {
  /** The identifiers a task session needs. */
  TaskMediaInfo getMediaInfo();

  /** Always task. */
  MediaType getMediaType();

  /**
   * Resolves with the task session of the amazon-connect-taskjs library for
   * this leg. Rejects when the leg is no longer live.
   */
  Promise<any> getMediaController();
};

/** A leg of an email contact. */
[Since="2.17.0", JSClass="connect.EmailConnection"]
interface EmailConnection : BaseConnection {
  /** Always email. */
  MediaType getMediaType();
};

/** State of a connection. */
dictionary ConnectionState {
  /** Phase of the leg. */
  required ConnectionStateType type;

  /** When the leg entered this phase. */
  required Date timestamp;
};

/** Softphone details of a voice leg. */
[Since="1.4.0"]
dictionary VoiceMediaInfo {
  /** Whether the call is accepted without agent action. */
  boolean autoAccept;

  /** Call configuration for the softphone, as a JSON string. */
  DOMString callConfigJson;

  /** Token identifying the call for the softphone. */
  DOMString callContextToken;

  /** The media the call carries. */
  SoftphoneCallType callType;

  /** Token identifying this media leg for the softphone. */
  DOMString mediaLegContextToken;
};

/**
 * Chat details of a chat leg, assembled by the runtime from the snapshot:
 * what the amazon-connect-chatjs library needs to open the session.
 */
[Since="1.4.0"]
dictionary ChatMediaInfo {
  /** Identifier of the contact. */
  required DOMString contactId;

  /** Identifier of the first contact of the chat, or of this one. */
  required DOMString initialContactId;

  /** Identifier of the participant, the same as the connection identifier. */
  required DOMString participantId;

  /** Participant token read from the connection data, or null when it could not be read. */
  required DOMString? participantToken;

  /** The chat details as the snapshot holds them. */
  required ChatSnapshotMediaInfo originalInfo;

  /** The getConnectionToken method of the connection, bound to it. */
  required ConnectionTokenGetter getConnectionToken;
};

/** Chat details of a chat leg as the snapshot holds them. */
[Since="1.4.0"]
dictionary ChatSnapshotMediaInfo {
  /** Whether the chat is accepted without agent action. */
  [Since="1.4.2"] boolean chatAutoAccept;

  /** Connection data for the chat session, as a JSON string. */
  DOMString connectionData;

  /** Display name of the customer, or null. */
  DOMString? customerName;

  /** Display name of the other agent, or null. */
  DOMString? agentName;
};

/** Identifiers a task session needs. */
[Since="1.6.0"]
dictionary TaskMediaInfo {
  /** Identifier of the contact. */
  required DOMString contactId;

  /** Identifier of the first contact of the task, or of this one. */
  required DOMString initialContactId;
};

/** The service's answer to a participant token request. */
[Since="1.4.0"]
dictionary ConnectionToken {
  /** The participant token. */
  ChatTokenTransport chatTokenTransport;
};

/** A chat participant token. */
[Since="1.4.0"]
dictionary ChatTokenTransport {
  /** When the token expires, as an ISO 8601 string. */
  required DOMString expiry;

  /** The token for the chat participant service. */
  required DOMString participantToken;
};

/**
 * How a chat customer was authenticated. The runtime copies every string
 * entry of the segment attribute, so entries not listed here are dropped in
 * Go.
 */
[Since="2.18.0"]
dictionary CustomerAuthenticationDetails {
  /** The identity provider that authenticated the customer. */
  DOMString IdentityProvider;

  /** The user pool app client used. */
  DOMString ClientId;

  /** Outcome of the authentication. */
  CustomerAuthenticationStatus Status;

  /** Customer profile identifier associated with the contact. */
  DOMString AssociatedCustomerId;

  /** Whether Amazon Connect or the customer's own system authenticated. */
  CustomerAuthenticationMethod AuthenticationMethod;
};

/** Whether Amazon Connect or the customer's own system authenticated a chat customer. */
[Since="2.18.0"]
enum CustomerAuthenticationMethod {
  /** Authentication managed by Amazon Connect. */
  "CONNECT",
  /** Authentication managed by the customer. */
  "CUSTOM"
};

/** The media a voice leg can send. */
[Since="2.9.0"]
dictionary ConnectionCapabilities {
  /** Video capability. */
  VideoCapability Video;

  /** Screen sharing capability. */
  [Since="2.15.0"] ScreenShareCapability ScreenShare;
};
