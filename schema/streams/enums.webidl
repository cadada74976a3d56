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
[Since="2.6.2"]
enum StorageAccessMode {
  /** The Amazon Connect branded consent page. */
  "default",
  /** A minimal banner without Amazon Connect branding, for custom agent desktops. */
  "custom"
};

/**
 * Agent state names that report a failure. The agent is moved into one of
 * these when a contact could not be connected, was missed, or the softphone
 * broke; Streams raises the agent error event for each of them.
 */
[JSPath="connect.AgentErrorStates"]
enum AgentErrorStates {
  /** A failure without a more specific reason. */
  "Error",
  /** The agent ended the call from their side while it was being set up. */
  "AgentHungUp",
  /** The agent's own phone number could not be dialled. */
  "BadAddressAgent",
  /** The customer's phone number could not be dialled. */
  "BadAddressCustomer",
  /** Any failure that has no name of its own. */
  "Default",
  /** The call to the agent could not be established. */
  "FailedConnectAgent",
  /** The call to the customer could not be established. */
  "FailedConnectCustomer",
  /**
   * The agent configuration update was refused because its locale is not
   * supported. Agent.setConfiguration reports this value to its failure
   * callback without contacting the service.
   */
  [Since="1.6.4"] "InvalidLocale",
  /** The agent's line was busy. */
  "LineEngagedAgent",
  /** The customer's line was busy. */
  "LineEngagedCustomer",
  /** The agent did not answer an offered call. */
  "MissedCallAgent",
  /** The customer did not answer. */
  "MissedCallCustomer",
  /** Another CCP window took over the softphone. */
  "MultipleCcpWindows",
  /** The softphone media connection failed. */
  "RealtimeCommunicationError"
};

/**
 * Names of the agent events on the Streams event bus. The runtime values
 * carry the agent:: prefix; the member names do not.
 */
[JSPath="connect.AgentEvents"]
enum AgentEvents {
  /** The first agent snapshot arrived (connect.agent). */
  [Name=INIT] "agent::init",
  /** Raw agent data pushed by the CCP; Streams turns it into the other events. */
  [Name=UPDATE] "agent::update",
  /** A new agent snapshot was applied. */
  [Name=REFRESH] "agent::refresh",
  /** The agent entered a routable state. */
  [Name=ROUTABLE] "agent::routable",
  /** The agent entered a state that is online but not routable. */
  [Name=NOT_ROUTABLE] "agent::not_routable",
  /** Reserved name; the 2.28.2 runtime never raises it. */
  [Name=PENDING] "agent::pending",
  /**
   * Reserved name kept after Agent.onContactPending was removed in 2.0.0;
   * the 2.28.2 runtime never raises it.
   */
  [Name=CONTACT_PENDING] "agent::contact_pending",
  /** The agent went offline. */
  [Name=OFFLINE] "agent::offline",
  /** The agent entered one of the AgentErrorStates. */
  [Name=ERROR] "agent::error",
  /** The softphone reported a failure. */
  [Name=SOFTPHONE_ERROR] "agent::softphone_error",
  /** The CCP lost its WebSocket connection to Amazon Connect. */
  [Since="1.4.9", Name=WEBSOCKET_CONNECTION_LOST] "agent::websocket_connection_lost",
  /** The CCP (re)gained its WebSocket connection. */
  [Since="1.4.9", Name=WEBSOCKET_CONNECTION_GAINED] "agent::websocket_connection_gained",
  /** The name of the agent's state changed. */
  [Name=STATE_CHANGE] "agent::state_change",
  /** The agent entered after-call work. */
  [Name=ACW] "agent::acw",
  /** The local microphone was muted or unmuted. */
  [Since="1.3.0", Name=MUTE_TOGGLE] "agent::mute_toggle",
  /** A softphone call got its local microphone stream. */
  [Since="1.6.0", Name=LOCAL_MEDIA_STREAM_CREATED] "agent::local_media_stream_created",
  /** A next state was queued. */
  [Since="1.6.9", Name=ENQUEUED_NEXT_STATE] "agent::enqueued_next_state",
  /** A queued next state was dropped. */
  [Since="2.28.1", Name=CLEARED_NEXT_STATE] "agent::cleared_next_state",
  /** Internal request for agent data after a Global Resiliency switch. */
  [Since="2.16.0", Name=FETCH_AGENT_DATA_FROM_CCP] "agent::fetch_agent_data_from_ccp"
};

