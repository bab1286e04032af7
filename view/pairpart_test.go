package view_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
)

// TestPairPart checks the bounded read of a busy relationship against the
// whole pair: with a bound below the pair's contacts, the views read the
// latest contacts of the range, count all of them, and keep the
// invitations; within the bound they read the pair whole.
func TestPairPart(t *testing.T) {
	ctx := context.Background()
	db := fixtureStore(t)
	whole, err := view.PairRecord(ctx, db, "VN", "KR")
	if err != nil {
		t.Fatal(err)
	}
	var contacts []accord.Engagement // held bilateral, in (date, id) order
	for _, e := range whole.Engagements {
		if e.Status != accord.StatusPending && e.Status != accord.StatusMentioned && len(e.Countries) == 2 {
			contacts = append(contacts, e)
		}
	}
	if len(contacts) < 4 {
		t.Fatalf("fixture has %d contacts, want at least 4", len(contacts))
	}
	ids := func(es []accord.Engagement) []string {
		var out []string
		for _, e := range es {
			if e.Status != accord.StatusPending && e.Status != accord.StatusMentioned && len(e.Countries) == 2 {
				out = append(out, e.ID)
			}
		}
		return out
	}
	last := contacts[len(contacts)-1].Date
	for _, c := range []struct {
		name      string
		from, to  string
		max       int
		want      []accord.Engagement // the contacts read
		partial   bool
		total     int
		totalOver bool
	}{
		{"within the bound: whole", "", "", len(contacts), contacts, false, len(contacts), false},
		{"no bound: whole", "", "", 0, contacts, false, len(contacts), false},
		{"over the bound: latest", "", "", 2, contacts[len(contacts)-2:], true, len(contacts), false},
		{"over the bound in a range: a lower bound", contacts[0].Date, last, 2, contacts[len(contacts)-2:], true, 3, true},
		{"a range within the bound", last, last, 2, nil, false, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec, w, err := view.PairPart(ctx, db, "KR", "VN", c.from, c.to, c.max)
			if err != nil {
				t.Fatal(err)
			}
			if c.want == nil { // in range, from the whole
				for _, e := range contacts {
					if e.Date >= c.from && e.Date <= c.to {
						c.want = append(c.want, e)
					}
				}
				c.total = len(c.want)
			}
			got := ids(rec.Engagements)
			if c.partial || c.max > 0 && c.from != "" {
				if !slices.Equal(got, ids(c.want)) {
					t.Errorf("contacts read %v, want %v", got, ids(c.want))
				}
			} else if !slices.Equal(got, ids(contacts)) {
				t.Errorf("contacts read %v, want the whole pair %v", got, ids(contacts))
			}
			if w.Partial() != c.partial || w.Total != c.total || w.Over != c.totalOver {
				t.Errorf("window %+v, want partial %v total %d over %v", w, c.partial, c.total, c.totalOver)
			}
			if c.partial && (w.Shown != c.max || w.Since != c.want[0].Date) {
				t.Errorf("window %+v, want %d shown since %s", w, c.max, c.want[0].Date)
			}
			// The invitations between the two are always read whole.
			if len(rec.Pending) != len(whole.Pending) {
				t.Errorf("%d pending, want %d", len(rec.Pending), len(whole.Pending))
			}
			for _, e := range rec.Engagements {
				if len(e.Countries) > 2 && w.Partial() && e.Date < w.Since {
					t.Errorf("gathering %s of %s before the window (%s)", e.ID, e.Date, w.Since)
				}
			}
		})
	}

	// The views say what they show.
	tl, err := view.PairTimelineMax(ctx, db, "VN", "KR", "", "", 2)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := view.WriteTimeline(&b, tl); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Listed: the latest 2, from ") || tl.Window == nil || len(tl.Entries) > 2 {
		t.Errorf("timeline of a busy pair does not say it lists the latest 2:\n%s", b.String())
	}
	tl, err = view.PairTimelineMax(ctx, db, "VN", "KR", "", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Window != nil || tl.Count != len(contacts) {
		t.Errorf("timeline with no bound: window %v, %d contacts, want none and %d", tl.Window, tl.Count, len(contacts))
	}

	rec, w, err := view.PairPart(ctx, db, "VN", "KR", "", "", 2)
	if err != nil {
		t.Fatal(err)
	}
	infos, err := view.ReportArticles(ctx, db, rec)
	if err != nil {
		t.Fatal(err)
	}
	md := view.BriefWindow(rec, view.Articles(infos), view.Areas(infos), "VN", "KR", "", &w)
	if want := "this briefing covers the latest 2, from "; !strings.Contains(md, want) {
		t.Errorf("brief of a busy pair lacks %q:\n%s", want, md)
	}
}

// TestActorPart: a profile reads an actor's latest engagements, and says
// when there are more.
func TestActorPart(t *testing.T) {
	ctx := context.Background()
	db := fixtureStore(t)
	// The busiest person of the fixture.
	kc, err := db.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyActor})
	if err != nil || len(kc) == 0 {
		t.Fatalf("actors: %v", err)
	}
	var a *accord.Actor
	var n int
	for _, k := range kc {
		if a, err = view.FindActor(ctx, db, strings.TrimPrefix(k.Key, accord.KeyActor)); err == nil && a != nil && a.Type == accord.Person {
			n = k.Count
			break
		}
	}
	if a == nil || n < 3 {
		t.Fatalf("no person with 3 engagements in the fixture")
	}
	whole, err := view.ActorRecord(ctx, db, a)
	if err != nil {
		t.Fatal(err)
	}
	all := append(slices.Clone(whole.Engagements), whole.Pending...)
	for _, c := range []struct {
		max  int
		more bool
	}{{0, false}, {len(all), false}, {len(all) - 1, true}, {2, true}} {
		rec, more, err := view.ActorPart(ctx, db, a, c.max)
		if err != nil {
			t.Fatal(err)
		}
		got := append(slices.Clone(rec.Engagements), rec.Pending...)
		want := len(all)
		if c.more {
			want = c.max
		}
		// The latest: every held engagement read is at least as late as
		// every one left out.
		read := map[string]bool{}
		for _, e := range got {
			read[e.ID] = true
		}
		for _, e := range whole.Engagements {
			for _, g := range rec.Engagements {
				if !read[e.ID] && e.Date > g.Date {
					t.Errorf("max %d: read %s (%s) but not the later %s (%s)", c.max, g.ID, g.Date, e.ID, e.Date)
				}
			}
		}
		if more != c.more || len(got) != want {
			t.Errorf("max %d: %d engagements (more %v), want %d (more %v)", c.max, len(got), more, want, c.more)
		}
	}
}

// fixtureStore returns a SQLite store holding the fixture's articles and
// its record, closed when the test ends.
func fixtureStore(t *testing.T) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	_, _, _, facts := fixture()
	if _, err := db.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := consolidate.Rebuild(ctx, db); err != nil {
		t.Fatal(err)
	}
	return db
}
