// connect.storageAccess: the request storage access (third-party cookie
// consent) flow that initCCP can show before the CCP loads.

/**
 * The connect.storageAccess object: state of the storage access consent
 * flow configured with the storageAccess option of initCCP. The flow was
 * deprecated together with that option.
 */
[Since="2.6.2", Deprecated="2.17.0", JSPath="connect.storageAccess"]
namespace StorageAccess {
  /** Whether the consent flow is switched on for this page. */
  boolean canRequest();

  /**
   * Registers handlers for the steps of the consent flow as the CCP iframe
   * reports them. Nothing is registered while the flow is switched off.
   * Call unsubscribe on the result to remove the handlers.
   */
  StorageAccessSubscription onRequest(StorageAccessCallbacks callbacks);
};

/** Handlers for the steps of the storage access consent flow. */
[Since="2.6.2", Deprecated="2.17.0"]
dictionary StorageAccessCallbacks {
  /** Runs when the consent page has loaded and reports whether access exists. */
  StorageAccessHandler onInit;

  /** Runs when the agent refused access. */
  StorageAccessHandler onDeny;

  /** Runs when access was granted. */
  StorageAccessHandler onGrant;
};

/** Called with a message of the consent page. */
[Since="2.6.2", Deprecated="2.17.0"]
callback StorageAccessHandler = undefined (StorageAccessMessage message);

/** A message of the storage access consent page. */
[Since="2.6.2", Deprecated="2.17.0"]
dictionary StorageAccessMessage {
  /** The step, for example storageAccess::init or storageAccess::granted. */
  required DOMString event;

  /** What the page reported with it. */
  StorageAccessMessageData data;
};

/** Details of a storage access message. */
[Since="2.6.2", Deprecated="2.17.0"]
dictionary StorageAccessMessageData {
  /** Whether the CCP already has storage access. */
  boolean hasAccess;
};

/** Removes the handlers registered with storageAccess.onRequest. */
[Since="2.6.2", Deprecated="2.17.0"]
interface StorageAccessSubscription {
  /** Removes the handlers. */
  undefined unsubscribe();
};
