// Code written against the real Streams schema's declarations (global form)
// as a Streams app would. Lines after @ts-expect-error must not type-check.

const el = document.getElementById("ccp") as HTMLDivElement;
connect.core.initCCP(el, { ccpUrl: "https://example.my.connect.aws/ccp-v2", softphone: { allowFramedSoftphone: true } });

connect.agent(a => {
    a.onStateChange(e => e.newState);
    const s = a.getConfiguration().agentStates[0];
    a.setState(s, { success() {}, failure(err) { console.error(err); } }, { enqueueNextState: true });
    if (a.getState().type === connect.AgentStateType.ROUTABLE) {
        a.getContacts(connect.ContactType.VOICE).forEach(c => c.accept());
    }
    // @ts-expect-error a state definition is required
    a.setState({ enqueueNextState: true });
});

connect.contact(c => {
    c.onConnected(() => console.log(c.getContactId(), c.getState().timestamp.getTime()));
});

// @ts-expect-error ccpUrl is required
connect.core.initCCP(el, {});
