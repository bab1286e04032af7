package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestSelectKeysLatestOfSeveral checks that the latest N entities of
// several keys, read key by key, are the latest N of their union, each
// once, newest first: what one query over all the keys gave.
func TestSelectKeysLatestOfSeveral(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Key a holds every third day, key c every day; days 0, 3, 6, … are
	// under both.
	for d := 0; d < 60; d++ {
		date := fmt.Sprintf("2024-%02d-%02d", 1+d/28, 1+d%28)
		id := fmt.Sprintf("e_%03d", d)
		keys := []string{"c:CL"}
		if d%3 == 0 {
			keys = append(keys, "a:CL")
		}
		for _, k := range keys {
			if _, err := db.w.ExecContext(ctx, `INSERT INTO entity_keys (key, date, kind, id) VALUES (?, ?, ?, ?)`, k, date, accord.KindEngagement, id); err != nil {
				t.Fatal(err)
			}
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for _, limit := range []int{1, 7, 25, 60, 100} {
		got, err := selectKeys(ctx, tx, accord.RecordQuery{Keys: []string{"a:CL", "c:CL"}, Kind: accord.KindEngagement, Limit: limit}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range got {
			ids = append(ids, r.id)
		}
		var want []string
		for d := 59; d >= 0 && len(want) < limit; d-- {
			want = append(want, fmt.Sprintf("e_%03d", d))
		}
		if !slices.Equal(ids, want) {
			t.Errorf("limit %d: %v, want %v", limit, ids, want)
		}
	}
}

// TestSelectKeysMany: the entities under many keys (bound as one JSON
// array past eight) are those under each key, each once, with All and a
// date range applied as for a few keys.
func TestSelectKeysMany(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Entity e_d is under r:<d mod 12> and, for even d, under g:QX.
	for d := 0; d < 48; d++ {
		date := fmt.Sprintf("2036-%02d-%02d", 1+d/28, 1+d%28)
		keys := []string{fmt.Sprintf("r:a%02d", d%12)}
		if d%2 == 0 {
			keys = append(keys, "g:QX")
		}
		for _, k := range keys {
			if _, err := db.w.ExecContext(ctx, `INSERT INTO entity_keys (key, date, kind, id) VALUES (?, ?, ?, ?)`, k, date, accord.KindTarget, fmt.Sprintf("e_%02d", d)); err != nil {
				t.Fatal(err)
			}
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	ids := func(q accord.RecordQuery) []string {
		t.Helper()
		rs, err := selectKeys(ctx, tx, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rs {
			out = append(out, r.id)
		}
		slices.Sort(out)
		return out
	}
	for _, n := range []int{1, 3, 8, 9, 12} {
		var keys []string
		for i := range n {
			keys = append(keys, fmt.Sprintf("r:a%02d", i))
		}
		for _, c := range []struct {
			name string
			q    accord.RecordQuery
			keep func(d int) bool
		}{
			{"all", accord.RecordQuery{Keys: keys, Kind: accord.KindTarget}, func(d int) bool { return true }},
			{"with g:QX", accord.RecordQuery{Keys: keys, All: []string{"g:QX"}, Kind: accord.KindTarget}, func(d int) bool { return d%2 == 0 }},
			{"from 2036-02-01", accord.RecordQuery{Keys: keys, From: "2036-02-01", Kind: accord.KindTarget}, func(d int) bool { return d >= 28 }},
		} {
			var want []string
			for d := 0; d < 48; d++ {
				if d%12 < n && c.keep(d) {
					want = append(want, fmt.Sprintf("e_%02d", d))
				}
			}
			if got := ids(c.q); !slices.Equal(got, want) {
				t.Errorf("%d keys, %s: %v, want %v", n, c.name, got, want)
			}
		}
	}
}
