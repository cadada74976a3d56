// Options accepted by connect.core.initCCP, as read by the 2.28.2 runtime
// (connect.core.initCCP, sendConfigure, setupAuthenticationEventHandlers,
// authenticate, PopupManager.open, the storage access module and the
// softphone manager). Members the page forwards to the CCP iframe without
// reading them itself are included when they are documented upstream.
//
// Defaults describe what happens when a member is left out; they are never
// filled in by generated code, because for some members (ccpLoadTimeout) the
// runtime behaves differently when a value is present at all.

/** Settings for connect.core.initCCP. */
dictionary InitCCPOptions : CCPOptions {
  /**
   * Address of the CCP page of the Amazon Connect instance, the page an agent
   * would otherwise open directly. It is loaded into the iframe.
   */
  required DOMString ccpUrl;
};

/**
 * The initCCP settings other than the CCP address. agentApp.initApp takes
 * them for its ccp application, where the address comes from the app URL.
 */
dictionary CCPOptions {
  /**
   * AWS region of the instance, for example us-west-2. Needed for chat and
   * for the disaster recovery set-up; otherwise unused.
   */
  DOMString region;

  /**
   * Whether Streams opens a sign-in window when the agent is not signed in or
   * the session has expired. Only an explicit false turns it off.
   */
  boolean loginPopup = true;

  /**
   * Whether that sign-in window (or tab) is closed automatically once the
   * agent has signed in. loginOptions.autoClose has the same effect.
   */
  [Since="1.3.2"] boolean loginPopupAutoClose = false;

  /**
   * Opens the sign-in page as a separately sized window instead of a tab and
   * tunes re-authentication. Ignored when loginPopup is false.
   */
  [Since="1.5.1"] LoginOptions loginOptions;

  /**
   * Sign-in address to open instead of ccpUrl, for example an identity
   * provider start page when SAML federation is used. Required together with
   * enableGlobalResiliency.
   */
  DOMString loginUrl;

  /** Softphone, ringtone and media settings sent to the CCP. */
  SoftphoneOptions softphone;

  /** Ringtone settings for incoming chats, sent to the CCP. */
  [Since="1.4.9"] ChatOptions chat;

  /** Ringtone settings for incoming tasks, sent to the CCP. */
  [Since="2.2.0"] TaskOptions task;

  /** Sound played when a contact is accepted automatically, sent to the CCP. */
  [Since="2.25.0"] AutoAcceptToneOptions autoAcceptTone;

  /** Which sections the CCP settings page shows, and the inactivity dialog. */
  [Since="1.6.3"] PageOptions pageOptions;

  /**
   * Asks the CCP to prefix its log lines with a namespace marker so they can
   * be told apart from the host page's own log lines.
   */
  [Since="2.2.0"] boolean shouldAddNamespaceToLogs = false;

  /**
   * Milliseconds to wait for the CCP to answer a keep-alive before the
   * connection is considered lost, and the delay before the sign-in window is
   * reopened after a sign-out or an authentication failure. The runtime
   * default is 3000 (the upstream README says 5000; the code uses 3000).
   */
  unsigned long ccpAckTimeout = 3000;

  /** Milliseconds between keep-alive messages sent to the CCP iframe. */
  unsigned long ccpSynTimeout = 1000;

  /**
   * Milliseconds to wait for the CCP's first answer before a timeout is
   * raised, and the interval at which the iframe is reloaded while waiting
   * for the agent to sign in (at most ten reloads). When left out the first
   * wait is 5000 and the reload interval is 5000, or 10000 when
   * disasterRecoveryOn is true; that is why no schema default is given.
   */
  unsigned long ccpLoadTimeout;

  /**
   * Marks this CCP as part of a disaster recovery pair (the older,
   * connect-streams-dr based set-up). Lengthens the default reload interval.
   */
  [Since="1.6.3"] boolean disasterRecoveryOn = false;

  /**
   * Third-party cookie consent (request storage access) flow shown before the
   * CCP loads. First tagged in 2.6.2 (the changelog announces it with 2.7.1)
   * and back-ported to the 1.7, 1.8, 2.4 and 2.6 patch lines; deprecated once
   * Chrome kept third-party cookies enabled by default.
   */
  [Since="2.6.2", Deprecated="2.17.0"] StorageAccessOptions storageAccess;

  /** Title attribute given to the CCP iframe, for accessibility tools. */
  [Since="2.0.0"] DOMString iframeTitle;

  /**
   * Inline CSS applied to the CCP iframe. Without it the iframe fills its
   * container.
   */
  [Since="2.2.0"] DOMString style = "width: 100%; height: 100%;";

  /**
   * Turns on Amazon Connect Global Resiliency: a second CCP iframe for the
   * secondary region is managed next to the primary one. Takes effect only
   * with secondaryCCPUrl and loginUrl; otherwise a configuration error event
   * is raised and the plain single-region set-up is used.
   */
  [Since="2.16.0"] boolean enableGlobalResiliency = false;

  /** CCP address in the secondary region of a Global Resiliency set-up. */
  [Since="2.16.0"] DOMString secondaryCCPUrl;

  /**
   * An existing Amazon Connect SDK provider object to reuse instead of the
   * one Streams would create. It is removed from the options before they are
   * sent to the CCP, since it cannot be cloned.
   */
  [Since="2.17.0"] object provider;

  /**
   * Functions that extend the Amazon Connect SDK provider, a single one or a
   * list. At start-up the first is called with the provider's prototype and
   * each following one with what the previous one returned. They are
   * removed from the options before these are sent to the CCP.
   */
  [Since="2.20.0"] ProviderPlugins plugins;

  /**
   * A handler registered with connect.core.onViewContact during start-up,
   * before any application code could subscribe.
   */
  [Since="1.4.5"] ViewContactHandler onViewContact;

  /**
   * Instance alias used to build a sign-in address for very old instances
   * when neither loginUrl nor ccpUrl is meant. The runtime warns that it
   * may not work.
   */
  [Deprecated="1.6.0", Replacement="loginUrl"] DOMString alias;
};

