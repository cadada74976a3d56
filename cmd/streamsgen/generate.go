package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/streamsgen/streamsgen/generator"
	"github.com/streamsgen/streamsgen/schema"
	"github.com/streamsgen/streamsgen/schema/streams"
)

var errStale = errors.New("generated files are stale")

// loadSchema reads the schema files: those of dir, or the embedded ones,
// then those of each overlay directory. Files are named by their path, so
// diagnostics point into the user's files.
func loadSchema(dir string, overlays []string) (*schema.API, error) {
	var files []schema.File
	var err error
	if dir != "" {
		files, err = readDir(os.DirFS(dir), filepath.ToSlash(dir))
	} else {
		files, err = readDir(streams.FS, "schema/streams")
	}
	if err != nil {
		return nil, err
	}
	for _, o := range overlays {
		more, err := readDir(os.DirFS(o), filepath.ToSlash(o))
		if err != nil {
			return nil, err
		}
		files = append(files, more...)
	}
	return schema.Load(files)
}

func readDir(fsys fs.FS, prefix string) ([]schema.File, error) {
	names, err := fs.Glob(fsys, "*.webidl")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("streamsgen: no .webidl files in %s", prefix)
	}
	slices.Sort(names)
	var files []schema.File
	for _, n := range names {
		src, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("streamsgen: %w", err)
		}
		files = append(files, schema.File{Name: path.Join(prefix, n), Src: src})
	}
	return files, nil
}

func generate(cfg *config, stdout io.Writer) error {
	api, err := loadSchema(cfg.schemaDir, cfg.overlays)
	if err != nil {
		return err
	}
	opts := generator.Options{GoPackage: cfg.pkg, GoDir: cfg.goDir, JSDir: cfg.jsDir, SkipLoader: cfg.noLoader, StreamsVersion: cfg.version, Only: cfg.only}
	if cfg.bundleStreams != "" {
		src, err := os.ReadFile(cfg.bundleStreams)
		if err != nil {
			return fmt.Errorf("streamsgen: -bundle-streams: %w", err)
		}
		opts.BundleStreams = src
	}
	files, err := generator.Generate(api, opts)
	if err != nil {
		return err
	}
	if cfg.check {
		var stale []string
		for _, f := range files {
			old, err := os.ReadFile(filepath.Join(cfg.out, filepath.FromSlash(f.Path)))
			if err != nil || !bytes.Equal(old, f.Content) {
				stale = append(stale, f.Path)
			}
		}
		if len(stale) > 0 {
			return fmt.Errorf("streamsgen: %w in %s (run streamsgen to update):\n\t%s", errStale, cfg.out, strings.Join(stale, "\n\t"))
		}
		return nil
	}
	return writeFiles(cfg.out, files, stdout)
}

// writeFiles writes the files whose bytes differ from what is on disk. All
// of them are first written to temporary files beside their destinations;
// only when every one was written are they renamed into place, so a failure
// leaves the previous output as it was and a reader never sees a
// half-written file.
func writeFiles(root string, files []generator.File, stdout io.Writer) (err error) {
	type pending struct{ tmp, dst string }
	var todo []pending
	defer func() {
		if err != nil {
			for _, p := range todo {
				os.Remove(p.tmp)
			}
		}
	}()
	for _, f := range files {
		dst := filepath.Join(root, filepath.FromSlash(f.Path))
		if old, err := os.ReadFile(dst); err == nil && bytes.Equal(old, f.Content) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("streamsgen: %w", err)
		}
		tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".tmp*")
		if err != nil {
			return fmt.Errorf("streamsgen: %w", err)
		}
		todo = append(todo, pending{tmp.Name(), dst})
		_, werr := tmp.Write(f.Content)
		cerr := tmp.Close()
		if err := errors.Join(werr, cerr, os.Chmod(tmp.Name(), 0o644)); err != nil {
			return fmt.Errorf("streamsgen: writing %s: %w", dst, err)
		}
	}
	for i, p := range todo {
		if err := os.Rename(p.tmp, p.dst); err != nil {
			todo = todo[i:]
			return fmt.Errorf("streamsgen: %w", err)
		}
		fmt.Fprintf(stdout, "wrote %s\n", filepath.ToSlash(p.dst))
	}
	return nil
}
