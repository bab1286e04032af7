package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/accordhq/accord"
)

// TestOpenViewCache: a one-view process's connections keep a page cache
// of viewCacheKB, a server's (OpenReadOnly) of readerCacheKB; both read
// the store.
func TestOpenViewCache(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	saveTarget(t, openAt(t, path), busyTarget(3, trade))
	for _, c := range []struct {
		name string
		open func(context.Context, string) (*DB, error)
		kb   int
	}{{"OpenView", OpenView, viewCacheKB}, {"OpenReadOnly", OpenReadOnly, readerCacheKB}} {
		db, err := c.open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		var size int
		if err := db.r.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&size); err != nil || size != -c.kb {
			t.Errorf("%s: cache_size %d (%v), want %d", c.name, size, err, -c.kb)
		}
		if rec, err := db.RecordOf(ctx, accord.RecordQuery{IDs: []string{"t_busy"}}); err != nil || len(rec.Targets) != 1 || len(rec.Targets[0].History) != 3 {
			t.Errorf("%s: reads %v, %v", c.name, rec, err)
		}
		db.Close()
	}
}