/** One provider plugin or a list of them. */
typedef (ProviderPlugin or sequence<ProviderPlugin>) ProviderPlugins;

/**
 * Extends the Amazon Connect SDK provider: it may add or replace methods of
 * the prototype it is given and should return it for the next plugin.
 */
[Since="2.20.0"]
callback ProviderPlugin = any (object providerPrototype);

/** Placement and behaviour of the sign-in window. */
[Since="1.5.1"]
dictionary LoginOptions {
  /** Closes the sign-in window once the agent has signed in. */
  boolean autoClose = false;

  /** Window height in pixels; zero or absent means 578. */
  long height = 578;

  /** Window width in pixels; zero or absent means 433. */
  long width = 433;

  /** Distance of the window from the top of the screen, in pixels. */
  long top = 0;

  /** Distance of the window from the left of the screen, in pixels. */
  long left = 0;

  /**
   * Stops Streams from reopening the sign-in window after the agent signs out
   * or the session fails; the timeout-driven prompt is also dropped once the
   * CCP has answered for the first time.
   */
  [Since="2.21.0"] boolean disableAuthPopupAfterLogout = false;

  /**
   * Lets a missing keep-alive answer raise the acknowledge-timeout event (and
   * so a sign-in prompt) after start-up; without it that event only fires
   * during the initial load.
   */
  [Since="2.18.6"] boolean enableAckTimeout = false;
};

/** Softphone settings; the page uses some of them and forwards all to the CCP. */
dictionary SoftphoneOptions {
  /**
   * Lets this framed page host the softphone media session. Without it the
   * softphone runs only in a top-level CCP window, which must stay open for
   * the duration of every call.
   */
  boolean allowFramedSoftphone = false;

  /** Silences the built-in ringtone for incoming calls. */
  boolean disableRingtone = false;

  /**
   * Audio file played instead of the built-in ringtone for incoming calls; any
   * format the browser can play. An empty value keeps the built-in sound.
   */
  DOMString ringtoneUrl;

  /** Turns off browser echo cancellation on the agent's microphone. */
  [Since="2.5.0"] boolean disableEchoCancellation = false;

  /**
   * Keeps the softphone and ringtone settings out of local storage (they are
   * otherwise stored so a reloaded CCP can recover them).
   */
  [Since="2.13.2"] boolean disableStoringParamsInLocalStorage = false;

  /** Lets this framed CCP handle video calls; only one window should. */
  [Since="2.9.0"] boolean allowFramedVideoCall = false;

  /** Shows the screen sharing button in this framed CCP; only one window should. */
  [Since="2.15.0"] boolean allowFramedScreenSharing = false;

  /** Opens screen sharing from this framed CCP in a separate window. */
  [Since="2.15.0"] boolean allowFramedScreenSharingPopUp = false;

  /**
   * Virtual desktop environment whose audio optimisation the softphone uses.
   * When absent, Azure multimedia redirection is detected automatically.
   */
  [Since="2.12.0"] VDIPlatformType VDIPlatform;

  /**
   * Whether the CCP opens the microphone before a call arrives, which shortens
   * call set-up. Only an explicit false delays it until a call arrives.
   */
  [Since="2.9.0"] boolean allowEarlyGum = true;

  /**
   * Enables the extended persistent connection support of the newer peer
   * connection manager.
   */
  [Since="2.26.0"] boolean allowExtendedPersistentConnection = false;
};

