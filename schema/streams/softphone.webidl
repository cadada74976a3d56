// The SoftphoneError class.

/**
 * A softphone failure as the softphone code creates it. It never reaches an
 * embedding page as such: the CCP copies it through postMessage, so
 * Agent.onSoftphoneError handlers receive its fields without the methods
 * (see SoftphoneErrorInfo). The class is described for code that wraps one
 * it made or found itself.
 */
[JSClass="connect.SoftphoneError"]
interface SoftphoneError {
  /** What went wrong. */
  readonly attribute SoftphoneErrorTypes errorType;

  /** Details, when the softphone gave any. */
  readonly attribute DOMString? errorMessage;

  /** Address of the media or signalling service involved, when known. */
  readonly attribute DOMString? endPointUrl;

  /** The errorType field. */
  SoftphoneErrorTypes getErrorType();

  /** The errorMessage field. */
  DOMString? getErrorMessage();

  /** The endPointUrl field. */
  DOMString? getEndPointUrl();
};
