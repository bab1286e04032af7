package consolidate_test

import (
	"context"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/google/go-cmp/cmp"
)

// TestZoneDay: the two sides' readouts of one contact, dated a day apart by
// two capitals' clocks, are one engagement of the earlier day, whichever
// comes first; two contacts on consecutive days that one side reports, a
// day the wrong way round, two capitals of one zone, a third country's
// agency, publishers accord does not know and a release that names its
// calendar day stay apart. Invented persons;
// the countries are real, for their time zones: PE (UTC−5), VN (UTC+7), DE
// and FR (UTC+1), KE (UTC+3).
func TestZoneDay(t *testing.T) {
	west, east := party{"Oscar Quispe", "PE"}, party{"Tran Van Minh", "VN"}
	call, meeting := accord.PhoneCall, accord.Meeting
	tests := []struct {
		name    string
		reports []report
		want    []string
		// Which call a side's one report of a day is, where it fits both
		// days, follows the order the reports came in (ingest rebuilds
		// a backfill in date order): every order keeps the calls apart.
		ambiguous bool
	}{
		{"the eastern side's readout dated the next day is the same call",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "VN", quote: "They spoke this morning."},
			},
			[]string{"phone_call 2019-03-11 PE,VN"}, false},
		{"both sides' several reports join, whatever their order",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "VN", quote: "They spoke this morning."},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "VN", quote: "The leaders spoke this morning."},
			},
			[]string{"phone_call 2019-03-11 PE,VN"}, false},
		{"a meeting the eastern side's release dates the next day",
			[]report{
				{published: "2019-03-11", typ: meeting, date: "2019-03-11", persons: []party{west, east}, place: "PE", home: "PE"},
				{published: "2019-03-11", typ: meeting, date: "2019-03-11", persons: []party{west, east}, place: "PE", home: "PE", weak: true},
				{published: "2019-03-12", typ: meeting, date: "2019-03-12", persons: []party{east, west}, home: "VN", quote: "They spoke this morning."},
			},
			[]string{"meeting 2019-03-11 PE,VN"}, false},
		{"the western side's report dated by publication keeps its day",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE", weak: true},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "VN", quote: "They spoke this morning."},
				{published: "2019-03-12", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
			},
			[]string{"phone_call 2019-03-11 PE,VN"}, false},
		{"the eastern side's \"I have just had a call\" is the same call",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "VN", quote: "I have just had a telephone conversation with President Oscar Quispe."},
			},
			[]string{"phone_call 2019-03-11 PE,VN"}, false},
		{"the eastern side's \"has just spoken\" is the same call",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "VN", quote: "The Prime Minister has just spoken with President Oscar Quispe."},
			},
			[]string{"phone_call 2019-03-11 PE,VN"}, false},
		{"a release that names its calendar day keeps it",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "VN", quote: "On March 12, the two leaders spoke by telephone."},
			},
			[]string{"phone_call 2019-03-11 PE,VN", "phone_call 2019-03-12 PE,VN"}, false},
		{"one publisher's calls on consecutive days are two calls",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{west, east}, home: "PE"},
			},
			[]string{"phone_call 2019-03-11 PE,VN", "phone_call 2019-03-12 PE,VN"}, false},
		{"a second call the next day, reported by both sides, stays the second",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-13", typ: call, date: "2019-03-12", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-13", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "VN", quote: "They spoke this morning."},
			},
			[]string{"phone_call 2019-03-11 PE,VN", "phone_call 2019-03-12 PE,VN"}, true},
		{"the western side's day after the eastern's is another call",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "VN", quote: "They spoke this morning."},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "PE", quote: "They spoke this morning."},
			},
			[]string{"phone_call 2019-03-11 PE,VN", "phone_call 2019-03-12 PE,VN"}, false},
		{"two capitals of one time zone date one call alike",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{{"Jan Wolff", "DE"}, {"Luc Girard", "FR"}}, home: "DE"},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{{"Luc Girard", "FR"}, {"Jan Wolff", "DE"}}, home: "FR", quote: "They spoke this morning."},
			},
			[]string{"phone_call 2019-03-11 DE,FR", "phone_call 2019-03-12 DE,FR"}, false},
		{"a third country's agency is no side's clock",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, home: "KE", quote: "They spoke this morning."},
			},
			[]string{"phone_call 2019-03-11 PE,VN", "phone_call 2019-03-12 PE,VN"}, false},
		{"publishers accord does not know",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}},
				{published: "2019-03-12", typ: call, date: "2019-03-12", persons: []party{east, west}, quote: "They spoke this morning."},
			},
			[]string{"phone_call 2019-03-11 PE,VN", "phone_call 2019-03-12 PE,VN"}, false},
		{"two days apart",
			[]report{
				{published: "2019-03-11", typ: call, date: "2019-03-11", persons: []party{west, east}, home: "PE"},
				{published: "2019-03-13", typ: call, date: "2019-03-13", persons: []party{east, west}, home: "VN", quote: "They spoke this morning."},
			},
			[]string{"phone_call 2019-03-11 PE,VN", "phone_call 2019-03-13 PE,VN"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := docs(tt.reports)
			rec := consolidate.Build(facts)
			if d := cmp.Diff(tt.want, summary(rec)); d != "" {
				t.Errorf("engagements (-want +got):\n%s", d)
			}
			checkOrders(t, facts, rec)
			checkArrivals(t, facts, rec, tt.ambiguous)
		})
	}
}

