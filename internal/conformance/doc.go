// Package conformance checks the embedded Streams schema against the real
// Amazon Connect Streams library and counts how much of the API it covers.
//
// The checks run the library, release/connect-streams.js from node_modules,
// in Node under jsdom. Go derives a manifest of expectations from the
// schema (Expectations), a Node script looks each path up in the loaded
// library and reports what it found (Probe), and the tests compare the two.
// The same script lists the runtime's public members, so that members the
// schema lacks are either added to it or recorded, with a reason, in
// exclusions.txt.
package conformance
