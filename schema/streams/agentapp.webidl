// connect.agentApp: embedding Amazon Connect applications (the CCP, Customer
// Profiles, Amazon Q Connect, step-by-step guides) next to each other.

/**
 * The connect.agentApp object: places Amazon Connect agent applications in
 * iframes and connects them to the CCP.
 */
[Since="1.6.0", JSPath="connect.agentApp"]
namespace AgentApp {
  /** The same function as connect.core.initCCP. */
  undefined initCCP(object container, InitCCPOptions options);

  /**
   * Places the application at appUrl in an iframe inside container and
   * registers it under name. The name ccp starts the CCP through initCCP
   * (with framed softphone, video and screen sharing on by default);
   * customviews starts a step-by-step guide; any other name, such as
   * customerprofiles or wisdom (Amazon Q Connect), gets an iframe that
   * receives the agent and contact updates of the CCP. container is the id
   * of an element or the element itself. A slash is added to appUrl unless
   * it ends with one or carries query parameters. Starting a second guide
   * with the same iframe suffix throws.
   */
  undefined initApp(DOMString name, AppContainer container, DOMString appUrl, optional AppOptions config);

  /**
   * Removes the iframe of the application registered under name and ends
   * it; for the CCP this signs the agent out. Returns what the application's
   * shutdown returned: for the CCP a promise that resolves to whether the
   * sign-out request succeeded, otherwise nothing. An unknown name does
   * nothing.
   */
  any stopApp(DOMString name);

  /**
   * Forwards the CCP's agent updates, contact view changes, acknowledgements,
   * terminations and task or email creation notices to the application in
   * the iframe with the given id, once that iframe has loaded. initApp does
   * this itself.
   */
  undefined initAppCommunication(DOMString iframeId, DOMString endpoint);
};

/** Where agentApp.initApp places the iframe: the id of an element, or the element. */
typedef (DOMString or object) AppContainer;

/**
 * The contact a guide belongs to: the JS object of a Contact handle, or a
 * contact identifier.
 */
typedef (object or DOMString) CustomViewsContact;

/** Settings for agentApp.initApp. */
[Since="1.6.0"]
dictionary AppOptions {
  /**
   * initCCP options for the ccp application, merged over the defaults
   * initApp uses (framed softphone, video and screen sharing allowed, a
   * 10 second load timeout, sign-in through the instance's login page).
   */
  CCPOptions ccpParams;

  /** Settings of a step-by-step guide (the customviews application). */
  [Since="2.14.0"] CustomViewsOptions customViewsParams;

  /** Inline CSS for the application's iframe; without it the iframe fills its container. */
  DOMString style;

  /** Runs when the application's iframe has loaded (not used for ccp). */
  [Since="1.7.5"] Callback onLoad;
};

/** Settings of a step-by-step guide started with agentApp.initApp. */
[Since="2.14.0"]
dictionary CustomViewsOptions {
  /**
   * The contact the guide belongs to: a Contact handle or a contact
   * identifier. With a handle the guide ends itself when the contact is
   * destroyed; with an identifier, or without a contact, end it with
   * connect.core.terminateCustomView.
   */
  CustomViewsContact contact;

  /** Identifier of the contact flow whose guide is shown. */
  DOMString contactFlowId;

  /**
   * Appended to the iframe id customviews, so that several guides can be
   * shown at once.
   */
  DOMString iframeSuffix;

  /** Keeps the guide when its contact is destroyed. */
  boolean disableAutoDestroy = false;

  /** How the iframe is removed when the guide ends itself. */
  TerminateCustomViewOptions terminateCustomViewOptions;

  /**
   * Shows at most one guide per contact and contact state; false starts a
   * fresh guide on every call.
   */
  [Since="2.19.1"] boolean deduplicate = true;
};
