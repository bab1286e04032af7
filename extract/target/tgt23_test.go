package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestAidListOfItems checks a list of counted aid items a government "would
// continue providing": the gerund after "would continue" is the pledge
// "would provide" is; kits are counted items; and "and more than" before
// the second item is that item's floor, not the first's. Figures invented.
func TestAidListOfItems(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"continue providing a list", "NO", false, []string{"NO", "PE"},
			"The Prime Minister confirmed that Norway would continue providing further aid, including another 600 patrol boats and more than 14,000 winter kits for troops.",
			[]accord.Target{
				{Metric: "patrol boats", Value: 600, Unit: "count", Comparator: "eq", Holders: []string{"NO"}},
				{Metric: "winter kits", Value: 14000, Unit: "count", Comparator: "gte", Holders: []string{"NO"}},
			}},
		{"ambulances are counted", "NO", false, []string{"NO", "PE"},
			"Norway has committed to donating up to 37 ambulances to Peru.",
			[]accord.Target{{Metric: "ambulances", Value: 37, Unit: "count", Comparator: "lte", Holders: []string{"NO"}}}},
		{"or more stays the amount's own", "NO", false, []string{"NO", "PE"},
			"The Prime Minister confirmed that Norway would provide 600 patrol boats or more.",
			[]accord.Target{{Metric: "patrol boats", Value: 600, Unit: "count", Comparator: "gte", Holders: []string{"NO"}}}},
	})
}

// TestHyphenatedCurrency checks a sum written as one hyphenated word
// ("40-billion-USD"): the currency after the hyphenated scale is the sum's.
// Figures invented.
func TestHyphenatedCurrency(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"number-scale-currency", "PE", false, []string{"PE", "CL"},
			"The two sides agreed to strive to bring bilateral trade to 40-billion-USD by 2031.",
			[]accord.Target{{Metric: "bilateral trade", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2031", Holders: []string{"CL", "PE"}}}},
	})
}

// TestThisYear checks that "this year" dates a goal to the year of
// publication (2025-06-17 here) and keeps a later deadline off it, while
// "earlier this year" dates nothing; nor does "this year" make a sum a goal
// by itself. Figures invented.
func TestThisYear(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"this year and by a later year", "PE", false, []string{"PE", "CL"},
			"The two prime ministers agreed to work to raise two-way trade to $4 billion this year and $6 billion by 2029.",
			[]accord.Target{
				{Metric: "two-way trade", Value: 4e9, Unit: "USD", Comparator: "eq", Deadline: "2025", Holders: []string{"CL", "PE"}},
				{Metric: "two-way trade", Value: 6e9, Unit: "USD", Comparator: "eq", Deadline: "2029", Holders: []string{"CL", "PE"}},
			}},
		{"earlier this year", "PE", false, []string{"PE", "CL"},
			"Earlier this year, Peru pledged $30 million to Chile for climate projects.",
			[]accord.Target{{Metric: "pledge", Value: 30e6, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}}}},
		{"this year makes no goal", "PE", false, []string{"PE", "CL"},
			"New figures show that 17 members are going to spend 3 percent of GDP or more on defence this year.",
			nil},
	})
}

// TestInYears checks that "in three years" after a sum is a span, not what
// the sum measures. Figures invented.
func TestInYears(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"in N years", "PE", false, []string{"PE", "CL"},
			"Peru and Chile agreed to raise bilateral trade to $9 billion in four years.",
			[]accord.Target{{Metric: "bilateral trade", Value: 9e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
	})
}

// TestToHit checks that "hit", which also reports a level reached ("trade
// hit $9 billion last year"), is a level still to reach after "to" or a
// modal. Figures invented.
func TestToHit(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"to hit", "PE", false, []string{"PE", "CL"},
			"The two sides agreed to strive to hit $9 billion in two-way trade by 2029.",
			[]accord.Target{{Metric: "two-way trade", Value: 9e9, Unit: "USD", Comparator: "eq", Deadline: "2029", Holders: []string{"CL", "PE"}}}},
		{"hit reported", "PE", false, []string{"PE", "CL"},
			"Two-way trade between Peru and Chile hit $9 billion last year.",
			nil},
	})
}
