// The Contact handle: getters over the latest snapshot, actions and the
// per-contact events. The records it returns are in contact_records.webidl;
// the enhanced monitoring members are in monitoring.webidl.

/** Called with a contact handle. */
callback ContactHandler = undefined (Contact contact);

/** Called with the contact named by a screen sharing event. */
callback ScreenSharingHandler = undefined (ScreenSharingEvent event);

/**
 * One contact (call, chat, task or email) of the agent. A handle only stores
 * the contact identifier and reads the latest snapshot on every call, so it
 * fails once the contact has left the snapshot. Event registrations are
 * specific to this contact and are dropped when it is destroyed.
 *
 * The handlers of onDestroy, and of onEnded when the contact disappears
 * without passing through an ended state, receive a frozen copy: its getters
 * read the contact data as it was last seen, but the connections it returns
 * read the live snapshot and therefore fail.
 */
[JSClass="connect.Contact"]
interface Contact {
  /** Identifier of the contact, as stored on the handle. */
  readonly attribute DOMString contactId;

  // Identity and state.

  /** Identifier of the contact. */
  DOMString getContactId();

  /**
   * Identifier of the contact this one was transferred from, or null when
   * it is not the result of a transfer inside Amazon Connect. That contact
   * usually belongs to another agent and is only useful to correlate data.
   */
  DOMString? getOriginalContactId();

  /** The same value as getOriginalContactId, under the name the data uses. */
  [Since="1.4.5"] DOMString? getInitialContactId();

  /** Identifier of a contact linked to this one, or null when there is none. */
  [Since="2.17.0"] DOMString? getRelatedContactId();

  /**
   * Identifier shared by the contacts of one conversation thread (for
   * example an email thread), or null when there is none.
   */
  [Since="2.18.4"] DOMString? getContactAssociationId();

  /** Channel of the contact. */
  ContactType getType();

  /** Current state of the contact and when it was entered. */
  [Since="1.4.8"] ContactState getState();

  /** The same value as getState, under its older name. */
  ContactState getStatus();

  /**
   * Milliseconds spent in the current state, measured with the local clock
   * corrected by the skew between this browser and the service.
   */
  [Since="1.4.8"] long long getStateDuration();

  /** The same value as getStateDuration, under its older name. */
  long long getStatusDuration();

  /**
   * Length of the contact as the service reports it. The service model
   * bundled with the runtime declares a string; the official typings a
   * number.
   */
  [Since="1.4.8"] ContactDuration getContactDuration();

  /** How the contact came into being, or null when the service did not say. */
  [Since="2.17.0"] ContactInitiationMethod? getInitiationMethod();

  /**
   * The queue that routed the contact, or null when there is none (for
   * example on a monitoring contact).
   */
  Queue? getQueue();

  /** When the contact entered its queue, or null when it did not queue. */
  Date? getQueueTimestamp();

  /**
   * Whether the contact is connected. Handles of contacts that have left the
   * snapshot fail instead of answering false.
   */
  boolean isConnected();

  /**
   * Whether the customer started the contact. Tasks, emails and preview
   * campaign contacts answer from the initiation method; other channels
   * from the type of the initial connection.
   */
  boolean isInbound();

  // Contact data.

  /** Name of the contact (set on tasks), or an empty string when it has none. */
  [Since="1.6.0"] DOMString getName();

  /** Description of the contact (set on tasks), or an empty string when it has none. */
  [Since="1.6.0"] DOMString getDescription();

  /**
   * The contact attributes by name, or null when the signed-in user only
   * monitors the contact.
   */
  record<DOMString, ContactAttribute>? getAttributes();

  /**
   * The system-defined segment attributes by key (for example
   * connect:Subtype and connect:Direction), or null when the snapshot has
   * none.
   */
  [Since="2.8.0"] record<DOMString, SegmentAttributeValue>? getSegmentAttributes();

  /**
   * The contact's subtype, taken from the connect:Subtype segment attribute
   * (connect:WebRTC for web calls, connect:SMS for SMS chats), or null.
   */
  [Since="2.8.0"] DOMString? getContactSubtype();

  /** The references of the contact (links and other items) by name, or null. */
  [Since="1.6.0"] record<DOMString, ContactReference>? getReferences();

  /** Channel-specific data, chiefly for tasks, or null when there is none. */
  [Since="2.2.0"] ChannelContext? getChannelContext();

  /** Features switched on for the contact, or null when the snapshot has none. */
  [Since="1.6.0"] ContactFeatures? getContactFeatures();

  /** Free-form metadata the service attached to the contact, passed through as is. */
  [Since="1.6.0"] any getContactMetadata();

  /** The customer's address (for emails, the sender), or null. */
  [Since="2.17.0"] Endpoint? getCustomerEndpoint();

  /** The contact centre's address the customer used (for emails, the recipient), or null. */
  [Since="2.17.0"] Endpoint? getConnectSystemEndpoint();

  /**
   * Whether the contact is accepted without agent action. Uses the
   * contact's own handling configuration when the snapshot has it, else,
   * for voice, the agent connection's softphone setting; false otherwise.
   */
  [Since="2.25.0"] boolean isAutoAcceptEnabled();

