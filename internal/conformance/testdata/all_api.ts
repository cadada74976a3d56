// A small contact-centre page written against the generated declarations
// (gen/js/connect.d.ts, global form), the way a Streams user writes it. It
// uses every namespace, class and enum of the API: TestUsageCovers fails
// when the schema gains one that this file does not use, and
// TestUsageTypeChecks type-checks it with tsc --strict.

// --- start-up (connect.core) ---------------------------------------------

const container = document.getElementById("ccp") as HTMLDivElement;

const softphone: connect.SoftphoneOptions = {
    allowFramedSoftphone: true,
    disableRingtone: false,
    VDIPlatform: "CITRIX",
};
const storageAccess: connect.StorageAccessOptions = { canRequest: true, mode: "custom", custom: { hideCCP: false } };

connect.core.initCCP(container, {
    ccpUrl: "https://example.my.connect.aws/ccp-v2",
    region: "eu-west-2",
    loginPopup: true,
    loginOptions: { autoClose: true, height: 600, width: 400 },
    softphone,
    chat: { disableRingtone: true },
    task: { ringtoneUrl: "https://example.com/task.mp3" },
    pageOptions: { enableAudioDeviceSettings: true, enablePhoneTypeSettings: true },
    storageAccess,
});

// Logging to the CCP log (connect.getLog, connect.Logger, connect.LogEntry).
const log: connect.Logger = connect.getLog();
log.setLogLevel(connect.LogLevel.INFO);
const entry: connect.LogEntry = log.info("page %s loaded", location.pathname).withObject({ build: 42 });

// Embedded apps (connect.agentApp).
connect.agentApp.initApp("customerprofiles", "profiles-container", "https://example.my.connect.aws/customerprofiles-v2/", {
    style: "width:400px; height:600px;",
});

// Global Resiliency (connect.globalResiliency).
connect.globalResiliency.onFailoverCompleted(data => log.info("now served from %s", data.activeRegion));
connect.globalResiliency.onConfigureError(err => log.error("global resiliency: %s", err.message));
const resiliencyErrors: string[] = [
    connect.GlobalResiliencyConfigureErrorType.LILY_AGENT_CONFIG_MISSING,
    connect.GlobalResiliencyConfigureErrorType.LILY_AGENT_CONFIG_PARSE_ERROR,
];

// Third-party cookie access (connect.storageAccess).
if (connect.storageAccess.canRequest()) {
    const access = connect.storageAccess.onRequest({ onGrant: () => log.info("storage access granted") });
    access.unsubscribe();
}

// Inactivity warnings (connect.SessionExpirationWarningManager).
connect.core.onInitialized(() => {
    const session = new connect.SessionExpirationWarningManager();
    session.onExpirationWarning(info => log.warn("signed out at %s", new Date(info.expiration).toISOString()));
    session.onExpirationWarningCleared(() => connect.sendActivity());
});

// --- enums as values and as types -----------------------------------------

const channelLabels: Record<connect.ContactType, string> = {
    [connect.ContactType.VOICE]: "Call",
    [connect.ContactType.QUEUE_CALLBACK]: "Callback",
    [connect.ContactType.CHAT]: "Chat",
    [connect.ContactType.TASK]: "Task",
    [connect.ContactType.EMAIL]: "Email",
};

function describeRouting(type: connect.AgentStateType): string {
    switch (type) {
        case connect.AgentStateType.ROUTABLE:
            return "can take contacts";
        case connect.AgentStateType.NOT_ROUTABLE:
        case connect.AgentStateType.SYSTEM:
            return "busy";
        case connect.AgentStateType.OFFLINE:
            return "offline";
        default:
            return "starting";
    }
}

const busyNames: string[] = [connect.AgentAvailStates.BUSY, connect.AgentAvailStates.AFTER_CALL_WORK];
const errorNames: string[] = [connect.AgentErrorStates.MISSED_CALL_AGENT, connect.AgentErrorStates.DEFAULT];

function isLive(state: connect.ConnectionStateType): boolean {
    return state === connect.ConnectionStateType.CONNECTED || state === connect.ConnectionStateType.HOLD;
}

function isCustomerLeg(type: connect.ConnectionType): boolean {
    return type === connect.ConnectionType.INBOUND || type === connect.ConnectionType.OUTBOUND;
}

