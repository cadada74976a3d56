// TEMPORARY: stands in for a type the other schema engineer is adding.
// Delete once it exists.

/** Placeholder for the Endpoint handle. */
[JSClass="connect.Endpoint"]
interface Endpoint {};
