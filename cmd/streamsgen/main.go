// Streamsgen generates Go WebAssembly bindings, TypeScript declarations and
// a JS loader for Amazon Connect Streams from a WebIDL schema of its API.
//
// Usage:
//
//	streamsgen [flags]
//	streamsgen diff [-from X.Y.Z] [-to X.Y.Z] [-old dir] [-new dir]
//	streamsgen ccp [-addr host:port] [-scenario file.json] [-hold-ack] [-v]
//
// With no flags it reads the Streams schema embedded in the tool and writes
// into ./gen:
//
//	gen/streams/*.go           the Go package (GOOS=js GOARCH=wasm)
//	gen/js/connect.d.ts        TypeScript declarations of the global connect
//	gen/js/connect.module.d.ts the same declarations as a module
//	gen/js/loader.esm.js       the loader, an ES module (with a source map)
//	gen/js/loader.iife.js      the loader for a plain <script> tag (with a source map)
//	gen/js/loader.d.ts         TypeScript declarations of the loader
//
// The flags are:
//
//	-out dir
//		output root (default "gen")
//	-pkg name
//		name of the generated Go package and of its directory (default "streams")
//	-go-dir dir
//		directory of the Go package, relative to -out (default: the -pkg name;
//		"." puts it in -out itself, as a //go:generate line in the package wants)
//	-js-dir dir
//		directory of the .d.ts and loader files, relative to -out (default "js")
//	-schema dir
//		read the schema from the .webidl files in dir instead of the embedded one
//	-overlay dir
//		also read the .webidl files in dir, next to the schema: a partial
//		interface there adds members the embedded schema lacks; errors point
//		into these files (repeatable)
//	-streams-version X.Y.Z
//		generate exactly the API that existed in that Streams release
//		(default: the latest the schema knows)
//	-only list
//		generate only these comma-separated declarations and members
//		(Agent, Agent.getName, Core.initCCP) and what they depend on
//	-check
//		write nothing; exit 1 and list the files that are stale or missing
//	-bundle-streams file
//		bundle this copy of connect-streams.js into the loader, instead of
//		loading Streams from a URL at run time
//	-no-loader
//		do not emit the loader
//
// # Comparing versions
//
// streamsgen diff prints, as Markdown, what changed in the API between two
// Streams releases of the embedded schema (-from, -to; either defaults to
// the latest), or between two schemas (-old, -new directories): members
// added, removed, deprecated and changed, and which of those changes break
// Go code that calls the generated bindings (removals and signature
// changes).
//
// # A stand-in CCP
//
// streamsgen ccp serves a stand-in Amazon Connect CCP (package ccptest) on
// a local port, for developing an agent desktop without an Amazon Connect
// instance, and prints the ccpUrl to pass to connect.core.initCCP. The
// page that calls initCCP may be served from any other local origin; it
// loads the real connect-streams.js. The flags are:
//
//	-addr host:port
//		listen address (default 127.0.0.1:0, a free port)
//	-scenario file.json
//		the agent, its contacts and timed steps, as a ccptest.Scenario
//	-hold-ack
//		never acknowledge the CCP page, so that Streams times out
//	-v
//		log every message from Streams to stderr
//
// While it runs, commands typed on standard input offer contacts and change
// the agent: call, chat, task, end ID, miss ID, state NAME, next NAME,
// fail METHOD, show; help lists them. An interrupt stops it.
//
// # Output
//
// Output is deterministic: the same schema and the same Go toolchain give
// byte-identical files. Only files whose bytes changed are written, each
// through a temporary file renamed into place, and nothing at all is written
// unless the whole generation succeeded. Schema errors are printed as
// file:line:col: message, all of them, sorted, and the exit status is 1.
// Usage errors exit with status 2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/streamsgen/streamsgen/schema"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// errUsage marks errors in how the tool was invoked.
var errUsage = errors.New("usage")

func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		// The tool must answer with a message, never a crash.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "streamsgen: internal error: %v\n", r)
			code = 1
		}
	}()
	if len(args) > 0 {
		switch args[0] {
		case "diff":
			return runDiff(args[1:], stdout, stderr)
		case "ccp":
			return runCCP(args[1:], stdout, stderr)
		}
	}
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if err := generate(cfg, stdout); err != nil {
		fmt.Fprintln(stderr, err)
		if errors.Is(err, errStale) {
			return 1
		}
		return 1
	}
	return 0
}

type config struct {
	out           string
	pkg           string
	goDir         string
	jsDir         string
	schemaDir     string
	overlays      []string
	version       string
	only          []string
	check         bool
	bundleStreams string
	noLoader      bool
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("streamsgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := &config{}
	fs.StringVar(&cfg.out, "out", "gen", "output root `dir`")
	fs.StringVar(&cfg.pkg, "pkg", "streams", "Go package `name`")
	fs.StringVar(&cfg.goDir, "go-dir", "", "directory of the Go package, relative to -out (default: the -pkg `name`)")
	fs.StringVar(&cfg.jsDir, "js-dir", "js", "directory of the .d.ts and loader files, relative to -out")
	fs.StringVar(&cfg.schemaDir, "schema", "", "read the schema from the .webidl files in `dir`")
	fs.Func("overlay", "also read the .webidl files in `dir` (repeatable)", func(dir string) error {
		cfg.overlays = append(cfg.overlays, dir)
		return nil
	})
	fs.StringVar(&cfg.version, "streams-version", "", "generate the API of this Streams `release`")
	fs.Func("only", "generate only these comma-separated declarations and members (`list`)", func(list string) error {
		for _, s := range strings.Split(list, ",") {
			if s = strings.TrimSpace(s); s != "" {
				cfg.only = append(cfg.only, s)
			}
		}
		return nil
	})
	fs.BoolVar(&cfg.check, "check", false, "write nothing; fail if any output is stale")
	fs.StringVar(&cfg.bundleStreams, "bundle-streams", "", "bundle this connect-streams.js `file` into the loader")
	fs.BoolVar(&cfg.noLoader, "no-loader", false, "do not emit the loader")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: streamsgen [-out dir] [-pkg name] [-go-dir dir] [-js-dir dir] [-schema dir] [-overlay dir] [-streams-version X.Y.Z] [-only list] [-check] [-bundle-streams file] [-no-loader]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "streamsgen: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return nil, errUsage
	}
	if !isGoIdent(cfg.pkg) {
		fmt.Fprintf(stderr, "streamsgen: -pkg %q is not a Go package name\n", cfg.pkg)
		return nil, errUsage
	}
	if cfg.version != "" && !schema.ValidVersion(cfg.version) {
		fmt.Fprintf(stderr, "streamsgen: -streams-version %q is not MAJOR.MINOR.PATCH\n", cfg.version)
		return nil, errUsage
	}
	for _, d := range []struct{ flag, dir string }{{"-go-dir", cfg.goDir}, {"-js-dir", cfg.jsDir}} {
		if d.dir != "" && d.dir != "." && !filepath.IsLocal(d.dir) {
			fmt.Fprintf(stderr, "streamsgen: %s %q must be a path inside -out\n", d.flag, d.dir)
			return nil, errUsage
		}
	}
	if cfg.out == "" {
		fmt.Fprintln(stderr, "streamsgen: -out must not be empty")
		return nil, errUsage
	}
	return cfg, nil
}

func isGoIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || r >= 'a' && r <= 'z':
		case i > 0 && r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return true
}
