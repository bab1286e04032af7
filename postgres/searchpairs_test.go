package postgres_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
	"github.com/jackc/pgx/v5"
)

// TestSearchPairs checks that phrases found by their pairs of lexemes
// (migration 0010) match exactly the articles PostgreSQL's phrase operator
// finds in the articles' tsvectors: across the title and the body, with
// hyphenated words, repeated words, punctuation between the words, and in
// an article too long to hold its pairs (checked by position instead).
func TestSearchPairs(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	db := open(t, u)
	defer db.Close()
	arts := storetest.Generate(11, 300)
	extra := []struct{ title, body string }{
		{"A productive official", "Visit of the delegation to Hanoi."},
		{"Talks", "The ministry-level talks on trade ended. Level talks resumed."},
		{"Visits", "A visit visit, officially. The official, visit later."},
		{"Energy", "Green energy transition and official visit plans."},
		{"Energy", "Energy transition green; climate change and trade."},
		{"Apart", "An official came; a visit followed."},
		// Quotes and backslashes in lexemes: escaped in tsvector text.
		{"Quoted", `Minister Dal'Orvo's aide said "Q\\7 plan" path C:\\dir\\file it's done ''twice'' \\'`},
		{"Empty", ""},
	}
	// An article whose pairs do not fit a tsvector: phrases by position.
	r := rand.New(rand.NewPCG(1, 2))
	var long strings.Builder
	for i := range 40000 {
		if i == 100 { // positions stop at 16,383
			long.WriteString("official visit green energy transition ")
		}
		fmt.Fprintf(&long, "w%x ", r.Uint64()%(1<<40))
	}
	extra = append(extra, struct{ title, body string }{"Long", long.String()})
	for i, e := range extra {
		a := storetest.Article(fmt.Sprintf("pairs-%d.txt", i), fmt.Sprintf("2024-0%d-15", i+1), "VNA", e.title, e.body)
		arts = append(arts, &accord.ArticleFacts{Article: a})
	}
	for i := 0; i < len(arts); i += 100 {
		if _, err := db.PutArticles(ctx, arts[i:min(i+100, len(arts))]); err != nil {
			t.Fatal(err)
		}
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var marked int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM search_docs WHERE doc @@ E'''\x1f'''::tsquery`).Scan(&marked); err != nil {
		t.Fatal(err)
	}
	if marked != 1 {
		t.Errorf("%d articles marked as holding no pairs, want 1 (the long one)", marked)
	}

	// The search rows hold what search_doc (search_pairs in SQL) gives,
	// now that the pairs are made in Go (pairs.go).
	var differ int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM search_docs d JOIN articles a USING (id)
		WHERE d.doc <> search_doc(a.search, d.tags)`).Scan(&differ); err != nil {
		t.Fatal(err)
	}
	if differ != 0 {
		t.Errorf("%d search rows differ from search_doc's", differ)
	}

	p := func(s string) string { return "phraseto_tsquery('accord', '" + s + "')" }
	for _, tt := range []struct {
		query, want string // want: the tsquery over articles.search
	}{
		{`"official visit"`, p("official visit")},
		{`"visit visit"`, p("visit visit")},
		{`"ministry-level talks"`, p("ministry-level talks")},
		{`"level talks"`, p("level talks")},
		{`"green energy transition"`, p("green energy transition")},
		{`"energy transition green"`, p("energy transition green")},
		{`"official visit" OR "state visit"`, p("official visit") + " || " + p("state visit")},
		{`trade -"climate change"`, p("trade") + " && !!" + p("climate change")},
		{`energy "official visit"`, p("energy") + " && " + p("official visit")},
		{`"energy"`, p("energy")},
	} {
		res, err := db.Search(ctx, accord.SearchQuery{Query: tt.query, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		rows, err := conn.Query(ctx, `SELECT id FROM articles WHERE search @@ (`+tt.want+`) ORDER BY published DESC, id`)
		if err != nil {
			t.Fatal(err)
		}
		want, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 {
			t.Errorf("%s: no match: a test that cannot fail", tt.query)
		}
		if got := ids(res); !slices.Equal(got, want) || res.Total != len(want) {
			t.Errorf("%s: %d matches %v, want %d %v", tt.query, res.Total, got, len(want), want)
		}
	}
}
