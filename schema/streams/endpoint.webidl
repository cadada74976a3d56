// Endpoints: where a connection leads or where a call or transfer should
// go. connect.Endpoint is a constructor whose instances are plain data (one
// prototype helper aside), so the schema describes the instance fields as a
// record.
//
// The static function connect.Endpoint.byPhoneNumber(phoneNumber, name?)
// would be a namespace with [JSPath="connect.Endpoint"], but the TypeScript
// emitter rejects a namespace that shares its name with a type (TypeScript
// itself merges them). It is left out until the emitter allows it; in Go,
// an Endpoint with type phone_number and the number is the same value.

/**
 * A destination: a phone number, an agent or a queue (quick connects), or,
 * in raw contact data, an email address. Objects made by connect.Endpoint
 * (getEndpoint, byPhoneNumber, the quick connects of Agent.getEndpoints)
 * hold every field from endpointARN to queue, set to null when unknown; the
 * contact's customer and system endpoints are the service's data as is and
 * leave unknown fields out. As an argument, only the fields that are set
 * are sent.
 */
dictionary Endpoint {
  /** ARN of the endpoint (a quick connect), or null. */
  DOMString? endpointARN;

  /**
   * The same ARN again; the runtime removes it before sending an endpoint to
   * the service.
   */
  DOMString? endpointId;

  /** What the endpoint points at, or null. */
  EndpointType? type;

  /** Display name of the endpoint, or null. */
  DOMString? name;

  /** E.164 phone number, or a SIP address, for phone number endpoints, or null. */
  DOMString? phoneNumber;

  /** Login of the agent, for agent endpoints, or null. */
  DOMString? agentLogin;

  /**
   * The queue, for queue endpoints, or null. The bundled service model
   * declares a queue record (name and ARN); the official typings a string.
   */
  Queue? queue;

  /** Display name, in raw contact data (email contacts). */
  [Since="2.17.0"] DOMString displayName;

  /** Email address, in raw contact data (email contacts). */
  [Since="2.17.0"] DOMString emailAddress;
};
