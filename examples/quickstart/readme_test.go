//go:build !js

package main

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEShowsThisProgram keeps the README's example and this program
// the same: the README shows main.go without its package comment.
func TestREADMEShowsThisProgram(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "```go\n")
	block, _, _ = strings.Cut(block, "```")
	if !ok {
		t.Fatal("README has no Go example")
	}
	var kept []string
	for _, line := range strings.SplitAfter(string(src), "\n") {
		if !strings.HasPrefix(line, "// Quickstart") && !strings.HasPrefix(line, "// follows the agent") {
			kept = append(kept, line)
		}
	}
	if got := strings.Join(kept, ""); got != block {
		t.Errorf("README example and examples/quickstart/main.go differ:\nREADME:\n%s\nmain.go:\n%s", block, got)
	}
}
