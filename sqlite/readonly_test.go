package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/storetest"
)

func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	if _, err := sqlite.OpenReadOnly(ctx, missing); accord.ErrorCode(err) != accord.ENOTFOUND {
		t.Errorf("a missing store: %v, want ENOTFOUND", err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("OpenReadOnly created the file")
	}
	path := filepath.Join(dir, "s.db")
	w := open(t, path)
	if _, err := w.PutArticles(ctx, storetest.Generate(1, 5)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	r, err := sqlite.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if st, err := r.Stats(ctx); err != nil || st.Articles != 5 {
		t.Errorf("stats %+v %v", st, err)
	}
	if _, err := r.PutArticles(ctx, storetest.Generate(2, 1)); err == nil {
		t.Error("a write through a read-only store succeeded")
	}
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte("not a database at all, just text"), 0o644)
	if _, err := sqlite.OpenReadOnly(ctx, junk); err == nil {
		t.Error("a text file opened as a store")
	}
}
