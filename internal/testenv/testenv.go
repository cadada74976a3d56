// Package testenv locates the tools and files that streamsgen's tests need
// outside Go: the repository root, node, node_modules (npm ci), tsc and
// Chromium, and the Node harness that runs js/wasm test binaries.
//
// A missing tool skips the test, or fails it when the environment variable
// CI is "true", so that a CI machine that lost a tool does not pass quietly.
package testenv

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

const modulePath = "github.com/streamsgen/streamsgen"

var repoRoot = sync.OnceValue(func() string {
	// Tests run in their package's directory; walk up to the module root.
	if dir, err := os.Getwd(); err == nil {
		if root := findModuleRoot(dir); root != "" {
			return root
		}
	}
	// Fall back to this file's location in the source tree.
	if _, file, _, ok := runtime.Caller(0); ok {
		return findModuleRoot(filepath.Dir(file))
	}
	return ""
})

func findModuleRoot(dir string) string {
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && isModule(data) {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// isModule reports whether go.mod content declares this module.
func isModule(gomod []byte) bool {
	for _, line := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "module" && f[1] == modulePath {
			return true
		}
	}
	return false
}

// RepoRoot returns the absolute path of the repository (the directory holding
// the streamsgen go.mod). It panics if there is none above the working
// directory or this source file, which means the tests are not running from
// the repository.
func RepoRoot() string {
	root := repoRoot()
	if root == "" {
		panic("testenv: cannot find the " + modulePath + " module root")
	}
	return root
}

// InCI reports whether CI is "true", which turns missing tools into failures.
func InCI() bool { return os.Getenv("CI") == "true" }

// missing skips t, or fails it in CI.
func missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if InCI() {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

// NodeModules returns RepoRoot()/node_modules once `npm ci` has installed it
// (it holds amazon-connect-streams and jsdom).
func NodeModules(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(RepoRoot(), "node_modules")
	for _, f := range []string{
		"amazon-connect-streams/release/connect-streams.js",
		"jsdom/package.json",
	} {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			missing(t, "node_modules is not installed (%v); run `npm ci` in %s", err, RepoRoot())
			return ""
		}
	}
	return dir
}

// Node returns the path of the node executable.
func Node(t testing.TB) string {
	t.Helper()
	path, err := exec.LookPath("node")
	if err != nil {
		missing(t, "node not found: %v", err)
		return ""
	}
	return path
}

// TSC returns the path of the TypeScript compiler installed by `npm ci`
// (node_modules/typescript/bin/tsc, a Node script with a #! line).
func TSC(t testing.TB) string {
	t.Helper()
	tsc := filepath.Join(RepoRoot(), "node_modules", "typescript", "bin", "tsc")
	if _, err := os.Stat(tsc); err != nil {
		missing(t, "tsc is not installed (%v); run `npm ci` in %s", err, RepoRoot())
		return ""
	}
	return tsc
}

// Chromium returns the path of a Chromium (or Chrome) executable: $CHROMIUM
// if set, else /usr/bin/chromium, else the first of chromium,
// chromium-browser, google-chrome on PATH.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			missing(t, "$CHROMIUM: %v", err)
			return ""
		}
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	missing(t, "chromium not found (install the Debian package chromium or set $CHROMIUM)")
	return ""
}

// NodeWasmExec returns the path of the Node harness for js/wasm test
// binaries, for `go test -exec`. It needs Node and node_modules.
func NodeWasmExec(t testing.TB) string {
	t.Helper()
	Node(t)
	NodeModules(t)
	return filepath.Join(RepoRoot(), "internal", "testenv", "nodewasm", "exec")
}

// RunTSC type-checks files (relative to dir) with the repository's tsc under
// --strict --noEmit, through a tsconfig.json it writes in dir that also shuts
// out any @types packages. It returns tsc's output and its error. When tsc
// is missing the test is skipped, or fails under CI=true.
func RunTSC(t testing.TB, dir string, files ...string) (string, error) {
	t.Helper()
	tsc := TSC(t)
	config := map[string]any{
		"compilerOptions": map[string]any{
			"strict":               true,
			"noEmit":               true,
			"pretty":               false,
			"target":               "es2020",
			"lib":                  []string{"es2020", "dom"},
			"module":               "esnext",
			"moduleResolution":     "bundler",
			"verbatimModuleSyntax": true,
			"types":                []string{},
		},
		"files": files,
	}
	b, err := json.Marshal(config)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tsconfig.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tsc, "-p", "tsconfig.json")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}
