package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/postgres"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/storetest"
	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
)

// serverURL returns the test server's URL from ACCORD_TEST_POSTGRES (see
// scripts/postgres.sh). Without it the tests skip, except in CI, which must
// run them.
func serverURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("ACCORD_TEST_POSTGRES")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("ACCORD_TEST_POSTGRES is not set: CI must run the PostgreSQL tests (start a server with scripts/postgres.sh)")
		}
		t.Skip(`ACCORD_TEST_POSTGRES is not set; start a server with: eval "$(scripts/postgres.sh)"`)
	}
	return u
}

// freshURL creates an empty schema on the test server, dropped when the test
// ends, and returns a URL whose search_path selects it, so that tests and
// test runs never see each other's data.
func freshURL(t testing.TB) string {
	t.Helper()
	base := serverURL(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to %s: %v", base, err)
	}
	defer conn.Close(ctx)
	// The extension must outlive every test schema: install it in public
	// once, under the migrations' lock, before a migration would install it
	// in the test's schema.
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(1); CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public; SELECT pg_advisory_unlock(1)`); err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "accord_test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Error(err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("ACCORD_TEST_POSTGRES must be a URL: %v", err)
	}
	v := u.Query()
	v.Set("search_path", schema+",public")
	u.RawQuery = v.Encode()
	return u.String()
}

func open(t testing.TB, u string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), u)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return db
}

func TestStore(t *testing.T) {
	serverURL(t)
	storetest.Run(t, func(t *testing.T) accord.Store {
		return open(t, freshURL(t))
	})
}

// TestOpenConcurrent opens one new database from several processes' worth
// of pools at once: the migrations run once, under their lock.
func TestOpenConcurrent(t *testing.T) {
	u := freshURL(t)
	var wg sync.WaitGroup
	dbs := make([]*postgres.DB, 6)
	errs := make([]error, len(dbs))
	for i := range dbs {
		wg.Go(func() { dbs[i], errs[i] = postgres.Open(context.Background(), u) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	conn, err := pgx.Connect(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var n, distinct int
	if err := conn.QueryRow(context.Background(), `SELECT count(*), count(DISTINCT version) FROM schema_version`).Scan(&n, &distinct); err != nil {
		t.Fatal(err)
	}
	if n == 0 || n != distinct {
		t.Errorf("schema_version: %d rows, %d versions", n, distinct)
	}
	// Reopening applies nothing and keeps the data.
	if _, err := dbs[0].PutArticles(context.Background(), storetest.Generate(1, 3)); err != nil {
		t.Fatal(err)
	}
	db := open(t, u)
	defer db.Close()
	if st, err := db.Stats(context.Background()); err != nil || st.Articles != 3 {
		t.Errorf("after reopening: %+v, %v", st, err)
	}
}

func TestOpenInvalid(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://user:secret@127.0.0.1:notaport/db")
	if accord.ErrorCode(err) != accord.EINVALID {
		t.Errorf("bad url: %v, want %s", err, accord.EINVALID)
	}
	if err != nil && strings.Contains(err.Error(), "secret") {
		t.Errorf("error shows the password: %v", err)
	}
}

// TestConcurrentWriters has several pools (as several ingest processes
// would) write overlapping batches, and replace the same files with new
// versions at once: every distinct article is stored once, and each file
// ends with exactly one version.
func TestConcurrentWriters(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	pool := storetest.Generate(3, 300)
	// Second versions of the first 50 files.
	var v2 []*accord.ArticleFacts
	for _, f := range pool[:50] {
		a := *f.Article
		a.Body += " Corrected."
		a.ID = accord.ArticleID(a.Published, a.Body)
		v2 = append(v2, storetest.Facts(&a, []string{"FR"}, []string{"culture"}))
	}
	const writers = 4
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		stored  = map[string]int{}
		failed  []error
		dbs     = make([]*postgres.DB, writers)
		replace = map[string]string{}
	)
	for w := range writers {
		dbs[w] = open(t, u)
		defer dbs[w].Close()
	}
	// Phase one: each writer walks the pool from its own start, in batches
	// of 40, some in reverse order.
	for w := range writers {
		wg.Go(func() {
			for i := 0; i < len(pool); i += 40 {
				var batch []*accord.ArticleFacts
				for j := range 40 {
					batch = append(batch, pool[(w*75+i+j)%len(pool)])
				}
				if w%2 == 1 {
					slices.Reverse(batch)
				}
				res, err := dbs[w].PutArticles(ctx, batch)
				mu.Lock()
				if err != nil {
					failed = append(failed, err)
				}
				for _, r := range res {
					switch r.Outcome {
					case accord.Stored:
						stored[r.ID]++
					case accord.Replaced:
						failed = append(failed, fmt.Errorf("%s replaced %s in the first phase", r.ID, r.ReplacedID))
					}
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	// Phase two: all writers put the second versions at once, in their
	// own orders.
	for w := range writers {
		wg.Go(func() {
			batch := slices.Clone(v2)
			if w%2 == 1 {
				slices.Reverse(batch)
			}
			res, err := dbs[w].PutArticles(ctx, batch)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed = append(failed, err)
			}
			for _, r := range res {
				switch r.Outcome {
				case accord.Stored:
					failed = append(failed, fmt.Errorf("%s stored, want replaced or unchanged", r.ID))
				case accord.Replaced:
					stored[r.ID]++
					replace[r.ReplacedID] = r.ID
				}
			}
		})
	}
	wg.Wait()
	for _, err := range failed {
		t.Error(err)
	}
	for id, n := range stored {
		if n != 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
	if len(stored) != len(pool)+len(v2) {
		t.Errorf("%d articles stored, want %d", len(stored), len(pool)+len(v2))
	}
	if len(replace) != len(v2) {
		t.Errorf("%d replacements, want %d", len(replace), len(v2))
	}
	st, err := dbs[0].Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(pool) {
		t.Errorf("Stats.Articles = %d, want %d", st.Articles, len(pool))
	}
	for _, f := range v2 {
		got, err := dbs[0].ArticleByFile(ctx, f.Article.File)
		if err != nil || got.ID != f.Article.ID {
			t.Errorf("%s: %v, %v; want the second version %s", f.Article.File, got, err, f.Article.ID)
		}
	}
	// Tags follow the versions: the second versions alone name FR.
	r, err := dbs[0].Search(ctx, accord.SearchQuery{Query: "corrected", Countries: []string{"FR"}, Limit: 1})
	if err != nil || r.Total != len(v2) {
		t.Errorf("second versions by tag: %+v, %v; want %d", r, err, len(v2))
	}
}

// TestSaveRecordConcurrent has several writers reset the record to their
// own version at once: the result is one writer's record, never a mix.
func TestSaveRecordConcurrent(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	const writers = 4
	changes := make([]*accord.RecordChange, writers)
	for w := range changes {
		c := &accord.RecordChange{Reset: true}
		for i := range 200 {
			c.Actors = append(c.Actors, accord.Actor{ID: fmt.Sprintf("p_%d_%d", w, i), Type: accord.Person, Name: fmt.Sprintf("Person %d", i)})
		}
		c.Targets = []accord.Target{{ID: fmt.Sprintf("t_%d", w), Metric: "trade", Value: float64(w), Unit: "USD", Comparator: accord.Eq}}
		changes[w] = c
	}
	var wg sync.WaitGroup
	errs := make([]error, writers)
	for w := range writers {
		db := open(t, u)
		defer db.Close()
		wg.Go(func() {
			for range 5 {
				if err := db.SaveRecord(ctx, changes[w]); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	db := open(t, u)
	defer db.Close()
	r, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Targets) != 1 {
		t.Fatalf("%d targets, want one writer's one", len(r.Targets))
	}
	w := int(r.Targets[0].Value)
	want := slices.Clone(changes[w].Actors)
	slices.SortFunc(want, func(a, b accord.Actor) int { return strings.Compare(a.ID, b.ID) })
	if d := cmp.Diff(want, r.Actors); d != "" {
		t.Errorf("actors are not writer %d's (-want +got):\n%s", w, d)
	}
}

// TestCopy copies a store into an empty one and back into a store that has
// part of it already.
func TestCopy(t *testing.T) {
	ctx := context.Background()
	src, dst := open(t, freshURL(t)), open(t, freshURL(t))
	defer src.Close()
	defer dst.Close()
	facts := storetest.Generate(5, 1234)
	if _, err := src.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	rich := storetest.Rich(storetest.Article("rich.md", "2025-01-01", "VNA", "Rich", "Rich text. More."))
	if _, err := src.PutArticles(ctx, []*accord.ArticleFacts{rich}); err != nil {
		t.Fatal(err)
	}
	if err := src.SaveRecord(ctx, &accord.RecordChange{
		Actors:      rich.Actors,
		Engagements: append(slices.Clone(rich.Engagements), rich.Invitations...),
		Targets:     rich.Targets,
	}); err != nil {
		t.Fatal(err)
	}
	// dst holds part of the articles and a stale record.
	if _, err := dst.PutArticles(ctx, facts[:100]); err != nil {
		t.Fatal(err)
	}
	if err := dst.SaveRecord(ctx, &accord.RecordChange{Actors: []accord.Actor{{ID: "stale", Type: accord.Person, Name: "Stale"}}}); err != nil {
		t.Fatal(err)
	}
	var calls, last int
	if err := accord.Copy(ctx, dst, src, func(n int) { calls++; last = n }); err != nil {
		t.Fatal(err)
	}
	if last != len(facts)+1 || calls < 2 {
		t.Errorf("progress: %d calls, last %d; want several, ending at %d", calls, last, len(facts)+1)
	}
	if d := cmp.Diff(eachFacts(t, src), eachFacts(t, dst)); d != "" {
		t.Errorf("articles (-src +dst):\n%s", d)
	}
	if d := cmp.Diff(record(t, src), record(t, dst)); d != "" {
		t.Errorf("record (-src +dst):\n%s", d)
	}
}

// TestCopySQLite copies a PostgreSQL store into SQLite and back: the
// articles, facts and record come through the other backend unchanged.
func TestCopySQLite(t *testing.T) {
	ctx := context.Background()
	src := open(t, freshURL(t))
	defer src.Close()
	facts := append(storetest.Generate(9, 700), storetest.Rich(storetest.Article("rich.md", "2025-01-01", "VNA", "Rich", "Rich text. More.")))
	if _, err := src.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	rich := facts[len(facts)-1]
	if err := src.SaveRecord(ctx, &accord.RecordChange{
		Actors:      rich.Actors,
		Engagements: append(slices.Clone(rich.Engagements), rich.Invitations...),
		Targets:     rich.Targets,
	}); err != nil {
		t.Fatal(err)
	}
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "copy.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	if err := accord.Copy(ctx, lite, src, nil); err != nil {
		t.Fatal(err)
	}
	back := open(t, freshURL(t))
	defer back.Close()
	if err := accord.Copy(ctx, back, lite, nil); err != nil {
		t.Fatal(err)
	}
	for _, s := range []struct {
		name  string
		store accord.Store
	}{{"sqlite", lite}, {"postgres again", back}} {
		for _, f := range []func(accord.Store) any{
			func(s accord.Store) any { return eachFacts(t, s) },
			func(s accord.Store) any { return record(t, s) },
			func(s accord.Store) any {
				r, err := s.Search(ctx, accord.SearchQuery{Query: "cooperation", Facets: true, Limit: 1})
				if err != nil {
					t.Fatal(err)
				}
				return []any{r.Total, r.Facets}
			},
		} {
			if d := cmp.Diff(f(src), f(s.store)); d != "" {
				t.Errorf("%s (-postgres +%s):\n%s", s.name, s.name, d)
			}
		}
	}
}

func eachFacts(t *testing.T, s accord.Store) []*accord.ArticleFacts {
	t.Helper()
	var out []*accord.ArticleFacts
	if err := s.EachFacts(context.Background(), func(f *accord.ArticleFacts) error { out = append(out, f); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func record(t *testing.T, s accord.Store) *accord.Record {
	t.Helper()
	r, err := s.Record(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestWithRecordLock has several stores, as several ingest processes, each
// read the record, add an actor numbered by the record's size and save it,
// under WithRecordLock: no update is lost.
func TestWithRecordLock(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	const writers, rounds = 4, 10
	var wg sync.WaitGroup
	errs := make([]error, writers)
	for w := range writers {
		db := open(t, u)
		defer db.Close()
		wg.Go(func() {
			for range rounds {
				err := db.WithRecordLock(ctx, func(ctx context.Context) error {
					r, err := db.Record(ctx)
					if err != nil {
						return err
					}
					id := fmt.Sprintf("a_%03d", len(r.Actors))
					return db.SaveRecord(ctx, &accord.RecordChange{Actors: []accord.Actor{{ID: id, Type: accord.Person, Name: id}}})
				})
				if err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	db := open(t, u)
	defer db.Close()
	r, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Actors) != writers*rounds {
		t.Errorf("%d actors, want %d: updates were lost", len(r.Actors), writers*rounds)
	}
	// The lock is free again: a cancelled context does not leave it held.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := db.WithRecordLock(cctx, func(context.Context) error { return nil }); err == nil {
		t.Error("WithRecordLock with a cancelled context: no error")
	}
	if err := db.WithRecordLock(ctx, func(context.Context) error { return nil }); err != nil {
		t.Error(err)
	}
}
