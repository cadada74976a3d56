// Session inactivity: the warnings Amazon Connect gives before it signs an
// inactive agent out. Activity is reported with connect.sendActivity.

/**
 * Subscriptions to the session inactivity warnings, through the Amazon
 * Connect SDK. Create one with new connect.SessionExpirationWarningManager()
 * after initCCP, which sets up the SDK provider it needs.
 */
[Since="2.21.0", JSClass="connect.SessionExpirationWarningManager"]
interface SessionExpirationWarningManager {
  /** Registers a handler for the warning that the session will soon end for inactivity. */
  [Event] undefined onExpirationWarning(ExpirationWarningHandler handler);

  /**
   * Registers a handler for the warning being cleared, because the agent
   * acknowledged it or activity was reported and the session was extended.
   */
  [Event] undefined onExpirationWarningCleared(Callback handler);

  /**
   * Registers a handler for a failed attempt to extend the session. In
   * 2.28.2 unsubscribing from it removes nothing (the runtime removes the
   * handler from the cleared-warning list instead).
   */
  [Event] undefined onSessionExtensionError(SessionExtensionErrorHandler handler);
};

/** Called with the time the session will end. */
[Since="2.21.0"]
callback ExpirationWarningHandler = undefined (SessionExpirationInformation info);

/** When an inactive session will end. */
[Since="2.21.0"]
dictionary SessionExpirationInformation {
  /** When the session ends, in milliseconds since the Unix epoch. */
  required double expiration;
};

/** Called when extending the session failed. */
[Since="2.21.0"]
callback SessionExtensionErrorHandler = undefined (SessionExtensionErrorData error);

/** A failed session extension. */
[Since="2.21.0"]
dictionary SessionExtensionErrorData {
  /** Whether the inactivity warning was showing when it failed. */
  required boolean isWarningActive;

  /** What the service reported. */
  record<DOMString, any> errorDetails;
};
