package storetest

import (
	"context"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/google/go-cmp/cmp"
)

// testSources checks a store that keeps sources (accord.SourceStore):
// replaced by URL, listed by URL, and no new generation.
func testSources(t *testing.T, s accord.Store) {
	ss, ok := s.(accord.SourceStore)
	if !ok {
		t.Skip("the store keeps no sources")
	}
	ctx := context.Background()
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := accord.Source{URL: "https://b.example/feed", Name: "B News", Kind: "rss", LastFetch: "2026-02-03T09:00:00Z",
		Status: accord.SourceOK, HTTPStatus: 200, Items: 3, Stored: 3, ETag: `"v1"`, LastModified: "Tue, 03 Feb 2026 09:00:00 GMT"}
	b := accord.Source{URL: "https://a.example/sitemap.xml", Status: accord.SourceError, Failures: 2, Error: "HTTP 500 Internal Server Error"}
	for _, src := range []accord.Source{a, b} {
		if err := ss.PutSource(ctx, src); err != nil {
			t.Fatal(err)
		}
	}
	a.Status, a.Stored, a.HTTPStatus = accord.SourceNotModified, 4, 304
	if err := ss.PutSource(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := ss.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]accord.Source{b, a}, got); d != "" {
		t.Errorf("sources (-want +got):\n%s", d)
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Generation != before.Generation {
		t.Errorf("keeping sources changed the generation: %d, then %d", before.Generation, after.Generation)
	}
}
