package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestBetweenPairAndOwnCount checks two readings of "USD 30 billion in
// total trade volume and 1 million human-to-human exchanges between A and
// B by 2020": the measure between two countries named after the sums is of
// both, and a number followed by a plural noun of its own counts that noun,
// not the currency of the sum before it (names and figures invented).
func TestBetweenPairAndOwnCount(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a sum and a count between two countries", "KR", true, []string{"KR", "RU"},
			"This agreement is expected to serve as a stepping stone toward achieving USD 40 billion in total trade volume and 2 million human-to-human exchanges between Korea and Russia by 2030.",
			[]accord.Target{
				{Metric: "trade volume", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"KR", "RU"}},
				{Metric: "human-to-human exchanges", Value: 2e6, Unit: "count", Comparator: "eq", Deadline: "2030", Holders: []string{"KR", "RU"}},
			}},
		{"a count of another's work between two countries, no level to reach", "US", true, []string{"US", "ID", "MY"},
			"The initial study will focus on two high-priority interconnection grid projects between Indonesia and Malaysia.",
			[]accord.Target{
				{Metric: "high-priority interconnection grid projects", Value: 2, Unit: "count", Comparator: "eq", Holders: []string{"US"}},
			}},
		{"two sums keep their currency", "KR", true, []string{"KR", "RU"},
			"The two sides aim at two-way trade of US$40 billion by 2025, and 50 billion by 2030.",
			[]accord.Target{
				{Metric: "two-way trade", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2025", Holders: []string{"KR", "RU"}},
				{Metric: "two-way trade", Value: 50e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"KR", "RU"}},
			}},
	})
}

// TestNumberOfLevel checks that a bare number that "the number of"
// something is brought to counts that something ("increase the number of
// tourists to 2 million by 2030"), and that two levels of one verb, in
// parallel ("expand trade to A and the number of exchanges to more than B
// by 2030"), share the year after the second; a statistic ("rose to") stays
// none (names and figures invented).
func TestNumberOfLevel(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"the number of tourists", "KR", true, []string{"KR", "RU"},
			"The two leaders agreed to increase the number of tourists to 2 million by 2030.",
			[]accord.Target{{Metric: "tourists", Value: 2e6, Unit: "count", Comparator: "eq", Deadline: "2030", Holders: []string{"KR", "RU"}}}},
		{"two levels in parallel", "KR", true, []string{"KR", "RU"},
			"The two leaders agreed to expand the volume of bilateral trade to USD 40 billion and the number of people-to-people exchanges to more than 2 million by 2030.",
			[]accord.Target{
				{Metric: "volume of bilateral trade", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"KR", "RU"}},
				{Metric: "people-to-people exchanges", Value: 2e6, Unit: "count", Comparator: "gte", Deadline: "2030", Holders: []string{"KR", "RU"}},
			}},
		{"from a baseline", "US", true, []string{"US", "ES"},
			"The United States will increase the number of U.S. destroyers stationed in Cadiz from three to five.",
			[]accord.Target{{Metric: "U.S. destroyers stationed in Cadiz", Value: 5, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		{"a statistic", "KR", true, []string{"KR", "RU"},
			"The number of visitors rose to 2 million last year.",
			nil},
	})
}
