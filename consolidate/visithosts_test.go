package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
)

// TestVisitOneHost: two reports of one visit name the visitor with the
// host each saw (the foreign minister in one, the prime minister in the
// other); the visit stays one visitor and one host, not a meeting of
// three.
func TestVisitOneHost(t *testing.T) {
	smith := party{"Joe Smith", "AA"}
	host1, host2 := party{"Ines Costa", "BB"}, party{"Rui Sousa", "BB"}
	rec := consolidate.Build(docs([]report{
		{published: "2021-06-23", typ: accord.Visit, date: "2021-06", place: "BB", persons: []party{smith, host1}},
		{published: "2021-06-24", typ: accord.Visit, date: "2021-06", place: "BB", persons: []party{smith, host2}},
	}))
	if len(rec.Engagements) != 1 {
		t.Fatalf("%d engagements, want 1 visit", len(rec.Engagements))
	}
	if got := len(rec.Engagements[0].Participants); got != 2 {
		t.Errorf("visit has %d participants %v, want the visitor and one host", got, rec.Engagements[0].Participants)
	}
}