  /** Whether the contact is a queued callback that dials the customer first. */
  [Since="2.26.0"] boolean isCustomerFirstCallback();

  /** Whether the contact comes from a preview dialing campaign. */
  [Since="2.26.0"] boolean isCampaignPreview();

  /** The Amazon Connect instance that owns the contact, fetched through the agent workspace. */
  [Since="2.26.0"] Promise<InstanceDetails> getInstanceDetails();

  /**
   * The contact's ARN, fetched through the agent workspace. Present in
   * 2.26.0 and 2.27.0 to 2.27.2 only.
   */
  [Since="2.26.0", Removed="2.27.3"] Promise<DOMString> getContactArn();

  /**
   * Whether the contact may be transferred, asked through the agent
   * workspace. Present in 2.26.0 and 2.27.0 to 2.27.2 only.
   */
  [Since="2.26.0", Removed="2.27.3"] Promise<boolean> canTransferContact();

  /**
   * A frozen copy of the contact: its getters keep returning the data of
   * this moment, while the connections it returns still read the live
   * snapshot.
   */
  Contact toSnapshot();

  /**
   * The full event-bus name of a contact event for this contact: the event
   * name followed by two colons and the contact identifier.
   */
  DOMString getEventName(ContactEvents event);

  // Connections.

  /**
   * Handles for every connection of the contact. Each is a voice, chat, task
   * or email connection according to the channel.
   */
  sequence<BaseConnection> getConnections();

  /** The connection the contact started with, or null when there is none. */
  BaseConnection? getInitialConnection();

  /** The initial connection while it is still live, else null. */
  BaseConnection? getActiveInitialConnection();

  /**
   * Every connection that is neither the initial one nor of type agent; a
   * supervisor's own monitoring leg is among them.
   */
  sequence<BaseConnection> getThirdPartyConnections();

  /** The first live third-party connection, or null when there is none. */
  BaseConnection? getSingleActiveThirdPartyConnection();

  /**
   * The signed-in agent's own connection on this contact (an agent or a
   * monitoring leg), or null when there is none. The object is a voice, chat,
   * task or email connection depending on the channel.
   */
  BaseConnection? getAgentConnection();

  /** Every connection that is still live. */
  [Since="2.13.0"] sequence<BaseConnection> getActiveConnections();

  // Voice and video capabilities.

  /** Whether the contact is a voice or queued callback contact carried by the softphone. */
  boolean isSoftphoneCall();

  /** Whether the contact is a softphone call with multi-party conferencing switched on. */
  [Since="2.1.0"] boolean isMultiPartyConferenceEnabled();

  /** Whether any connection of the contact can send video. */
  [Since="2.9.0"] boolean hasVideoRTCCapabilities();

  /** Whether the agent's connection can send video. */
  [Since="2.9.0"] boolean canAgentSendVideo();

  /**
   * Whether the agent can receive video: the customer can send it, or, on a
   * contact with third parties, the agent can send it.
   */
  [Since="2.9.0"] boolean canAgentReceiveVideo();

  /** Whether any connection of the contact can share a screen. */
  [Since="2.15.0"] boolean hasScreenShareCapability();

  /** Whether the agent's connection can share a screen. */
  [Since="2.15.0"] boolean canAgentSendScreenShare();

  /** Whether the customer's connection can share a screen. */
  [Since="2.15.0"] boolean canCustomerSendScreenShare();

  /**
   * Starts screen sharing on a connected web call (subtype connect:WebRTC).
   * Unless the session start is skipped, it asks the service first; the
   * screen sharing started or error event follows. Rejects when the contact
   * is not such a call or not connected.
   */
  [Since="2.15.0"] Promise<undefined> startScreenSharing(optional boolean skipSessionInitiation = false);

  /**
   * Stops screen sharing on a connected web call and announces it with the
   * screen sharing stopped event. Rejects when the contact is not such a
   * call or not connected.
   */
  [Since="2.15.0"] Promise<undefined> stopScreenSharing();

  // Actions.

  /** Accepts an incoming contact. On failure the error value is the string error. */
  undefined accept([Callbacks] Promise<undefined> callbacks);

  /** Declines an incoming contact. */
  [Since="1.6.0"] undefined reject([Callbacks] Promise<undefined> callbacks);

  /**
   * Does nothing but log a warning. It used to close the contact; end a
   * connection with its destroy method and remove a finished contact with
   * clear instead. Callbacks passed to it are never called.
   */
  [Deprecated="1.6.0"] undefined destroy();

  /**
   * Removes a contact that is no longer being worked on (ended, missed,
   * rejected or failed), for every channel and for monitoring legs too, and
   * returns the agent to their previously chosen state.
   */
  [Since="1.5.0"] undefined clear([Callbacks] Promise<undefined> callbacks);

  /** Completes the contact; only suitable for non-monitoring agent legs. */
  [Since="1.4.4", Deprecated="1.5.0", Replacement="clear"] undefined complete([Callbacks] Promise<undefined> callbacks);

