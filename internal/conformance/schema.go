package conformance

import (
	"io/fs"
	"slices"

	"github.com/streamsgen/streamsgen/schema"
	"github.com/streamsgen/streamsgen/schema/streams"
)

// TargetVersion is the Streams release whose runtime the checks load
// (node_modules/amazon-connect-streams, pinned in package-lock.json).
const TargetVersion = "2.28.2"

// SchemaDir is the repository path of the embedded schema; positions in
// reports are relative to the repository root through it.
const SchemaDir = "schema/streams"

// LoadSchema loads the embedded Streams schema, naming files
// schema/streams/NAME.webidl so that positions point into the repository.
func LoadSchema() (*schema.API, error) {
	paths, err := fs.Glob(streams.FS, "*.webidl")
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var files []schema.File
	for _, p := range paths {
		src, err := fs.ReadFile(streams.FS, p)
		if err != nil {
			return nil, err
		}
		files = append(files, schema.File{Name: SchemaDir + "/" + p, Src: src})
	}
	return schema.Load(files)
}

// present reports whether something with this history exists in
// TargetVersion.
func present(l schema.Lifecycle) bool { return l.AvailableIn(TargetVersion) }
