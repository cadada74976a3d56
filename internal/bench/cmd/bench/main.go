//go:build !js

// Command bench runs the streamsgen benchmark suite (package
// internal/bench) and prints its figures:
//
//	go run ./internal/bench/cmd/bench            # everything
//	go run ./internal/bench/cmd/bench -node=false -sizes=false -gen=false
//
// It builds the suite's js/wasm test binary once and runs it, in one
// process per environment, under Node (internal/testenv/nodewasm, the
// library in jsdom) and in headless Chromium (a page that loads
// connect-streams.js and the streamsgen loader, which starts the binary).
// Every case runs the generated bindings and a hand-written syscall/js
// baseline at the same fixed iteration counts; the table shows the median
// ns/op of five rounds and the ratio generated/hand-written.
//
// It also reports the size of a small app and of one that uses every API
// (raw, gzip -9 and brotli -q 11, the latter through Node's zlib), the
// loader's size with and without Go's wasm_exec.js, and the time to
// generate everything from the Streams schema and from a synthetic schema
// ten times its size. Timings are printed, never asserted.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/streamsgen/streamsgen/internal/bench"
	"github.com/streamsgen/streamsgen/internal/testenv"
	"github.com/streamsgen/streamsgen/schema"
)

var (
	runNode     = flag.Bool("node", true, "run the suite under Node")
	runChromium = flag.Bool("chromium", true, "run the suite in headless Chromium")
	runSizes    = flag.Bool("sizes", true, "report program and loader sizes")
	runGen      = flag.Bool("gen", true, "report generation times")
	only        = flag.String("only", "", "run only the cases whose name contains this")
	scale       = flag.Float64("scale", 1, "multiply every case's iterations by this")
)

