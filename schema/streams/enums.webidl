// Enumerations exposed by the Streams runtime. Values are the exact strings
// found on the runtime enum objects of amazon-connect-streams 2.28.2 (checked
// by loading release/connect-streams.js under jsdom). Versions come from the
// upstream git tags (first tag whose src/api.js lists the value).

/**
 * Routing category of an agent state: whether an agent in that state can be
 * offered contacts.
 */
[JSPath="connect.AgentStateType"]
enum AgentStateType {
  /** Placeholder category used before the first agent snapshot arrives. */
  "init",
  /** The agent can be offered new contacts. */
  "routable",
  /** The agent is signed in but is not offered new contacts. */
  "not_routable",
  /** The agent is signed out of routing. */
  "offline",
  /** A state set by Amazon Connect itself rather than chosen by the agent. */
  [Since="2.17.0"] "system",
  /** A state reporting a failure, for example a missed or failed contact. */
  [Since="2.17.0"] "error"
};

/**
 * Names of the built-in agent states that Amazon Connect sets on its own
 * (custom states chosen by the agent carry their configured names instead).
 * Compare these with the name field of an agent state or with the names in
 * an agent state change.
 */
[JSPath="connect.AgentAvailStates"]
enum AgentAvailStates {
  /** Name used for the previous state in the first state change after start-up. */
  "Init",
  /** The agent is handling a live contact. */
  "Busy",
  /** The agent is wrapping up a finished contact. */
  "AfterCallWork",
  /** A queued callback is dialling the customer. */
  "CallingCustomer",
  /** An outbound call placed by the agent is ringing. */
  "Dialing",
  /** The agent is being connected into a conference or transfer. */
  "Joining",
  /** The agent will become available once the current contact is over. */
  "PendingAvailable",
  /** A contact is being offered and the agent is about to become busy. */
  "PendingBusy"
};

/** Media channel carried by a contact. */
[JSPath="connect.ContactType"]
enum ContactType {
  /** A telephone call. */
  "voice",
  /** A callback that was queued for the agent and is dialled on acceptance. */
  "queue_callback",
  /** A chat conversation. */
  [Since="1.4.0"] "chat",
  /** A task work item. */
  [Since="1.6.0"] "task",
  /** An email conversation. */
  [Since="2.17.0"] "email"
};

/** Lifecycle phase of a contact as reported in its state object. */
[JSPath="connect.ContactStateType"]
enum ContactStateType {
  /** The contact has just been created and has no real state yet. */
  "init",
  /** A queued callback is being offered to the agent. */
  "incoming",
  /** A queued callback is reserved for the agent but not yet offered. */
  "pending",
  /** The contact is being offered or set up and is not yet talking. */
  "connecting",
  /** The agent and the other party are connected. */
  "connected",
  /** The contact was offered but the agent did not take it in time. */
  "missed",
  /** The contact failed. */
  "error",
  /** The conversation is over; the contact stays until it is cleared. */
  "ended",
  /** The agent declined the contact. */
  [Since="2.11.0"] "rejected",
  /** A task contact has been put on pause. */
  [Since="2.11.0"] "paused"
};

/** Role of a connection (one participant leg) inside a contact. */
[JSPath="connect.ConnectionType"]
enum ConnectionType {
  /** The leg of the signed-in agent. */
  "agent",
  /** The leg of a customer who reached the contact centre. */
  "inbound",
  /** A leg that the agent dialled out to. */
  "outbound",
  /** The leg of a supervisor listening in or barging in. */
  "monitoring"
};

/** Phase of a single connection. */
[JSPath="connect.ConnectionStateType"]
enum ConnectionStateType {
  /** The connection has been created but has no real state yet. */
  "init",
  /** The leg is being set up. */
  "connecting",
  /** The leg is live. */
  "connected",
  /** The leg is on hold. */
  "hold",
  /** The leg has hung up or been dropped. */
  "disconnected",
  /** A monitoring leg that only listens. */
  "silent_monitor",
  /** A monitoring leg that has joined the conversation. */
  "barge"
};

/**
 * Virtual desktop environment whose media optimisation the softphone should
 * use. The runtime keeps this list internally and does not publish it on the
 * connect object, so the enum has no JS path.
 */
[Since="2.12.0"]
enum VDIPlatformType {
  /** Citrix HDX optimisation. */
  "CITRIX",
  /** The Citrix optimisation variant introduced for newer Citrix clients. */
  [Since="2.23.0"] "CITRIX_413",
  /** Amazon WorkSpaces optimisation. */
  [Since="2.14.4"] "AWS_WORKSPACE",
  /** Omnissa (formerly VMware Horizon) optimisation. */
  [Since="2.23.0"] "OMNISSA",
  /** Azure Virtual Desktop and Windows 365 multimedia redirection. */
  [Since="2.28.0"] "AZURE"
};

/** How the storage access consent banner is presented. */
[Since="2.7.1"]
enum StorageAccessMode {
  /** The Amazon Connect branded consent page. */
  "default",
  /** A minimal banner without Amazon Connect branding, for custom agent desktops. */
  "custom"
};
