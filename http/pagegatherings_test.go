package http

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
)

// countsNoDates is a SQLite store that cannot list entities without
// reading them (accord.DateReader says ok = false, as with corrections):
// the relationship page then reads every gathering, as it did before it
// counted them.
type countsNoDates struct{ *sqlite.DB }

func (countsNoDates) EntityDates(context.Context, accord.RecordQuery) ([]accord.EntityDate, bool, error) {
	return nil, false, nil
}

// gatheringReads is a SQLite store that counts the engagements read under
// a gathering key or by id.
type gatheringReads struct {
	*sqlite.DB
	read int
}

func (s *gatheringReads) RecordOf(ctx context.Context, q accord.RecordQuery) (*accord.Record, error) {
	rec, err := s.DB.RecordOf(ctx, q)
	if err == nil && (len(q.Keys) > 0 && strings.HasPrefix(q.Keys[0], accord.KeyGathering) || len(q.IDs) > 0) {
		for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
			for _, e := range list {
				if len(uniq(e.Countries)) > 2 {
					s.read++
				}
			}
		}
	}
	return rec, err
}

// TestDyadPageLatestGatherings: the relationship page (and its brief and
// charts) reads the latest gatherings both countries attended that it
// lists, not all of them, and shows the same as when it reads them all:
// their number, the latest by (date, id), an invitation taken up at an
// earlier one.
func TestDyadPageLatestGatherings(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name       string
		gatherings int // both attended, held or mentioned
		closedBy   int // the gathering that took up the pair's invitation; -1: none
	}{
		{"fewer than listed", dyadGatheringsMax - 3, -1},
		{"as many as listed", dyadGatheringsMax, 2},
		{"more, an earlier one took up the invitation", dyadGatheringsMax + 17, 4},
		{"more, the latest took it up", dyadGatheringsMax + 17, dyadGatheringsMax + 16},
	} {
		t.Run(c.name, func(t *testing.T) {
			db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var es []accord.Engagement
			add := func(id, date, status string, parts []string, countries ...string) *accord.Engagement {
				es = append(es, accord.Engagement{ID: id, Type: accord.Meeting, Date: date, Status: status, Level: accord.LevelHeadOfState,
					Countries: countries, Participants: parts,
					Reports: []accord.Evidence{{Article: "a_" + id, Quote: "They met.", Published: date}}})
				return &es[len(es)-1]
			}
			actors := []accord.Actor{
				{ID: "AA", Type: accord.Country, Name: "Aland Major", Country: "AA"}, {ID: "BB", Type: accord.Country, Name: "Borvia", Country: "BB"},
				{ID: "p_aa", Type: accord.Person, Name: "Ada Quill", Country: "AA"}, {ID: "p_bb", Type: accord.Person, Name: "Bram Tolt", Country: "BB"},
			}
			for i := range 3 {
				add(fmt.Sprintf("e_ab%d", i), fmt.Sprintf("2021-0%d-14", i+1), accord.StatusHeld, []string{"p_aa", "p_bb"}, "AA", "BB")
			}
			for i := range c.gatherings {
				status := accord.StatusHeld
				if i%5 == 3 {
					status = accord.StatusMentioned
				}
				host := fmt.Sprintf("p_h%02d", i)
				actors = append(actors, accord.Actor{ID: host, Type: accord.Person, Name: fmt.Sprintf("Host Number %d", i), Country: "CC"})
				// Two a day: the order within a day is the id's.
				add(fmt.Sprintf("g_%02d", c.gatherings-i), fmt.Sprintf("2020-%02d-%02d", 1+i/2/28, 1+i/2%28), status, []string{"p_aa", "p_bb", host}, "AA", "BB", "CC")
			}
			// Gatherings the page does not list: one BB missed, one planned.
			add("g_missed", "2022-01-01", accord.StatusHeld, []string{"p_aa"}, "AA", "CC", "DD")
			add("g_planned", "2022-02-01", accord.StatusPending, []string{"p_aa"}, "AA", "BB", "CC")
			inv := add("e_inv", "2019-12-01", accord.StatusPending, []string{"p_aa", "p_bb"}, "AA", "BB")
			if c.closedBy >= 0 {
				inv.ClosedBy = fmt.Sprintf("g_%02d", c.gatherings-c.closedBy)
			}
			if err := db.SaveRecord(ctx, &accord.RecordChange{Reset: true, Engagements: es, Actors: actors}); err != nil {
				t.Fatal(err)
			}
			// The relationship's pages, which share one model.
			paths := []string{"/dyads/AA/BB", "/dyads/AA/BB/brief", "/dyads/AA/BB/timeline.svg", "/dyads/AA/BB/areas.svg"}
			pages := func(s accord.Store) []string {
				h := NewServer(s, Options{Logger: discardLogger()}).Handler()
				var out []string
				for _, p := range paths {
					rr := httptest.NewRecorder()
					h.ServeHTTP(rr, httptest.NewRequest("GET", p, nil))
					if rr.Code != 200 && !strings.HasSuffix(p, ".svg") { // a chart without data is 404
						t.Fatalf("%s: %d %s", p, rr.Code, rr.Body.String())
					}
					out = append(out, itoa(rr.Code)+" "+rr.Body.String())
				}
				return out
			}
			want := pages(countsNoDates{db})
			spy := &gatheringReads{DB: db}
			got := pages(spy)
			for i, p := range paths {
				if got[i] != want[i] {
					t.Errorf("%s reading the latest gatherings ≠ reading them all:\n%s\n----\n%s", p, got[i], want[i])
				}
			}
			if max := dyadGatheringsMax + 2; spy.read > max { // and the planned one and the closer
				t.Errorf("the pages read %d gatherings, want at most %d", spy.read, max)
			}
			if !strings.Contains(got[0], fmt.Sprintf(" · %d multilateral attended together", c.gatherings)) {
				t.Errorf("page does not count %d gatherings", c.gatherings)
			}
			if !strings.Contains(got[1], fmt.Sprintf(" · %d gatherings both attended", c.gatherings)) {
				t.Errorf("brief page does not count %d gatherings", c.gatherings)
			}
		})
	}
}
