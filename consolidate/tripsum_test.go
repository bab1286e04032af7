package consolidate_test

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/google/go-cmp/cmp"
)

// TestSummedUp: a visit's summary ("wraps up a State visit … he also had
// meetings with A") tells again, dated only by its publication, a contact
// the day's readout dated; it joins that contact. Without the visit in
// the same article, past a week, of a call, or of other principals, the
// two stay apart. Invented names and countries.
func TestSummedUp(t *testing.T) {
	berg, ruiz, okafor := party{"Lena Berg", "AA"}, party{"Tomas Ruiz", "BB"}, party{"Ada Okafor", "BB"}
	meeting, visit, call := accord.Meeting, accord.Visit, accord.PhoneCall
	tests := []struct {
		name    string
		reports []report
		want    []string
	}{
		{"the summary's meeting joins the readout's, two days earlier",
			[]report{
				{published: "2031-03-12", typ: meeting, date: "2031-03-12", persons: []party{berg, ruiz}},
				{published: "2031-03-14", typ: visit, date: "2031-03", persons: []party{berg, okafor}},
				{published: "2031-03-14", typ: meeting, date: "2031-03-14", persons: []party{berg, ruiz}, weak: true, with: 2},
			},
			[]string{"meeting 2031-03-12 AA,BB", "visit 2031-03 AA,BB"}},
		{"the summary first, the readout after: one meeting still",
			[]report{
				{published: "2031-03-14", typ: visit, date: "2031-03", persons: []party{berg, okafor}},
				{published: "2031-03-14", typ: meeting, date: "2031-03-14", persons: []party{ruiz, berg}, weak: true, with: 1},
				{published: "2031-03-12", typ: meeting, date: "2031-03-12", persons: []party{berg, ruiz}},
			},
			[]string{"meeting 2031-03-12 AA,BB", "visit 2031-03 AA,BB"}},
		{"no visit in the weak report's article: two meetings",
			[]report{
				{published: "2031-03-12", typ: meeting, date: "2031-03-12", persons: []party{berg, ruiz}},
				{published: "2031-03-14", typ: meeting, date: "2031-03-14", persons: []party{berg, ruiz}, weak: true},
			},
			[]string{"meeting 2031-03-12 AA,BB", "meeting 2031-03-14 AA,BB"}},
		{"more than a week before the summary: two meetings",
			[]report{
				{published: "2031-03-02", typ: meeting, date: "2031-03-02", persons: []party{berg, ruiz}},
				{published: "2031-03-14", typ: visit, date: "2031-03", persons: []party{berg, okafor}},
				{published: "2031-03-14", typ: meeting, date: "2031-03-14", persons: []party{berg, ruiz}, weak: true, with: 2},
			},
			[]string{"meeting 2031-03-02 AA,BB", "meeting 2031-03-14 AA,BB", "visit 2031-03 AA,BB"}},
		{"calls are told the day they are held",
			[]report{
				{published: "2031-03-12", typ: call, date: "2031-03-12", persons: []party{berg, ruiz}},
				{published: "2031-03-14", typ: visit, date: "2031-03", persons: []party{berg, okafor}},
				{published: "2031-03-14", typ: call, date: "2031-03-14", persons: []party{berg, ruiz}, weak: true, with: 2},
			},
			[]string{"phone_call 2031-03-12 AA,BB", "phone_call 2031-03-14 AA,BB", "visit 2031-03 AA,BB"}},
		{"both dated by their texts: two meetings",
			[]report{
				{published: "2031-03-12", typ: meeting, date: "2031-03-12", persons: []party{berg, ruiz}},
				{published: "2031-03-14", typ: visit, date: "2031-03", persons: []party{berg, okafor}},
				{published: "2031-03-14", typ: meeting, date: "2031-03-14", persons: []party{berg, ruiz}, with: 2},
			},
			[]string{"meeting 2031-03-12 AA,BB", "meeting 2031-03-14 AA,BB", "visit 2031-03 AA,BB"}},
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
