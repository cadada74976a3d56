// Misuse that tsc must reject, each on a line ending in "// error".
const el = document.createElement("div");
connect.core.initCCP(el, { ccpUrl: 42 }); // error
connect.agent(a => {
    a.setState("routable"); // error
    a.setState(a.getAgentStates()[0], { success(data: string) {} }); // error
    a.onStateChange(42); // error
});
const t: connect.AgentStateType = "routable"; // error
