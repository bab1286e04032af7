package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/google/go-cmp/cmp"
)

func TestSources(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := accord.Source{URL: "https://b.example/feed", Name: "B News", Kind: "rss", Status: accord.SourceOK, HTTPStatus: 200, Items: 3, Stored: 3, ETag: `"v1"`}
	b := accord.Source{URL: "https://a.example/sitemap.xml", Status: accord.SourceError, Failures: 2, Error: "HTTP 500"}
	for _, s := range []accord.Source{a, b} {
		if err := db.PutSource(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	a.Status, a.Stored = accord.SourceNotModified, 4 // replaced by URL
	if err := db.PutSource(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := db.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]accord.Source{b, a}, got); d != "" {
		t.Errorf("sources (-want +got):\n%s", d)
	}
	st, _ := db.Stats(ctx)
	if st.Generation != 0 {
		t.Errorf("sources changed the generation: %d", st.Generation)
	}
}
