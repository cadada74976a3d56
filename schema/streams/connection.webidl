// Connection handles: one participant leg of a contact.

/**
 * One participant leg of a contact. Like contacts, a handle reads the latest
 * snapshot on every call and fails once the leg has left it.
 */
[Since="1.4.0", JSClass="connect.BaseConnection"]
interface BaseConnection {
  /** Identifier of the connection. */
  DOMString getConnectionId();

  /** Identifier of the contact the connection belongs to. */
  DOMString getContactId();

  /** Role of the leg. */
  ConnectionType getType();

  /** Current state of the leg and when it was entered. */
  ConnectionState getState();

  /** Whether this is the leg the contact started with. */
  boolean isInitialConnection();

  /** Whether the leg is live: connecting, connected, on hold or monitoring. */
  boolean isActive();
};

/** A leg of a voice contact. */
[Since="1.4.0", JSClass="connect.VoiceConnection"]
interface VoiceConnection : BaseConnection {
  /** Whether this monitoring leg is currently barging into the call. */
  [Since="2.4.1"] boolean isBarge();

  /** Whether this monitoring leg is currently only listening. */
  [Since="2.4.1"] boolean isSilentMonitor();
};

/** State of a connection. */
dictionary ConnectionState {
  /** Phase of the leg. */
  required ConnectionStateType type;

  /** When the leg entered this phase. */
  required Date timestamp;
};
