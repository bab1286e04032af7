package target

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// TestPurpose15 checks that a sum made available "during the next five
// years" is measured by what it is for, past the duration, and that a sum
// committed "to complete" or "to implement" something is measured by that
// thing. Names and figures are invented.
func TestPurpose15(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a duration with during before the purpose", "US", true, []string{"US", "CL"},
			"The Chilean Government will make available $4.2 billion during the next five years to support lithium refining investments in North America.",
			[]accord.Target{{Metric: "support for lithium refining investments", Value: 4.2e9, Unit: "USD", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL"}}}},
		{"a sum committed to complete a clean-up", "US", true, []string{"US", "CL"},
			"We, the United States, have committed $115 million to complete the harbour remediation at Valdera.",
			[]accord.Target{{Metric: "harbour remediation", Value: 115e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"a sum pledged to implement a programme", "US", true, []string{"US", "CL"},
			"The United States pledged $40 million to implement the coastal monitoring programme.",
			[]accord.Target{{Metric: "coastal monitoring programme", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"a commitment of a sum of new and additional assistance is measured by the assistance", "PE", true, []string{"PE", "CL"},
			"Chile has agreed to make an advance commitment of 4 billion Euros of new and additional development assistance until 2030.",
			[]accord.Target{{Metric: "development assistance", Value: 4e9, Unit: "EUR", Comparator: "eq", Deadline: "2030", Holders: []string{"CL"}}}},
		{"a sum a country would be providing, in reported speech, is its commitment", "CL", true, []string{"CL", "PE"},
			"Vega said that over the next 10 years, Chile would be providing 3 billion euros for realising projects of this new partnership.",
			[]accord.Target{{Metric: "provision for realising projects", Value: 3e9, Unit: "EUR", Comparator: "eq", Holders: []string{"CL"}}}},
	})
}

// sourcedTarget is a sentence of an outlet (its home country, whether a
// government's) naming countries, and the targets it states.
type sourcedTarget struct {
	name, home string
	gov        bool
	countries  []string
	text       string
	want       []accord.Target
}

// runSourcedTargets extracts each case's sentence, published 2025-06-17,
// and checks its targets.
func runSourcedTargets(t *testing.T, cases []sourcedTarget) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractIn("a1", tc.text, sentence.Split(tc.text), "2025-06-17", tc.countries, Context{Home: tc.home, Government: tc.gov})
			checkTargets(t, got, tc.want)
		})
	}
}
