package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// line is what GatheringLines gives of an engagement: what a timeline's
// line of a gathering shows.
func line(e accord.Engagement) accord.Engagement {
	l := accord.Engagement{ID: e.ID, Type: e.Type, Date: e.Date, EndDate: e.EndDate, Place: e.Place,
		Countries: e.Countries, Status: e.Status}
	if len(e.Reports) > 0 {
		l.Reports = []accord.Evidence{{Article: e.Reports[0].Article}}
	}
	return l
}

// testGatheringLines checks accord.LineReader, where a store has it: the
// engagements RecordOf selects, those of more than two countries as their
// lines, the rest whole, and the heads of the lines' first reports, kept
// through saves that change, re-date, narrow and delete gatherings.
func testGatheringLines(t *testing.T, s accord.Store) {
	lr, ok := s.(accord.LineReader)
	if !ok {
		t.Skip("no accord.LineReader")
	}
	ctx := context.Background()
	var arts []*accord.Article
	for i := range 4 {
		a := Article(fmt.Sprintf("summit-%d.md", i), fmt.Sprintf("2024-0%d-10", i+1), "Eastwind Wire",
			fmt.Sprintf("Leaders of Aland, Borduria and Carpania gather, day %d", i), fmt.Sprintf("The leaders met, day %d.", i))
		arts = append(arts, a)
	}
	put(t, s, &accord.ArticleFacts{Article: arts[0]}, &accord.ArticleFacts{Article: arts[1]}, &accord.ArticleFacts{Article: arts[2]})
	ev := func(i int) accord.Evidence {
		return accord.Evidence{Article: arts[i].ID, Quote: "The leaders met.", Start: 0, End: 16, Published: arts[i].Published}
	}
	three := []string{"XA", "XB", "XC"}
	es := []accord.Engagement{
		{ID: "e_summit", Type: accord.Summit, Date: "2024-01-10", EndDate: "2024-01-11", Place: accord.PlaceRef{Name: "Portville", Country: "XC"},
			Participants: []string{"country:XA"}, Countries: three, Areas: []string{"trade"}, Reports: []accord.Evidence{ev(0), ev(1)}},
		{ID: "e_forum", Type: accord.Meeting, Date: "2024-02", Countries: []string{"XB", "XA", "XD", "XC"}, Status: accord.StatusHeld,
			Reports: []accord.Evidence{ev(1)}},
		{ID: "e_invited", Type: accord.Summit, Date: "2025", Countries: three, Status: accord.StatusPending, Reports: []accord.Evidence{ev(2)}},
		{ID: "e_unstored", Type: accord.Summit, Date: "2024-04-10", Countries: three, Reports: []accord.Evidence{ev(3)}},
		{ID: "e_pair", Type: accord.Talks, Date: "2024-01-10", Countries: []string{"XA", "XB"}, Reports: []accord.Evidence{ev(0)}},
	}
	save := func(c *accord.RecordChange) {
		t.Helper()
		if err := s.SaveRecord(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	save(&accord.RecordChange{Engagements: es})
	check := func(step string, q accord.RecordQuery) {
		t.Helper()
		want, err := s.RecordOf(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, heads, err := lr.GatheringLines(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []struct {
			name      string
			got, want []accord.Engagement
		}{{"engagements", got.Engagements, want.Engagements}, {"pending", got.Pending, want.Pending}} {
			if len(l.got) != len(l.want) {
				t.Errorf("%s: %s %v, want %v", step, l.name, l.got, l.want)
				continue
			}
			for i, w := range l.want {
				if len(slices.Compact(slices.Sorted(slices.Values(w.Countries)))) > 2 {
					w = line(w)
				}
				if g := l.got[i]; fmt.Sprint(g) != fmt.Sprint(w) {
					t.Errorf("%s: %s[%d] %+v, want %+v", step, l.name, i, g, w)
				}
			}
		}
		for _, list := range [][]accord.Engagement{want.Engagements, want.Pending} {
			for _, e := range list {
				if len(e.Countries) <= 2 || len(e.Reports) == 0 {
					continue
				}
				id := e.Reports[0].Article
				var w *accord.Article
				for _, a := range arts[:3] {
					if a.ID == id {
						w = &accord.Article{ID: a.ID, Title: a.Title, File: a.File, Source: a.Source, Published: a.Published}
					}
				}
				h := heads[id]
				switch {
				case w == nil && h != nil:
					t.Errorf("%s: a head of %s, not stored: %+v", step, id, h)
				case w != nil && h == nil:
					t.Errorf("%s: no head of %s", step, id)
				case w != nil && (h.ID != w.ID || h.Title != w.Title || h.File != w.File || h.Source != w.Source || h.Published != w.Published):
					t.Errorf("%s: head of %s %+v, want %+v", step, id, h, w)
				}
			}
		}
	}
	both := accord.RecordQuery{Keys: []string{accord.KeyGathering + "XA"}, All: []string{accord.KeyGathering + "XB"}, Kind: accord.KindEngagement}
	check("saved", both)
	check("latest two", accord.RecordQuery{Keys: both.Keys, All: both.All, Kind: both.Kind, Limit: 2})
	check("dated", accord.RecordQuery{Keys: both.Keys, All: both.All, Kind: both.Kind, From: "2024-02-01", To: "2024-12-31"})
	check("a country's", accord.RecordQuery{Keys: []string{accord.KeyCountry + "XA"}, Kind: accord.KindEngagement})

	// A later save: the summit re-dated with a new first report, the forum
	// narrowed to two countries, the invitation deleted; the fourth
	// article stored since.
	put(t, s, &accord.ArticleFacts{Article: arts[3]})
	es[0].Date, es[0].Reports = "2024-01-12", []accord.Evidence{ev(2), ev(0)}
	es[1].Countries = []string{"XA", "XB"}
	save(&accord.RecordChange{Engagements: es[:2], Deleted: []accord.EntityRef{{Kind: accord.KindEngagement, ID: "e_invited"}}})
	check("saved again", both)
	check("a country's, saved again", accord.RecordQuery{Keys: []string{accord.KeyCountry + "XA"}, Kind: accord.KindEngagement})
	got, _, err := lr.GatheringLines(ctx, both)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range append(got.Engagements, got.Pending...) {
		ids = append(ids, e.ID+" "+e.Date)
	}
	if want := []string{"e_summit 2024-01-12", "e_unstored 2024-04-10"}; !slices.Equal(ids, want) {
		t.Errorf("after the second save: %v, want %v", ids, want)
	}
}
