package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// countingQuerier counts the queries it passes on.
type countingQuerier struct {
	q     querier
	calls int
}

func (c *countingQuerier) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	c.calls++
	return c.q.QueryContext(ctx, q, args...)
}

// TestArticleNsLookup: a view's store (articleNs with a map) finds each
// article's key in the index once, an article not stored as well, and
// gives for every later lookup what the index gives; a store without the
// map asks the index each time.
func TestArticleNsLookup(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "ns.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	want := map[string]int64{}
	for i := range 5 {
		id := fmt.Sprintf("art%02d", i)
		n := int64(7000 + 3*i)
		if _, err := db.w.ExecContext(ctx, `INSERT INTO articles (n, id, file, path, title, published, body, facts, added_at)
			VALUES (?, ?, ?, ?, 'Tessaly talks', '2024-05-06', '', '{}', '')`, n, id, id+".txt", id+".txt"); err != nil {
			t.Fatal(err)
		}
		want[id] = n
	}
	keysOf := func(ids []string) []int64 {
		var out []int64
		for _, id := range ids {
			if n, ok := want[id]; ok {
				out = append(out, n)
			}
		}
		slices.Sort(out)
		return out
	}
	steps := []struct {
		ids  []string
		asks bool // a remembering lookup asks the index
	}{
		{[]string{"art00", "art03"}, true},
		{[]string{"art03", "art00"}, false},
		{[]string{"nope", "art01"}, true},
		{[]string{"nope"}, false}, // not stored, remembered as such
		{[]string{"art01", "art00", "nope"}, false},
		{[]string{"art04", "art01"}, true},
		{nil, false},
	}
	for _, remember := range []bool{true, false} {
		var c *articleNs
		if remember {
			c = &articleNs{m: map[string]int64{}}
		}
		for i, s := range steps {
			q := &countingQuerier{q: db.w}
			got, err := c.lookup(ctx, q, s.ids)
			if err != nil {
				t.Fatal(err)
			}
			slices.Sort(got)
			if !slices.Equal(got, keysOf(s.ids)) {
				t.Errorf("remember %v, step %d %v: keys %v, want %v", remember, i, s.ids, got, keysOf(s.ids))
			}
			if asks := remember && s.asks || !remember && len(s.ids) > 0; (q.calls > 0) != asks {
				t.Errorf("remember %v, step %d %v: %d queries, want some: %v", remember, i, s.ids, q.calls, asks)
			}
		}
	}
}

// TestOpenViewRemembersArticles: of the stores, only OpenView's remembers
// the keys of the articles it looked up, and reads their rows, not
// articles_info; what it gives is the same.
func TestOpenViewRemembersArticles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ns.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.ExecContext(ctx, `INSERT INTO articles (n, id, file, path, url, title, published, dateline, source, format, body, facts, added_at)
		VALUES (42, 'art42', 'a.txt', 'feeds/a.txt', 'https://example.org/a', 'Orvane and Pelmark meet', '2024-05-06', 'TESSALY', 'Coastal Wire', 'text', 'They met.', '{}', '')`); err != nil {
		t.Fatal(err)
	}
	if db.ns != nil {
		t.Error("a writing store remembers articles' keys")
	}
	db.Close()
	ro, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	v, err := OpenView(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	if ro.ns != nil || v.ns == nil || ro.view || !v.view {
		t.Fatalf("remembering: read-only store %v, view's store %v; want false, true", ro.ns != nil, v.ns != nil)
	}
	ids := []string{"art42", "art7"}
	for range 2 {
		a, err := ro.ArticleInfos(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		b, err := v.ArticleInfos(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		if len(a) != 1 || a["art42"] == nil || a["art42"].Title != "Orvane and Pelmark meet" || !reflect.DeepEqual(a, b) {
			t.Errorf("read-only %v, view %v", a, b)
		}
	}
	if v.ns.m["art42"] != 42 || v.ns.m["art7"] != -1 {
		t.Errorf("remembered %v", v.ns.m)
	}
}