func main() {
	log := func(format string, args ...any) { fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...) }
	flag.Parse()
	root := testenv.RepoRoot()
	if err := os.Chdir(root); err != nil {
		fail(err)
	}
	tmp, err := os.MkdirTemp("", "streamsgen-bench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	goroot := goEnv("GOROOT")

	fmt.Printf("# streamsgen benchmarks\n\n")
	fmt.Printf("machine: %s/%s, %d CPUs (%s); %s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), goVersion())

	args := []string{"-test.run=^TestReport$", "-test.timeout=0", "-report", "-only=" + *only, fmt.Sprintf("-scale=%g", *scale)}
	if *runNode || *runChromium {
		log("building the suite")
		wasm := filepath.Join(tmp, "bench.wasm")
		run(nil, wasmEnv(), "go", "test", "-c", "-o", wasm, "./internal/bench")
		// The event cases again with a Go timer pending (see BENCHMARKS.md).
		timed := append(slices.Clone(args[:len(args)-2]), "-only=event", fmt.Sprintf("-scale=%g", *scale), "-timer")
		if *only != "" && !strings.Contains(*only, "event") {
			timed = nil
		}
		if *runNode {
			log("running under Node")
			exec := filepath.Join(root, "internal/testenv/nodewasm/exec")
			report("Node", run(nil, nil, exec, append([]string{wasm}, args...)...))
			if timed != nil {
				report("Node, event cases with a Go timer pending", run(nil, nil, exec, append([]string{wasm}, timed...)...))
			}
		}
		if *runChromium {
			log("running in Chromium")
			for i, a := range [][]string{args, timed} {
				if a == nil {
					continue
				}
				out, err := chromium(tmp, wasm, goroot, a)
				if err != nil {
					fail(err)
				}
				report([]string{"Chromium", "Chromium, event cases with a Go timer pending"}[i], out)
			}
		}
	}
	if *runSizes {
		log("building for sizes")
		sizes(tmp, goroot)
	}
	if *runGen {
		log("timing generation")
		genTimes(goroot)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

func wasmEnv() []string { return append(os.Environ(), "GOOS=js", "GOARCH=wasm") }

// run runs a command and returns its standard output; on failure it exits
// with the command's output.
func run(stdin []byte, env []string, name string, args ...string) []byte {
	cmd := exec.Command(name, args...)
	cmd.Env = env
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		fail(fmt.Errorf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.Bytes()))
	}
	return out
}

func goEnv(key string) string {
	return strings.TrimSpace(string(run(nil, nil, "go", "env", key)))
}

func goVersion() string { return strings.TrimSpace(string(run(nil, nil, "go", "version"))) }

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

// Targets of issue 6, by case name prefix: the highest ratio
// generated/hand-written that meets them.
var targets = []struct {
	prefix string
	max    float64
}{
	{"event ", 0.5},
	{"getter ", 0.5},
	{"trivial ", 1.1},
	{"{success, failure} ", 1.2},
}

func target(name string) float64 {
	for _, t := range targets {
		if strings.HasPrefix(name, t.prefix) {
			return t.max
		}
	}
	return 0
}

// report prints the results of one environment as a Markdown table.
func report(env string, out []byte) {
	fmt.Printf("\n## %s\n\n", env)
	var results []bench.Result
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "HOST "):
			fmt.Printf("%s\n\n", strings.TrimPrefix(line, "HOST "))
		case strings.HasPrefix(line, "RESULT "):
			var r bench.Result
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "RESULT ")), &r); err != nil {
				fail(err)
			}
			results = append(results, r)
		}
	}
	if len(results) == 0 {
		fail(fmt.Errorf("%s: no results in the output:\n%s", env, out))
	}
	fmt.Printf("| case | n | generated ns/op | hand-written ns/op | ratio | target |\n")
	fmt.Printf("|---|--:|--:|--:|--:|---|\n")
	for _, r := range results {
		t := "-"
		if max := target(r.Case); max > 0 {
			verdict := "met"
			if r.Ratio > max {
				verdict = "MISSED"
			}
			t = fmt.Sprintf("≤ %.1f %s", max, verdict)
		}
		fmt.Printf("| %s | %d | %.0f | %.0f | %.2f | %s |\n", r.Case, r.N, r.Gen, r.Hand, r.Ratio, t)
	}
	for _, r := range results {
		if r.GenCycle == nil {
			continue
		}
		fmt.Printf("\nafter %d subscribe/unsubscribe cycles:\n\n", r.N)
		fmt.Printf("| | live callbacks | bus subscriptions left | Go heap growth | a new subscription still delivers |\n|---|--:|--:|--:|---|\n")
		for _, c := range []struct {
			name string
			c    *bench.Cycle
		}{{"generated", r.GenCycle}, {"hand-written", r.HandCycle}} {
			fmt.Printf("| %s | %d | %d | %d B | %v |\n", c.name, c.c.LiveCallbacks, c.c.BusSubscribers, c.c.HeapGrowth, c.c.Delivered)
		}
	}
}

