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

// TestLevelAfterReport checks a level to reach told after a report of the
// same measure (names and figures invented): in a second verb of the
// subject ("reached $800 million in 2014 and is expected to hit $1.7
// billion by 2020"), in a sentence whose pronoun or bare noun of level
// takes the measure up ("It is hoped to hit …", "The figure is expected to
// reach …"), and as "a target of" a level; the report's estimate ("is
// estimated at … this year") and its change ("up 12.6 percent from 2018")
// are no targets.
func TestLevelAfterReport(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a second verb", "VN", true, []string{"VN", "NZ"},
			"Two-way trade reached 800 million USD in 2014 and is expected to hit 1.7 billion USD by 2030.",
			[]accord.Target{{Metric: "two-way trade", Value: 1.7e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"NZ", "VN"}}}},
		{"a pronoun", "VN", true, []string{"VN", "NZ"},
			"Bilateral trade reached 800 million USD in 2014, rising 120 percent in five years. It is hoped to hit 1.7 billion USD by 2030.",
			[]accord.Target{{Metric: "trade", Value: 1.7e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"NZ", "VN"}}}},
		{"the figure", "VN", true, []string{"VN", "NZ"},
			"Bilateral trade reached 800 million USD in 2014. The figure is expected to reach 1.7 billion USD by 2030.",
			[]accord.Target{{Metric: "trade", Value: 1.7e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"NZ", "VN"}}}},
		{"an estimate and a change, then a target of a level", "VN", true, []string{"VN", "NZ"},
			"Two-way trade is estimated at 1.1 billion USD this year, up 12.6 percent from 2024, surpassing the set target. The two countries have set a target of 4 billion USD by 2030.",
			[]accord.Target{{Metric: "trade", Value: 4e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"NZ", "VN"}}}},
	})
}

// TestWorthNounOfList checks that a sum after "worth" values the noun
// phrase before it, not the list that phrase is one item of ("announced a
// number of initiatives, including a clean vegetable project worth $5.6
// million") (names and figures invented).
func TestWorthNounOfList(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"an item of a list", "VN", true, []string{"VN", "NZ"},
			"New Zealand Prime Minister John Kerr announced a number of initiatives, including a five-year clean vegetable growing project worth 5.6 million USD, and the second phase of the dyke safety project.",
			[]accord.Target{{Metric: "five-year clean vegetable growing project", Value: 5.6e6, Unit: "USD", Comparator: "eq", Holders: []string{"NZ"}}}},
	})
}
