// Records read from the contact data of the agent snapshot. The runtime
// hands these objects over as the service sent them; member lists follow the
// GetAgentSnapshot shape of the service model bundled in
// release/connect-streams.js, plus members the runtime reads itself.

/**
 * Length of a contact as the service reports it: the bundled service model
 * declares a string, the official typings a number, so both are accepted.
 */
typedef (DOMString or unrestricted double) ContactDuration;

/** One contact attribute. */
dictionary ContactAttribute {
  /** Name of the attribute; the same as its key. */
  required DOMString name;

  /** Value of the attribute, or null when it has none. */
  DOMString? value;
};

/**
 * The value of one segment attribute. The runtime reads the members with
 * their service spelling, starting with a capital letter.
 */
[Since="2.8.0"]
dictionary SegmentAttributeValue {
  /** The value, for attributes holding a string. */
  DOMString ValueString;

  /**
   * Nested values by key, for attributes holding a map (for example
   * connect:CustomerAuthentication).
   */
  [Since="2.18.0"] record<DOMString, SegmentAttributeValue> ValueMap;
};

/** One reference of a contact, such as a link attached to a task. */
[Since="1.6.0"]
dictionary ContactReference {
  /** Kind of the reference. */
  required ReferenceType type;

  /** The referenced value, for example a URL. */
  DOMString value;

  /** ARN of the referenced resource, for attachments. */
  [Since="2.8.0"] DOMString arn;

  /** Processing status of the referenced resource, for attachments. */
  [Since="2.8.0"] DOMString status;

  /** Why the resource has its status. */
  [Since="2.8.0"] DOMString statusReason;
};

/** Channel-specific data of a contact; tasks use it for scheduling and templates. */
[Since="2.2.0"]
dictionary ChannelContext {
  /** When a scheduled task is due, in seconds since the Unix epoch. */
  long long scheduledTime;

  /** Identifier of the task template the task was created from. */
  DOMString taskTemplateId;

  /** Version of that task template. */
  long taskTemplateVersion;
};

/** Features switched on for a contact. */
[Since="1.6.0"]
dictionary ContactFeatures {
  /** Whether attachments may be exchanged. */
  boolean attachmentsEnabled;

  /** Whether chat messages may use Markdown. */
  [Since="2.0.0"] boolean messagingMarkdownEnabled;

  /** Whether more than two parties may join the call. */
  [Since="2.1.0"] boolean multiPartyConferenceEnabled;

  /** Whether the agent's screen is recorded. */
  [Since="2.5.0"] boolean screenRecordingEnabled;

  /** State of the screen recording, as the service names it. */
  [Since="2.5.0"] DOMString screenRecordingState;

  /** The screen recording settings as one object. */
  [Since="2.6.0"] ScreenRecordingConfig screenRecordingConfig;
};

/** Screen recording settings of a contact. */
[Since="2.6.0"]
dictionary ScreenRecordingConfig {
  /** Whether the agent's screen is recorded. */
  boolean screenRecordingEnabled;

  /** State of the screen recording, as the service names it. */
  DOMString screenRecordingState;
};

/** The Amazon Connect instance a contact belongs to. */
[Since="2.26.0"]
dictionary InstanceDetails {
  /** Origin (scheme and host) of the instance's web address. */
  DOMString origin;

  /** AWS Region of the instance. */
  DOMString region;
};

/**
 * Payload of the screen sharing events. The runtime sends only the contact
 * identifier, through the CCP, so handlers get this object rather than a
 * contact handle.
 */
[Since="2.15.0"]
dictionary ScreenSharingEvent {
  /** Identifier of the contact whose screen sharing changed. */
  required DOMString contactId;
};
