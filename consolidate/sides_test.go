package consolidate_test

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/google/go-cmp/cmp"
)

// TestBothSides: both sides' readouts of one contact are one engagement,
// whatever each side knows of the other's people and however it words the
// contact; near misses stay apart.
func TestBothSides(t *testing.T) {
	var (
		weberDE   = party{"Paul Weber", "AA"}
		weber     = party{"Paul Weber", ""}
		otienoKE  = party{"Sam Otieno", "BB"}
		otieno    = party{"Sam Otieno", ""}
		reyes     = party{"Luis Reyes", "CC"}
		tanabe    = party{"Aiko Tanabe", "DD"}
		ito       = party{"Ken Ito", "DD"}
		cruz      = party{"Rosa Cruz", "CC"}
		khalid    = party{"Khalid bin Omar", "EE"}
		khalidAll = party{"Khalid bin Omar bin Said Al Rami", ""}
		khalidSa  = party{"Khalid bin Saad", "EE"}
		harlan    = party{"Paul Harlan", "FF"}
	)
	meeting, talks, reception := accord.Meeting, accord.Talks, accord.Reception
	tests := []struct {
		name    string
		reports []report
		want    []string
	}{
		{"each side knows only its own person's country",
			[]report{
				{published: "2024-11-12", typ: meeting, date: "2024-11-12", persons: []party{weber, otienoKE}},
				{published: "2024-11-12", typ: talks, date: "2024-11-12", persons: []party{otieno, weberDE}},
			},
			[]string{"talks 2024-11-12 AA,BB"}},
		{"a courtesy call the host received and the visitor's side met is one reception",
			[]report{
				{published: "2024-05-14", typ: reception, date: "2024-05-14", persons: []party{reyes, tanabe}},
				{published: "2024-05-14", typ: meeting, date: "2024-05-14", persons: []party{tanabe, reyes}},
			},
			[]string{"reception 2024-05-14 CC,DD"}},
		{"a welcome ceremony the host held and the guest's meeting of the day are two",
			[]report{
				{published: "2024-05-14", typ: reception, date: "2024-05-14", persons: []party{reyes, tanabe}, quote: "President Reyes hosted a welcome ceremony for Minister Tanabe."},
				{published: "2024-05-14", typ: meeting, date: "2024-05-14", persons: []party{tanabe, reyes}},
			},
			[]string{"meeting 2024-05-14 CC,DD", "reception 2024-05-14 CC,DD"}},
		{"a courtesy call dated by the month on one side takes the other's day",
			[]report{
				{published: "2024-05-15", typ: meeting, date: "2024-05", persons: []party{tanabe, reyes}},
				{published: "2024-05-14", typ: reception, date: "2024-05-14", persons: []party{reyes, tanabe}},
			},
			[]string{"reception 2024-05-14 CC,DD"}},
		{"a patronymic name shortened by one side is the same person",
			[]report{
				{published: "2024-07-02", typ: meeting, date: "2024-07-02", persons: []party{harlan, khalid}},
				{published: "2024-07-02", typ: meeting, date: "2024-07-02", persons: []party{khalidAll, harlan}},
			},
			[]string{"meeting 2024-07-02 EE,FF"}},
		{"a sovereign named by realm is the person whose full name begins with that name and number",
			[]report{
				{published: "2024-03-04", typ: meeting, date: "2024-03-04", persons: []party{harlan, {"Tariq III bin Omar Al Rami", "EE"}}},
				{published: "2024-03-04", typ: meeting, date: "2024-03-04", persons: []party{{"Tariq III of Eastland", "EE"}, harlan}},
			},
			[]string{"meeting 2024-03-04 EE,FF"}},
		{"a sovereign named by realm with a one-word name is the person whose full name begins with it",
			[]report{
				{published: "2024-03-05", typ: meeting, date: "2024-03-05", persons: []party{harlan, {"Faisal bin Said Al Rami", "EE"}}},
				{published: "2024-03-05", typ: meeting, date: "2024-03-05", persons: []party{{"Faisal of Eastland", "EE"}, harlan}},
			},
			[]string{"meeting 2024-03-05 EE,FF"}},
		{"a sovereign named by realm is not a son named after him",
			[]report{
				{published: "2024-03-06", typ: meeting, date: "2024-03-06", persons: []party{harlan, {"Omar bin Faisal", "EE"}}},
				{published: "2024-03-06", typ: meeting, date: "2024-03-06", persons: []party{{"Faisal of Eastland", "EE"}, harlan}},
			},
			[]string{"meeting 2024-03-06 EE,FF", "meeting 2024-03-06 EE,FF"}},
		{"a family name transliterated two ways is one person",
			[]report{
				{published: "2024-02-06", typ: accord.PhoneCall, date: "2024-02-06", persons: []party{{"Oleh Marchenko", "GG"}, harlan}},
				{published: "2024-02-06", typ: accord.PhoneCall, date: "2024-02-06", persons: []party{harlan, {"Oleh Marchenco", "GG"}}},
			},
			[]string{"phone_call 2024-02-06 FF,GG"}},
		{"a long family name spelt with two more letters is one person",
			[]report{
				{published: "2024-05-21", typ: accord.PhoneCall, date: "2024-05-21", persons: []party{{"Sadyk Japarbekov", "GG"}, harlan}},
				{published: "2024-05-21", typ: accord.PhoneCall, date: "2024-05-21", persons: []party{harlan, {"Sadyk Zhaparbekov", "GG"}}},
			},
			[]string{"phone_call 2024-05-21 FF,GG"}},
		{"a one-word form transliterated is the person",
			[]report{
				{published: "2024-02-06", typ: meeting, date: "2024-02-06", persons: []party{{"Oleh Marchenko", "GG"}, harlan}},
				{published: "2024-02-06", typ: meeting, date: "2024-02-06", persons: []party{harlan, {"Marchenco", ""}}},
			},
			[]string{"meeting 2024-02-06 FF,GG"}},
		{"a summit one side calls its summit meeting is one summit",
			[]report{
				{published: "2023-07-13", typ: talks, date: "2023-07-13", persons: []party{reyes, tanabe}},
				{published: "2023-07-13", typ: accord.Summit, date: "2023-07-13", persons: []party{tanabe, reyes}, weak: true},
			},
			[]string{"summit 2023-07-13 CC,DD"}},
		// Near misses.
		{"a summit and a meeting one article reports are two",
			[]report{
				{published: "2023-07-13", typ: accord.Summit, date: "2023-07-13", persons: []party{reyes, tanabe}},
				{published: "2023-07-13", typ: meeting, date: "2023-07-13", persons: []party{tanabe, reyes}, with: 1},
			},
			[]string{"meeting 2023-07-13 CC,DD", "summit 2023-07-13 CC,DD"}},
		{"a summit of two and a meeting of one of them with a third are two",
			[]report{
				{published: "2023-07-13", typ: accord.Summit, date: "2023-07-13", persons: []party{reyes, tanabe}},
				{published: "2023-07-13", typ: meeting, date: "2023-07-13", persons: []party{tanabe, harlan}},
			},
			[]string{"meeting 2023-07-13 DD,FF", "summit 2023-07-13 CC,DD"}},
		{"short family names a letter apart are two persons",
			[]report{
				{published: "2024-02-06", typ: meeting, date: "2024-02-06", persons: []party{{"Jin Park", "GG"}, harlan}},
				{published: "2024-02-06", typ: meeting, date: "2024-02-06", persons: []party{harlan, {"Jin Pak", "GG"}}},
			},
			[]string{"meeting 2024-02-06 FF,GG", "meeting 2024-02-06 FF,GG"}},
		{"similar family names with other given names are two persons",
			[]report{
				{published: "2024-02-06", typ: meeting, date: "2024-02-06", persons: []party{{"Oleh Marchenko", "GG"}, harlan}},
				{published: "2024-02-06", typ: meeting, date: "2024-02-06", persons: []party{harlan, {"Ivan Marchenco", "GG"}}},
			},
			[]string{"meeting 2024-02-06 FF,GG", "meeting 2024-02-06 FF,GG"}},
		{"a reception and a meeting one article reports are two",
			[]report{
				{published: "2024-05-14", typ: reception, date: "2024-05-14", persons: []party{reyes, tanabe}},
				{published: "2024-05-14", typ: meeting, date: "2024-05-14", persons: []party{tanabe, reyes}, with: 1},
			},
			[]string{"meeting 2024-05-14 CC,DD", "reception 2024-05-14 CC,DD"}},
		{"the visitor received by the president and meeting the minister: two",
			[]report{
				{published: "2024-05-14", typ: reception, date: "2024-05-14", persons: []party{reyes, tanabe}},
				{published: "2024-05-14", typ: meeting, date: "2024-05-14", persons: []party{tanabe, cruz}},
			},
			[]string{"meeting 2024-05-14 CC,DD", "reception 2024-05-14 CC,DD"}},
		{"a reception of a delegation and a meeting of one of it: two",
			[]report{
				{published: "2024-05-14", typ: reception, date: "2024-05-14", persons: []party{reyes, tanabe, ito}},
				{published: "2024-05-14", typ: meeting, date: "2024-05-14", persons: []party{tanabe, reyes}},
			},
			[]string{"meeting 2024-05-14 CC,DD", "reception 2024-05-14 CC,DD"}},
		{"a reception and formal talks of the same leaders are two",
			[]report{
				{published: "2024-05-14", typ: reception, date: "2024-05-14", persons: []party{reyes, tanabe}},
				{published: "2024-05-14", typ: talks, date: "2024-05-14", persons: []party{tanabe, reyes}},
			},
			[]string{"reception 2024-05-14 CC,DD", "talks 2024-05-14 CC,DD"}},
		{"a courtesy call and a meeting on another day are two",
			[]report{
				{published: "2024-05-14", typ: reception, date: "2024-05-14", persons: []party{reyes, tanabe}},
				{published: "2024-05-16", typ: meeting, date: "2024-05-16", persons: []party{tanabe, reyes}},
			},
			[]string{"meeting 2024-05-16 CC,DD", "reception 2024-05-14 CC,DD"}},
		{"two patronymic names that differ are two persons",
			[]report{
				{published: "2024-07-02", typ: meeting, date: "2024-07-02", persons: []party{harlan, khalid}},
				{published: "2024-07-02", typ: meeting, date: "2024-07-02", persons: []party{khalidSa, harlan}},
			},
			[]string{"meeting 2024-07-02 EE,FF", "meeting 2024-07-02 EE,FF"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := docs(tt.reports)
			rec := consolidate.Build(facts)
			var got []string
			for _, e := range rec.Engagements {
				got = append(got, string(e.Type)+" "+e.Date+" "+join(e.Countries))
			}
			slices.Sort(got)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("engagements (-want +got):\n%s", d)
			}
			checkOrders(t, facts, rec)
		})
	}
}

