// Entry points: the global connect object and connect.core.

/** A handler that receives no data. */
callback Callback = undefined ();

/**
 * The global connect object that the Streams script installs on the page.
 * It holds the two root subscriptions through which an application first
 * receives the agent and each new contact, the logger and the activity
 * signal of the session inactivity feature.
 */
[JSPath="connect"]
namespace Connect {
  /**
   * Registers a handler for the moment the agent becomes known, which is when
   * the first agent snapshot arrives from the embedded CCP. When the agent is
   * already known the handler also runs straight away, once. The event bus
   * only exists after initCCP has been called, so calling this earlier fails.
   */
  [Event="agent::init"] undefined agent(AgentHandler handler);

  /**
   * Registers a handler that runs once for every contact that appears in the
   * agent snapshot, including contacts already present when the first
   * snapshot arrives. Register per-contact handlers (onConnected and so on)
   * from inside this handler. Like agent, it needs initCCP to have run.
   */
  [Event="contact::init"] undefined contact(ContactHandler handler);

  /**
   * Registers a handler for a failed attempt of the CCP to open (or reopen)
   * its WebSocket connection to Amazon Connect. When an attempt has already
   * failed, the handler also runs straight away. The upstream documentation
   * spells the name onWebSocketInitFailure; the runtime function is
   * onWebsocketInitFailure.
   */
  [Since="1.4.9", Event="webSocket::init_failure"] undefined onWebsocketInitFailure(Callback handler);

  /**
   * The page-wide Streams logger. Entries written to it appear in the log
   * file the agent can download, next to the CCP's own entries.
   */
  Logger getLog();

  /**
   * Tells Amazon Connect that the agent is active in the host application,
   * which postpones the inactivity warning and sign-out. Calls are debounced
   * to at most one signal per second; failures are only logged. Needs the
   * provider that initCCP sets up.
   */
  [Since="2.21.0"] undefined sendActivity();
};

/**
 * The connect.core object: start-up of the embedded Contact Control Panel
 * (CCP), page-wide events and a few helpers.
 */
[JSPath="connect.core"]
namespace Core {
  /**
   * Embeds the CCP found at options.ccpUrl in an iframe appended to container
   * and connects Streams to it. Agent and contact data, and every request the
   * library makes, travel through that iframe. Only the first call has an
   * effect: later calls are ignored while an iframe created by an earlier
   * call still exists. The container is a DOM element, passed as an opaque
   * JS object.
   */
  undefined initCCP(object container, InitCCPOptions options);

  /**
   * Shuts Streams down on this page: every subscription is dropped, the
   * clients are replaced by ones that do nothing and the agent is forgotten.
   * The CCP iframe stays in the page; remove it yourself.
   */
  undefined terminate();

  /**
   * Asks the CCP to show the given contact, for example to switch between
   * concurrent chats. Needs the CCP connection set up by initCCP.
   */
  [Since="1.4.0"] undefined viewContact(DOMString contactId);

  /**
   * Registers a handler for the CCP switching the contact it shows, whether
   * the agent clicked a contact or viewContact was called. The contact
   * identifier is empty when no contact is shown any more.
   */
  [Since="1.4.0", Event="contact::view"] undefined onViewContact(ViewContactHandler handler);

  /**
   * Asks the CCP to open one of its channel views, such as the number pad,
   * the quick connects or the task creation form. Known pairs are
   * (create_task, task), (number_pad, softphone), (create_task, softphone)
   * and (quick_connects, softphone). source names the requester, caseId is
   * passed when a task is created from a case, and clientToken lets the CCP
   * tabs handle the request once; a random token is used when it is left
   * out. caseId arrived in 2.3.0 and clientToken in 2.17.0.
   */
  [Since="1.6.9"] undefined activateChannelWithViewType(DOMString viewType, DOMString mediaType, optional DOMString source, optional DOMString caseId, optional DOMString clientToken);

  /** Registers a handler for channel view requests (see activateChannelWithViewType). */
  [Since="1.6.9", Event="taskList::activate_channel_with_view_type"] undefined onActivateChannelWithViewType(ActivateChannelWithViewTypeHandler handler);

  /**
   * Registers a handler for an authentication failure: the agent is signed
   * out or the session expired (for example a failed SAML sign-in). Streams
   * itself reopens the sign-in window unless that was turned off.
   */
  [Since="1.4.0", Event="auth_fail"] undefined onAuthFail(Callback handler);

  /** Registers a handler for the service refusing access (authorization failure). */
  [Since="1.4.0", Event="access_denied"] undefined onAccessDenied(Callback handler);

  /** Registers a handler for a successful call of the agent authorize API. */
  [Since="2.2.0", Event="authorize_success"] undefined onAuthorizeSuccess(Callback handler);

  /**
   * Registers a handler for the agent authorize API having failed too often;
   * Streams then stops sending the agent to the sign-in page.
   */
  [Since="2.2.0", Event="authorize_retries_exhausted"] undefined onAuthorizeRetriesExhausted(Callback handler);

