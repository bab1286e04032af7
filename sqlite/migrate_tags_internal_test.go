package sqlite

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

// TestMigrateTagsUnindexed: a store of schema 17 (article_tags indexed by
// value) loses that index through migration 0018 and keeps what reads its
// tags: searches filtered by country, area, type and source, with their
// facets, find the same articles before and after, an article's areas are
// read, and a replaced article's tags go with it.
func TestMigrateTagsUnindexed(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article("a.md", "2025-09-20", "VNA", "Ministers meet", "Ministers of Korea and Viet Nam met on energy.")
	b := storetest.Article("b.md", "2025-09-21", "Kyodo", "Ministers talk", "Ministers of Japan and Viet Nam talked on energy.")
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{
		storetest.Facts(a, []string{"KR", "VN"}, []string{"energy"}, accord.Meeting),
		storetest.Facts(b, []string{"JP", "VN"}, []string{"energy", "trade"}, accord.Talks),
	}); err != nil {
		t.Fatal(err)
	}
	queries := []accord.SearchQuery{
		{Query: "energy", Countries: []string{"VN"}, Facets: true},
		{Query: "energy", Countries: []string{"KR"}, Facets: true},
		{Query: "ministers", Areas: []string{"trade"}, Facets: true},
		{Query: "ministers", Types: []string{string(accord.Talks)}, Source: "Kyodo", Facets: true},
	}
	search := func() []string {
		t.Helper()
		var out []string
		for _, q := range queries {
			r, err := db.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			s := ""
			for _, h := range r.Hits {
				s += h.Article.ID + " "
			}
			for _, k := range []string{"country", "area", "type", "source"} {
				for _, f := range r.Facets[k] {
					s += k + ":" + f.Value + " "
				}
			}
			out = append(out, s)
		}
		return out
	}
	before := search()
	// As the store was at schema 17.
	for _, q := range []string{
		`CREATE INDEX article_tags_value ON article_tags (kind, value, article)`,
		`DELETE FROM schema_version WHERE version >= 18`,
	} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.r.QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatal(q, err)
		}
		return n
	}
	if n := count(`SELECT count(*) FROM sqlite_schema WHERE name = 'article_tags_value'`); n != 0 {
		t.Errorf("article_tags_value still there after migration 0018")
	}
	after := search()
	for i := range queries {
		if before[i] != after[i] || after[i] == "" {
			t.Errorf("search %+v: before the migration %q, after %q", queries[i], before[i], after[i])
		}
	}
	if infos, err := db.ArticleInfos(ctx, []string{b.ID}); err != nil || len(infos) != 1 || len(infos[b.ID].Areas) != 2 {
		t.Errorf("the areas of %s after the migration: %+v, %v", b.ID, infos[b.ID], err)
	}
	// A new version of a.md (of Korea alone, no area): the old version's
	// tags go (cascade), the new ones come.
	a2 := storetest.Article("a.md", "2025-09-20", "VNA", "Ministers meet", "Ministers of Korea and Viet Nam met again.")
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{storetest.Facts(a2, []string{"KR"}, nil)}); err != nil {
		t.Fatal(err)
	}
	n := strconv.Itoa(count(`SELECT n FROM articles WHERE id = '` + a2.ID + `'`))
	old := count(`SELECT count(*) FROM article_tags WHERE article = ` + n + ` AND (kind = 'area' OR value = 'VN')`)
	orphans := count(`SELECT count(*) FROM article_tags WHERE article NOT IN (SELECT n FROM articles)`)
	now := count(`SELECT count(*) FROM article_tags WHERE article = ` + n + ` AND kind = 'country' AND value = 'KR'`)
	if old != 0 || orphans != 0 || now != 1 {
		t.Errorf("tags after the replacement: %d of the old version, %d orphans, %d of the new one (want 0, 0, 1)", old, orphans, now)
	}
	if r, err := db.Search(ctx, accord.SearchQuery{Query: "ministers", Areas: []string{"energy"}, Countries: []string{"KR"}}); err != nil || r.Total != 0 {
		t.Errorf("the replaced version's tags still found: %+v, %v", r, err)
	}
}