/** Kind of target an endpoint (a transfer or dial destination) points at. */
[JSPath="connect.EndpointType"]
enum EndpointType {
  /** An external phone number. */
  "phone_number",
  /** Another agent of the same instance (a quick connect to an agent). */
  "agent",
  /** A queue of the same instance (a quick connect to a queue). */
  "queue"
};

/**
 * Kind of a task reference. The runtime does not publish this list; the
 * official typings name only URL, and other kinds the service sends are
 * kept as they arrive.
 */
enum ReferenceType {
  /** A link. */
  "URL"
};

/**
 * Names of the contact events on the Streams event bus. Per-contact
 * subscriptions append the contact identifier to these names.
 */
[JSPath="connect.ContactEvents"]
enum ContactEvents {
  /** A contact appeared in the agent snapshot (connect.contact). */
  [Name=INIT] "contact::init",
  /** A snapshot containing the contact was applied. */
  [Name=REFRESH] "contact::refresh",
  /** The contact left the agent snapshot. */
  [Name=DESTROYED] "contact::destroyed",
  /** A queued callback is offered. */
  [Name=INCOMING] "contact::incoming",
  /** The contact is reserved for the agent but not yet offered. */
  [Name=PENDING] "contact::pending",
  /** The contact is being offered or set up. */
  [Name=CONNECTING] "contact::connecting",
  /** The contact is connected. */
  [Name=CONNECTED] "contact::connected",
  /** The agent did not take the contact in time, or declined it. */
  [Name=MISSED] "contact::missed",
  /** The contact entered after-contact work. */
  [Name=ACW] "contact::acw",
  /** The CCP switched the contact it shows. */
  [Since="1.4.0", Name=VIEW] "contact::view",
  /** The contact stopped being live. */
  [Name=ENDED] "contact::ended",
  /** The contact failed. */
  [Name=ERROR] "contact::error",
  /** The contact was accepted from this page or another CCP tab. */
  [Name=ACCEPTED] "contact::accepted",
  /** The contact moved between two states in an order Streams did not expect. */
  [Since="2.15.0", Name=INVALID_STATE_TRANSITION] "contact::invalid_state_transition",
  /** Screen sharing started on the contact. */
  [Since="2.15.0", Name=SCREEN_SHARING_STARTED] "contact::screen_sharing_started",
  /** Screen sharing stopped. */
  [Since="2.15.0", Name=SCREEN_SHARING_STOPPED] "contact::screen_sharing_stopped",
  /** Screen sharing failed. */
  [Since="2.15.0", Name=SCREEN_SHARING_ERROR] "contact::screen_sharing_error"
};

/**
 * The contact states in which a contact counts as live: the ENDED contact
 * event fires when a contact leaves one of them for any other state.
 */
[JSPath="connect.CONTACT_ACTIVE_STATES"]
enum CONTACT_ACTIVE_STATES {
  /** Offered as a queued callback. */
  "incoming",
  /** Reserved but not yet offered. */
  [Since="1.4.5"] "pending",
  /** Being offered or set up. */
  "connecting",
  /** Connected. */
  "connected",
  /** A paused task. */
  [Since="2.11.0"] "paused"
};

/**
 * How a contact came into being, as reported by the contact's initiation
 * method.
 */
[Since="1.6.0", JSPath="connect.ContactInitiationMethod"]
enum ContactInitiationMethod {
  /** A customer reached the contact centre. */
  "inbound",
  /** An agent dialled out. */
  "outbound",
  /** Transferred from another agent. */
  "transfer",
  /** Transferred into a queue. */
  "queue_transfer",
  /** A callback the customer asked for. */
  "callback",
  /** Started through the Amazon Connect API. */
  "api",
  /** The leg created when a participant disconnects and the flow continues. */
  [Since="1.6.2"] "disconnect",
  /** Started from a browser or app through the WebRTC API. */
  [Since="2.9.0"] "webrtc_api",
  /** An agent replied to an asynchronous message such as an email. */
  [Since="2.17.0"] "agent_reply",
  /** A preview dialling campaign contact. */
  [Since="2.26.0"] "campaign_preview",
  /** An outbound contact started from an external system. */
  [Since="2.26.0"] "external_outbound",
  /** A supervisor joining to monitor. */
  [Since="2.26.0"] "monitor",
  /** Started by a contact flow. */
  [Since="2.26.0"] "flow",
  /** A callback queued before the customer is dialled. */
  [Since="2.26.0"] "callback_customer_first_queued",
  /** A callback where the customer is dialled first. */
  [Since="2.26.0"] "callback_customer_first_dialed"
};