  /**
   * Reports a front-end problem with this contact: the service receives the
   * given code and description together with the Streams logs.
   */
  undefined notifyIssue(DOMString issueCode, DOMString description, [Callbacks] Promise<undefined> callbacks);

  /** Dials a third party at the endpoint and adds the new connection to the contact. */
  undefined addConnection(Endpoint endpoint, [Callbacks] Promise<undefined> callbacks);

  /**
   * Adds a participant at the endpoint: on voice contacts the current
   * participants are put on hold first; on chats the participant is invited
   * directly.
   */
  [Since="2.18.0"] undefined addParticipant(Endpoint endpoint, [Callbacks] Promise<undefined> callbacks);

  /**
   * Hands the contact to the endpoint and drops the current participants.
   * Chats, tasks and emails (not draft emails) only.
   */
  [Since="2.18.0"] undefined transfer(Endpoint endpoint, [Callbacks] Promise<undefined> callbacks);

  /**
   * Switches between the connected and the held connections of a contact
   * with at least one third party, while the initial connection is
   * connected.
   */
  undefined toggleActiveConnections([Callbacks] Promise<undefined> callbacks);

  /**
   * Joins the live connections into one conference. Needs at least one
   * third party and a connected initial connection.
   */
  undefined conferenceConnections([Callbacks] Promise<undefined> callbacks);

  /** Pauses a connected task. */
  [Since="2.11.0"] undefined pause([Callbacks] Promise<undefined> callbacks);

  /** Resumes a paused task. */
  [Since="2.11.0"] undefined resume([Callbacks] Promise<undefined> callbacks);

  /**
   * Ends the preview of a preview-dialing contact by dialling the customer,
   * through the agent workspace. The promise resolves with the service's
   * answer, which names the new participant.
   */
  [Since="2.22.0"] Promise<any> engagePreviewContact();

  /** The preview settings of a preview-dialing contact, fetched through the agent workspace. */
  [Since="2.22.0"] Promise<any> getPreviewConfiguration();

  /** Whether the contact is currently being previewed, asked through the agent workspace. */
  [Since="2.22.0"] Promise<boolean> isPreviewMode();

  // Events.

  /** Registers a handler for every snapshot that still contains the contact. */
  [Event="contact::refresh"] undefined onRefresh(ContactHandler handler);

  /** Registers a handler for a queued callback being offered to the agent. */
  [Event="contact::incoming"] undefined onIncoming(ContactHandler handler);

  /** Registers a handler for the contact entering the pending state, ahead of connecting. */
  [Event="contact::pending"] undefined onPending(ContactHandler handler);

  /**
   * Registers a handler for the contact being offered or set up, before it
   * is accepted (for queued callbacks, after acceptance).
   */
  [Event="contact::connecting"] undefined onConnecting(ContactHandler handler);

  /**
   * Registers a handler for the contact being accepted, from this page or
   * another tab of the CCP, or automatically. Agents on a desk phone do not
   * get it.
   */
  [Event="contact::accepted"] undefined onAccepted(ContactHandler handler);

  /** Registers a handler for the contact becoming connected. */
  [Event="contact::connected"] undefined onConnected(ContactHandler handler);

  /**
   * Registers a handler for an offered contact that was not taken: it timed
   * out, was declined, failed or the customer hung up first.
   */
  [Event="contact::missed"] undefined onMissed(ContactHandler handler);

  /**
   * Registers a handler for the contact entering after-contact work, which is
   * the ended state after the conversation closed.
   */
  [Event="contact::acw"] undefined onACW(ContactHandler handler);

  /**
   * Registers a handler for the contact ending, whether it was finished or
   * missed. Since 2.7.0 it no longer runs a second time on destruction; since
   * 2.28.1 it runs on destruction when the contact never passed through an
   * ended state, with a frozen copy.
   */
  [Event="contact::ended"] undefined onEnded(ContactHandler handler);

  /**
   * Registers a handler for the contact leaving the snapshot. The handler
   * receives a frozen copy whose getters read the last known data.
   */
  [Since="1.4.0", Event="contact::destroyed"] undefined onDestroy(ContactHandler handler);

  /** Registers a handler for the contact entering the error state. */
  [Since="1.6.0", Event="contact::error"] undefined onError(ContactHandler handler);

  /**
   * Registers a handler for screen sharing starting. The registration is
   * not tied to this contact: it also runs for other contacts; compare the
   * identifier in the payload.
   */
  [Since="2.15.0", Event="contact::screen_sharing_started"] undefined onScreenSharingStarted(ScreenSharingHandler handler);

  /** Like onScreenSharingStarted, for screen sharing stopping. */
  [Since="2.15.0", Event="contact::screen_sharing_stopped"] undefined onScreenSharingStopped(ScreenSharingHandler handler);

  /** Like onScreenSharingStarted, for a failed start of screen sharing. */
  [Since="2.15.0", Event="contact::screen_sharing_error"] undefined onScreenSharingError(ScreenSharingHandler handler);
};

/** State of a contact. */
dictionary ContactState {
  /** Phase of the contact. */
  required ContactStateType type;

  /** When the contact entered this phase. */
  required Date timestamp;
};
