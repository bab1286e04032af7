package consolidate_test

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/google/go-cmp/cmp"
)

// TestDayLate: a report dated only by its publication, a day after the
// same contact held in person, is that contact; calls, two text dates and
// one article's two days stay apart. Invented countries.
func TestDayLate(t *testing.T) {
	smith, lopez := party{"Joe Smith", "AA"}, party{"Ana Lopez", "BB"}
	meeting, call := accord.Meeting, accord.PhoneCall
	tests := []struct {
		name    string
		reports []report
		want    []string
	}{
		{"a transcript released the next day joins the meeting the other side dates",
			[]report{
				{published: "2018-02-23", typ: meeting, date: "2018-02-23", persons: []party{smith, lopez}},
				{published: "2018-02-24", typ: meeting, date: "2018-02-24", persons: []party{lopez, smith}, weak: true},
			},
			[]string{"meeting 2018-02-23 AA,BB"}},
		{"two reports dated by publication a day apart are one contact, of the earlier day",
			[]report{
				{published: "2018-02-23", typ: meeting, date: "2018-02-23", persons: []party{smith, lopez}, weak: true},
				{published: "2018-02-24", typ: meeting, date: "2018-02-24", persons: []party{lopez, smith}, weak: true},
			},
			[]string{"meeting 2018-02-23 AA,BB"}},
		{"a report dated by its text is not moved by one a day earlier by publication",
			[]report{
				{published: "2018-02-23", typ: meeting, date: "2018-02-23", persons: []party{smith, lopez}, weak: true},
				{published: "2018-02-24", typ: meeting, date: "2018-02-24", persons: []party{lopez, smith}},
			},
			[]string{"meeting 2018-02-23 AA,BB", "meeting 2018-02-24 AA,BB"}},
		{"two days the texts give are two meetings",
			[]report{
				{published: "2018-02-23", typ: meeting, date: "2018-02-23", persons: []party{smith, lopez}},
				{published: "2018-02-24", typ: meeting, date: "2018-02-24", persons: []party{lopez, smith}},
			},
			[]string{"meeting 2018-02-23 AA,BB", "meeting 2018-02-24 AA,BB"}},
		{"calls are reported the day they are held",
			[]report{
				{published: "2018-02-23", typ: call, date: "2018-02-23", persons: []party{smith, lopez}},
				{published: "2018-02-24", typ: call, date: "2018-02-24", persons: []party{lopez, smith}, weak: true},
			},
			[]string{"phone_call 2018-02-23 AA,BB", "phone_call 2018-02-24 AA,BB"}},
		{"two days apart are two meetings",
			[]report{
				{published: "2018-02-23", typ: meeting, date: "2018-02-23", persons: []party{smith, lopez}},
				{published: "2018-02-25", typ: meeting, date: "2018-02-25", persons: []party{lopez, smith}, weak: true},
			},
			[]string{"meeting 2018-02-23 AA,BB", "meeting 2018-02-25 AA,BB"}},
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
