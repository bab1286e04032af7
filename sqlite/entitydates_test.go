package sqlite_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
)

// TestEntityDates: the entities under keys with their dates and statuses,
// as RecordOf selects them (All, Kind, From, Limit), and none once a
// correction may have redated one.
func TestEntityDates(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ev := []accord.Evidence{{Article: "a1", Quote: "q", Published: "2024-01-01"}}
	es := []accord.Engagement{
		{ID: "g1", Type: accord.Summit, Date: "2024-01-01", Status: accord.StatusHeld, Countries: []string{"AA", "BB", "CC"}, Reports: ev},
		{ID: "g2", Type: accord.Summit, Date: "2024-02", Countries: []string{"AA", "BB", "DD"}, Reports: ev},
		{ID: "g3", Type: accord.Summit, Date: "2024-03-01", Status: accord.StatusPending, Countries: []string{"AA", "BB", "CC"}, Reports: ev},
		{ID: "g4", Type: accord.Summit, Date: "2024-04-01", Status: accord.StatusHeld, Countries: []string{"AA", "CC", "DD"}, Reports: ev},
		{ID: "e1", Type: accord.Meeting, Date: "2024-05-01", Status: accord.StatusHeld, Countries: []string{"AA", "BB"}, Reports: ev},
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Reset: true, Engagements: es}); err != nil {
		t.Fatal(err)
	}
	str := func(ds []accord.EntityDate) []string {
		var out []string
		for _, d := range ds {
			out = append(out, d.ID+" "+d.Date+" "+d.Status)
		}
		slices.Sort(out)
		return out
	}
	both := accord.RecordQuery{Keys: []string{accord.KeyGathering + "AA"}, All: []string{accord.KeyGathering + "BB"}, Kind: accord.KindEngagement}
	for _, c := range []struct {
		name string
		q    func(q accord.RecordQuery) accord.RecordQuery
		want []string
	}{
		{"both", func(q accord.RecordQuery) accord.RecordQuery { return q }, []string{"g1 2024-01-01 held", "g2 2024-02 ", "g3 2024-03-01 pending"}},
		{"from", func(q accord.RecordQuery) accord.RecordQuery { q.From = "2024-02-10"; return q }, []string{"g2 2024-02 ", "g3 2024-03-01 pending"}},
		{"latest", func(q accord.RecordQuery) accord.RecordQuery { q.Limit = 1; return q }, []string{"g3 2024-03-01 pending"}},
		{"one key", func(q accord.RecordQuery) accord.RecordQuery { q.All = nil; return q }, []string{"g1 2024-01-01 held", "g2 2024-02 ", "g3 2024-03-01 pending", "g4 2024-04-01 held"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ds, ok, err := db.EntityDates(ctx, c.q(both))
			if err != nil || !ok {
				t.Fatalf("EntityDates: %v, ok %v", err, ok)
			}
			if got := str(ds); !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	if _, err := db.AddCorrection(ctx, accord.Correction{Kind: accord.CorrectRedateEngagement, Target: "g1", Value: "2023-12-01", Note: "n", Author: "x"}); err != nil {
		t.Fatal(err)
	}
	if ds, ok, err := db.EntityDates(ctx, both); err != nil || ok || ds != nil {
		t.Errorf("with a correction: %v, ok %v, err %v; want nothing, not ok", ds, ok, err)
	}
}
