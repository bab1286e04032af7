package postgres_test

import (
	"context"
	"slices"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
	"github.com/jackc/pgx/v5"
)

// TestMigrateSearchDocs checks that migration 0008 fills search_docs from
// a store written before it: the store's search rows are dropped and the
// migration run again, and every query class finds what it found before,
// in the same order, with the same counts and facets.
func TestMigrateSearchDocs(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	db := open(t, u)
	arts := storetest.Generate(7, 600)
	for i := 0; i < len(arts); i += 200 {
		if _, err := db.PutArticles(ctx, arts[i:i+200]); err != nil {
			t.Fatal(err)
		}
	}
	queries := []accord.SearchQuery{
		{Query: "cooperation", Facets: true},
		{Query: `"official visit"`, Limit: 50},
		{Query: "trade -tourism", Offset: 20},
		{Query: "energy OR health", Countries: []string{"VN"}, Facets: true},
		{Query: "strategic partnership", Sort: accord.SortRelevance, Limit: 30},
		{From: "2015-01-01", To: "2019-12-31", Source: "VNA", Facets: true},
		{Query: "energy", Types: []string{string(accord.EngagementTypes[0]), string(accord.EngagementTypes[1])}, Areas: []string{"trade"}},
	}
	before := make([]*accord.SearchResults, len(queries))
	for i, q := range queries {
		r, err := db.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if r.Total == 0 {
			t.Fatalf("%+v: no match: a test that cannot fail", q)
		}
		before[i] = r
	}
	db.Close()

	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `DROP TABLE search_docs; DROP FUNCTION search_docs_month(text), search_doc(tsvector, text[]);
		DROP TRIGGER articles_search_docs ON articles; DROP FUNCTION search_docs_delete(); DELETE FROM schema_version WHERE version >= 8`); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	db = open(t, u)
	defer db.Close()
	for i, q := range queries {
		r, err := db.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if r.Total != before[i].Total || !slices.Equal(ids(r), ids(before[i])) || !equalFacets(r.Facets, before[i].Facets) {
			t.Errorf("%+v after the migration: %d %v %v, want %d %v %v", q, r.Total, ids(r), r.Facets, before[i].Total, ids(before[i]), before[i].Facets)
		}
	}
	// A replaced article leaves search with its row (the trigger).
	a := *arts[0].Article
	a.Body += " Zanzibar."
	a.ID = accord.ArticleID(a.Published, a.Body)
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{{Article: &a}}); err != nil {
		t.Fatal(err)
	}
	r, err := db.Search(ctx, accord.SearchQuery{Query: "zanzibar"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 1 || r.Hits[0].Article.ID != a.ID {
		t.Errorf("zanzibar: %d %v, want the new version only", r.Total, ids(r))
	}
	r, err = db.Search(ctx, accord.SearchQuery{Query: "cooperation", Limit: accord.SearchCap})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(ids(r), arts[0].Article.ID) {
		t.Errorf("the replaced article %s is still found", arts[0].Article.ID)
	}
}

func ids(r *accord.SearchResults) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Article.ID)
	}
	return out
}

func equalFacets(a, b map[string][]accord.FacetCount) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !slices.Equal(v, b[k]) {
			return false
		}
	}
	return true
}