// chromium runs the suite's binary in a page of headless Chromium through
// a freshly generated loader and returns what it printed.
func chromium(tmp, wasm, goroot string, args []string) ([]byte, error) {
	dir := filepath.Join(tmp, "page")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	files, err := bench.StreamsSchema()
	if err != nil {
		return nil, err
	}
	out, _, err := bench.Generate(files, goroot)
	if err != nil {
		return nil, err
	}
	for _, f := range out {
		if f.Path == "js/loader.esm.js" {
			if err := os.WriteFile(filepath.Join(dir, "loader.esm.js"), f.Content, 0o644); err != nil {
				return nil, err
			}
		}
	}
	streams, err := os.ReadFile(filepath.Join("node_modules", "amazon-connect-streams", "release", "connect-streams.js"))
	if err != nil {
		return nil, fmt.Errorf("%v (run npm ci)", err)
	}
	argv, _ := json.Marshal(args)
	page := `<!doctype html><html><head><meta charset="utf-8"><script src="connect-streams.js"></script></head><body>
<script type="module">
import { load } from "./loader.esm.js";
load({ wasm: "bench.wasm", argv: ` + string(argv) + ` })
  .then((inst) => inst.exited)
  .then((code) => { window.benchExit = code; }, (err) => { console.error(String(err)); window.benchExit = -1; });
</script></body></html>`
	for name, b := range map[string][]byte{"index.html": []byte(page), "connect-streams.js": streams} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return nil, err
		}
	}
	b, err := os.ReadFile(wasm)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "bench.wasm"), b, 0o644); err != nil {
		return nil, err
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()

	path := os.Getenv("CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.UserDataDir(filepath.Join(tmp, "profile")),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		return nil, fmt.Errorf("starting %s: %v", path, err)
	}
	var mu sync.Mutex
	var console bytes.Buffer
	err = chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *cdpruntime.EventConsoleAPICalled:
			for i, a := range ev.Args {
				if i > 0 {
					console.WriteByte(' ')
				}
				var s string
				if json.Unmarshal(a.Value, &s) == nil {
					console.WriteString(s)
				} else {
					console.Write(a.Value)
				}
			}
			console.WriteByte('\n')
		case *cdpruntime.EventExceptionThrown:
			d := ev.ExceptionDetails
			fmt.Fprintf(&console, "exception: %s", d.Text)
			if d.Exception != nil {
				fmt.Fprintf(&console, " %s", d.Exception.Description)
			}
			console.WriteByte('\n')
		}
	})
	if err != nil {
		return nil, err
	}
	text := func() string {
		mu.Lock()
		defer mu.Unlock()
		return console.String()
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/index.html")); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(30 * time.Minute)
	for {
		code, err := chromedp.Run(ctx, chromedp.Evaluate[any]("window.benchExit"))
		if err != nil {
			return nil, err
		}
		if code != nil {
			if fmt.Sprint(code) != "0" {
				return nil, fmt.Errorf("the suite exited with %v in Chromium:\n%s", code, text())
			}
			break
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("the suite did not finish in Chromium:\n%s", text())
		}
		time.Sleep(time.Second)
	}
	return []byte(text()), nil
}

// sizes builds a small app (examples/quickstart) and one that references
// every exported API of gen/streams, and measures them and the loader.
func sizes(tmp, goroot string) {
	small := filepath.Join(tmp, "small.wasm")
	run(nil, wasmEnv(), "go", "build", "-o", small, "./examples/quickstart")

	// The all-API app lives in a throwaway module using this repository.
	mod := filepath.Join(tmp, "allapi")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		fail(err)
	}
	gomod := "module example.com/allapi\n\ngo 1.26\n\nrequire github.com/streamsgen/streamsgen v0.0.0\n\nreplace github.com/streamsgen/streamsgen => " + testenv.RepoRoot() + "\n"
	src, n, err := allAPI()
	if err != nil {
		fail(err)
	}
	for name, b := range map[string]string{"go.mod": gomod, "main.go": src} {
		if err := os.WriteFile(filepath.Join(mod, name), []byte(b), 0o644); err != nil {
			fail(err)
		}
	}
	all := filepath.Join(tmp, "all.wasm")
	cmd := exec.Command("go", "build", "-o", all, ".")
	cmd.Dir = mod
	cmd.Env = append(wasmEnv(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		fail(fmt.Errorf("building the all-API app: %v\n%s", err, out))
	}

	loaders, err := bench.Loaders(goroot, tmp)
	if err != nil {
		fail(err)
	}

	fmt.Printf("\n## Sizes\n\n| file | raw | gzip -9 | brotli -q 11 |\n|---|--:|--:|--:|\n")
	row := func(name string, b []byte) {
		fmt.Printf("| %s | %d | %d | %d |\n", name, len(b), bench.Gzip(b), brotliSize(b))
	}
	for _, w := range []struct{ name, path string }{
		{"small app (examples/quickstart) .wasm", small},
		{fmt.Sprintf("app using every API (%d functions and methods) .wasm", n), all},
	} {
		b, err := os.ReadFile(w.path)
		if err != nil {
			fail(err)
		}
		row(w.name, b)
	}
	for _, l := range loaders {
		name := l.Name + " with wasm_exec.js"
		if l.Ours {
			name = l.Name + ", ours alone (loader.js + runtime.js)"
		}
		row(name, l.Data)
	}
	fmt.Printf("\nbudget for our loader code: %d bytes gzipped (loader.esm.js, ours alone)\n", bench.LoaderBudget)
}

