// The Contact handle.

/** Called with a contact handle. */
callback ContactHandler = undefined (Contact contact);

/**
 * One contact (call, chat, task or email) of the agent. A handle only stores
 * the contact identifier and reads the latest snapshot on every call, so it
 * fails once the contact has left the snapshot. Event registrations are
 * specific to this contact and are dropped when it is destroyed.
 */
[JSClass="connect.Contact"]
interface Contact {
  /** Identifier of the contact. */
  DOMString getContactId();

  /** Channel of the contact. */
  ContactType getType();

  /** Current state of the contact and when it was entered. */
  ContactState getState();

  /**
   * The signed-in agent's own connection on this contact (an agent or a
   * monitoring leg), or null when there is none. The object is a voice, chat,
   * task or email connection depending on the channel.
   */
  BaseConnection? getAgentConnection();

  /** Accepts an incoming contact. On failure the error value is the string error. */
  undefined accept([Callbacks] Promise<undefined> callbacks);

  /**
   * Removes a contact that is no longer being worked on (ended, missed,
   * rejected or failed), for every channel and for monitoring legs too, and
   * returns the agent to their previously chosen state.
   */
  [Since="1.5.0"] undefined clear([Callbacks] Promise<undefined> callbacks);

  /** Completes the contact; only suitable for non-monitoring agent legs. */
  [Deprecated="1.5.0", Replacement="clear"] undefined complete([Callbacks] Promise<undefined> callbacks);

  /** Registers a handler for a queued callback being offered to the agent. */
  [Event="contact::incoming"] undefined onIncoming(ContactHandler handler);

  /**
   * Registers a handler for the contact being offered or set up, before it
   * is accepted (for queued callbacks, after acceptance).
   */
  [Event="contact::connecting"] undefined onConnecting(ContactHandler handler);

  /** Registers a handler for the contact becoming connected. */
  [Event="contact::connected"] undefined onConnected(ContactHandler handler);

  /**
   * Registers a handler for the contact entering after-contact work, which is
   * the ended state after the conversation closed.
   */
  [Event="contact::acw"] undefined onACW(ContactHandler handler);

  /**
   * Registers a handler for the contact ending, whether it was finished or
   * missed. Since 2.7.0 it no longer runs a second time on destruction.
   */
  [Event="contact::ended"] undefined onEnded(ContactHandler handler);

  /**
   * Registers a handler for the contact leaving the snapshot. The handler
   * receives a frozen copy whose getters read the last known data.
   */
  [Since="1.4.0", Event="contact::destroyed"] undefined onDestroy(ContactHandler handler);
};

/** State of a contact. */
dictionary ContactState {
  /** Phase of the contact. */
  required ContactStateType type;

  /** When the contact entered this phase. */
  required Date timestamp;
};
