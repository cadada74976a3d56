// Uses the global form of the declarations as a Streams app would.
// Lines after @ts-expect-error must not type-check.

const el = document.getElementById("ccp") as HTMLDivElement;

connect.core.initCCP(el, {
    ccpUrl: "https://example.my.connect.aws/ccp-v2",
    loginPopup: true,
    softphone: { allowFramedSoftphone: true },
});

const sub: connect.Subscription = connect.agent(a => {
    a.onStateChange(e => e.newState);
    const s = a.getAgentStates()[0];
    a.setState(s, { success() {}, failure(err) { console.error(err.length); } }, { enqueueNextState: true });
    a.setState(s);
    a.setState(s, { success: () => {} });

    const type: connect.AgentStateType = a.getState().type;
    if (type === connect.AgentStateType.ROUTABLE) {
        a.getContacts(connect.ContactType.VOICE).forEach(c => {
            const id: string = c.getContactId();
            const queued: Date | null = c.getQueueTimestamp();
            c.accept({ failure(err, data) { console.log(err, data, id, queued); } });
            c.addConnection(undefined, { phoneNumber: "+15555550100" });
        });
    }
    const next = a.getNextState();
    if (next !== null) {
        console.log(next.name);
    }
    a.getEndpoints(["arn:q"], { success(data) { data.endpoints.map(e => e.phoneNumber); } });
    a.getSpeakerStatus().then(r => r["x"]);
    const channels: connect.ChannelType[] = a.getConfiguration().routingProfile?.channels ?? ["VOICE"];
    console.log(channels);

    // @ts-expect-error setState needs a state
    a.setState();
    // @ts-expect-error newState is a string
    a.onStateChange(e => { const n: number = e.newState; return n; });
    // @ts-expect-error getNextState may return null
    a.getNextState().name;
    // @ts-expect-error removed members are not declared
    a.getStatusDuration();
});
sub.unsubscribe();

connect.core.getFrameMediaDevices().then(ds => ds.length);
connect.core.getFrameMediaDevices(500);
const login: connect.core.LoginState = connect.core.getLoginState();
const state: connect.CoreState = { login, upstream: connect.core.getUpstream(), "x-trace-id": "t" };
connect.core.onViewContact(e => e.contactId).unsubscribe();
const media = new connect.ChatMediaController();
media.getMediaInfo();
media.sendMessage("hi").then(() => {});
const vc: connect.Connection = new connect.VoiceConnection();
console.log(connect.version, connect.AgentEvents.INIT, state, vc);
connect.getLog((level, ...params) => level + params.length);

// @ts-expect-error ccpUrl is required
connect.core.initCCP(el, {});
// @ts-expect-error ChannelType only has the schema's values
const bad: connect.ChannelType = "EMAIL";
// @ts-expect-error removed namespaces are not declared
connect.legacy;
// @ts-expect-error version is readonly
connect.version = "x";
