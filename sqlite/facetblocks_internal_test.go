package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
	"github.com/google/go-cmp/cmp"
)

// blockRows reads facet_blocks back into article_facets' rows (key ->
// tags), failing on an entry out of its block or given twice.
func blockRows(t *testing.T, db *DB) map[int64]string {
	t.Helper()
	rows, err := db.r.Query(`SELECT b, data FROM facet_blocks`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var b int64
		var data []byte
		if err := rows.Scan(&b, &data); err != nil {
			t.Fatal(err)
		}
		entries, err := decodeBlock(data)
		if err != nil || len(entries) == 0 {
			t.Fatalf("block %d: %d entries, %v", b, len(entries), err)
		}
		for _, e := range entries {
			n := b<<blockBits | int64(e.place)
			if _, dup := out[n]; dup {
				t.Fatalf("block %d: key %d twice", b, n)
			}
			out[n] = e.tags
		}
	}
	return out
}

// facetRows reads article_facets (key -> tags).
func facetRows(t *testing.T, db *DB) map[int64]string {
	t.Helper()
	rows, err := db.r.Query(`SELECT n, tags FROM article_facets`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var n int64
		var tags string
		if err := rows.Scan(&n, &tags); err != nil {
			t.Fatal(err)
		}
		out[n] = tags
	}
	return out
}