/** How a supervisor takes part in a monitored contact. */
[Since="2.4.1", JSPath="connect.MonitoringMode"]
enum MonitoringMode {
  /** Listening without being heard. */
  "SILENT_MONITOR",
  /** Taking part in the conversation. */
  "BARGE"
};

/** Errors reported when changing a monitoring mode. */
[Since="2.4.1", JSPath="connect.MonitoringErrorTypes"]
enum MonitoringErrorTypes {
  /** The requested monitoring mode is not one the connection allows. */
  "invalid_target_state"
};

/**
 * Channels as the routing profile names them, for example in the channel
 * concurrency map.
 */
[Since="1.4.0", JSPath="connect.ChannelType"]
enum ChannelType {
  /** Voice calls. */
  "VOICE",
  /** Chats. */
  "CHAT",
  /** Tasks. */
  [Since="1.6.0"] "TASK"
};

/** Media kind of a connection. */
[Since="1.4.0", JSPath="connect.MediaType"]
enum MediaType {
  /** A call handled by the browser softphone or a desk phone. */
  "softphone",
  /** A chat. */
  "chat",
  /** A task. */
  [Since="1.6.0"] "task",
  /** An email. */
  [Since="2.17.0"] "email"
};

/** Media a softphone call carries. */
[JSPath="connect.SoftphoneCallType"]
enum SoftphoneCallType {
  /** Audio and video. */
  "audio_video",
  /** Video without audio. */
  "video_only",
  /** Audio without video. */
  "audio_only",
  /** No media. */
  "none"
};

/** Reasons the softphone reports a failure. */
[JSPath="connect.SoftphoneErrorTypes"]
enum SoftphoneErrorTypes {
  /** The browser cannot run the softphone. */
  "unsupported_browser",
  /** The agent did not allow microphone access, or no microphone was found. */
  "microphone_not_shared",
  /** The call set-up handshake with the media service failed. */
  "signalling_handshake_failure",
  /** The connection to the signalling service could not be opened. */
  "signalling_connection_failure",
  /** Gathering network candidates for the media connection took too long. */
  "ice_collection_timeout",
  /** The agent is already on another softphone call. */
  "user_busy_error",
  /** The browser's WebRTC stack reported an error. */
  "webrtc_error",
  /** The media connection failed during the call. */
  "realtime_communication_error",
  /** The virtual desktop optimisation chosen in VDIPlatform is not available. */
  [Since="2.12.0"] "vdi_strategy_not_supported",
  /** The virtual desktop redirection needed for audio is not available. */
  [Since="2.12.0"] "vdi_redir_not_supported",
  /** Any other failure. */
  "other"
};

/** Buttons whose clicks Streams reports in its click-stream data. */
[Since="2.3.0", JSPath="connect.ClickType"]
enum ClickType {
  /** Accepting a contact. */
  "Accept",
  /** Declining a contact. */
  "Reject",
  /** Ending a call. */
  "Hangup"
};

/** Exception names the contact control (CTI) service returns in errors. */
[Since="1.0.2", JSPath="connect.CTIExceptions"]
enum CTIExceptions {
  /** The agent may not perform the action. */
  "AccessDeniedException",
  /** The contact or agent is not in a state that allows the action. */
  "InvalidStateException",
  /** The destination of a call or transfer is not valid. */
  "BadEndpointException",
  /**
   * The agent identifier is not valid. The runtime key has no underscore
   * between ARN and EXCEPTION.
   */
  [Name=INVALID_AGENT_ARNEXCEPTION, GoName=InvalidAgentARNException] "InvalidAgentARNException",
  /** The agent configuration is not valid. */
  "InvalidConfigurationException",
  /** The action does not apply to this kind of contact. */
  "InvalidContactTypeException",
  /** A paged request carried a bad page token. */
  "PaginationException",
  /** The session's refresh token expired; the agent must sign in again. */
  "RefreshTokenExpiredException",
  /** Data could not be sent to the service. */
  "SendDataFailedException",
  /** The session is not authenticated. */
  "UnauthorizedException",
  /** A service quota was exceeded. */
  [Since="1.6.0"] "QuotaExceededException"
};

/**
 * Topics for which one browser tab is elected to act for all tabs of the
 * agent (the master tab). Runtime values carry the connect:: prefix.
 */
