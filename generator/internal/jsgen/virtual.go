package jsgen

import (
	"fmt"
	"path"
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/streamsgen/streamsgen/runtime/jssrc"
)

// The bundle reads nothing from disk: every module lives in this namespace,
// so source maps name them "streamsgen:loader.js" and so on. virtualRoot is
// the working directory esbuild is given; it need not exist.
const (
	namespace   = "streamsgen"
	virtualRoot = "/streamsgen"
	entryPoint  = "streamsgen:loader.js"
)

type virtualFile struct {
	contents string
	loader   api.Loader
}

// wasmExecNotice keeps the license notice of Go's wasm_exec.js in the minified
// output (as a legal comment), since minification drops its header.
const wasmExecNotice = "/*! wasm_exec.js: Copyright 2018 The Go Authors. All rights reserved.\n" +
	" * Use of this source code is governed by a BSD-style license: https://go.dev/LICENSE */\n"

// virtualFiles returns the modules of the bundle by name. loader.js imports
// them as "./name".
func virtualFiles(wasmExec, streams []byte) map[string]virtualFile {
	files := map[string]virtualFile{
		"loader.js":    {jssrc.Loader, api.LoaderJS},
		"wasm_exec.js": {wasmExecNotice + string(wasmExec), api.LoaderJS},
		"runtime.js":   {jssrc.Runtime, api.LoaderJS},
		"streams.js":   {"export const bundledStreams = false;\n", api.LoaderJS},
	}
	if streams != nil {
		files["streams.js"] = virtualFile{
			"import \"./connect-streams.js\";\nexport const bundledStreams = true;\n", api.LoaderJS,
		}
		files["connect-streams.js"] = virtualFile{string(streams), api.LoaderJS}
	}
	return files
}

// virtualPlugin resolves every import to a module of files and refuses any
// other, so nothing is read from the host.
func virtualPlugin(files map[string]virtualFile) api.Plugin {
	return api.Plugin{
		Name: "streamsgen-virtual",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: ".*"}, func(args api.OnResolveArgs) (api.OnResolveResult, error) {
				name := args.Path
				if args.Kind != api.ResolveEntryPoint {
					if !strings.HasPrefix(name, "./") {
						return api.OnResolveResult{}, fmt.Errorf("import %q: only ./ imports of the bundled modules are allowed", name)
					}
					name = path.Clean(name)
				} else {
					name = strings.TrimPrefix(name, namespace+":")
				}
				if _, ok := files[name]; !ok {
					return api.OnResolveResult{}, fmt.Errorf("import %q: no such bundled module", args.Path)
				}
				return api.OnResolveResult{Path: name, Namespace: namespace}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: namespace}, func(args api.OnLoadArgs) (api.OnLoadResult, error) {
				f, ok := files[args.Path]
				if !ok {
					return api.OnLoadResult{}, fmt.Errorf("no such bundled module %q", args.Path)
				}
				return api.OnLoadResult{Contents: &f.contents, Loader: f.loader}, nil
			})
		},
	}
}
