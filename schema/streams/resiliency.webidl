// connect.globalResiliency: Amazon Connect Global Resiliency, where one CCP
// iframe per region is managed and the agent is switched between them.

/**
 * The connect.globalResiliency object: events and helpers of a Global
 * Resiliency set-up (initCCP with enableGlobalResiliency).
 */
[Since="2.16.0", JSPath="connect.globalResiliency"]
namespace GlobalResiliency {
  /**
   * Registers a handler for the first sign that the agent's active region
   * changes. It always comes first and is followed by onFailoverPending
   * (the agent still has contacts) or onFailoverCompleted.
   */
  [Since="2.27.0", Event="globalResiliency::failover_detected_crm"] undefined onFailoverDetected(FailoverDetectedHandler handler);

  /**
   * Registers a handler for a region switch that waits until the agent's
   * voice and chat contacts are ended and cleared.
   */
  [Event="globalResiliency::failover_pending_crm"] undefined onFailoverPending(FailoverPendingHandler handler);

  /**
   * Registers a handler for the page having switched to the CCP of another
   * region, so that the agent can take contacts there. It does not run for
   * the initial choice of region at start-up.
   */
  [Event="globalResiliency::failover_complete"] undefined onFailoverCompleted(FailoverCompletedHandler handler);

  /**
   * Registers a handler for a Global Resiliency set-up that cannot work, for
   * example because secondaryCCPUrl or loginUrl is missing (initCCP then
   * falls back to a single region).
   */
  [Event="globalResiliency::configure_error"] undefined onConfigureError(ConfigureErrorHandler handler);

  /** The region where the agent is active, or null while it is not known yet. */
  DOMString? getActiveRegion();

  /**
   * Carries out a pending region switch at once instead of waiting for the
   * agent's contacts to be cleared. Has no effect outside a pending switch.
   */
  [Since="2.22.1"] undefined forceFailover();
};

/** Called when a region switch is detected. */
[Since="2.27.0"]
callback FailoverDetectedHandler = undefined (FailoverDetectedData data);

/** A detected region switch. */
[Since="2.27.0"]
dictionary FailoverDetectedData {
  /** The region that is about to become active. */
  required DOMString nextActiveRegion;
};

/** Called when a region switch waits for the agent's contacts. */
callback FailoverPendingHandler = undefined (FailoverPendingData data);

/**
 * A region switch waiting for the agent's contacts. The upstream guide also
 * mentions a list of contact identifiers, which the 2.28.2 runtime does not
 * send.
 */
dictionary FailoverPendingData {
  /** The region that becomes active once the contacts are cleared. */
  required DOMString nextActiveRegion;
};

/** Called when a region switch has completed. */
callback FailoverCompletedHandler = undefined (FailoverCompletedData data);

/** A completed region switch. */
dictionary FailoverCompletedData {
  /** The region that is now active. */
  required DOMString activeRegion;

  /** The CCP address (ccpUrl or secondaryCCPUrl) of the now active region. */
  required DOMString activeCcpUrl;
};

/** Called with the reason a Global Resiliency set-up cannot work. */
callback ConfigureErrorHandler = undefined (ConfigureError error);

/** Why a Global Resiliency set-up cannot work: a JS Error, read as a record. */
dictionary ConfigureError {
  /** Explanation of the problem. */
  required DOMString message;

  /** Kind of error; Error for the ones initCCP raises. */
  DOMString name;
};
