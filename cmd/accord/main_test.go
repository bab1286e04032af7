package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
)

// bin is the accord binary built once for these tests: they run the real
// program, as a user does.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "accord-cli")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "accord")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building accord: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// accordCmd runs accord with args and returns stdout, stderr and the exit code.
func accordCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "ACCORD_DB=")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("accord %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

const seeds = "../../testdata/seeds"

func TestIngestSeedsTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	out, stderr, code := accordCmd(t, "", "ingest", "--db", db, seeds)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, stderr)
	}
	if !strings.Contains(out, "stored 5, replaced 0, unchanged 0, skipped 0") {
		t.Errorf("first ingest summary:\n%s", out)
	}
	out, _, code = accordCmd(t, "", "ingest", "--db", db, seeds)
	if code != 0 || !strings.Contains(out, "stored 0, replaced 0, unchanged 5") {
		t.Errorf("second ingest (exit %d):\n%s", code, out)
	}
}

// TestOptimize checks that "accord optimize" merges a SQLite store's
// full-text index and that searches find the same articles after it.
func TestOptimize(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if _, stderr, code := accordCmd(t, "", "ingest", "--db", db, seeds); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	before, _, _ := accordCmd(t, "", "search", "--db", db, "--json", "trade")
	out, stderr, code := accordCmd(t, "", "optimize", "--db", db)
	if code != 0 || !strings.Contains(out, "full-text index merged") {
		t.Fatalf("optimize (exit %d): %s%s", code, out, stderr)
	}
	after, _, _ := accordCmd(t, "", "search", "--db", db, "--json", "trade")
	if before == "" || before != after {
		t.Errorf("search after optimize differs:\nbefore %s\nafter  %s", before, after)
	}
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte(" date 2025-03-01 HÀ NỘI — The two ministers held talks on Monday. — VNA"))
	write("binary.bin", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0})
	write("latin1.txt", []byte(" date 2025-03-01 PARIS — Caf\xe9 talks. — AFP"))
	write("empty.txt", nil)
	write("nodate.txt", []byte("Some text about nothing in particular, with no date anywhere.\n"))
	write("feed.jsonl", []byte(`{"id":"a1","title":"Talks","published":"2025-01-02","url":"https://example.org/a1","text":"The leaders met."}`+"\n"+`{"id": broken`+"\n"))
	db := filepath.Join(t.TempDir(), "b.db")

	out, stderr, code := accordCmd(t, "", "ingest", "--db", db, dir)
	if code != 0 {
		t.Fatalf("ingest with some good input: exit %d\n%s%s", code, out, stderr)
	}
	for _, name := range []string{"binary.bin", "latin1.txt", "empty.txt", "nodate.txt", "feed.jsonl:2"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("no error line naming %s in:\n%s", name, stderr)
		}
	}
	if !strings.Contains(out, "stored 2,") || !strings.Contains(out, "skipped 5") {
		t.Errorf("summary:\n%s", out)
	}
	// --strict fails when anything was skipped.
	if _, _, code := accordCmd(t, "", "ingest", "--strict", "--db", db, dir); code == 0 {
		t.Error("--strict with skipped inputs exited 0")
	}
	// Nothing ingestible: non-zero.
	if _, _, code := accordCmd(t, "", "ingest", "--db", db, filepath.Join(dir, "empty.txt")); code == 0 {
		t.Error("ingest of only an empty file exited 0")
	}
}

func TestIngestStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "in.db")
	line := `{"id":"x","title":"Call","published":"2025-05-06","url":"https://example.org/x","text":"The two presidents spoke by phone today."}`
	out, stderr, code := accordCmd(t, line+"\n", "ingest", "--db", db, "-")
	if code != 0 || !strings.Contains(out, "stored 1,") {
		t.Fatalf("exit %d\n%s%s", code, out, stderr)
	}
}

// TestCrashMidIngest kills a real accord process in the middle of an ingest:
// the store must open with every article committed before the kill, and a
// second ingest must complete it, with the same export as an uninterrupted one.
func TestCrashMidIngest(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("kill -9 semantics")
	}
	corpus := makeCorpus(t, 3000)
	tmp := t.TempDir()
	db := filepath.Join(tmp, "crash.db")

	cmd := exec.Command(bin, "ingest", "--quiet", "--batch", "50", "--db", db, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once some batches are committed.
	ctx := context.Background()
	deadline := time.Now().Add(60 * time.Second)
	committed := 0
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		committed = countArticles(t, db)
		if committed >= 200 {
			break
		}
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	if committed == 0 {
		t.Fatal("no batch was committed before the kill")
	}

	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatalf("store after kill -9 does not open: %v", err)
	}
	st, err := s.Stats(ctx)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles < committed {
		t.Fatalf("store holds %d articles after the kill, %d were committed before it", st.Articles, committed)
	}
	if st.Articles >= 3000 {
		t.Skip("the ingest finished before the kill; nothing to test on this machine")
	}
	out, stderr, code := accordCmd(t, "", "ingest", "--db", db, corpus)
	if code != 0 {
		t.Fatalf("resumed ingest: exit %d\n%s%s", code, out, stderr)
	}
	if countArticles(t, db) != 3000 {
		t.Fatalf("after resume: %d articles, want 3000", countArticles(t, db))
	}
	// The record must be whole: equal to an uninterrupted ingest's.
	clean := filepath.Join(tmp, "clean.db")
	if _, stderr, code := accordCmd(t, "", "ingest", "--quiet", "--db", clean, corpus); code != 0 {
		t.Fatalf("clean ingest: %s", stderr)
	}
	if a, b := exportOf(t, db), exportOf(t, clean); a != b {
		t.Error("export after crash and resume differs from an uninterrupted ingest")
	}
}

func countArticles(t *testing.T, db string) int {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		return 0 // being created
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		return 0
	}
	return st.Articles
}

func exportOf(t *testing.T, db string) string {
	t.Helper()
	out, stderr, code := accordCmd(t, "", "export", "--db", db)
	if code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	var doc accord.Export
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	if doc.Schema != accord.ExportSchema {
		t.Fatalf("schema %q", doc.Schema)
	}
	return out
}

// makeCorpus writes n small agency-format reports of calls and meetings
// between varied pairs of countries.
func makeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	pairs := [][2]string{{"Viet Nam", "Japan"}, {"France", "Brazil"}, {"Kenya", "India"}, {"Chile", "Canada"}}
	for i := range n {
		p := pairs[i%len(pairs)]
		day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%700)
		body := " date " + day.Format("2006-01-02") + " GENEVA — The foreign ministers of " + p[0] + " and " + p[1] +
			" held talks on trade, energy and education cooperation, report number " + strconv.Itoa(i) + ".\n\n" +
			"They agreed to raise bilateral trade and to expand people-to-people exchanges. — AGENCY"
		if err := os.WriteFile(filepath.Join(dir, "r"+strconv.Itoa(i)+".txt"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