// TestBothSidesBatches: both sides' readouts merge when they come in two
// batches, each side naming only its own person's country: the batch reads
// the blocks of the countries the record gives the persons it names.
func TestBothSidesBatches(t *testing.T) {
	for _, tt := range []struct {
		name    string
		reports []report
	}{
		{"the host's readout first", []report{
			{published: "2024-11-12", typ: accord.Meeting, date: "2024-11-12", persons: []party{{"Paul Weber", ""}, {"Sam Otieno", "BB"}}},
			{published: "2024-11-13", typ: accord.Talks, date: "2024-11-12", persons: []party{{"Sam Otieno", ""}, {"Paul Weber", "AA"}}},
		}},
		{"the visitor's readout first", []report{
			{published: "2024-11-12", typ: accord.Talks, date: "2024-11-12", persons: []party{{"Sam Otieno", ""}, {"Paul Weber", "AA"}}},
			{published: "2024-11-13", typ: accord.Meeting, date: "2024-11-12", persons: []party{{"Paul Weber", ""}, {"Sam Otieno", "BB"}}},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			facts := docs(tt.reports)
			want := consolidate.Build(facts)
			if len(want.Engagements) != 1 {
				t.Fatalf("Build: %d engagements, want 1: %+v", len(want.Engagements), want.Engagements)
			}
			if d := cmp.Diff(want, inBatches(t, facts, 1, consolidate.Apply)); d != "" {
				t.Errorf("Apply: stored record ≠ Build (-build +stored):\n%s", d)
			}
			var ap consolidate.Applier
			if d := cmp.Diff(want, inBatches(t, facts, 1, ap.Apply)); d != "" {
				t.Errorf("Applier: stored record ≠ Build (-build +stored):\n%s", d)
			}
		})
	}
}
