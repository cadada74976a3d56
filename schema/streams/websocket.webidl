// The WebSocket manager that connect.core.getWebSocketManager returns. It is
// a stand-in that relays the CCP's WebSocket connection through the iframe,
// shaped like the amazon-connect-websocket-manager object that the ChatJS
// library expects. Its on... methods return a function that removes the
// handler (not a {unsubscribe} object), so they are plain operations here,
// and their handler arguments are passed to JS as they are.

/** Called with a message or a connection notice relayed from the CCP. */
[Since="1.4.0"]
callback WebSocketMessageHandler = undefined (any message);

/**
 * Relay of the CCP's WebSocket connection to Amazon Connect, meant to be
 * handed to ChatJS. The runtime object has no constructor of its own, so
 * the interface has no JS class. Handlers registered with the on... methods
 * are removed by calling the function each method returns.
 */
[Since="1.4.0"]
interface WebSocketManager {
  /** Sends a message over the CCP's WebSocket connection. */
  undefined sendMessage(any payload);

  /** Subscribes the connection to the given topics. */
  undefined subscribeTopics(sequence<DOMString> topics);

  /** Registers a handler for messages of one topic. Returns the function that removes it. */
  object onMessage(DOMString topic, WebSocketMessageHandler callback);

  /** Registers a handler for every message. Returns the function that removes it. */
  object onAllMessage(WebSocketMessageHandler callback);

  /** Registers a handler for a failed connection set-up. Returns the function that removes it. */
  object onInitFailure(Callback callback);

  /** Registers a handler for the connection opening. Returns the function that removes it. */
  [Since="1.6.0"] object onConnectionOpen(WebSocketMessageHandler callback);

  /** Registers a handler for the connection closing. Returns the function that removes it. */
  [Since="1.6.0"] object onConnectionClose(WebSocketMessageHandler callback);

  /** Registers a handler for the connection coming (back) up. Returns the function that removes it. */
  object onConnectionGain(Callback callback);

  /** Registers a handler for the connection being lost. Returns the function that removes it. */
  object onConnectionLost(WebSocketMessageHandler callback);

  /** Registers a handler for confirmed topic subscriptions. Returns the function that removes it. */
  object onSubscriptionUpdate(WebSocketMessageHandler callback);

  /** Registers a handler for refused topic subscriptions. Returns the function that removes it. */
  object onSubscriptionFailure(WebSocketMessageHandler callback);

  /**
   * Registers a handler for a successful deep heartbeat. Present for ChatJS;
   * the 2.28.2 relay never calls it. Returns the function that removes it.
   */
  [Since="2.17.0"] object onDeepHeartbeatSuccess(Callback callback);

  /**
   * Registers a handler for a failed deep heartbeat. Present for ChatJS;
   * the 2.28.2 relay never calls it. Returns the function that removes it.
   */
  [Since="2.17.0"] object onDeepHeartbeatFailure(Callback callback);

  /**
   * Registers a handler for a failed topic. Present for ChatJS; the 2.28.2
   * relay never calls it. Returns the function that removes it.
   */
  [Since="2.17.0"] object onTopicFailure(WebSocketMessageHandler callback);
};