[JSPath="connect.MasterTopics"]
enum MasterTopics {
  /** Opening the sign-in window. */
  [Name=LOGIN_POPUP] "connect::loginPopup",
  /** Uploading logs. */
  [Name=SEND_LOGS] "connect::sendLogs",
  /** Hosting the softphone. */
  [Name=SOFTPHONE] "connect::softphone",
  /** Playing ringtones. */
  [Since="1.2.0", Name=RINGTONE] "connect::ringtone",
  /** Publishing metrics. */
  [Since="1.3.0", Name=METRICS] "connect::metrics",
  /** Carrying out a disaster recovery failover. */
  [Since="2.6.0", Name=FAILOVER] "connect::failover"
};

/** Video capabilities of a connection. */
[Since="2.9.0", JSPath="connect.VideoCapability"]
enum VideoCapability {
  /** The participant may send video. */
  "SEND"
};

/** Screen sharing capabilities of a connection. */
[Since="2.15.0", JSPath="connect.ScreenShareCapability"]
enum ScreenShareCapability {
  /** The participant may share their screen. */
  "SEND"
};

/**
 * Names of the low-level events on the Streams event bus and between the
 * page, the CCP and its shared worker. Most are plumbing; the core on...
 * subscriptions cover the ones applications use.
 */
[JSPath="connect.EventType"]
enum EventType {
  /** The CCP or its shared worker answered a synchronize message. */
  "acknowledge",
  /** No answer arrived in time; the page may prompt a sign-in. */
  "ack_timeout",
  /** The CCP finished initialising. */
  [Since="1.6.5"] "init",
  /** An API request to the CCP. */
  "api_request",
  /** The answer to an API request. */
  "api_response",
  /** Authentication failed; the agent must sign in again. */
  "auth_fail",
  /** Authorization was refused. */
  [Since="1.4.0"] "access_denied",
  /** A conduit was closed. */
  "close",
  /** Page settings sent to the CCP. */
  "configure",
  /** A log entry. */
  "log",
  /** Asks the CCP to send its log file to the page. */
  [Since="2.16.0"] "download_log_from_ccp",
  /** A master tab election request. */
  "master_request",
  /** The answer to a master tab election request. */
  "master_response",
  /** Keep-alive request. */
  "synchronize",
  /** Asks the CCP to shut down the session. */
  "terminate",
  /** The session was shut down, for example after the agent signed out. */
  "terminated",
  /** Asks for logs to be uploaded. */
  "send_logs",
  /** Asks the shared worker to reload the agent configuration. */
  [Since="1.0.2"] "reload_agent_configuration",
  /** A message to be echoed to every tab. */
  [Since="1.2.0"] "broadcast",
  /** An API metric. */
  [Since="1.3.0"] "api_metric",
  /** A client metric. */
  [Since="1.3.0"] "client_metric",
  /** Softphone statistics. */
  [Since="1.6.0"] "softphone_stats",
  /** A softphone call report. */
  [Since="1.6.0"] "softphone_report",
  /** Client-side logs. */
  [Since="1.6.0"] "client_side_logs",
  /** Internal logs sent to the service. */
  [Since="1.6.0"] "server_bound_internal_log",
  /** Mute or unmute request. */
  [Since="1.3.0"] "mute",
  /** Visibility report of the CCP iframe. */
  [Since="1.4.8"] "iframe_style",
  /** Every reload of the CCP iframe failed. */
  [Since="2.0.0"] "iframe_retries_exhausted",
  /** The number of connected CCP tabs changed. */
  [Since="1.6.5"] "update_connected_ccps",
  /** Information about the embedding page (its Streams version). */
  [Since="1.6.9"] "outer_context_info",
  /** Asks the CCP for its media device list. */
  [Since="1.6.9"] "media_device_request",
  /** The CCP's media device list. */
  [Since="1.6.9"] "media_device_response",
  /** The browser tab identifier. */
  [Since="2.2.0"] "tab_id",
  /** The authorize call succeeded. */
  [Since="2.2.0"] "authorize_success",
  /** The authorize call failed too many times. */
  [Since="2.2.0"] "authorize_retries_exhausted",
  /** Contact control calls failed authorization too many times. */
  [Since="2.2.0"] "cti_authorize_retries_exhausted",
  /** Click-stream data. */
  [Since="2.3.0"] "click_stream_data",
  /** Switches the shared worker's quick snapshot mode. */
  [Since="2.8.0"] "set_quick_get_agent_snapshot_flag",
  /** A request through the public API proxy. */
  [Since="2.8.0"] "api_proxy_request",
  /** The answer to an API proxy request. */
  [Since="2.8.0"] "api_proxy_response",
  /** The CCP asks the page to send its settings again. */
  [Since="2.18.6"] "request_configure",
  /** Client metric settings for the other region of a Global Resiliency pair. */
  [Since="2.28.1"] "cross_region_csm_config"
};