// TestFacetBlocks: facet_blocks (migration 0022) holds exactly the rows of
// article_facets, grouped by blocks of keys, after articles are added,
// after some are replaced (their rows deleted, their blocks made again),
// and after the migration builds it from an older store; and a search's
// facets count only the matches of a block, not its other articles (read
// by block where a block has several matches, by article where it has
// few). The corpus: 300 articles on one day (two blocks of keys, 256 and
// 44) and 5 on another, every third about fisheries (so two matches on the
// second day), in invented countries' names.
func TestFacetBlocks(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "blocks.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { db.Close() }()
	countries := []string{"QA", "QB", "QC", "QD"}
	article := func(i int, version string) *accord.ArticleFacts {
		day := "2031-05-17"
		if i >= 300 {
			day = "2031-05-18"
		}
		topic := "forestry"
		if i%3 == 0 {
			topic = "fisheries"
		}
		a := storetest.Article(fmt.Sprintf("r%02d.md", i), day, "Wire", "Report "+strconv.Itoa(i),
			fmt.Sprintf("The envoys discussed %s in round %d%s.", topic, i, version))
		return storetest.Facts(a, []string{countries[i%4], countries[(i+1)%4]}, []string{topic}, accord.Talks)
	}
	var batch []*accord.ArticleFacts
	for i := range 305 {
		batch = append(batch, article(i, ""))
	}
	// The facets of "fisheries" counted from the articles themselves.
	want := func(batch []*accord.ArticleFacts) map[string]int {
		out := map[string]int{}
		for _, f := range batch {
			if !strings.Contains(f.Article.Body, "fisheries") {
				continue
			}
			for _, a := range f.Actors {
				if a.Type == accord.Country {
					out["country:"+a.Country]++
				}
			}
		}
		return out
	}
	check := func(step string, batch []*accord.ArticleFacts) {
		t.Helper()
		have, blocks := facetRows(t, db), blockRows(t, db)
		if len(have) != len(batch) {
			t.Fatalf("%s: %d article_facets rows, want %d", step, len(have), len(batch))
		}
		if d := cmp.Diff(have, blocks); d != "" {
			t.Errorf("%s: facet_blocks against article_facets (-want +got):\n%s", step, d)
		}
		r, err := db.Search(ctx, accord.SearchQuery{Query: "fisheries", Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, f := range r.Facets[accord.FacetCountry] {
			got["country:"+f.Value] = f.Count
		}
		if d := cmp.Diff(want(batch), got); d != "" {
			t.Errorf("%s: country facets of the matches (-want +got):\n%s", step, d)
		}
		days := 0
		for _, f := range r.Facets[accord.FacetYear] {
			days += f.Count
		}
		if days != r.Total {
			t.Errorf("%s: years count %d matches, want %d", step, days, r.Total)
		}
		// Ranked, the facets and count are those of the same matches
		// (the window's walk is the facets').
		ranked, err := db.Search(ctx, accord.SearchQuery{Query: "fisheries", Facets: true, Sort: accord.SortRelevance})
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(r.Facets, ranked.Facets); d != "" || ranked.Total != r.Total || len(ranked.Hits) != len(r.Hits) {
			t.Errorf("%s: ranked search: %d matches, %d hits, facets (-newest first +ranked):\n%s", step, ranked.Total, len(ranked.Hits), d)
		}
	}
	steps := []struct {
		name string
		do   func()
	}{
		{"added", func() {
			if _, err := db.PutArticles(ctx, batch); err != nil {
				t.Fatal(err)
			}
		}},
		{"replaced", func() {
			// New versions of some (the same files, new bodies):
			// their rows go, and come back under new keys.
			var nu []*accord.ArticleFacts
			for _, i := range []int{0, 3, 31, 255, 270, 303} {
				batch[i] = article(i, " again")
				nu = append(nu, batch[i])
			}
			if _, err := db.PutArticles(ctx, nu); err != nil {
				t.Fatal(err)
			}
		}},
		{"migrated", func() {
			// As the store was at schema 21: built by the migration.
			for _, q := range []string{
				`DROP TABLE facet_blocks`,
				`DELETE FROM schema_version WHERE version >= 22`,
			} {
				if _, err := db.w.ExecContext(ctx, q); err != nil {
					t.Fatal(q, err)
				}
			}
			db.Close()
			if db, err = Open(ctx, path); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, s := range steps {
		s.do()
		check(s.name, batch)
	}
	// The first day's keys span two blocks, the second's one.
	var bs []int64
	for n := range blockRows(t, db) {
		if !slices.Contains(bs, n>>blockBits) {
			bs = append(bs, n>>blockBits)
		}
	}
	if len(bs) != 3 {
		t.Errorf("%d blocks, want 3 (the test needs a full block)", len(bs))
	}
}

// TestFacetBlocksKeyReused: an article deleted by another client (SQL, not
// PutArticles) leaves its entry in its block; the next article of its day
// takes its key, and even without facets of its own it is not counted
// with the deleted article's.
func TestFacetBlocksKeyReused(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "reused.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Four articles and the one deleted (the day's last key): the block
	// has matches enough to be read whole.
	var batch []*accord.ArticleFacts
	for i := range 4 {
		a := storetest.Article(fmt.Sprintf("h%d.md", i), "2032-02-09", "Wire", "Harbour talks", fmt.Sprintf("The envoys discussed harbours, round %d.", i))
		batch = append(batch, storetest.Facts(a, []string{"QE"}, []string{"transport"}, accord.Talks))
	}
	gone := storetest.Article("gone.md", "2032-02-09", "Wire", "Harbour visit", "The envoys visited harbours.")
	batch = append(batch, storetest.Facts(gone, []string{"QF"}, []string{"transport"}, accord.Visit))
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	var n int64
	if err := db.w.QueryRowContext(ctx, `SELECT n FROM articles WHERE id = ?`, gone.ID).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.ExecContext(ctx, `DELETE FROM articles WHERE n = ?`, n); err != nil {
		t.Fatal(err)
	}
	bare := storetest.Article("c.md", "2032-02-09", "", "Harbour notes", "Notes on harbours.")
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{{Article: bare}}); err != nil {
		t.Fatal(err)
	}
	var m int64
	if err := db.w.QueryRowContext(ctx, `SELECT n FROM articles WHERE id = ?`, bare.ID).Scan(&m); err != nil {
		t.Fatal(err)
	}
	if m != n {
		t.Fatalf("the new article's key %d, want the deleted one's %d (the test needs it)", m, n)
	}
	r, err := db.Search(ctx, accord.SearchQuery{Query: "harbours", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []accord.FacetCount{{Value: "QE", Count: 4}}
	if d := cmp.Diff(want, r.Facets[accord.FacetCountry]); d != "" || r.Total != 5 {
		t.Errorf("%d matches; country facets (-want +got):\n%s", r.Total, d)
	}
}
