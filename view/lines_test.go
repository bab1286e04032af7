package view_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
	"github.com/google/go-cmp/cmp"
)

// TestTimelineLines: the text timeline reads the gatherings both countries
// attended as lines (accord.LineReader), with their first reports' titles,
// none of them as RecordOf gives them, and shows what it shows reading
// them whole: over a pair read whole and over the window of a busy pair,
// from a store and from a view's store (OpenView); a first report not
// stored shows by its id.
func TestTimelineLines(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "accord.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var facts []*accord.ArticleFacts
	report := func(id, date string) []accord.Evidence {
		a := &accord.Article{ID: "a_" + id, File: id + ".txt", Title: "Leaders gather, " + id, Published: date[:7] + "-01", Source: "Eastwind Wire",
			Body: "The leaders met in " + id + "."}
		if id != "g3" { // one first report not stored
			facts = append(facts, &accord.ArticleFacts{Article: a})
		}
		return []accord.Evidence{{Article: a.ID, Quote: "The leaders met.", Published: a.Published}, {Article: "a_other", Quote: "They met."}}
	}
	var es []accord.Engagement
	add := func(id, date, status string, countries ...string) {
		es = append(es, accord.Engagement{ID: id, Type: accord.Summit, Date: date, Status: status, Level: "leader",
			Place:     accord.PlaceRef{Name: "Portville", Country: countries[len(countries)-1]},
			Countries: countries, Participants: countries, Reports: report(id, date)})
	}
	for i := range 3 {
		add(fmt.Sprintf("e_ab%d", i), fmt.Sprintf("2024-0%d-10", i+1), accord.StatusHeld, "AA", "BB")
	}
	for i := range view.PairMax + 20 {
		add(fmt.Sprintf("e_cd%03d", i), fmt.Sprintf("%d-%02d-%02d", 2010+i/120, 1+i/10%12, 1+i%10), accord.StatusHeld, "CC", "DD")
	}
	for i, g := range []struct {
		date, status string
		countries    []string
	}{
		{"2023-05-01", accord.StatusHeld, []string{"AA", "BB", "EE"}},
		{"2024-02-01", "", []string{"AA", "BB", "EE", "FF"}},
		{"2024-03", accord.StatusHeld, []string{"AA", "BB", "FF"}},
		{"2024-03-05", accord.StatusHeld, []string{"BB", "AA", "EE", "AA"}},
		{"2024-04-01", accord.StatusPending, []string{"AA", "BB", "EE"}},
		{"2024-04-03", accord.StatusHeld, []string{"AA", "EE", "FF"}}, // BB absent
		{"2009-01-01", accord.StatusHeld, []string{"CC", "DD", "EE"}}, // before the busy pair's window
		{"2011-06-01", accord.StatusHeld, []string{"CC", "DD", "EE"}},
		{"2011-07-01", accord.StatusHeld, []string{"CC", "DD", "FF", "EE"}},
	} {
		add(fmt.Sprintf("g%d", i), g.date, g.status, g.countries...)
	}
	if _, err := db.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Reset: true, Engagements: es}); err != nil {
		t.Fatal(err)
	}
	vdb, err := sqlite.OpenView(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer vdb.Close()
	text := func(tl *view.Timeline) string {
		var b bytes.Buffer
		if err := view.WriteTimeline(&b, tl); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, c := range []struct{ a, b, since string }{
		{"AA", "BB", ""}, {"BB", "AA", "2024-01-15"}, {"AA", "BB", "2024-03"}, {"CC", "DD", ""}, {"CC", "DD", "2011-01-01"}, {"AA", "EE", ""},
	} {
		t.Run(c.a+c.b+c.since, func(t *testing.T) {
			whole, err := view.PairTimelineText(ctx, readOnly{db}, c.a, c.b, c.since, "", view.PairMax)
			if err != nil {
				t.Fatal(err)
			}
			want := text(whole)
			for _, s := range []*sqlite.DB{db, vdb} {
				spy := &gatheringSpy{DB: s}
				tl, err := view.PairTimelineText(ctx, spy, c.a, c.b, c.since, "", view.PairMax)
				if err != nil {
					t.Fatal(err)
				}
				if spy.read > 0 {
					t.Errorf("the timeline read %d gatherings whole, want their lines", spy.read)
				}
				if d := cmp.Diff(want, text(tl)); d != "" {
					t.Errorf("timeline of lines ≠ of gatherings read whole (-whole +lines):\n%s", d)
				}
			}
			if c.a == "AA" && c.b == "BB" && c.since == "" {
				for _, s := range []string{"Leaders gather, g0 (g0.txt)", "· a_g3 (a_g3)\n", "4 countries"} {
					if !bytes.Contains([]byte(want), []byte(s)) {
						t.Errorf("timeline lacks %q:\n%s", s, want)
					}
				}
			}
		})
	}
}