/** Ringtone settings for chats. */
[Since="1.4.9"]
dictionary ChatOptions {
  /** Silences the ringtone for incoming chats. */
  boolean disableRingtone = false;

  /** Audio file played for incoming chats instead of the built-in sound. */
  DOMString ringtoneUrl;
};

/** Ringtone settings for tasks. */
[Since="2.2.0"]
dictionary TaskOptions {
  /** Silences the ringtone for incoming tasks. */
  [Since="2.14.1"] boolean disableRingtone = false;

  /** Audio file played for incoming tasks instead of the built-in sound. */
  [Since="2.14.1"] DOMString ringtoneUrl;
};

/** Tone played when a contact is accepted automatically. */
[Since="2.25.0"]
dictionary AutoAcceptToneOptions {
  /** Silences the auto-accept tone. */
  boolean disableRingtone = false;

  /** Audio file played instead of the built-in auto-accept tone. */
  DOMString ringtoneUrl;
};

/** Sections of the CCP settings page, and the inactivity dialog. */
[Since="1.6.3"]
dictionary PageOptions {
  /** Shows the audio input and output device choices in the settings page. */
  boolean enableAudioDeviceSettings = false;

  /** Shows the camera choice in the settings page. */
  [Since="2.9.0"] boolean enableVideoDeviceSettings = false;

  /** Shows the phone type and desk phone number choices in the settings page. */
  boolean enablePhoneTypeSettings = true;

  /** Whether the embedded CCP shows its dialog about an inactive session. */
  [Since="2.21.0"] boolean showInactivityModal = true;
};

/** Request storage access (third-party cookie consent) settings. */
[Since="2.6.2", Deprecated="2.17.0"]
dictionary StorageAccessOptions {
  /**
   * Whether to run the consent flow at all. Only false (or the string false)
   * turns it off, but the built-in default has been false since 2.14.3, so
   * the flow runs only when this is true.
   */
  boolean canRequest = false;

  /** Branded consent page or minimal custom banner. */
  StorageAccessMode mode = "default";

  /**
   * Instance address to build the consent page address from, for when ccpUrl
   * is a single sign-on address rather than an Amazon Connect one.
   */
  DOMString instanceUrl;

  /**
   * CSS custom properties for the custom banner, keyed by property name (for
   * example primary-color). Used only in custom mode.
   */
  record<DOMString, DOMString> style;

  /** Texts and behaviour of the custom banner. */
  StorageAccessCustomization custom;
};

/** Texts and behaviour of the custom storage access banner. */
[Since="2.6.2", Deprecated="2.17.0"]
dictionary StorageAccessCustomization {
  /** Hides the CCP container once access has been granted (custom mode only). */
  [Since="2.7.4"] boolean hideCCP = true;

  /** Heading of the banner. */
  DOMString header;

  /** Title of the banner. */
  DOMString title;

  /** Explanation shown while asking for access. */
  DOMString accessBannerDescription;

  /** Explanation shown after access was refused. */
  DOMString denyBannerDescription;

  /** Label of the button that asks for access. */
  DOMString accessBannerButtonText;

  /** Label of the button shown after access was refused. */
  DOMString denyBannerButtonText;

  /** Address of the learn-more link while asking for access. */
  DOMString accessBannerLearnMoreUrl;

  /** Address of the learn-more link after access was refused. */
  DOMString denyBannerLearnMoreUrl;

  /** Text of the learn-more link while asking for access. */
  DOMString accessBannerLearnMoreText;

  /** Text of the learn-more link after access was refused. */
  DOMString denyBannerLearnMoreText;

  /** Title of the pop-up variant. */
  [Since="2.12.0"] DOMString popupTitle;

  /** Explanation in the pop-up variant. */
  [Since="2.12.0"] DOMString popupBannerDescription;

  /** Learn-more text in the pop-up variant. */
  [Since="2.12.0"] DOMString popupBannerLearnMoreText;

  /** Button label in the pop-up variant. */
  [Since="2.12.0"] DOMString popupBannerButtonText;

  /** Title of the prompt variant. */
  [Since="2.12.0"] DOMString promptBannerTitle;

  /** Explanation in the prompt variant. */
  [Since="2.12.0"] DOMString promptBannerDescription;

  /** Button label in the prompt variant. */
  [Since="2.12.0"] DOMString promptBannerButtonText;
};
