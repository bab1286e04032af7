package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestViewReadPlans: the reads a view makes of many rows by id go in the
// order of the rows' keys (seq, n), each walk's neighbours sharing pages,
// the ids bound as one JSON array; and an entity's status comes from the
// index beside its id, not its row.
func TestViewReadPlans(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, c := range []struct {
		name  string
		query string
		args  []any
		want  []string // in the plan, in this order
		not   []string
	}{
		{"entity statuses", entityStatusSQL, []any{"engagement", `["e1","e2","e3"]`},
			[]string{"COVERING INDEX entities_id_status (kind=? AND id=?)", "SCAN json_each"}, []string{"USING INDEX entities_id "}},
		{"entity rows", entityRowsSQL, []any{"engagement", `["e1","e2","e3"]`},
			[]string{"SEARCH entities USING INTEGER PRIMARY KEY (rowid=?)", "LIST SUBQUERY", "COVERING INDEX entities_id", "SCAN json_each"}, nil},
		{"article keys", articleNsSQL, []any{`["a1","a2"]`},
			[]string{"COVERING INDEX sqlite_autoindex_articles_1 (id=?)", "LIST SUBQUERY", "SCAN json_each"}, nil},
		{"report keys", reportKeysSQL(" AND r.kind = ?"), []any{`[7, 9]`, "target"},
			[]string{"SEARCH r USING PRIMARY KEY (article=? AND kind=?)", "LIST SUBQUERY", "SCAN json_each"}, []string{"articles"}},
		{"article infos", articleInfoSQL, []any{`[7, 9]`},
			[]string{"SEARCH i USING COVERING INDEX articles_info (n=?)", "LIST SUBQUERY", "SCAN json_each"}, []string{"sqlite_autoindex_articles_1"}},
		{"article infos of a view's store", articleRowInfoSQL, []any{`[7, 9]`},
			[]string{"SEARCH i USING INTEGER PRIMARY KEY (rowid=?)", "LIST SUBQUERY", "SCAN json_each"}, []string{"articles_info", "sqlite_autoindex_articles_1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, err := db.r.QueryContext(ctx, "EXPLAIN QUERY PLAN "+c.query, c.args...)
			if err != nil {
				t.Fatal(err)
			}
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			rows.Close()
			text := strings.Join(plan, "\n")
			at := 0
			for _, w := range c.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("plan lacks %q (in order):\n%s", w, text)
				}
				at += i + len(w)
			}
			for _, n := range c.not {
				if strings.Contains(text, n) {
					t.Errorf("plan has %q:\n%s", n, text)
				}
			}
		})
	}
}