  /**
   * Registers a handler for the agent, contact and connection API calls
   * having failed authorization too often; Streams then stops trying to
   * authenticate again after such failures.
   */
  [Since="2.2.0", Event="cti_authorize_retries_exhausted"] undefined onCTIAuthorizeRetriesExhausted(Callback handler);

  /**
   * Registers a handler for the CCP iframe having failed to load after all
   * reloads. The payload names the Global Resiliency region of the iframe
   * and is absent in a single-region set-up.
   */
  [Since="2.0.0", Event="iframe_retries_exhausted"] undefined onIframeRetriesExhausted(IframeRetriesExhaustedHandler handler);

  /**
   * Registers a handler for the creation of a softphone (WebRTC) session, for
   * example to read its statistics through the softphone manager.
   */
  [Since="1.4.0", Event="connection::session_init"] undefined onSoftphoneSessionInit(SoftphoneSessionInitHandler handler);

  /** Registers a handler for the CCP having finished its initialisation. */
  [Since="1.6.5", Event="init"] undefined onInitialized(Callback handler);

  /**
   * Registers a handler for the page settings (softphone, ringtones, page
   * options) the embedding page sent to the CCP, as the CCP echoes them to
   * every tab.
   */
  [Since="1.6.3", Event="configuration::configure"] undefined onConfigure(ConfigureHandler handler);

  /**
   * The manager of the CCP's WebSocket connection, to be handed to the
   * Amazon Connect ChatJS library. Absent before initCCP has set up the
   * connection to the CCP.
   */
  [Since="1.4.0"] WebSocketManager? getWebSocketManager();

  /**
   * Asks the CCP for the media devices its browser context can see. Fails
   * when no answer arrives within timeout milliseconds (1000 when left out
   * or zero). Use it after the CCP has finished initialising.
   */
  [Since="1.6.9"] Promise<sequence<MediaDevice>> getFrameMediaDevices(optional unsigned long timeout = 1000);

  /**
   * The configuration with which Amazon Connect SDK clients (email, files and
   * so on) are created. Fails before initCCP has set up the provider.
   */
  [Since="2.17.0"] SDKClientConfig getSDKClientConfig();

  /**
   * Opens the sign-in window and reloads the CCP iframe until the agent has
   * signed in again; meant for set-ups that turned off the automatic sign-in
   * window after sign-out. Fails without a preceding initCCP and in a Global
   * Resiliency set-up.
   */
  [Since="2.21.0"] undefined reauthenticateAfterLogout();

  /**
   * Ends a step-by-step guide (custom views) application started with
   * agentApp.initApp: the iframe is told to end the guide, hidden, and after
   * options.timeout milliseconds removed together with its registration.
   * iframeSuffix selects which customviews application is meant.
   */
  [Since="2.14.0"] undefined terminateCustomView(DOMString connectUrl, optional DOMString iframeSuffix = "", optional TerminateCustomViewOptions options);

  /**
   * Starts the softphone in a page that hosts it itself (a top-level page or
   * one using connect-rtc-js) rather than in the embedded CCP. The settings
   * may be given directly or under softphone.
   */
  undefined initSoftphoneManager(optional SoftphoneManagerOptions options);

  /**
   * The softphone manager of this page, or null when the softphone does not
   * run here. Opaque; its getSession(connectionId) gives the WebRTC session.
   */
  object? getSoftphoneManager();

  /**
   * The low-level Streams event bus, as an opaque object with subscribe and
   * trigger methods. Only needed for events that have no on... operation,
   * such as EventType.TERMINATED after a sign-out.
   */
  object? getEventBus();
};

/** Called with the contact the CCP now shows. */
[Since="1.4.0"]
callback ViewContactHandler = undefined (ViewContactEvent event);

/** The contact the CCP shows. */
[Since="1.4.0"]
dictionary ViewContactEvent {
  /** Identifier of the contact; empty when no contact is shown. */
  required DOMString contactId;
};

/** Called with a channel view request. */
[Since="1.6.9"]
callback ActivateChannelWithViewTypeHandler = undefined (ActivateChannelWithViewTypeEvent event);

/** A request for the CCP to open a channel view. */
[Since="1.6.9"]
dictionary ActivateChannelWithViewTypeEvent {
  /** The view, for example create_task, number_pad or quick_connects. */
  required DOMString viewType;

  /** The media the view belongs to, for example softphone or task. */
  required DOMString mediaType;

  /** Who asked, for example agentapp. */
  DOMString source;

  /** The case a task is created from. */
  DOMString caseId;

  /** Token that lets the CCP tabs handle the request only once. */
  DOMString clientToken;
};

/** Called when the CCP iframe cannot be loaded. */
[Since="2.0.0"]
callback IframeRetriesExhaustedHandler = undefined (DOMString? region);

/** Called when a softphone session is created. */
[Since="1.4.0"]
callback SoftphoneSessionInitHandler = undefined (SoftphoneSessionInit session);