const openContactStates: connect.ContactStateType[] = [
    connect.ContactStateType.INCOMING,
    connect.ContactStateType.CONNECTING,
    connect.ContactStateType.CONNECTED,
];
const activeContactStates: string[] = Object.values(connect.CONTACT_ACTIVE_STATES);

// Event-bus names, as logged by the app's own diagnostics.
const watchedEvents: string[] = [
    connect.AgentEvents.STATE_CHANGE,
    connect.ContactEvents.CONNECTED,
    connect.EventType.AUTH_FAIL,
    connect.MasterTopics.SOFTPHONE,
];

const endpointKinds: connect.EndpointType[] = [connect.EndpointType.PHONE_NUMBER, connect.EndpointType.QUEUE];
const initiatedByCampaign = (m: connect.ContactInitiationMethod) => m === connect.ContactInitiationMethod.CAMPAIGN_PREVIEW;
const mediaOfCall: connect.MediaType = connect.MediaType.SOFTPHONE;
const callType: connect.SoftphoneCallType = connect.SoftphoneCallType.AUDIO_ONLY;
const needsVideo = (c: connect.VideoCapability | connect.ScreenShareCapability) =>
    c === connect.VideoCapability.SEND || c === connect.ScreenShareCapability.SEND;
const micProblem = (t: connect.SoftphoneErrorTypes) => t === connect.SoftphoneErrorTypes.MICROPHONE_NOT_SHARED;
const denied = (name: string) => name === connect.CTIExceptions.ACCESS_DENIED_EXCEPTION;
const monitoring: connect.MonitoringMode[] = [connect.MonitoringMode.SILENT_MONITOR, connect.MonitoringMode.BARGE];
const monitorError: string = connect.MonitoringErrorTypes.INVALID_TARGET_STATE;
const offline = (s: connect.NetworkConnectionStatus) => s === connect.NetworkConnectionStatus.DISCONNECTED;
const concurrencyKeys: connect.ChannelType[] = [connect.ChannelType.VOICE, connect.ChannelType.CHAT, connect.ChannelType.TASK];
const clicks: string[] = [connect.ClickType.ACCEPT, connect.ClickType.HANGUP];
const canDial = (permissions: string[]) => permissions.includes(connect.AgentPermissions.OUTBOUND_CALL);
const logLevel: connect.LogLevel = connect.LogLevel.WARN;

// Enums without a runtime object are string unions.
const referenceType: connect.ReferenceType = "URL";
const storageMode: connect.StorageAccessMode = "default";
const vdi: connect.VDIPlatformType = "AWS_WORKSPACE";
const enhancement: connect.VoiceEnhancementMode = "NOISE_SUPPRESSION";

// --- the agent (connect.agent, connect.Agent) -------------------------------

connect.agent((agent: connect.Agent) => {
    const config = agent.getConfiguration();
    console.log(agent.getName(), config.routingProfile.name, describeRouting(agent.getState().type));

    agent.onStateChange(change => {
        if (busyNames.includes(change.newState) || errorNames.includes(change.newState)) {
            console.log(`${change.oldState} -> ${change.newState}`);
        }
    });
    agent.onRoutable(a => console.log(a.getAvailabilityState()?.state));
    agent.onEnqueuedNextState(a => console.log("next:", a.getNextState()?.name));
    const refresh = agent.onRefresh(a => a.getContacts(connect.ContactType.CHAT).length);
    refresh.unsubscribe();

    const available = config.agentStates.find(s => s.type === connect.AgentStateType.ROUTABLE);
    if (available) {
        agent.setState(available, {
            success() { console.log("available"); },
            failure(err) { if (denied(err)) console.error(err); },
        }, { enqueueNextState: true });
    }
});

// --- contacts and connections (connect.contact, classes) --------------------

// Quick connects: the agent's endpoints for a queue.
function dial(agent: connect.Agent, to: connect.Endpoint) {
    agent.connect(to, { failure: err => log.error("dial failed: %s", err) });
}

