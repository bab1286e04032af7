package view_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
	"github.com/google/go-cmp/cmp"
)

// readOnly hides a store's accord.DateReader: the views read the
// gatherings instead of counting them.
type readOnly struct{ view.Reader }

// gatheringSpy is a SQLite store that notes the reads of gatherings.
type gatheringSpy struct {
	*sqlite.DB
	read int // engagements read under a gathering key
}

func (s *gatheringSpy) RecordOf(ctx context.Context, q accord.RecordQuery) (*accord.Record, error) {
	rec, err := s.DB.RecordOf(ctx, q)
	if err == nil && len(q.Keys) > 0 && strings.HasPrefix(q.Keys[0], accord.KeyGathering) {
		s.read += len(rec.Engagements) + len(rec.Pending)
	}
	return rec, err
}

// TestBriefCountsGatherings: the brief counts the gatherings both
// countries attended by their keys (accord.DateReader) and says what it
// says when it reads them: held ones only, of more than two countries
// with both, within the dates asked, over the window of a busy pair; and
// the text timeline, which reads them without their actors, shows the
// same as with them.
func TestBriefCountsGatherings(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ev := func(art, date string) []accord.Evidence {
		return []accord.Evidence{{Article: art, Quote: "They met.", Published: date}}
	}
	var es []accord.Engagement
	add := func(id, date, status string, countries ...string) {
		es = append(es, accord.Engagement{ID: id, Type: accord.Meeting, Date: date, Status: status, Level: "leader",
			Countries: countries, Participants: countries, Reports: ev("a_"+id, date)})
	}
	// A pair with few contacts (read whole) and one with more than
	// view.PairMax (read over its latest contacts).
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
		{"2024-04-01", accord.StatusPending, []string{"AA", "BB", "EE"}},
		{"2024-04-02", accord.StatusMentioned, []string{"AA", "BB", "EE"}},
		{"2024-04-03", accord.StatusHeld, []string{"AA", "EE", "FF"}}, // BB absent
		{"2009-01-01", accord.StatusHeld, []string{"CC", "DD", "EE"}}, // before the busy pair's window
		{"2011-06-01", accord.StatusHeld, []string{"CC", "DD", "EE"}},
		{"2011-07-01", accord.StatusHeld, []string{"CC", "DD", "FF", "EE"}},
	} {
		add(fmt.Sprintf("g%d", i), g.date, g.status, g.countries...)
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Reset: true, Engagements: es}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ a, b, since string }{
		{"AA", "BB", ""}, {"BB", "AA", "2024-01-15"}, {"AA", "BB", "2024-03"}, {"AA", "BB", "2025-01-01"},
		{"CC", "DD", ""}, {"CC", "DD", "2011-01-01"}, {"AA", "EE", ""},
	} {
		t.Run(c.a+c.b+c.since, func(t *testing.T) {
			want, err := view.Brief(ctx, readOnly{db}, c.a, c.b, c.since)
			if err != nil {
				t.Fatal(err)
			}
			spy := &gatheringSpy{DB: db}
			got, err := view.Brief(ctx, spy, c.a, c.b, c.since)
			if err != nil {
				t.Fatal(err)
			}
			if spy.read > 0 {
				t.Errorf("the brief read %d gatherings, want them counted", spy.read)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("brief counting the gatherings ≠ reading them (-read +counted):\n%s", d)
			}
			if c.since == "" && c.a == "AA" && c.b == "BB" && !strings.Contains(got, "Both also took part in three multilateral engagements") {
				t.Errorf("brief does not count the three held gatherings of both:\n%s", got)
			}
			text := func(tl *view.Timeline) string {
				var b bytes.Buffer
				if err := view.WriteTimeline(&b, tl); err != nil {
					t.Fatal(err)
				}
				return b.String()
			}
			whole, err := view.PairTimelineMax(ctx, db, c.a, c.b, c.since, "", view.PairMax)
			if err != nil {
				t.Fatal(err)
			}
			tl, err := view.PairTimelineText(ctx, db, c.a, c.b, c.since, "", view.PairMax)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(text(whole), text(tl)); d != "" {
				t.Errorf("text timeline without the gatherings' actors differs (-with +without):\n%s", d)
			}
		})
	}
}
