package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

// TestSearchTagsIndexed: an article's facet values are terms of the tags
// column of the full-text index (migration 0010): exact terms, written with the
// article, replaced with it, and never matched by the words of a query.
func TestSearchTagsIndexed(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "tags.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := storetest.Article("a.md", "2024-03-01", "VNA", "Ministers meet", "Ministers discussed fisheries.")
	b := storetest.Article("b.md", "2024-03-02", "White House", "Leaders talk", "Leaders discussed fisheries and trade.")
	c := storetest.Article("c.md", "2024-03-03", "VNA", "Climate", "Fisheries in a warmer sea.")
	put := func(fs ...*accord.ArticleFacts) {
		t.Helper()
		if _, err := db.PutArticles(ctx, fs); err != nil {
			t.Fatal(err)
		}
	}
	put(storetest.Facts(a, []string{"VN"}, []string{"trade"}, accord.PhoneCall),
		storetest.Facts(b, []string{"US", "VN"}, []string{"energy"}),
		storetest.Facts(c, nil, []string{"climate change"}))

	tagged := func(phrase string) int {
		t.Helper()
		var n int
		if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`, "{tags} : "+phrase).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for phrase, want := range map[string]int{
		tagTerm("country", "VN"):          2,
		tagTerm("country", "US"):          1,
		tagTerm("source", "White House"):  1,
		tagTerm("area", "climate change"): 1,
		tagTerm("area", "climate"):        0, // a whole value only
		tagTerm("type", "phone_call"):     1,
	} {
		if got := tagged(phrase); got != want {
			t.Errorf("%s: %d articles in the index, want %d", phrase, got, want)
		}
	}

	ids := func(q accord.SearchQuery) []string {
		t.Helper()
		r, err := db.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range r.Hits {
			out = append(out, h.Article.ID)
		}
		if r.Total != len(out) {
			t.Errorf("%+v: Total %d, %d hits", q, r.Total, len(out))
		}
		return out
	}
	for _, tt := range []struct {
		q    accord.SearchQuery
		want []string
	}{
		// "trade" is a's area, not a word of a: words search title and body.
		{accord.SearchQuery{Query: "trade"}, []string{b.ID}},
		{accord.SearchQuery{Query: "vna OR house OR " + tagTerm("country", "VN")[1:7]}, nil},
		// Values match exactly, as stored.
		{accord.SearchQuery{Query: "fisheries", Countries: []string{"vn"}}, nil},
		{accord.SearchQuery{Query: "fisheries", Countries: []string{"VN"}}, []string{b.ID, a.ID}},
		{accord.SearchQuery{Query: "fisheries", Countries: []string{"VN", "US"}}, []string{b.ID}},
		{accord.SearchQuery{Query: "fisheries", Areas: []string{"climate"}}, nil},
		{accord.SearchQuery{Query: "fisheries", Areas: []string{"climate change"}}, []string{c.ID}},
		{accord.SearchQuery{Query: "fisheries -trade", Source: "VNA"}, []string{c.ID, a.ID}},
		{accord.SearchQuery{Query: "fisheries", Types: []string{string(accord.PhoneCall), "meeting"}}, []string{a.ID}},
		// Without words, the filters alone select in the index.
		{accord.SearchQuery{Countries: []string{"VN"}, To: "2024-03-01"}, []string{a.ID}},
		{accord.SearchQuery{Source: "White House"}, []string{b.ID}},
	} {
		if got := ids(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("%+v: hits %v, want %v", tt.q, got, tt.want)
		}
	}

	// A changed file replaces the article: its entry and tags go with it.
	a2 := storetest.Article("a.md", "2024-03-01", "VNA", "Ministers meet", "Ministers discussed fisheries again.")
	put(storetest.Facts(a2, []string{"JP"}, nil))
	if got := tagged(tagTerm("country", "VN")); got != 1 {
		t.Errorf("after replacing a: %d articles of VN in the index, want 1", got)
	}
	if got := ids(accord.SearchQuery{Query: "fisheries", Countries: []string{"JP"}}); !slices.Equal(got, []string{a2.ID}) {
		t.Errorf("after replacing a: JP hits %v, want %v", got, []string{a2.ID})
	}
	if _, err := db.w.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("index integrity after a replacement: %v", err)
	}
}

// TestRankWindowWeights: relevance weighs a query's terms by the newest
// RelevanceWindow matches only. "alpha" fills the older articles and is
// rare in the window, "beta" fills the window: by the window, an article of
// the window with alpha outranks those with beta; by the whole store
// (bm25's weights), it would not.
func TestRankWindowWeights(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 6,000 articles")
	}
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "rank.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const old = 4000
	day := func(i int) string {
		return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format(time.DateOnly)
	}
	var all []*accord.ArticleFacts
	var alpha string
	for i := range old + accord.RelevanceWindow {
		word := "alpha"
		if i >= old && i%100 != 50 {
			word = "beta"
		}
		// Same length, so that only the weights differ.
		a := storetest.Article(fmt.Sprintf("r%05d.md", i), day(i), "VNA", "Bulletin", "An item on "+word+" today.")
		if word == "alpha" && i >= old {
			alpha = a.ID // the newest alpha of the window
		}
		all = append(all, storetest.Facts(a, nil, nil))
	}
	for len(all) > 0 {
		k := min(1000, len(all))
		if _, err := db.PutArticles(ctx, all[:k]); err != nil {
			t.Fatal(err)
		}
		all = all[k:]
	}
	r, err := db.Search(ctx, accord.SearchQuery{Query: "alpha OR beta", Sort: accord.SortRelevance, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 1 || r.Hits[0].Article.ID != alpha {
		t.Errorf("first hit %+v, want the newest alpha article %s (rare in the window)", r.Hits, alpha)
	}
}

func TestVarint(t *testing.T) {
	for _, tt := range []struct {
		in   []byte
		want uint64
		n    int
	}{
		{[]byte{0x05}, 5, 1},
		{[]byte{0x7f, 0x01}, 127, 1},
		{[]byte{0x83, 0x40}, 3<<7 | 0x40, 2},
		{[]byte{0x81, 0x80, 0x00}, 1 << 14, 3},
		{nil, 0, 0},
	} {
		if got, n := varint(tt.in); got != tt.want || n != tt.n {
			t.Errorf("varint(%x) = %d, %d; want %d, %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}
