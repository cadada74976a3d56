// Command coverage prints how much of the Amazon Connect Streams API the
// streamsgen schema covers: what the schema describes, by kind; what the
// official typings (src/index.d.ts of the npm package) declare, by kind; how
// many deliberate differences from the typings docs/typings-differences.md
// records; and how many runtime public members the schema lacks, from
// internal/conformance/exclusions.txt.
//
// Run it at the repository root, after npm ci:
//
//	go run ./internal/conformance/cmd/coverage
//
// README.md quotes its output in the Coverage section, and a test in
// internal/conformance fails when the quote is out of date; -update-readme
// rewrites the quote. docs/coverage.md explains each number.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/streamsgen/streamsgen/internal/conformance"
)

func main() {
	root := flag.String("root", ".", "repository root (holding node_modules, docs and README.md)")
	update := flag.Bool("update-readme", false, "also write the numbers into README.md's Coverage section")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: coverage [-root dir] [-update-readme]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*root, *update); err != nil {
		fmt.Fprintln(os.Stderr, "coverage:", err)
		os.Exit(1)
	}
}

func run(root string, updateReadme bool) error {
	node, err := exec.LookPath("node")
	if err != nil {
		return err
	}
	nodeModules := filepath.Join(root, "node_modules")
	if _, err := os.Stat(filepath.Join(nodeModules, "typescript")); err != nil {
		return fmt.Errorf("%v (run npm ci at the repository root)", err)
	}
	diffs, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(conformance.DifferencesFile)))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	c, err := conformance.ComputeCoverage(node, nodeModules, diffs)
	if err != nil {
		return err
	}
	out := c.Format()
	fmt.Print(out)
	if !updateReadme {
		return nil
	}
	path := filepath.Join(root, "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	updated, err := conformance.ReplaceReadmeQuote(string(readme), out)
	if err != nil {
		return err
	}
	if updated == string(readme) {
		return nil
	}
	return os.WriteFile(path, []byte(updated), 0o644)
}
