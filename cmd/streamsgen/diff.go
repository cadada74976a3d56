package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/streamsgen/streamsgen/generator"
	"github.com/streamsgen/streamsgen/generator/apidiff"
	"github.com/streamsgen/streamsgen/schema"
)

// runDiff implements `streamsgen diff`: the API changes between two Streams
// releases of one schema, or between two schemas, as Markdown on stdout.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("streamsgen diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "", "old Streams `release` (default: the schema's latest)")
	to := fs.String("to", "", "new Streams `release` (default: the schema's latest)")
	oldDir := fs.String("old", "", "old schema `dir` (default: the embedded schema)")
	newDir := fs.String("new", "", "new schema `dir` (default: the embedded schema)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: streamsgen diff [-from X.Y.Z] [-to X.Y.Z] [-old dir] [-new dir]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "streamsgen diff: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	for _, v := range []string{*from, *to} {
		if v != "" && !schema.ValidVersion(v) {
			fmt.Fprintf(stderr, "streamsgen diff: %q is not MAJOR.MINOR.PATCH\n", v)
			return 2
		}
	}
	if *from == "" && *to == "" && *oldDir == "" && *newDir == "" {
		fmt.Fprintln(stderr, "streamsgen diff: nothing to compare; give -from/-to releases or -old/-new schemas")
		fs.Usage()
		return 2
	}
	side := func(dir, version string) (*schema.API, string, error) {
		api, err := loadSchema(dir, nil)
		if err != nil {
			return nil, "", err
		}
		api, err = schema.Select(api, schema.Selection{Version: version})
		label := version
		if label == "" {
			label = generator.LatestStreamsVersion
		}
		if dir != "" {
			label = dir + " (" + label + ")"
		}
		return api, label, err
	}
	oldAPI, oldLabel, err := side(*oldDir, *from)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	newAPI, newLabel, err := side(*newDir, *to)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	fmt.Fprint(stdout, apidiff.Markdown(oldLabel, newLabel, apidiff.Compare(oldAPI, newAPI)))
	return 0
}