connect.contact((contact: connect.Contact) => {
    const label = channelLabels[contact.getType()];
    contact.onIncoming(c => c.accept());
    contact.onConnecting(c => console.log(label, "ringing", openContactStates.includes(c.getState().type)));
    contact.onConnected(c => {
        const leg: connect.BaseConnection | null = c.getAgentConnection();
        if (leg instanceof connect.VoiceConnection && (leg.isBarge() || leg.isSilentMonitor())) {
            console.log("supervised", monitoring);
        }
        if (leg && isLive(leg.getState().type) && !isCustomerLeg(leg.getType())) {
            console.log(leg.getConnectionId(), leg.getContactId(), leg.isActive(), leg.isInitialConnection());
        }
    });
    contact.onAccepted(c => {
        for (const conn of c.getConnections()) {
            if (conn instanceof connect.ChatConnection) {
                const auth = conn.getAuthenticationDetails();
                const verified = auth?.Status === connect.CustomerAuthenticationStatus.AUTHENTICATED;
                const method: connect.CustomerAuthenticationMethod | undefined = auth?.AuthenticationMethod;
                log.info("chat with %s, verified %s by %s", conn.getParticipantName() ?? "customer", verified, method ?? "nobody");
            } else if (conn instanceof connect.TaskConnection) {
                log.info("task %s", conn.getMediaType());
            } else if (conn instanceof connect.EmailConnection) {
                log.info("email %s", conn.getMediaType());
            } else if (conn instanceof connect.VoiceConnection && conn.getType() === connect.ConnectionType.INBOUND) {
                checkCaller(conn);
            }
        }
    });
    contact.onACW(c => c.clear({ failure: err => console.error(err) }));
    contact.onEnded(c => activeContactStates.includes(c.getState().type));
    contact.onDestroy(c => console.log("gone", c.getContactId()));
});

// Voice ID on the customer leg.
async function checkCaller(customer: connect.VoiceConnection) {
    try {
        const speaker = await customer.getVoiceIdSpeakerStatus();
        if (speaker.Speaker?.Status !== connect.VoiceIdSpeakerStatus.ENROLLED) {
            return;
        }
        const result = await customer.evaluateSpeakerWithVoiceId();
        const who = result.AuthenticationResult.Decision;
        const risk = result.FraudDetectionResult.Decision;
        if (who === connect.ContactFlowAuthenticationDecision.AUTHENTICATED && risk !== connect.ContactFlowFraudDetectionDecision.HIGH_RISK) {
            log.info("caller verified (%s)", result.StreamingStatus === connect.VoiceIdStreamingStatus.ENDED ? "final" : "so far");
        }
    } catch (e) {
        if ((e as { type?: string }).type === connect.VoiceIdErrorTypes.SPEAKER_ID_NOT_ENROLLED) {
            log.warn("caller not enrolled");
        }
    }
}
const voiceIdOutcomes: string[] = [
    connect.VoiceIdAuthenticationDecision.ACCEPT,
    connect.VoiceIdFraudDetectionDecision.HIGH_RISK,
    connect.VoiceIdEnrollmentRequestStatus.COMPLETED,
];

// Softphone failures, as the SoftphoneError class describes them.
function describeSoftphoneError(e: connect.SoftphoneError): string {
    return `${e.getErrorType()}: ${e.getErrorMessage() ?? ""} (${e.getEndPointUrl() ?? "no endpoint"})`;
}

// Quick responses (connect.QuickResponses).
async function suggestReplies(contactId: string): Promise<string[]> {
    if (!(await connect.QuickResponses.isEnabled())) {
        return [];
    }
    const active: connect.QuickResponseStatusType = "active";
    const plain: connect.QuickResponseContentType = "plainText";
    const chat: connect.QuickResponseChannelType = "Chat";
    const found = await connect.QuickResponses.searchQuickResponses({ query: "refund", contactId, maxResults: 5 });
    const usable = (q: connect.QuickResponse) =>
        q.status === active && q.contentType === plain && (q.channels ?? []).includes(chat);
    return found.results.filter(usable).map(q => q.name);
}

console.log(entry, resiliencyErrors, dial, voiceIdOutcomes, describeSoftphoneError, suggestReplies, watchedEvents, endpointKinds, initiatedByCampaign, mediaOfCall, callType, needsVideo, micProblem, monitorError,
    offline, concurrencyKeys, clicks, canDial, logLevel, referenceType, storageMode, vdi, enhancement);
