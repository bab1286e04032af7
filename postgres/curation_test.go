package postgres_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/curate"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/storetest"
	"github.com/google/go-cmp/cmp"
)

// sameJSON compares originals by what they hold: PostgreSQL keeps them as
// jsonb, which orders and spaces them its way.
var sameJSON = cmp.Comparer(func(a, b json.RawMessage) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && cmp.Equal(x, y)
})

// TestCopyCorrections copies a corrected PostgreSQL store into SQLite and
// back (accord migrate): the corrections come through with their ids, and
// the corrected record is the same in every store.
func TestCopyCorrections(t *testing.T) {
	ctx := context.Background()
	src := open(t, freshURL(t))
	defer src.Close()
	rich := storetest.Rich(storetest.Article("rich.md", "2025-01-01", "VNA", "Rich", "Rich text. More."))
	if _, err := src.PutArticles(ctx, []*accord.ArticleFacts{rich}); err != nil {
		t.Fatal(err)
	}
	if err := src.SaveRecord(ctx, &accord.RecordChange{Actors: rich.Actors,
		Engagements: append(slices.Clone(rich.Engagements), rich.Invitations...), Targets: rich.Targets}); err != nil {
		t.Fatal(err)
	}
	var persons []string
	for _, a := range rich.Actors {
		if a.Type == accord.Person {
			persons = append(persons, a.ID)
		}
	}
	for _, c := range []accord.Correction{
		{Kind: accord.CorrectHideEngagement, Target: rich.Engagements[0].ID},
		{Kind: accord.CorrectRedateEngagement, Target: rich.Engagements[1].ID, Value: "2024-12"},
		{Kind: accord.CorrectMergeActors, Target: persons[0], Other: persons[1]},
	} {
		c.Note, c.Author = "copy test", "test"
		if _, err := curate.Add(ctx, src, c); err != nil {
			t.Fatalf("%s: %v", c.Kind, err)
		}
	}
	// An undone correction leaves a gap in the ids, which copies keep.
	if _, err := curate.Undo(ctx, src, 1); err != nil {
		t.Fatal(err)
	}
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "copy.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	if err := accord.Copy(ctx, lite, src, nil); err != nil {
		t.Fatal(err)
	}
	back := open(t, freshURL(t))
	defer back.Close()
	if err := accord.Copy(ctx, back, lite, nil); err != nil {
		t.Fatal(err)
	}
	want, err := src.Corrections(ctx)
	if err != nil || len(want) != 2 {
		t.Fatalf("source corrections %v, %v", want, err)
	}
	for _, s := range []struct {
		name  string
		store interface {
			accord.Store
			accord.Curator
		}
	}{{"sqlite", lite}, {"postgres again", back}} {
		got, err := s.store.Corrections(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s corrections (-postgres +%s):\n%s", s.name, s.name, d)
		}
		if d := cmp.Diff(record(t, src), record(t, s.store), sameJSON); d != "" {
			t.Errorf("%s record (-postgres +%s):\n%s", s.name, s.name, d)
		}
	}
	// The copy's next correction is not given a copied id.
	c, err := curate.Add(ctx, back, accord.Correction{Kind: accord.CorrectHideTarget, Target: rich.Targets[0].ID, Note: "x", Author: "x"})
	if err != nil || c.ID <= want[1].ID {
		t.Errorf("next correction in the copy: %d, %v; want more than %d", c.ID, err, want[1].ID)
	}
}
