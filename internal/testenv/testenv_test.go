package testenv_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/streamsgen/streamsgen/internal/testenv"
)

func TestRepoRoot(t *testing.T) {
	root := testenv.RepoRoot()
	for _, f := range []string{"go.mod", "internal/testenv/nodewasm/exec", "internal/testenv/nodewasm/run.js", "runtime/jssrc/runtime.js"} {
		if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(f))); err != nil {
			t.Error(err)
		}
	}
}

func TestNodeWasmExecIsExecutable(t *testing.T) {
	fi, err := os.Stat(filepath.Join(testenv.RepoRoot(), "internal", "testenv", "nodewasm", "exec"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&0o111 == 0 {
		t.Errorf("nodewasm/exec is not executable: %v", fi.Mode())
	}
}

func TestTools(t *testing.T) {
	for name, find := range map[string]func(testing.TB) string{
		"node":         testenv.Node,
		"node_modules": testenv.NodeModules,
		"tsc":          testenv.TSC,
		"chromium":     testenv.Chromium,
	} {
		t.Run(name, func(t *testing.T) {
			p := find(t)
			if _, err := os.Stat(p); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		})
	}
}
