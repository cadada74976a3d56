// Package streams embeds the WebIDL schema of the Amazon Connect Streams API
// that streamsgen generates from by default.
package streams

import "embed"

// FS holds the schema files, *.webidl, at its root.
//
//go:embed *.webidl
var FS embed.FS
