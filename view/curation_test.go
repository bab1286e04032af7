package view_test

import (
	"context"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/curate"
	"github.com/accordhq/accord/view"
	"github.com/google/go-cmp/cmp"
)

// TestExportCorrected: the export a store streams leaves out what analysts
// hid or merged away, marks what they corrected, lists the corrections, and
// agrees with the export of the corrected record in memory.
func TestExportCorrected(t *testing.T) {
	ctx := context.Background()
	db := fixtureStore(t)
	_, _, _, facts := fixture()
	rec, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var persons []string
	for _, a := range rec.Actors {
		if a.Type == accord.Person {
			persons = append(persons, a.ID)
		}
	}
	if len(rec.Engagements) < 2 || len(rec.Targets) == 0 || len(persons) < 2 {
		t.Fatalf("fixture: %d engagements, %d targets, %d persons", len(rec.Engagements), len(rec.Targets), len(persons))
	}
	hidden, redated := rec.Engagements[0].ID, rec.Engagements[1].ID
	for _, c := range []accord.Correction{
		{Kind: accord.CorrectHideEngagement, Target: hidden},
		{Kind: accord.CorrectRedateEngagement, Target: redated, Value: "2019-05"},
		{Kind: accord.CorrectHideTarget, Target: rec.Targets[0].ID},
		{Kind: accord.CorrectMergeActors, Target: persons[0], Other: persons[1]},
	} {
		c.Note, c.Author = "export test", "test"
		if _, err := curate.Add(ctx, db, c); err != nil {
			t.Fatalf("%s: %v", c.Kind, err)
		}
	}
	got, err := view.Export(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Corrections) != 4 {
		t.Errorf("export lists %d corrections, want 4", len(got.Corrections))
	}
	for _, e := range got.Engagements {
		if e.ID == hidden {
			t.Errorf("hidden engagement %s exported", hidden)
		}
		if e.ID == redated && (e.Date != "2019-05" || len(e.Corrections) == 0) {
			t.Errorf("re-dated engagement exported as %s with marks %v", e.Date, e.Corrections)
		}
		if slices.Contains(e.Participants, persons[0]) {
			t.Errorf("%s exported with merged actor %s", e.ID, persons[0])
		}
	}
	for _, a := range got.Articles {
		if slices.Contains(a.Actors, persons[0]) {
			t.Errorf("article %s exported with merged actor %s", a.ID, persons[0])
		}
	}
	if slices.ContainsFunc(got.Actors, func(a accord.ExportActor) bool { return a.ID == persons[0] }) {
		t.Errorf("merged actor %s exported", persons[0])
	}
	if slices.ContainsFunc(got.Targets, func(x accord.ExportTarget) bool { return x.ID == rec.Targets[0].ID }) {
		t.Errorf("hidden target exported")
	}
	corrected, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got.Corrections = nil // the record in memory holds no list of corrections
	if d := cmp.Diff(view.ExportOf(corrected, facts), got); d != "" {
		t.Errorf("Export from the store ≠ ExportOf the corrected record (-memory +store):\n%s", d)
	}
}
