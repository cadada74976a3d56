// Enhanced monitoring and barge-in: supervisors listening to a contact
// (silent monitor) or joining it (barge). Voice since 2.4.1 (announced with
// the 2.4.7 README), chat since 2.13.0.

partial interface Contact {
  /**
   * Whether a supervisor has barged into the contact: some connection not
   * of type agent is live and in barge mode (for a supervisor who barged
   * in, their own leg counts). Fails on tasks and emails with any such
   * connection, whose legs have no monitoring methods.
   */
  [Since="2.4.1"] boolean isUnderSupervision();

  /**
   * Whether exactly two connections are live. A supervisor who barged into
   * such a contact cannot go back to silent monitoring.
   */
  [Since="2.13.0"] boolean hasTwoActiveParticipants();

  /**
   * Switches the signed-in supervisor's monitoring leg to the given mode.
   * A value that is not a monitoring mode (compared without regard to case)
   * fails at once with invalid_target_state, without asking the service.
   */
  [Since="2.4.1"] undefined updateMonitorParticipantState(MonitoringMode targetState, [Callbacks] Promise<undefined> callbacks);

  /** Switches the supervisor's monitoring leg to silent monitoring. */
  [Since="2.13.0"] undefined silentMonitor([Callbacks] Promise<undefined> callbacks);

  /** Switches the supervisor's monitoring leg to barge mode. */
  [Since="2.13.0"] undefined bargeIn([Callbacks] Promise<undefined> callbacks);
};

partial interface VoiceConnection {
  /** Whether this leg is currently only listening. */
  [Since="2.4.1"] boolean isSilentMonitor();

  /** Whether this leg is currently barging into the call. */
  [Since="2.4.1"] boolean isBarge();

  /** Whether silent monitoring is among the modes this leg may use. */
  [Since="2.4.1"] boolean isSilentMonitorEnabled();

  /** Whether barge is among the modes this leg may use. */
  [Since="2.4.1"] boolean isBargeEnabled();

  /** The monitoring modes this leg may use, or null when it may use none. */
  [Since="2.4.1"] sequence<MonitoringMode>? getMonitorCapabilities();

  /** The leg's current monitoring mode; null on legs that are not a supervisor's. */
  [Since="2.4.1"] MonitoringMode? getMonitorStatus();

  /** Whether a supervisor muted this leg, in which case it cannot unmute itself. */
  [Since="2.4.1"] boolean isForcedMute();
};

partial interface ChatConnection {
  /** Whether this leg is currently only watching the chat. */
  [Since="2.13.0"] boolean isSilentMonitor();

  /** Whether this leg is currently barging into the chat. */
  [Since="2.13.0"] boolean isBarge();

  /** Whether silent monitoring is among the modes this leg may use. */
  [Since="2.13.0"] boolean isSilentMonitorEnabled();

  /** Whether barge is among the modes this leg may use. */
  [Since="2.13.0"] boolean isBargeEnabled();

  /** The monitoring modes this leg may use, or null when it may use none. */
  [Since="2.13.0"] sequence<MonitoringMode>? getMonitorCapabilities();

  /** The leg's current monitoring mode; null on legs that are not a supervisor's. */
  [Since="2.13.0"] MonitoringMode? getMonitorStatus();
};

/**
 * Who a monitoring leg is watching. The runtime returns the monitoring
 * data of the snapshot unchanged. The service model bundled with the
 * runtime names agent and joinTimeStamp; the official typings and
 * documentation name agentName, customerName and joinTime instead. All are
 * listed; expect the first two.
 */
[Since="1.4.0"]
dictionary MonitorInfo {
  /** The monitored agent. */
  [Since="1.4.2"] MonitoredAgent agent;

  /** When the supervisor joined the contact. */
  [Since="1.4.2"] Date joinTimeStamp;

  /** Name of the monitored agent, as the official typings name it. */
  DOMString agentName;

  /** Name of the customer, as the official typings name it. */
  DOMString customerName;

  /** When the supervisor joined, as the official typings name it. */
  Date joinTime;
};

/** The agent a monitoring leg is watching. */
[Since="1.4.2"]
dictionary MonitoredAgent {
  /** Name of the agent. */
  DOMString agentName;
};
