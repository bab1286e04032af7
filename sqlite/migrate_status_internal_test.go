package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/accordhq/accord"
)

// TestMigrateStatusByID: a store of schema 19 gains the index of statuses
// by id through migration 0020, and the statuses read from it are the
// rows' own: held, pending, and none.
func TestMigrateStatusByID(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ev := []accord.Evidence{{Article: "a1", Quote: "q", Published: "2031-01-01"}}
	es := []accord.Engagement{
		{ID: "g1", Type: accord.Summit, Date: "2031-01-01", Status: accord.StatusHeld, Countries: []string{"QX", "QY", "QZ"}, Reports: ev},
		{ID: "g2", Type: accord.Summit, Date: "2031-02-01", Countries: []string{"QX", "QY", "QW"}, Reports: ev},
		{ID: "g3", Type: accord.Summit, Date: "2031-03-01", Status: accord.StatusPending, Countries: []string{"QX", "QY", "QZ"}, Reports: ev},
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Reset: true, Engagements: es}); err != nil {
		t.Fatal(err)
	}
	dates := func() []string {
		t.Helper()
		ds, ok, err := db.EntityDates(ctx, accord.RecordQuery{Keys: []string{accord.KeyGathering + "QX"}, All: []string{accord.KeyGathering + "QY"}, Kind: accord.KindEngagement})
		if err != nil || !ok {
			t.Fatal(ok, err)
		}
		var out []string
		for _, d := range ds {
			out = append(out, d.ID+" "+d.Status)
		}
		slices.Sort(out)
		return out
	}
	want := []string{"g1 held", "g2 ", "g3 pending"}
	if got := dates(); !slices.Equal(got, want) {
		t.Fatalf("before: %q, want %q", got, want)
	}
	// As the store was at schema 19.
	for _, q := range []string{`DROP INDEX entities_id_status`, `DELETE FROM schema_version WHERE version >= 20`} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'entities_id_status'`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("entities_id_status after migration 0020: %d, %v", n, err)
	}
	if got := dates(); !slices.Equal(got, want) {
		t.Errorf("after: %q, want %q", got, want)
	}
}
