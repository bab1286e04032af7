package extract

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestOnePerCountry checks that a visit keeps one person of each country,
// the visitor and the host who received them: a companion minister, a
// spouse at the host's side, the speaker of remarks about the visit or a
// predecessor named with an earlier visit of the pair is no side (released
// references: each such visit's gold has two sides). Other contacts keep
// every person. Invented names.
func TestOnePerCountry(t *testing.T) {
	// Persons: 0 visiting president, 1 his foreign minister, 2 host
	// president, 3 host's spouse, 4 visiting minister, 5 predecessor
	// (only named as "the then minister"), 6 a second host leader.
	persons := []*person{
		{name: "Arlo Venn", country: "CL", level: "head_of_state", first: 10},
		{name: "Cato Lund", country: "CL", level: "minister", first: 2},
		{name: "Bera Tisk", country: "PE", level: "head_of_state", first: 20},
		{name: "Mila Tisk", country: "PE", level: "official", first: 25},
		{name: "Dara Quill", country: "CL", level: "minister", first: 5},
		{name: "Enzo Rask", country: "CL", level: "minister", first: 40},
		{name: "Fara Holm", country: "PE", level: "head_of_government", first: 30},
	}
	tests := []struct {
		name  string
		typ   accord.EngagementType
		ps    []int
		codes []string
		want  []int
	}{
		{"minister speaking before the president's visit", accord.Visit, []int{0, 2, 1}, nil, []int{0, 2}},
		{"the minister named first, the leader still the side", accord.Visit, []int{1, 0, 2}, nil, []int{0, 2}},
		{"host's spouse", accord.Visit, []int{2, 0, 3}, nil, []int{2, 0}},
		{"predecessor of a country-hosted visit", accord.Visit, []int{5, 4}, []string{"PE"}, []int{4}},
		{"two host leaders: the first named", accord.Visit, []int{0, 6, 2}, nil, []int{0, 2}},
		// Unchanged: two sides already, or a contact other than a visit.
		{"visitor and host", accord.Visit, []int{0, 2}, nil, []int{0, 2}},
		{"a meeting keeps its attendees", accord.Meeting, []int{0, 1, 2}, nil, []int{0, 1, 2}},
		{"one country's persons only: no sides left to keep", accord.Visit, []int{0, 1}, nil, []int{0, 1}},
	}
	for _, tc := range tests {
		d := &doc{persons: persons}
		for pi, p := range persons {
			d.mentions = append(d.mentions, &pmention{person: pi, former: pi == 5, i: p.first})
		}
		held := []eng{{typ: tc.typ, persons: slices.Clone(tc.ps), codes: tc.codes}}
		d.onePerCountry(held)
		if !slices.Equal(held[0].persons, tc.want) {
			t.Errorf("%s: persons %v, want %v", tc.name, held[0].persons, tc.want)
		}
	}
}
