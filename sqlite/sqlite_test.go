package sqlite_test

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/storetest"
)

func open(t testing.TB, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	return db
}

// openRaw opens a plain database/sql connection to the store file at path,
// for tests that read its tables directly; it is closed when the test ends.
func openRaw(t testing.TB, path string) *sql.DB {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	return raw
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) accord.Store {
		return open(t, filepath.Join(t.TempDir(), "accord.db"))
	})
}

var update = flag.Bool("update", false, "rewrite testdata/v1.db, the store file of an earlier version")

// oldFacts is what testdata/v1.db holds.
func oldFacts() []*accord.ArticleFacts { return storetest.Generate(1, 20) }

func TestOpenOldFile(t *testing.T) {
	ctx := context.Background()
	golden := filepath.Join("testdata", "v1.db")
	if *update {
		os.Remove(golden)
		db := open(t, golden)
		if _, err := db.PutArticles(ctx, oldFacts()); err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// Work on a copy: opening migrates the file.
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "old.db")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	db := open(t, path)
	defer db.Close()
	for _, want := range oldFacts() {
		got, err := db.Facts(ctx, want.Article.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("facts from the old file (-want +got):\n%s", d)
		}
	}
	r, err := db.Search(ctx, accord.SearchQuery{Query: "cooperation", Limit: 100})
	if err != nil || r.Total == 0 {
		t.Errorf("search in the old file: %+v, %v", r, err)
	}
}

func TestMigrationsOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "accord.db")
	for i := range 3 {
		db := open(t, path)
		if i == 0 {
			if _, err := db.PutArticles(ctx, storetest.Generate(2, 5)); err != nil {
				t.Fatal(err)
			}
		}
		v, err := db.SchemaVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Every migration ran, numbered without a gap.
		files, _ := filepath.Glob("migrations/*.sql")
		last, _ := strconv.Atoi(strings.SplitN(filepath.Base(files[len(files)-1]), "_", 2)[0])
		if v != len(files) || last != len(files) {
			t.Errorf("open %d: schema version %d, newest migration %d, want %d", i, v, last, len(files))
		}
		// Reopening keeps the data, and the generation.
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 5 || st.Generation != 1 {
			t.Errorf("open %d: %+v, want 5 articles at generation 1", i, st)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
	raw := openRaw(t, path)
	var n int
	if err := raw.QueryRow(`SELECT count(*) FROM schema_version`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if files, _ := filepath.Glob("migrations/*.sql"); n != len(files) {
		t.Errorf("schema_version has %d rows, want %d", n, len(files))
	}
}

func TestOpenInvalid(t *testing.T) {
	ctx := context.Background()
	if _, err := sqlite.Open(ctx, ""); accord.ErrorCode(err) != accord.EINVALID {
		t.Errorf("Open(\"\"): %v, want code %s", err, accord.EINVALID)
	}
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	os.WriteFile(notDB, []byte(strings.Repeat("not a database\n", 100)), 0o644)
	if _, err := sqlite.Open(ctx, notDB); accord.ErrorCode(err) != accord.EINTERNAL || !strings.Contains(err.Error(), notDB) {
		t.Errorf("Open(a text file): %v, want an internal error naming the file", err)
	}
	// Odd characters in the path are a file name, not URI syntax.
	odd := filepath.Join(dir, "a?b#c%20d&e=f.db")
	db := open(t, odd)
	db.Close()
	if _, err := os.Stat(odd); err != nil {
		t.Errorf("store at %q: %v", odd, err)
	}
}

// TestCrash kills a process in the middle of ingesting and checks that the
// store opens with every batch the process had committed.
func TestCrash(t *testing.T) {
	const batch = 50
	if path := os.Getenv("ACCORD_CRASH_STORE"); path != "" {
		// The child: ingest until killed, saying which batch committed.
		db := open(t, path)
		for i := 0; ; i++ {
			if _, err := db.PutArticles(context.Background(), storetest.Generate(uint64(100+i), batch)); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			fmt.Println("committed", i)
		}
	}
	if testing.Short() {
		t.Skip("spawns a process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrash$")
	cmd.Env = append(os.Environ(), "ACCORD_CRASH_STORE="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := -1
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if _, err := fmt.Sscanf(sc.Text(), "committed %d", &committed); err != nil {
			t.Fatalf("child: %s", sc.Text())
		}
		if committed == 4 {
			break
		}
	}
	// Let it get into the next batch, then kill it.
	time.Sleep(30 * time.Millisecond)
	cmd.Process.Kill()
	cmd.Wait()
	if committed < 4 {
		t.Fatalf("child committed %d batches", committed+1)
	}

	ctx := context.Background()
	db := open(t, path)
	defer db.Close()
	for i := range committed + 1 {
		for _, f := range storetest.Generate(uint64(100+i), batch) {
			if _, err := db.Article(ctx, f.Article.ID); err != nil {
				t.Fatalf("batch %d: %v", i, err)
			}
		}
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles%batch != 0 || st.Articles < (committed+1)*batch {
		t.Errorf("%d articles after %d committed batches of %d: a batch is partly stored", st.Articles, committed+1, batch)
	}
	raw := openRaw(t, path)
	for _, check := range []string{`PRAGMA integrity_check`, `INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`} {
		var res string
		err := raw.QueryRow(check).Scan(&res)
		if strings.HasPrefix(check, "INSERT") && errors.Is(err, sql.ErrNoRows) {
			err, res = nil, "ok"
		}
		if err != nil || res != "ok" {
			t.Errorf("%s: %q, %v", check, res, err)
		}
	}
}
