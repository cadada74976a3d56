// Voice ID: caller authentication and fraud detection on voice contacts.
// Every method first checks that the call has at most two live legs (it
// throws on conference calls) and looks up the instance's Voice ID domain,
// which needs the agent's voiceId permission. Failures reject with a plain
// object whose type member is one of VoiceIdErrorTypes, whose message says
// what failed and whose err member holds the service's error, if any.

/** Called with the service's session description while an enrollment still runs. */
callback VoiceIdAudioCollectedHandler = undefined (any session);

partial interface VoiceConnection {
  /**
   * The customer's speaker identifier, which the contact flow stores as the
   * contact's customer identifier. Rejects with no_speaker_id_found when the
   * flow set none.
   */
  [Since="1.6.0"] Promise<VoiceIdSpeakerId> getVoiceIdSpeakerId();

  /**
   * The customer's enrollment in Voice ID. A customer Voice ID does not know
   * is not an error: the promise then resolves with a record whose type
   * names the problem (speaker_id_not_enrolled, or the service's own error
   * type) and whose Speaker is absent.
   */
  [Since="1.6.0"] Promise<VoiceIdSpeakerStatusResult> getVoiceIdSpeakerStatus();

  /**
   * Opts the customer out of Voice ID, enrolled or not, and records the
   * opt-out on the contact. Resolves with the service's answer.
   */
  [Since="1.6.0"] Promise<any> optOutVoiceIdSpeaker();

  /** Deletes the customer's speaker from Voice ID. The customer must exist there. */
  [Since="1.6.9"] Promise<undefined> deleteVoiceIdSpeaker();

  /**
   * Authenticates the customer and checks for known fraudsters. Without a
   * new session it uses the audio stream the contact flow started and may
   * answer at once; with one it starts a new stream. Polls until both
   * checks have a decision or are switched off, and rejects with
   * evaluate_speaker_timeout after about two minutes.
   */
  [Since="1.6.0"] Promise<VoiceIdEvaluation> evaluateSpeakerWithVoiceId(optional boolean startNewSession = false);

  /**
   * Enrolls (or re-enrolls) the customer once about 30 seconds of their
   * speech have been collected; a customer who had opted out is deleted
   * first. The optional handler runs once, when the audio collection is
   * complete and the voiceprint is being built. Resolves with the service's
   * answer; rejects with enroll_speaker_timeout after about ten minutes.
   */
  [Since="1.6.0"] Promise<any> enrollSpeakerInVoiceId(optional VoiceIdAudioCollectedHandler callbackOnAudioCollectionComplete);

  /**
   * Sets the speaker identifier of the Voice ID session of this contact and
   * records it on the contact. Resolves with the service's session.
   */
  [Since="1.6.0"] Promise<any> updateVoiceIdSpeakerId(DOMString speakerId);
};

/** The customer's speaker identifier. */
[Since="1.6.0"]
dictionary VoiceIdSpeakerId {
  /** The identifier. */
  required DOMString speakerId;
};

/** The customer's enrollment in Voice ID. */
[Since="1.6.0"]
dictionary VoiceIdSpeakerStatusResult {
  /** The speaker, when Voice ID knows the customer. */
  VoiceIdSpeaker Speaker;

  /**
   * Set instead of Speaker when Voice ID does not know the customer:
   * speaker_id_not_enrolled or the service's error type.
   */
  DOMString type;
};

/** A speaker as Voice ID describes it. */
[Since="1.6.0"]
dictionary VoiceIdSpeaker {
  /** The speaker identifier the contact centre chose. */
  DOMString CustomerSpeakerId;

  /** The identifier Voice ID generated for the speaker. */
  DOMString GeneratedSpeakerId;

  /** The Voice ID domain of the speaker. */
  DOMString DomainId;

  /** Enrollment status of the speaker. */
  VoiceIdSpeakerStatus Status;
};

/**
 * The outcome of a Voice ID evaluation. The runtime always fills in both
 * results, translating Voice ID's decisions into the contact flow's terms.
 */
[Since="1.6.0"]
dictionary VoiceIdEvaluation {
  /** The authentication decision. */
  required VoiceIdAuthenticationResult AuthenticationResult;

  /** The fraud detection decision. */
  required VoiceIdFraudDetectionResult FraudDetectionResult;

  /** State of the audio stream Voice ID listens to. */
  VoiceIdStreamingStatus StreamingStatus;

  /** Identifier of the Voice ID session. */
  DOMString SessionId;

  /** Name of the Voice ID session. */
  DOMString SessionName;
};

/** The authentication part of a Voice ID evaluation. */
[Since="1.6.0"]
dictionary VoiceIdAuthenticationResult {
  /** The decision, in the contact flow's terms; NotEnabled when the check is off. */
  required ContactFlowAuthenticationDecision Decision;

  /** The speaker the decision is about. */
  DOMString CustomerSpeakerId;

  /** The identifier Voice ID generated for that speaker. */
  DOMString GeneratedSpeakerId;

  /** Confidence score, from 0 to 100. */
  double Score;
};

/** The fraud detection part of a Voice ID evaluation. */
[Since="1.6.0"]
dictionary VoiceIdFraudDetectionResult {
  /** The decision, in the contact flow's terms; NotEnabled when the check is off. */
  required ContactFlowFraudDetectionDecision Decision;

  /** Identifier of the fraud detection result. */
  DOMString FraudDetectionResultId;
};
