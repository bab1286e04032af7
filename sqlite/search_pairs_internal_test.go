package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/storetest"
)

// pairsTexts are texts whose tokens are hard to get right: marks,
// separators beyond ASCII, folded and stemmed forms, scripts without
// spaces, text that is not UTF-8.
var pairsTexts = []string{
	"Official visits: the officially visited official-visit.",
	"Việt Nam’s  ministry-level talks; Türkiye, Đà Nẵng, Hà Nội.",
	"cafe\u0301 visit and \u0301visit and café visit",
	"official\u00advisit official\u00a0visit official\u200bvisit",
	"ｏｆｆｉｃｉａｌ ｖｉｓｉｔ — Ⅻ ² ½ ﬁnance ŒUVRE Straße İstanbul",
	"北京访问 北京 访问 東京都 서울 방문 Москва визит",
	"President's visit to the U.S.-Japan summit, 2030 target 1990s",
	"official \xff visit \xc3 official visit",
	"emoji 😀official visit👍 x\u0000y \u2028official\u2029visit",
	"a b c d e f g h i j ab abc abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
	"",
	"   ...  ",
}

// TestTokensAsIndex: the tokens made in Go (split in Go, words looked up)
// are those the index's tokenizer makes of the whole text, on hard texts,
// generated articles and the White House corpus.
func TestTokensAsIndex(t *testing.T) {
	texts := slices.Clone(pairsTexts)
	for _, f := range storetest.Generate(5, 50) {
		texts = append(texts, f.Article.Title, f.Article.Body)
	}
	if _, err := os.Stat("../../shared/corpus/whitehouse"); err == nil {
		err := read.Walk(context.Background(), []string{"../../shared/corpus/whitehouse"}, nil, func(it read.Item) error {
			for _, a := range it.Articles {
				texts = append(texts, a.Title, a.Body)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range texts {
		checkTokens(t, s)
	}
	t.Logf("%d texts, %d characters and %d words learnt", len(texts), len(words.classes), len(words.stems))
}

func checkTokens(t *testing.T, s string) {
	t.Helper()
	got, err := words.tokens(s)
	if err != nil {
		t.Fatal(err)
	}
	want, err := words.oracle.tokens(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens of %.80q:\n got %q\nwant %q", s, got, want)
	}
}

// FuzzTokens: whatever the text, the tokens made in Go are the index's.
func FuzzTokens(f *testing.F) {
	for _, s := range pairsTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s)
	})
}

// pairsStore returns a store of generated articles and of articles with
// the hard texts, with facts.
func pairsStore(t *testing.T) *DB {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "pairs.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	arts := storetest.Generate(11, 300)
	extra := []struct{ title, body string }{
		{"A productive official", "Visit of the delegation to Hanoi."},
		{"Talks", "The ministry-level talks on trade ended. Level talks resumed."},
		{"Visits", "A visit visit, officially. The official, visit later."},
		{"Energy", "Green energy transition and official visit plans."},
		{"Energy", "Energy transition green; climate change and trade."},
		{"Apart", "An official came; a visit followed."},
		{"Talks on a hydrogen corridor", "Nothing more."},
		{"Plans", "The ministers agreed on a hydrogen corridor"},
	}
	for _, s := range pairsTexts {
		extra = append(extra, struct{ title, body string }{"Hard text", s})
	}
	for i, e := range extra {
		a := storetest.Article(fmt.Sprintf("pairs-%d.txt", i), fmt.Sprintf("2024-%02d-15", i%12+1), "VNA", e.title, e.body)
		arts = append(arts, storetest.Facts(a, []string{"VN"}, []string{"trade"}))
	}
	for i := 0; i < len(arts); i += 100 {
		if _, err := db.PutArticles(ctx, arts[i:min(i+100, len(arts))]); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// pairsQueries are queries of phrases of two words (searched in
// articles_pairs) and others (articles_fts).
var pairsQueries = []struct {
	q     accord.SearchQuery
	pairs bool
}{
	{accord.SearchQuery{Query: `"official visit"`}, true},
	{accord.SearchQuery{Query: `"OFFICIAL VISITS"`}, true},
	{accord.SearchQuery{Query: `"officially visited"`}, true},
	{accord.SearchQuery{Query: `"visit visit"`}, true},
	{accord.SearchQuery{Query: `"level talks"`}, true},
	{accord.SearchQuery{Query: `ministry-level`}, true},
	{accord.SearchQuery{Query: `ministry-level -"green energy"`}, true},
	{accord.SearchQuery{Query: `"ministry-level talks"`}, false},
	{accord.SearchQuery{Query: `"green energy transition"`}, false},
	{accord.SearchQuery{Query: `"green energy"`}, true},
	{accord.SearchQuery{Query: `"hydrogen corridor"`}, true},
	{accord.SearchQuery{Query: `"official visit" OR "state visit"`}, true},
	{accord.SearchQuery{Query: `trade -"climate change"`}, false},
	{accord.SearchQuery{Query: `energy "official visit"`}, false},
	{accord.SearchQuery{Query: `"official visit" "green energy" -"state visit"`}, true},
	{accord.SearchQuery{Query: `"official visit"`, Countries: []string{"VN"}, Areas: []string{"trade"}}, true},
	{accord.SearchQuery{Query: `"official visit"`, From: "2015-01-01", To: "2019-12-31"}, true},
	{accord.SearchQuery{Query: `"viet nam"`}, true},
	{accord.SearchQuery{Query: `"Việt Nam"`}, true},
	{accord.SearchQuery{Query: `"Đà Nẵng"`}, true},
	{accord.SearchQuery{Query: `"cafe visit"`}, true},
	{accord.SearchQuery{Query: `"ｏｆｆｉｃｉａｌ ｖｉｓｉｔ"`}, true},
	{accord.SearchQuery{Query: `"北京 访问"`}, true},
	{accord.SearchQuery{Query: `"president s"`}, true},
	{accord.SearchQuery{Query: `"u s"`}, true},
	{accord.SearchQuery{Query: `"energy"`}, false},
	{accord.SearchQuery{Query: `energy trade`}, false},
}

// TestSearchPairs: a search answered from the pairs (migration 0014)
// returns what articles_fts's phrase queries return: the same hits, in
// the same order, with the same snippets, counts and facets, newest first
// and by relevance. Replacing an article replaces its pairs.
func TestSearchPairs(t *testing.T) {
	ctx := context.Background()
	db := pairsStore(t)
	comparePairs(t, db)

	// The changed file's older version no longer matches.
	a := storetest.Article("pairs-0.txt", "2024-01-15", "VNA", "A productive official", "Nothing of the kind.")
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{{Article: a}}); err != nil {
		t.Fatal(err)
	}
	res, err := db.Search(ctx, accord.SearchQuery{Query: `"official visit"`, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if h.Article.Path == "pairs-0.txt" || h.Article.File == "pairs-0.txt" {
			t.Errorf("replaced article still found: %+v", h.Article)
		}
	}
	comparePairs(t, db)
}

// comparePairs runs pairsQueries with and without the pairs.
func comparePairs(t *testing.T, db *DB) {
	t.Helper()
	ctx := context.Background()
	defer func() { searchPairs = true }()
	for _, tt := range pairsQueries {
		searchPairs = true
		m, err := newMatching(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := m.table == "articles_pairs"; got != tt.pairs {
			t.Errorf("%+v: searched in %s", tt.q, m.table)
		}
		for _, sort := range []string{"", accord.SortRelevance} {
			q := tt.q
			q.Limit, q.Facets, q.Sort = 1000, true, sort
			searchPairs = true
			got, err := db.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			searchPairs = false
			want, err := db.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if want.Total == 0 && tt.pairs {
				t.Errorf("%+v: no match: a test that cannot fail", q)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%+v (sort %q): with pairs %d matches %v, without %d %v", q.Query, sort, got.Total, hitIDs(got), want.Total, hitIDs(want))
			}
		}
	}
}

func hitIDs(r *accord.SearchResults) string {
	var ids []string
	for _, h := range r.Hits {
		ids = append(ids, h.Article.ID[:6])
	}
	return strings.Join(ids, " ")
}

// TestMigratePairs: a store written before migration 0014 gets the pairs
// of its articles, and searches them as articles_fts.
func TestMigratePairs(t *testing.T) {
	ctx := context.Background()
	db := pairsStore(t)
	for _, s := range []string{
		`DROP TRIGGER articles_pairs_delete`, `DROP TRIGGER articles_pairs_update`, `DROP TABLE articles_pairs`,
		`DELETE FROM schema_version WHERE version = 14`,
	} {
		if _, err := db.w.ExecContext(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	path := db.path
	db.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM articles_pairs WHERE articles_pairs MATCH 'offici_visit'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no pairs after the migration")
	}
	comparePairs(t, db)
}
