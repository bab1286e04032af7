package http

import (
	"context"
	"path/filepath"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
)

// TestDyadsBilateralOnly: only a bilateral contact makes a relationship; a
// gathering of many countries adds no pairs, and is listed apart in the
// relationships of the pairs that also met alone.
func TestDyadsBilateralOnly(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ev := func(art string) []accord.Evidence {
		return []accord.Evidence{{Article: art, Quote: "q", Published: "2024-05-02"}}
	}
	c := &accord.RecordChange{Reset: true, Engagements: []accord.Engagement{
		{ID: "e_summit", Type: accord.Summit, Date: "2024-05-01", Status: accord.StatusHeld, Countries: []string{"AA", "BB", "CC", "DD", "EE", "FF"}, Participants: []string{"AA", "BB", "CC", "DD", "EE", "FF"}, Reports: ev("a1")},
		{ID: "e_margin", Type: accord.Meeting, Date: "2024-05-01", Status: accord.StatusHeld, Countries: []string{"AA", "BB"}, Participants: []string{"AA", "BB"}, Reports: ev("a2")},
		{ID: "e_call", Type: accord.PhoneCall, Date: "2024-06-01", Status: accord.StatusHeld, Countries: []string{"CC", "DD"}, Participants: []string{"CC", "DD"}, Reports: ev("a3")},
		{ID: "e_invite", Type: accord.Visit, Date: "2024-07", Status: accord.StatusPending, Countries: []string{"EE", "FF"}, Participants: []string{"EE", "FF"}, Reports: ev("a4")},
	}}
	if err := db.SaveRecord(ctx, c); err != nil {
		t.Fatal(err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m, err := buildModel(ctx, db, st)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.dyads) != 2 {
		var got []string
		for _, d := range m.dyads {
			got = append(got, d.A+"-"+d.B)
		}
		t.Fatalf("dyads %v, want AA-BB and CC-DD only", got)
	}
	for _, d := range m.dyads {
		s := m.summary(&d)
		if s.Engagements != 1 || s.Multilateral != 1 {
			t.Errorf("%s-%s: %d engagements, %d multilateral; want 1, 1", d.A, d.B, s.Engagements, s.Multilateral)
		}
	}
}
