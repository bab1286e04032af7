package consolidate_test

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
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

// TestVisitCounterpartHost: of two hosts the reports of one visit name
// (the governor-general who received a prime minister, and the prime
// minister who held talks with him), the visitor's counterpart is the
// visit's host, in either order of the reports.
func TestVisitCounterpartHost(t *testing.T) {
	report := func(file, published, host, role string) *accord.ArticleFacts {
		d := ct.NewDoc(file, file, published, "", "Report "+file+" of a visit.")
		v := d.Person("Tom Reid", "AA", []string{"Prime Minister"})
		h := d.Person(host, "BB", []string{role})
		d.Held(ct.E{Type: accord.Visit, Date: "2024-03", PlaceCountry: "BB", Participants: []string{v, h}, Countries: []string{"AA", "BB"}})
		return d.Facts
	}
	gg := report("a", "2024-03-11", "Ana Ruiz", "Governor-General")
	pm := report("b", "2024-03-12", "Luis Vega", "Prime Minister")
	for _, order := range [][]*accord.ArticleFacts{{gg, pm}, {pm, gg}} {
		rec := consolidate.Build(order)
		if len(rec.Engagements) != 1 {
			t.Fatalf("%d engagements, want 1 visit", len(rec.Engagements))
		}
		names := map[string]string{}
		for _, a := range rec.Actors {
			names[a.ID] = a.Name
		}
		var got []string
		for _, p := range rec.Engagements[0].Participants {
			got = append(got, names[p])
		}
		slices.Sort(got)
		if !slices.Equal(got, []string{"Luis Vega", "Tom Reid"}) {
			t.Errorf("visit of %v, want Luis Vega and Tom Reid", got)
		}
	}
}
