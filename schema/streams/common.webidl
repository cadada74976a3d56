// Shared type aliases used across the Streams schema.

/**
 * A point in time handed over as a JavaScript Date object. Snapshot
 * timestamps in agent and contact data arrive this way; Go code sees a
 * time.Time and TypeScript code sees a Date.
 */
typedef [JSDate] object Date;
