package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
	"github.com/google/go-cmp/cmp"
)

// TestSearchesLeaveReaders: while every search slot is busy (as with
// hostile searches running), other reads are served at once, and a further
// search gives up with ETIMEOUT at its deadline instead of queueing forever.
func TestSearchesLeaveReaders(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.PutArticles(ctx, storetest.Generate(1, 20)); err != nil {
		t.Fatal(err)
	}
	if c := cap(db.searches); c < 1 || c > max(1, db.r.Stats().MaxOpenConnections/2) {
		t.Fatalf("%d search slots for %d readers", cap(db.searches), db.r.Stats().MaxOpenConnections)
	}
	for range cap(db.searches) {
		db.searches <- struct{}{}
	}
	defer func(d time.Duration) { accord.SearchTimeout = d }(accord.SearchTimeout)
	accord.SearchTimeout = 200 * time.Millisecond
	start := time.Now()
	if _, err := db.Search(ctx, accord.SearchQuery{Query: "trade"}); accord.ErrorCode(err) != accord.ETIMEOUT {
		t.Errorf("a search beyond the slots: %v, want ETIMEOUT", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("it waited %v", d)
	}
	// Other reads do not wait for searches.
	readCtx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	for range 10 {
		if _, err := db.Stats(readCtx); err != nil {
			t.Fatalf("a read while searches hold their slots: %v", err)
		}
		if _, _, err := db.Articles(readCtx, accord.ArticleFilter{}); err != nil {
			t.Fatalf("a read while searches hold their slots: %v", err)
		}
	}
}

// TestSearchSnippetsWithPage: the snippets that the page's query makes (the
// newest first, words searched in articles_fts) or the walk of a ranked
// window are those of a search of the words alone in each hit, as they
// were made one query per hit: the filters' terms, of the tags column,
// change no snippet.
func TestSearchSnippetsWithPage(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.PutArticles(ctx, storetest.Generate(7, 80)); err != nil {
		t.Fatal(err)
	}
	for _, q := range []accord.SearchQuery{
		{Query: "cooperation", Limit: 10},
		{Query: "maritime summit", Limit: 10, Offset: 3},
		{Query: "tourism OR semiconductor", Limit: 10},
		{Query: `energy -"green transition maritime"`, Limit: 10},
		{Query: `"the president" leaders`, Limit: 10},
		{Query: `"cooperation trade"`, Limit: 10},
		{Query: "investment", Countries: []string{"VN"}, Limit: 10},
		{Query: "forum", Source: "VNA", From: "2014-01-01", To: "2022-12-31", Limit: 10, Facets: true},
		{Query: "cooperation", Sort: accord.SortRelevance, Limit: 10},
		{Query: "maritime summit", Sort: accord.SortRelevance, Limit: 10, Offset: 3},
		{Query: "investment", Countries: []string{"VN"}, To: "2022-12-31", Sort: accord.SortRelevance, Limit: 10},
		{Query: `"cooperation trade"`, Sort: accord.SortRelevance, Limit: 10},
	} {
		res, err := db.Search(ctx, q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		if len(res.Hits) == 0 {
			t.Fatalf("%+v: no hits", q)
		}
		m, err := newMatching(q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			var want string
			err := db.r.QueryRowContext(ctx, `SELECT `+snippetOf+` FROM articles_fts WHERE articles_fts MATCH ? AND rowid = (SELECT n FROM articles WHERE id = ?)`,
				m.match, h.Article.ID).Scan(&want)
			if err != nil {
				t.Fatal(err)
			}
			if h.Snippet != want || !strings.Contains(want, "\x02") {
				t.Errorf("%q, %s: snippet %q, want %q", q.Query, h.Article.ID, h.Snippet, want)
			}
		}
	}
}

// segments is the number of segments of the full-text index table, from
// its structure record (rowid 10 of its _data table: a cookie, the
// structure's version mark for a table with deletes, then the levels and
// the segments as varints).
func segments(t *testing.T, db *DB, table string) int {
	t.Helper()
	var b []byte
	if err := db.r.QueryRow(`SELECT block FROM ` + table + `_data WHERE rowid = 10`).Scan(&b); err != nil {
		t.Fatal(err)
	}
	b = b[4:]
	if len(b) >= 4 && b[0] == 0xff && b[1] == 0 && b[2] == 0 && b[3] == 1 {
		b = b[4:]
	}
	_, k := varint(b)
	n, _ := varint(b[k:])
	return int(n)
}

// TestOptimizeSearch: merging the full-text indexes leaves one segment
// each, and every search finds what it found before, in the same order,
// with the same snippets, counts and facets.
func TestOptimizeSearch(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for k := range uint64(6) {
		if _, err := db.PutArticles(ctx, storetest.Generate(100+k, 40)); err != nil {
			t.Fatal(err)
		}
	}
	for _, table := range []string{"articles_fts", "articles_pairs"} {
		if n := segments(t, db, table); n < 2 {
			t.Fatalf("%s: %d segments after 6 batches, want several (the test needs them)", table, n)
		}
	}
	queries := []accord.SearchQuery{
		{Query: "cooperation", Limit: 20, Facets: true},
		{Query: `"official visit"`, Limit: 20, Facets: true},
		{Query: "tourism OR semiconductor", Limit: 20},
		{Query: `energy -"green transition"`, Limit: 20, Offset: 5},
		{Query: "investment", Countries: []string{"VN"}, From: "2012-01-01", To: "2020-12-31", Limit: 20, Facets: true},
		{Query: "strategic partnership", Sort: accord.SortRelevance, Limit: 20},
		{From: "2020-01-01", Limit: 20, Facets: true},
	}
	var before []*accord.SearchResults
	for _, q := range queries {
		r, err := db.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		before = append(before, r)
	}
	if err := db.OptimizeSearch(ctx); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"articles_fts", "articles_pairs"} {
		if n := segments(t, db, table); n != 1 {
			t.Errorf("%s: %d segments after OptimizeSearch, want 1", table, n)
		}
	}
	for i, q := range queries {
		r, err := db.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(before[i], r); diff != "" {
			t.Errorf("%+v: results changed by OptimizeSearch (-before +after):\n%s", q, diff)
		}
		if len(r.Hits) == 0 {
			t.Errorf("%+v: no hits", q)
		}
	}
}
