//go:build !js

// Serve runs the custom CCP example without an Amazon Connect instance:
// it builds examples/customccp for js/wasm, starts a stand-in CCP (package
// ccptest) playing the demo scenario (examples/customccp/demo.json), and
// serves the page on another local port. From the repository root:
//
//	go run ./examples/customccp/serve
//
// then open the address it prints, choose Available, and contacts arrive.
// It needs the Go toolchain and node_modules (npm ci) for
// connect-streams.js. The flags are:
//
//	-addr host:port
//		where to serve the page (default 127.0.0.1:8080)
//	-scenario file
//		the ccptest scenario to play (default examples/customccp/demo.json)
//	-ccp url
//		use this CCP instead of starting ccptest (an instance's CCP only
//		accepts pages from its allowlisted origins)
//	-v
//		log every message the stand-in CCP receives
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/streamsgen/streamsgen/ccptest"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("serve: ")
	addr := flag.String("addr", "127.0.0.1:8080", "serve the page on `host:port`")
	scenario := flag.String("scenario", "", "the ccptest scenario `file` (default examples/customccp/demo.json)")
	ccpURL := flag.String("ccp", "", "use the CCP at `url` instead of starting ccptest")
	verbose := flag.Bool("v", false, "log every message the stand-in CCP receives")
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}

	root, err := moduleRoot()
	if err != nil {
		log.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "customccp")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	wasm := filepath.Join(tmp, "customccp.wasm")
	log.Print("building examples/customccp for js/wasm")
	if err := build(root, wasm); err != nil {
		log.Fatal(err)
	}

	if *ccpURL == "" {
		path := *scenario
		if path == "" {
			path = filepath.Join(root, "examples", "customccp", "demo.json")
		}
		sc, err := ccptest.LoadScenario(path)
		if err != nil {
			log.Fatal(err)
		}
		opts := []ccptest.Option{ccptest.WithScenario(sc)}
		if *verbose {
			opts = append(opts, ccptest.WithLog(log.Printf))
		}
		srv, err := ccptest.Listen("127.0.0.1:0", opts...)
		if err != nil {
			log.Fatal(err)
		}
		defer srv.Close()
		*ccpURL = srv.CCPURL()
	}

	h, err := site(root, wasm, *ccpURL)
	if err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("custom CCP:   http://%s/\nstand-in CCP: %s\n", ln.Addr(), *ccpURL)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	hs := &http.Server{Handler: h}
	go func() {
		<-ctx.Done()
		hs.Close()
	}()
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		log.Print(err)
	}
}

// moduleRoot returns the directory of the streamsgen module.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run this from the streamsgen repository (no go.mod here)")
	}
	return filepath.Dir(gomod), nil
}

// build compiles the example for js/wasm into out.
func build(root, out string) error {
	cmd := exec.Command("go", "build", "-o", out, "./examples/customccp")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building examples/customccp: %v\n%s", err, b)
	}
	return nil
}

// site serves the example's page, the generated loader, connect-streams.js
// from node_modules, the program, and config.json with the ccpUrl.
func site(root, wasm, ccpURL string) (http.Handler, error) {
	example := filepath.Join(root, "examples", "customccp")
	files := map[string]string{
		"/":                   filepath.Join(example, "index.html"),
		"/style.css":          filepath.Join(example, "style.css"),
		"/loader.esm.js":      filepath.Join(root, "gen", "js", "loader.esm.js"),
		"/loader.esm.js.map":  filepath.Join(root, "gen", "js", "loader.esm.js.map"),
		"/connect-streams.js": filepath.Join(root, "node_modules", "amazon-connect-streams", "release", "connect-streams.js"),
		"/customccp.wasm":     wasm,
	}
	for name, f := range files {
		if _, err := os.Stat(f); err != nil {
			if name == "/connect-streams.js" {
				return nil, fmt.Errorf("%v; run `npm ci` in %s", err, root)
			}
			return nil, err
		}
	}
	config, err := json.Marshal(map[string]string{"ccpUrl": ccpURL})
	if err != nil {
		return nil, err
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if r.URL.Path == "/config.json" {
			w.Header().Set("Content-Type", "application/json")
			w.Write(config)
			return
		}
		f, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		// ServeFile would redirect index.html to /; serve the content.
		fh, err := os.Open(f)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer fh.Close()
		st, err := fh.Stat()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		http.ServeContent(w, r, filepath.Base(f), st.ModTime(), io.ReadSeeker(fh))
	}), nil
}
