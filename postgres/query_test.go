package postgres

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want *query // nil: EINVALID
	}{
		{"energy", &query{must: [][]string{{"energy"}}}},
		{"  green   energy ", &query{must: [][]string{{"green"}, {"energy"}}}},
		{`"green energy" trade`, &query{must: [][]string{{"green energy"}, {"trade"}}}},
		{"chips OR phone OR forum", &query{must: [][]string{{"chips", "phone", "forum"}}}},
		{"a OR b c", &query{must: [][]string{{"a", "b"}, {"c"}}}},
		{`semiconductor -japan -"supply chains"`, &query{must: [][]string{{"semiconductor"}}, not: []string{"japan", "supply chains"}}},
		{"or and not", &query{must: [][]string{{"or"}, {"and"}, {"not"}}}},
		{"Hà Nội", &query{must: [][]string{{"Hà"}, {"Nội"}}}},
		{"semiconductor* title:x", &query{must: [][]string{{"semiconductor*"}, {"title:x"}}}},
		{"energy\x00 \u2028trade", &query{must: [][]string{{"energy"}, {"trade"}}}},
		{`semiconductor "" - +`, &query{must: [][]string{{"semiconductor"}}}},
		{`semi"conductor"`, &query{must: [][]string{{"semi"}, {"conductor"}}}},
		{"two-way", &query{must: [][]string{{"two-way"}}}},
		{"", nil},
		{"-foo", nil},
		{`-"green energy"`, nil},
		{`"unbalanced`, &query{must: [][]string{{"unbalanced"}}}},
		{"OR", nil},
		{"energy OR", nil},
		{"OR energy", nil},
		{"energy OR OR trade", nil},
		{"energy OR -trade", nil},
		{"energy -trade OR x", nil},
		{`""`, nil},
		{"-", nil},
		{"+ * &", nil},
	}
	for _, tt := range tests {
		got, err := parseQuery(tt.in)
		if tt.want == nil {
			if accord.ErrorCode(err) != accord.EINVALID {
				t.Errorf("parseQuery(%q) = %+v, %v; want %s", tt.in, got, err, accord.EINVALID)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseQuery(%q): %v", tt.in, err)
			continue
		}
		if d := cmp.Diff(tt.want, got, cmp.AllowUnexported(query{})); d != "" {
			t.Errorf("parseQuery(%q) (-want +got):\n%s", tt.in, d)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"energy", `"green energy" -japan`, "a OR b OR c", `-"x`, "OR", "\x00\xff", "Hà Nội"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := parseQuery(s)
		if err != nil {
			if accord.ErrorCode(err) != accord.EINVALID {
				t.Fatalf("parseQuery(%q): %v, want %s", s, err, accord.EINVALID)
			}
			return
		}
		if len(q.must) == 0 {
			t.Fatalf("parseQuery(%q): no positive term", s)
		}
		for _, terms := range append(q.must, q.not) {
			for _, term := range terms {
				if term == "" || strings.ContainsAny(term, "\"\x00") {
					t.Fatalf("parseQuery(%q): bad term %q", s, term)
				}
			}
		}
		for _, pairs := range []bool{false, true} {
			var args []any
			sql := q.tsquery(func(v any) string { args = append(args, v); return "$" }, pairs)
			if strings.Count(sql, "$") != len(args) {
				t.Fatalf("%q: %d parameters for %d terms", s, strings.Count(sql, "$"), len(args))
			}
		}
	})
}

var fuzzDB struct {
	once sync.Once
	db   *DB
	err  error
}

// FuzzSearch runs fuzzed queries against a real store: PostgreSQL must
// never see them as syntax, so no query is an internal error. The store
// lives in the database of ACCORD_TEST_POSTGRES, in a schema of its own that
// the fuzzing processes share and fill idempotently.
func FuzzSearch(f *testing.F) {
	u := os.Getenv("ACCORD_TEST_POSTGRES")
	if u == "" {
		f.Skip("ACCORD_TEST_POSTGRES is not set")
	}
	for _, s := range []string{"energy", `"green energy" -japan`, "a OR b", `semiconductor:*`, `x & y | !z`, `'a'`, `\`, "<->", "energy\x00"} {
		f.Add(s)
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, s string) {
		fuzzDB.once.Do(func() {
			sep := "?"
			if strings.Contains(u, "?") {
				sep = "&"
			}
			conn, err := pgx.Connect(ctx, u)
			if err != nil {
				fuzzDB.err = err
				return
			}
			_, fuzzDB.err = conn.Exec(ctx, `SELECT pg_advisory_lock(1); CREATE SCHEMA IF NOT EXISTS accord_fuzz; SELECT pg_advisory_unlock(1)`)
			conn.Close(ctx)
			if fuzzDB.err != nil {
				return
			}
			fuzzDB.db, fuzzDB.err = Open(ctx, u+sep+"search_path=accord_fuzz,public")
			if fuzzDB.err == nil {
				_, fuzzDB.err = fuzzDB.db.PutArticles(ctx, storetest.Generate(1, 50))
			}
		})
		if fuzzDB.err != nil {
			t.Fatal(fuzzDB.err)
		}
		r, err := fuzzDB.db.Search(ctx, accord.SearchQuery{Query: s, Facets: true})
		if code := accord.ErrorCode(err); code != "" && code != accord.EINVALID {
			t.Fatalf("Search(%q): %v", s, err)
		}
		if err == nil && r.Total < len(r.Hits) {
			t.Fatalf("Search(%q): total %d < %d hits", s, r.Total, len(r.Hits))
		}
	})
}
