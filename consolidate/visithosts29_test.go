package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
)

// TestVisitOneHostNoCountry29: two reports of one visit name two hosts,
// one of whom the text left without a country ("his Sri Lankan
// counterpart, Foreign Minister A"); the visit keeps the visitor and one
// host, in either order of the reports, not three sides (the scorer's
// "three sides where the gold has two"). Invented names.
func TestVisitOneHostNoCountry29(t *testing.T) {
	visitor := party{"Joe Smith", "AA"}
	bare, known := party{"Ines Costa", ""}, party{"Rui Sousa", "BB"}
	for _, order := range [][2]party{{bare, known}, {known, bare}} {
		rec := consolidate.Build(docs([]report{
			{published: "2021-06-23", typ: accord.Visit, date: "2021-06", place: "BB", persons: []party{visitor, order[0]}},
			{published: "2021-06-24", typ: accord.Visit, date: "2021-06", place: "BB", persons: []party{visitor, order[1]}},
		}))
		if len(rec.Engagements) != 1 {
			t.Fatalf("%v: %d engagements, want 1 visit", order, len(rec.Engagements))
		}
		if got := len(rec.Engagements[0].Participants); got != 2 {
			t.Errorf("%v: visit has %d participants, want the visitor and one host", order, got)
		}
	}
}
