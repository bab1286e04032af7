package view_test

import (
	"context"
	"path/filepath"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
	"github.com/google/go-cmp/cmp"
)

// TestStoreViews runs Export and Brief on a real SQLite file: they must
// agree with the views of the record in memory.
func TestStoreViews(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec, arts, areas, facts := fixture()
	if _, err := db.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := consolidate.Rebuild(ctx, db); err != nil {
		t.Fatal(err)
	}
	got, err := view.Export(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(view.ExportOf(rec, facts), got); d != "" {
		t.Errorf("Export from the store ≠ ExportOf (-memory +store):\n%s", d)
	}
	md, err := view.Brief(ctx, db, "VN", "KR", "")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(view.BriefOf(rec, arts, areas, "VN", "KR", ""), md); d != "" {
		t.Errorf("Brief from the store ≠ BriefOf (-memory +store):\n%s", d)
	}
	if _, err := view.Brief(ctx, db, "VNM", "KR", ""); accord.ErrorCode(err) != accord.EINVALID {
		t.Errorf("Brief with a bad code: %v, want invalid", err)
	}
}