/** Severity levels of the Streams logger. */
[JSPath="connect.LogLevel"]
enum LogLevel {
  /** Test output. */
  "TEST",
  /** Very detailed tracing. */
  "TRACE",
  /** Debugging detail. */
  "DEBUG",
  /** Normal operation. */
  "INFO",
  /** General log output. */
  "LOG",
  /** Something unexpected that Streams could handle. */
  "WARN",
  /** A failure. */
  "ERROR",
  /** A severe failure. */
  "CRITICAL"
};

/** Health of the agent's connection to Amazon Connect. */
[Since="2.26.0", JSPath="connect.NetworkConnectionStatus"]
enum NetworkConnectionStatus {
  /** The connection is up. */
  "connected",
  /** A first connection or a reconnection is in progress. */
  "connecting",
  /** The connection dropped; reconnection is being attempted. */
  "disconnected",
  /** Reconnection was given up. */
  "failed"
};

/**
 * Permission names with a published constant. The agent's permission list
 * holds many more names than these two.
 */
[Since="1.7.0", JSPath="connect.AgentPermissions"]
enum AgentPermissions {
  /** The agent may place outbound calls. */
  "outboundCall",
  /** The agent may use Voice ID. */
  "voiceId"
};

/**
 * Processing applied to the agent's microphone audio. The runtime checks
 * against these three values but does not publish them as an object.
 */
[Since="2.24.0"]
enum VoiceEnhancementMode {
  /** Keeps only the agent's voice; meant for wired headsets. */
  "VOICE_ISOLATION",
  /** Reduces background noise. */
  "NOISE_SUPPRESSION",
  /** No processing. */
  "NONE"
};

/**
 * Why the global sign-in check of a Global Resiliency set-up failed: the
 * CCP found no global sign-in, or could not read it.
 */
[Since="2.22.3", JSPath="connect.GlobalResiliencyConfigureErrorType"]
enum GlobalResiliencyConfigureErrorType {
  /** The agent did not sign in through the global sign-in address. */
  "LILY_AGENT_CONFIG_MISSING",
  /** The global sign-in data could not be read. */
  "LILY_AGENT_CONFIG_PARSE_ERROR"
};

/**
 * Outcome of the customer authentication a contact flow performed for a
 * chat, as recorded in the contact's segment attributes.
 */
[Since="2.18.0", JSPath="connect.CustomerAuthenticationStatus"]
enum CustomerAuthenticationStatus {
  /** The customer was authenticated. */
  "AUTHENTICATED",
  /** Authentication was attempted and failed. */
  "FAILED",
  /** The customer did not complete authentication in time. */
  "TIMEOUT"
};

/** Reasons the Voice ID operations of a voice connection fail. */
[Since="1.6.0", JSPath="connect.VoiceIdErrorTypes"]
enum VoiceIdErrorTypes {
  /** The contact has no speaker identifier. */
  "no_speaker_id_found",
  /** The speaker is not enrolled. */
  [Since="1.6.9"] "speaker_id_not_enrolled",
  /** Reading the speaker identifier failed. */
  "get_speaker_id_failed",
  /** Reading the speaker's status failed. */
  "get_speaker_status_failed",
  /** Opting the speaker out failed. */
  "opt_out_speaker_failed",
  /** Recording the opt-out on the contact failed. */
  [Since="1.7.3"] "opt_out_speaker_in_lcms_failed",
  /** Deleting the speaker failed. */
  [Since="1.6.9"] "delete_speaker_failed",
  /** Starting the Voice ID session failed. */
  "start_session_failed",
  /** Evaluating the speaker failed. */
  "evaluate_speaker_failed",
  /** The contact has no Voice ID session. */
  [Since="1.6.9"] "session_not_exists",
  /** Reading the Voice ID session failed. */
  "describe_session_failed",
  /** Enrolling the speaker failed. */
  "enroll_speaker_failed",
  /** Storing the speaker identifier failed. */
  "update_speaker_id_failed",
  /** Storing the speaker identifier on the contact failed. */
  [Since="1.7.3"] "update_speaker_id_in_lcms_failed",
  /** Voice ID does not work on conference calls. */
  "not_supported_on_conference_calls",
  /** Enrolment did not finish in time. */
  [Since="1.6.9"] "enroll_speaker_timeout",
  /** Evaluation did not finish in time. */
  [Since="1.6.9"] "evaluate_speaker_timeout",
  /** Reading the Voice ID domain failed. */
  [Since="1.7.0"] "get_domain_id_failed",
  /** The instance has no Voice ID domain. */
  [Since="1.7.0"] "no_domain_id_found",
  /** An operation took too long; split into the two timeouts above in 1.6.9. */
  [Since="1.6.0", Removed="1.6.9"] "timeout"
};

