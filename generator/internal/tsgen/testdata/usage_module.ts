// Uses the module form of the declarations: types come from the module, the
// value is the global the Streams library installs, and no global is
// declared. Lines after @ts-expect-error must not type-check.
import type { connect, Connect } from "./connect.module";

const c = (globalThis as unknown as { connect: Connect }).connect;
const el = document.getElementById("ccp") as HTMLDivElement;

c.core.initCCP(el, { ccpUrl: "https://example.my.connect.aws/ccp-v2" });
const sub: connect.Subscription = c.agent(a => {
    a.onStateChange(e => e.newState);
    const s: connect.AgentStateDefinition = a.getAgentStates()[0];
    a.setState(s, { success() {}, failure(err) { console.error(err); } }, { enqueueNextState: true });
    const routable: boolean = a.getState().type === c.AgentStateType.ROUTABLE;
    console.log(routable);
});
sub.unsubscribe();

// @ts-expect-error the module form declares no global
globalThis.connect;
// @ts-expect-error ccpUrl is required
c.core.initCCP(el, {});
