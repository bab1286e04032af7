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
		got, err := selectKeys(ctx, tx, accord.RecordQuery{Keys: []string{"a:CL", "c:CL"}, Kind: accord.KindEngagement, Limit: limit})
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
