package view_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
	"github.com/google/go-cmp/cmp"
)

// noDates is a SQLite store that cannot list entities without reading
// them (accord.DateReader says ok = false, as with corrections).
type noDates struct{ *sqlite.DB }

func (noDates) EntityDates(context.Context, accord.RecordQuery) ([]accord.EntityDate, bool, error) {
	return nil, false, nil
}

// TestPairPagePart: the relationship page's part holds, of a pair read
// whole, the latest n gatherings both attended by (date, id), with their
// actors, and counts them all (held and mentioned, not pending, not those
// one of the two missed) by their keys; the rest of the part is
// PairPart's. A busy pair's window and a store that cannot count them
// give PairPart's part whole, with no count.
func TestPairPagePart(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var es []accord.Engagement
	add := func(id, date, status string, participants []string, countries ...string) {
		es = append(es, accord.Engagement{ID: id, Type: accord.Meeting, Date: date, Status: status, Level: "leader",
			Countries: countries, Participants: participants,
			Reports: []accord.Evidence{{Article: "a_" + id, Quote: "They met.", Published: date}}})
	}
	for i := range 4 {
		add(fmt.Sprintf("e_ab%d", i), fmt.Sprintf("2021-0%d-11", i+1), accord.StatusHeld, []string{"p_aa", "p_bb"}, "AA", "BB")
	}
	for i := range view.PairMax + 5 {
		add(fmt.Sprintf("e_cd%03d", i), fmt.Sprintf("%d-%02d-%02d", 2010+i/120, 1+i/10%12, 1+i%10), accord.StatusHeld, nil, "CC", "DD")
	}
	// Gatherings of AA and BB: two on one day (ordered by id), a
	// month-only date, a mentioned one, a pending one (never listed),
	// one BB missed; each names its own host.
	for _, g := range []struct {
		id, date, status string
		countries        []string
	}{
		{"g_1", "2020-05-01", accord.StatusHeld, []string{"AA", "BB", "EE"}},
		{"g_2", "2022-02-01", "", []string{"AA", "BB", "EE", "FF"}},
		{"g_4", "2022-03-09", accord.StatusHeld, []string{"AA", "BB", "FF"}},
		{"g_3", "2022-03-09", accord.StatusHeld, []string{"AA", "BB", "EE"}},
		{"g_5", "2022-04", accord.StatusMentioned, []string{"AA", "BB", "EE"}},
		{"g_6", "2022-05-01", accord.StatusPending, []string{"AA", "BB", "EE"}},
		{"g_7", "2022-06-01", accord.StatusHeld, []string{"AA", "EE", "FF"}},
		{"g_8", "2011-06-01", accord.StatusHeld, []string{"CC", "DD", "EE"}},
		{"g_9", "2011-07-01", accord.StatusHeld, []string{"CC", "DD", "FF"}},
	} {
		add(g.id, g.date, g.status, []string{"p_host" + g.id}, g.countries...)
	}
	actors := []accord.Actor{{ID: "p_aa", Type: accord.Person, Name: "Ana Aster", Country: "AA"}, {ID: "p_bb", Type: accord.Person, Name: "Bo Birch", Country: "BB"}}
	for _, e := range es {
		for _, p := range e.Participants {
			if !slices.ContainsFunc(actors, func(a accord.Actor) bool { return a.ID == p }) {
				actors = append(actors, accord.Actor{ID: p, Type: accord.Person, Name: "Host " + p, Country: e.Countries[len(e.Countries)-1]})
			}
		}
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Reset: true, Engagements: es, Actors: actors}); err != nil {
		t.Fatal(err)
	}
	ids := func(es []accord.Engagement) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	for _, c := range []struct {
		name       string
		store      view.Reader
		a, b       string
		n          int
		gatherings int      // -1: read whole
		listed     []string // the held and mentioned gatherings read
	}{
		{"latest one", db, "AA", "BB", 1, 5, []string{"g_5"}},
		{"a tie on the date, by id", db, "BB", "AA", 2, 5, []string{"g_4", "g_5"}},
		{"three", db, "AA", "BB", 3, 5, []string{"g_3", "g_4", "g_5"}},
		{"more than there are", db, "AA", "BB", 25, 5, []string{"g_1", "g_2", "g_3", "g_4", "g_5"}},
		{"others', one of them missed by BB", db, "FF", "EE", 1, 2, []string{"g_7"}},
		{"a pair with none", db, "AA", "CC", 25, 0, nil},
		{"busy pair: its window", db, "CC", "DD", 1, -1, []string{"g_8", "g_9"}},
		{"store that cannot count", noDates{db}, "AA", "BB", 1, -1, []string{"g_1", "g_2", "g_3", "g_4", "g_5"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			whole, ww, err := view.PairPart(ctx, c.store, c.a, c.b, "", "", view.PairMax)
			if err != nil {
				t.Fatal(err)
			}
			got, w, n, err := view.PairPagePart(ctx, c.store, c.a, c.b, "", "", view.PairMax, c.n)
			if err != nil {
				t.Fatal(err)
			}
			if n != c.gatherings || w != ww {
				t.Errorf("gatherings %d, window %+v; want %d, %+v", n, w, c.gatherings, ww)
			}
			// PairPart's part, its held and mentioned gatherings but the
			// latest n left out when counted.
			want := *whole
			gathering := func(e accord.Engagement) bool { return len(e.Countries) > 2 }
			var listed []string
			for _, e := range whole.Engagements {
				if gathering(e) {
					listed = append(listed, e.ID)
				}
			}
			if c.gatherings >= 0 {
				drop := listed[:max(0, len(listed)-c.n)]
				want.Engagements = slices.DeleteFunc(slices.Clone(whole.Engagements), func(e accord.Engagement) bool { return slices.Contains(drop, e.ID) })
				want.Actors = slices.DeleteFunc(slices.Clone(whole.Actors), func(a accord.Actor) bool {
					return slices.ContainsFunc(drop, func(id string) bool { return a.ID == "p_host"+id })
				})
				if n != len(listed) {
					t.Errorf("counted %d gatherings, PairPart reads %d", n, len(listed))
				}
			}
			var gotListed []string
			for _, e := range got.Engagements {
				if gathering(e) {
					gotListed = append(gotListed, e.ID)
				}
			}
			if !slices.Equal(gotListed, c.listed) {
				t.Errorf("gatherings read %v, want %v", gotListed, c.listed)
			}
			if d := cmp.Diff(ids(want.Pending), ids(got.Pending)); d != "" {
				t.Errorf("pending (-want +got):\n%s", d)
			}
			if d := cmp.Diff(&want, got); d != "" {
				t.Errorf("part (-want +got):\n%s", d)
			}
		})
	}
}
