// Package conformance checks the embedded Streams schema against the real
// Amazon Connect Streams library and counts how much of the API it covers.
//
// The checks run the library, release/connect-streams.js from node_modules,
// in Node under jsdom. NewPlan derives the expectations from the schema and
// the manifest of lookups they need; Probe has a Node script (js/check.js)
// look each path up in the loaded library and list the library's public
// members; the tests compare the two. Public members the schema lacks must
// be listed, with a reason, in exclusions.txt.
//
// ComputeCoverage gathers the numbers README.md quotes (members in the
// schema, declarations in the official typings, deliberate differences,
// runtime members left out); ./cmd/coverage prints them. docs/coverage.md
// describes every check and how each number is counted.
package conformance
