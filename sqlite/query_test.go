package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in, match string // match "" : EINVALID
	}{
		{`energy`, `("energy")`},
		{`  green   energy `, `("green" AND "energy")`},
		{`"green energy"`, `("green energy")`},
		{`a OR b c`, `(("a" OR "b") AND "c")`},
		{`a OR "b c" OR d`, `(("a" OR "b c" OR "d"))`},
		{`a or b`, `("a" AND "or" AND "b")`},
		{`a -b -"c d"`, `("a") NOT ("b" OR "c d")`},
		{`a-b`, `("a-b")`},
		{`NEAR(a b)`, `("NEAR(a" AND "b)")`},
		{`a AND NOT b*`, `("a" AND "AND" AND "NOT" AND "b*")`},
		{`col:a ^b`, `("col:a" AND "^b")`},
		{`a & | !`, `("a")`},
		{"a\x00b\tc", `("a" AND "b" AND "c")`},
		{`Việt Nam`, `("Việt" AND "Nam")`},
		{`-a`, ``},
		{`-`, ``},
		{`""`, ``},
		{`"a`, `("a")`},
		{`a "b c`, `("a" AND "b c")`},
		{`a"b`, `("a" AND "b")`},
		{`OR`, ``},
		{`a OR`, ``},
		{`OR a`, ``},
		{`a OR OR b`, ``},
		{`a OR -b`, ``},
		{`a -b OR c`, ``},
		{`& |`, ``},
	}
	for _, tt := range tests {
		q, err := parseQuery(tt.in)
		if tt.match == "" {
			if accord.ErrorCode(err) != accord.EINVALID {
				t.Errorf("parseQuery(%q) = %v, %v; want EINVALID", tt.in, q, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseQuery(%q): %v", tt.in, err)
			continue
		}
		if got := q.match(); got != tt.match {
			t.Errorf("parseQuery(%q).match() = %s, want %s", tt.in, got, tt.match)
		}
	}
}

// FuzzSearch checks that no query makes a malformed FTS5 expression: the
// store answers or refuses the query, never fails.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{`energy`, `"green energy"`, `a OR b`, `-a b`, `NEAR(a b)`, `a"b`, `"a" OR -"b"`, "\x00", `a:b*`, `"""`, `-"`} {
		f.Add(s)
	}
	db, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.PutArticles(context.Background(), storetest.Generate(3, 30)); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := db.Search(context.Background(), accord.SearchQuery{Query: s, Facets: true})
		if code := accord.ErrorCode(err); code != "" && code != accord.EINVALID {
			t.Fatalf("Search(%q): %v", s, err)
		}
		if err == nil && len(r.Hits) > r.Total {
			t.Fatalf("Search(%q): %d hits, total %d", s, len(r.Hits), r.Total)
		}
	})
}

// FuzzSearchFilters: whatever a filter value or a query holds, a search
// with it as every filter (terms of the index's tags column) and ranked
// by relevance fails only as invalid.
func FuzzSearchFilters(f *testing.F) {
	for _, s := range []string{`VN`, `White House`, `"`, `a" OR "b`, `{title} : x`, "\x00", `tagend`, `-`, `NEAR(a b)`, `é`} {
		f.Add(s, "energy")
	}
	db, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.PutArticles(context.Background(), storetest.Generate(3, 30)); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, v, query string) {
		q := accord.SearchQuery{Query: query, Source: v, Countries: []string{v}, Areas: []string{v}, Types: []string{v, "meeting"},
			Sort: accord.SortRelevance, Facets: true}
		r, err := db.Search(context.Background(), q)
		if code := accord.ErrorCode(err); code != "" && code != accord.EINVALID {
			t.Fatalf("Search(%+v): %v", q, err)
		}
		if err == nil && len(r.Hits) > r.Total {
			t.Fatalf("Search(%+v): %d hits, total %d", q, len(r.Hits), r.Total)
		}
	})
}
