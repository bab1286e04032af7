package postgres_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"testing"

	"github.com/accordhq/accord"
	"github.com/google/go-cmp/cmp"
)

// TestIngestProcesses runs three `accord ingest` processes at once over
// overlapping parts of the White House corpus into one PostgreSQL store:
// every distinct document is stored once, and `accord export` gives what a
// single ingest into SQLite gives.
//
// The corpus is ACCORD_WHITEHOUSE (default ../../shared/corpus/whitehouse
// from the module root); ACCORD_INGEST_N (default 300, 0 for all) bounds
// the number of files.
func TestIngestProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs cmd/accord")
	}
	u := freshURL(t)
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("ACCORD_WHITEHOUSE")
	if dir == "" {
		dir = filepath.Join(root, "..", "shared", "corpus", "whitehouse")
	}
	// The documents are the Markdown files in the corpus's folders.
	var files []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(path) == ".md" && filepath.Dir(path) != dir {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skipf("no corpus at %s (set ACCORD_WHITEHOUSE)", dir)
	}
	sort.Strings(files)
	n := 300
	if s := os.Getenv("ACCORD_INGEST_N"); s != "" {
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatalf("ACCORD_INGEST_N: %v", err)
		}
	}
	if n > 0 && n < len(files) {
		// Evenly spaced, to take some of every folder.
		var some []string
		for i := range n {
			some = append(some, files[i*len(files)/n])
		}
		files = some
	}

	tmp := t.TempDir()
	bin := filepath.Join(tmp, "accord")
	build := exec.Command("go", "build", "-o", bin, "./cmd/accord")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Skipf("cmd/accord does not build, so the ingest processes cannot run:\n%s", out)
	}
	run := func(args ...string) []byte {
		t.Helper()
		cmd := exec.Command(bin, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("accord %s: %v\n%s", args[0], err, stderr.Bytes())
		}
		return out
	}

	// Three overlapping parts: the first two thirds, the last two thirds,
	// and every other file. Together they hold every file.
	third := len(files) / 3
	var odd []string
	for i := 0; i < len(files); i += 2 {
		odd = append(odd, files[i])
	}
	parts := [][]string{files[:2*third], files[third:], odd}
	var wg sync.WaitGroup
	errs := make([]error, len(parts))
	outs := make([][]byte, len(parts))
	for i, part := range parts {
		wg.Go(func() {
			cmd := exec.Command(bin, append([]string{"ingest", "--db", u}, part...)...)
			outs[i], errs[i] = cmd.CombinedOutput()
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("ingest process %d: %v\n%s", i, err, outs[i])
		}
	}

	pgExport := filepath.Join(tmp, "pg.json")
	run("export", "--db", u, "-o", pgExport)
	db := filepath.Join(tmp, "single.db")
	run(append([]string{"ingest", "--db", db}, files...)...)
	sqExport := filepath.Join(tmp, "sqlite.json")
	run("export", "--db", db, "-o", sqExport)

	load := func(path string) *accord.Export {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var e accord.Export
		if err := json.Unmarshal(b, &e); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return &e
	}
	pg, sq := load(pgExport), load(sqExport)
	ids := map[string]bool{}
	for _, a := range pg.Articles {
		if ids[a.ID] {
			t.Errorf("article %s (%s) exported twice", a.ID, a.File)
		}
		ids[a.ID] = true
	}
	if len(pg.Articles) == 0 || len(pg.Articles) != len(sq.Articles) {
		t.Errorf("%d articles in PostgreSQL, %d in SQLite", len(pg.Articles), len(sq.Articles))
	}
	s := open(t, u)
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(sq.Articles) {
		t.Errorf("Stats.Articles = %d, want %d", st.Articles, len(sq.Articles))
	}
	// The articles as stored (their actor ids come from the record).
	stored := func(e *accord.Export) []accord.ExportArticle {
		var out []accord.ExportArticle
		for _, a := range e.Articles {
			a.Actors = nil
			out = append(out, a)
		}
		return out
	}
	if d := cmp.Diff(stored(sq), stored(pg)); d != "" {
		t.Errorf("articles of three concurrent PostgreSQL ingests differ from one SQLite ingest's (-sqlite +postgres):\n%s", d)
	}
	if d := cmp.Diff(sq, pg); d != "" {
		// The record is consolidated by each process after each batch: a
		// read-modify-write that must hold postgres.DB.WithRecordLock.
		t.Errorf("export of three concurrent PostgreSQL ingests differs from one SQLite ingest (-sqlite +postgres):\n%s", d)
	}
	// Rebuilt from the stored articles, the record must agree in any case.
	run("consolidate", "--db", u)
	run("export", "--db", u, "-o", pgExport)
	if d := cmp.Diff(sq, load(pgExport)); d != "" {
		t.Errorf("export after accord consolidate differs from one SQLite ingest (-sqlite +postgres):\n%s", d)
	}
}