// checkArrivals adds the facts one article at a time in every order, as a
// backfill does: the record must be Build's up to ids.
// With loose, only the engagements' types, days and countries must be
// Build's.
func checkArrivals(t *testing.T, facts []*accord.ArticleFacts, want *accord.Record, loose bool) {
	t.Helper()
	var perms func(k int)
	order := slices.Clone(facts)
	perms = func(k int) {
		if k == len(order) {
			rec := consolidate.Build(nil)
			for _, f := range order {
				rec = consolidate.ApplyChange(rec, consolidate.Update(rec, []*accord.ArticleFacts{f}, nil))
			}
			got := consolidate.Rebased(want, rec)
			d := cmp.Diff(want, got)
			if loose {
				d = cmp.Diff(summary(want), summary(got))
			}
			if d != "" {
				var files []string
				for _, f := range order {
					files = append(files, f.Article.File)
				}
				t.Fatalf("arrival order %v: record ≠ Build up to ids (-build +update):\n%s", files, d)
			}
			return
		}
		for i := k; i < len(order); i++ {
			order[k], order[i] = order[i], order[k]
			perms(k + 1)
			order[k], order[i] = order[i], order[k]
		}
	}
	perms(0)
}

// summary lists a record's engagements as "type date countries", sorted.
func summary(rec *accord.Record) []string {
	var out []string
	for _, e := range rec.Engagements {
		out = append(out, string(e.Type)+" "+e.Date+" "+join(e.Countries))
	}
	slices.Sort(out)
	return out
}

// TestZoneDayStore: a side's release of the first of a month joins the
// other side's readout of the last day of the one before, through a SQLite
// store whose part read for each article is its months, in either order;
// Rebuild keeps it.
func TestZoneDayStore(t *testing.T) {
	ctx := context.Background()
	west, east := party{"Oscar Quispe", "PE"}, party{"Tran Van Minh", "VN"}
	facts := docs([]report{
		{published: "2019-01-31", typ: accord.PhoneCall, date: "2019-01-31", persons: []party{west, east}, home: "PE"},
		{published: "2019-02-01", typ: accord.PhoneCall, date: "2019-02-01", persons: []party{east, west}, home: "VN", quote: "They spoke this morning."},
	})
	want := consolidate.Build(facts)
	if got := summary(want); !slices.Equal(got, []string{"phone_call 2019-01-31 PE,VN"}) {
		t.Fatalf("Build: %v, want one call of 2019-01-31", got)
	}
	for _, order := range [][]*accord.ArticleFacts{facts, {facts[1], facts[0]}} {
		db := openStore(t)
		for _, f := range order {
			batch := []*accord.ArticleFacts{f}
			if _, err := db.PutArticles(ctx, batch); err != nil {
				t.Fatal(err)
			}
			if err := consolidate.Apply(ctx, db, batch, nil); err != nil {
				t.Fatal(err)
			}
		}
		got, err := db.Record(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, consolidate.Rebased(want, normal(got))); d != "" {
			t.Errorf("first %s: stored record ≠ Build up to ids (-build +stored):\n%s", order[0].Article.Published, d)
		}
		if err := consolidate.Rebuild(ctx, db); err != nil {
			t.Fatal(err)
		}
		again, err := db.Record(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, normal(again)); d != "" {
			t.Errorf("first %s: rebuilt record ≠ Build (-build +rebuilt):\n%s", order[0].Article.Published, d)
		}
	}
}