/** Identifies a new softphone session. */
[Since="1.4.0"]
dictionary SoftphoneSessionInit {
  /** Identifier of the agent connection the session carries. */
  required DOMString connectionId;
};

/** Called with the page settings echoed by the CCP. */
[Since="1.6.3"]
callback ConfigureHandler = undefined (ConfigureEvent settings);

/**
 * The settings an embedding page sends to the CCP after it has loaded,
 * taken from its initCCP options.
 */
[Since="1.6.3"]
dictionary ConfigureEvent {
  /** Softphone settings. */
  SoftphoneOptions softphone;

  /** Chat ringtone settings. */
  ChatOptions chat;

  /** Task ringtone settings. */
  [Since="2.2.0"] TaskOptions task;

  /** Auto-accept tone settings. */
  [Since="2.25.0"] AutoAcceptToneOptions autoAcceptTone;

  /** Settings page options. */
  PageOptions pageOptions;

  /** Whether CCP log lines carry a namespace marker. */
  [Since="2.2.0"] boolean shouldAddNamespaceToLogs;

  /** Copy of pageOptions.showInactivityModal. */
  [Since="2.21.0"] boolean showInactivityModal;

  /** Whether the page is part of a disaster recovery pair (single-region set-ups). */
  boolean disasterRecoveryOn;

  /** Whether Global Resiliency is on (sent to each CCP of a Global Resiliency pair). */
  [Since="2.16.0"] boolean enableGlobalResiliency;

  /** Whether the receiving CCP is the active one of a Global Resiliency pair: active or inactive. */
  [Since="2.16.0"] DOMString instanceState;
};

/** A media device as the CCP's browser context describes it. */
[Since="1.6.9"]
dictionary MediaDevice {
  /** Identifier of the device. */
  DOMString deviceId;

  /** Identifier shared by the devices of one physical device. */
  DOMString groupId;

  /** audioinput, audiooutput or videoinput. */
  DOMString kind;

  /** Human-readable name; empty without media permission. */
  DOMString label;
};

/** What Amazon Connect SDK clients are created with. */
[Since="2.17.0"]
dictionary SDKClientConfig {
  /** The Amazon Connect SDK provider of the page, opaque. */
  required object provider;
};

/** How terminateCustomView removes the guide's iframe. */
[Since="2.14.0"]
dictionary TerminateCustomViewOptions {
  /**
   * Whether the iframe is removed and its registration cleared once the
   * timeout has passed, which frees its name for a new guide.
   */
  boolean resolveIframe = true;

  /** Milliseconds to wait before removing the iframe. */
  unsigned long timeout = 5000;

  /** Whether the iframe is hidden while it waits to be removed. */
  boolean hideIframe = true;
};

/**
 * Settings for initSoftphoneManager: the softphone settings themselves,
 * optionally with more of them under softphone (those given directly win).
 */
dictionary SoftphoneManagerOptions : SoftphoneOptions {
  /** Softphone settings merged under the ones given directly. */
  SoftphoneOptions softphone;
};

/**
 * The Streams logger. Messages are printf-style templates (%s and friends)
 * followed by their arguments; every call returns the new entry so that an
 * error or an object can be attached to it. The logger that getLog returns
 * catches the exceptions of its own methods and only prints them on the
 * console, so its methods never fail.
 */
[JSClass="connect.Logger"]
interface Logger {
  /** Writes a trace-level entry. */
  LogEntry trace(DOMString template, any... values);

  /** Writes a debug-level entry. */
  LogEntry debug(DOMString template, any... values);

  /** Writes an info-level entry. */
  LogEntry info(DOMString template, any... values);

  /** Writes a log-level entry. */
  LogEntry log(DOMString template, any... values);

  /** Writes a warning. */
  LogEntry warn(DOMString template, any... values);

  /** Writes an error entry. */
  LogEntry error(DOMString template, any... values);

  /** Writes a critical entry; the runtime records it at the error level. */
  LogEntry critical(DOMString template, any... values);

  /**
   * Saves the collected log entries to a file on the agent's machine. Older
   * code passes the file name as a string instead of the options; the
   * schema describes the options form only.
   */
  undefined download(optional LogDownloadOptions options);

  /** Sets the lowest level that is kept. An unknown level is refused. */
  undefined setLogLevel(LogLevel level);

  /** Sets the lowest level that is also printed to the browser console. An unknown level is refused. */
  undefined setEchoLevel(LogLevel level);
};

/** Options of Logger.download. */
[Since="1.4.9"]
dictionary LogDownloadOptions {
  /**
   * Base name of the file. In a Global Resiliency set-up one file per region
   * is written and the names are prefixed accordingly.
   */
  DOMString logName = "agent-log";

  /** Keeps only entries at or above the level set with setLogLevel. */
  boolean filterByLogLevel = false;
};

/** One entry of the Streams log. */
[JSClass="connect.LogEntry"]
interface LogEntry {
  /** Attaches an error (its message and stack) to the entry. */
  LogEntry withException(any exception);

  /** Attaches an object to the entry; sensitive fields are redacted. */
  LogEntry withObject(object value);
};