// brotliSize compresses with Node's zlib (Go's standard library has no
// brotli).
func brotliSize(b []byte) int {
	out := run(b, nil, "node", "-e", `
const zlib = require("zlib");
const chunks = [];
process.stdin.on("data", (c) => chunks.push(c)).on("end", () => {
  const b = zlib.brotliCompressSync(Buffer.concat(chunks), {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11}});
  process.stdout.write(String(b.length));
});`)
	var n int
	fmt.Sscan(string(out), &n)
	return n
}

// allAPI returns a program that references every exported function, method
// and variable of gen/streams, so that the linker keeps them all, and how
// many it references.
func allAPI() (string, int, error) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, "gen/streams", nil, parser.SkipObjectResolution)
	if err != nil {
		return "", 0, err
	}
	var refs []string
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if !d.Name.IsExported() {
						continue
					}
					if d.Recv == nil {
						refs = append(refs, "streams."+d.Name.Name)
						continue
					}
					recv := d.Recv.List[0].Type
					if s, ok := recv.(*ast.StarExpr); ok {
						recv = s.X
					}
					if id, ok := recv.(*ast.Ident); ok && id.IsExported() {
						refs = append(refs, "streams."+id.Name+"."+d.Name.Name)
					}
				case *ast.GenDecl:
					if d.Tok != token.VAR {
						continue
					}
					for _, s := range d.Specs {
						for _, n := range s.(*ast.ValueSpec).Names {
							if n.IsExported() {
								refs = append(refs, "&streams."+n.Name)
							}
						}
					}
				}
			}
		}
	}
	sort.Strings(refs)
	refs = slices.Compact(refs)
	var b strings.Builder
	b.WriteString("//go:build js && wasm\n\n// Command allapi references every API of gen/streams.\npackage main\n\nimport \"github.com/streamsgen/streamsgen/gen/streams\"\n\n// All keeps every API in the binary.\nvar All = []any{\n")
	for _, r := range refs {
		b.WriteString("\t" + r + ",\n")
	}
	b.WriteString("}\n\nfunc main() { println(len(All)) }\n")
	return b.String(), len(refs), nil
}

// genTimes reports the time to generate everything from the Streams
// schema and from a synthetic schema ten times its size: the median of
// several runs after one to warm up.
func genTimes(goroot string) {
	base, err := bench.StreamsSchema()
	if err != nil {
		fail(err)
	}
	big, err := bench.Synthetic(10)
	if err != nil {
		fail(err)
	}
	fmt.Printf("\n## Generation (schema load + Go, .d.ts and loader)\n\n| schema | files | median of 7 |\n|---|--:|--:|\n")
	var times []time.Duration
	for _, s := range []struct {
		name  string
		files []schema.File
	}{{"Streams", base}, {"10× synthetic", big}} {
		var ds []time.Duration
		for i := range 8 {
			_, d, err := bench.Generate(s.files, goroot)
			if err != nil {
				fail(err)
			}
			if i > 0 {
				ds = append(ds, d)
			}
		}
		slices.Sort(ds)
		times = append(times, ds[len(ds)/2])
		fmt.Printf("| %s | %d | %.1f ms |\n", s.name, len(s.files), float64(ds[len(ds)/2].Microseconds())/1000)
	}
	fmt.Printf("\n10× synthetic / Streams: %.1f×\n", float64(times[1])/float64(times[0]))
}