/** Whether Voice ID audio streaming runs for a contact. */
[Since="1.6.0", JSPath="connect.VoiceIdStreamingStatus"]
enum VoiceIdStreamingStatus {
  /** Audio is being streamed. */
  "ONGOING",
  /** Streaming has ended. */
  "ENDED",
  /** Streaming waits for its configuration. */
  [Since="1.6.9"] "PENDING_CONFIGURATION"
};

/** Voice ID's decision about the caller's claimed identity. */
[Since="1.6.0", JSPath="connect.VoiceIdAuthenticationDecision"]
enum VoiceIdAuthenticationDecision {
  /** The voice matches the enrolled speaker. */
  "ACCEPT",
  /** The voice does not match. */
  "REJECT",
  /** Not enough speech to decide. */
  "NOT_ENOUGH_SPEECH",
  /** The speaker is not enrolled. */
  "SPEAKER_NOT_ENROLLED",
  /** The speaker opted out of Voice ID. */
  "SPEAKER_OPTED_OUT",
  /** No speaker identifier was given. */
  "SPEAKER_ID_NOT_PROVIDED",
  /** The speaker's enrolment has expired. */
  [Since="1.6.9"] "SPEAKER_EXPIRED"
};

/** Voice ID's decision about fraud risk. */
[Since="1.6.9", JSPath="connect.VoiceIdFraudDetectionDecision"]
enum VoiceIdFraudDetectionDecision {
  /** Not enough speech to decide. */
  "NOT_ENOUGH_SPEECH",
  /** The caller matches a known fraudster or shows risk. */
  "HIGH_RISK",
  /** No risk found. */
  "LOW_RISK"
};

/** Authentication outcome as a contact flow records it. */
[Since="1.6.0", JSPath="connect.ContactFlowAuthenticationDecision"]
enum ContactFlowAuthenticationDecision {
  /** The caller was authenticated. */
  "Authenticated",
  /** The caller was not authenticated. */
  "NotAuthenticated",
  /** The result was inconclusive. */
  "Inconclusive",
  /** The caller is not enrolled. */
  "NotEnrolled",
  /** The caller opted out. */
  "OptedOut",
  /** Voice ID authentication is not enabled in the flow. */
  [Since="1.6.9"] "NotEnabled",
  /** The check failed. */
  "Error"
};

/** Fraud detection outcome as a contact flow records it. */
[Since="1.6.9", JSPath="connect.ContactFlowFraudDetectionDecision"]
enum ContactFlowFraudDetectionDecision {
  /** High risk. */
  "HighRisk",
  /** Low risk. */
  "LowRisk",
  /** The result was inconclusive. */
  "Inconclusive",
  /** Fraud detection is not enabled in the flow. */
  "NotEnabled",
  /** The check failed. */
  "Error"
};

/** State of a Voice ID enrolment request. */
[Since="1.6.0", JSPath="connect.VoiceIdEnrollmentRequestStatus"]
enum VoiceIdEnrollmentRequestStatus {
  /** More speech is needed. */
  "NOT_ENOUGH_SPEECH",
  /** Enrolment is running. */
  "IN_PROGRESS",
  /** The speaker is enrolled. */
  "COMPLETED",
  /** Enrolment failed. */
  "FAILED"
};

/** Voice ID status of a speaker. */
[Since="1.6.9", JSPath="connect.VoiceIdSpeakerStatus"]
enum VoiceIdSpeakerStatus {
  /** The speaker opted out. */
  "OPTED_OUT",
  /** The speaker is enrolled. */
  "ENROLLED",
  /** Enrolment is pending. */
  [Since="1.7.5"] "PENDING"
};
