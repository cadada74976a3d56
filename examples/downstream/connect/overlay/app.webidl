// Our own additions to the Streams schema.

partial interface Agent {
  /**
   * The part of the agent's display name before the first space. Our page
   * adds this method to connect.Agent.prototype before the app starts.
   */
  DOMString getShortName();
};
