// A small schema that exercises every construct the IR models.

/**
 * The core namespace.
 *
 * Second paragraph.
 */
[JSPath="connect.core", Since="1.0.0"]
namespace Core {
  /** The library version. */
  readonly attribute DOMString version;

  /** Initializes the library. */
  undefined initCCP(object container, InitOptions options);

  /**
   * Fetches the current agent.
   */
  Promise<Agent?> fetchAgent(optional long timeoutMs = 1000);

  [Event="agent::init"] undefined onAgentInit(AgentHandler handler);
};

[JSPath="connect.other"]
namespace Other {
  sequence<Endpoint> list(DOMString... names);
};

partial namespace Core {
  [Deprecated="1.2.0", Replacement="initCCP", GoName=Init] undefined init();
};

[JSClass="connect.Agent"]
interface Agent : Base {
  /** Sets the state. */
  undefined setState(AgentState state, [Callbacks] Promise<undefined> callbacks, optional SetStateOptions options = {});
  AgentSnapshot getSnapshot();
  [Event] undefined onRefresh(AgentHandler handler);
};

interface Base {
  DOMString getName();
};

partial interface Agent {
  readonly attribute Date loginTime;
};

callback AgentHandler = undefined (Agent agent, AgentSnapshot snapshot);

dictionary InitOptions {
  required DOMString ccpUrl;
  boolean loginPopup = true;
  record<DOMString, sequence<Endpoint>> endpoints;
};

dictionary SetStateOptions {
  boolean enqueueNextState = false;
};

dictionary Endpoint {
  DOMString name;
  (DOMString or long)? id;
};

dictionary BaseSnapshot {
  Date timestamp;
};

dictionary AgentSnapshot : BaseSnapshot {
  AgentStateType type;
};

dictionary AgentState {
  DOMString name;
};

[JSPath="connect.AgentStateType"]
enum AgentStateType {
  /** Initial state. */
  [Name=INIT] "init",
  "routable",
  [Since="1.1.0"] "not_routable",
};

typedef [JSDate] object Date;
