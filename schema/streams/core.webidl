// Entry points: the global connect object and connect.core.

/**
 * The global connect object that the Streams script installs on the page.
 * It holds the two root subscriptions through which an application first
 * receives the agent and each new contact.
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
};

/**
 * The connect.core object: start-up of the embedded Contact Control Panel
 * (CCP) and page-wide plumbing.
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
};
