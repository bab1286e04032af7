package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestCapitalPairSubject36b checks that two capitals joined by "and" that
// open a clause as its subject stand for both governments, as one capital
// does, and that two capitals named as places (not the subject) commit no
// one. Figures invented.
func TestCapitalPairSubject36b(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"have agreed, a third country's minister speaks", "", false, []string{"RU", "CN"},
			"Moscow and Beijing have agreed to raise bilateral trade to $275 billion by 2031, Russian Foreign Minister Ivan Petrov said.",
			[]accord.Target{{Metric: "bilateral trade", Value: 275e9, Unit: "USD", Comparator: "eq", Deadline: "2031", Holders: []string{"CN", "RU"}}}},
		{"pledged", "", false, []string{"US", "JP"},
			"Washington and Tokyo pledged $3.4 billion to the Coral Reef Resilience Fund.",
			[]accord.Target{{Metric: "pledge for Coral Reef Resilience", Value: 3.4e9, Unit: "USD", Comparator: "eq", Holders: []string{"JP", "US"}}}},
		{"places, not the subject", "", false, []string{"KR", "JP"},
			"Flights between Tokyo and Seoul will cost $340 under the fare plan.",
			nil},
	})
}

// TestBaselineLastYear36b checks that a report phrase dating the level a
// change starts from ("from $65bn last year to …") does not make the goal
// after "to" a report, and that a report told in its own clause still
// does. Figures invented.
func TestBaselineLastYear36b(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"from X last year to Y by", "", false, []string{"IN", "BR"},
			"India and Brazil have agreed to increase bilateral trade from $17bn last year to $45bn by 2032.",
			[]accord.Target{{Metric: "bilateral trade", Value: 45e9, Unit: "USD", Comparator: "eq", Deadline: "2032", Holders: []string{"BR", "IN"}}}},
		{"from X so far to reach Y", "", false, []string{"KE", "TR"},
			"Kenya and Turkey aim to lift two-way trade from $2.1 billion so far to reach $5 billion by 2029.",
			[]accord.Target{{Metric: "two-way trade", Value: 5e9, Unit: "USD", Comparator: "eq", Deadline: "2029", Holders: []string{"KE", "TR"}}}},
		{"a report: reached last year", "", false, []string{"IN", "BR"},
			"Bilateral trade between India and Brazil reached $17bn last year.",
			nil},
	})
}

// TestSubjectAside36b checks that a bracket or an apposition between a
// subject and its verb ("the government of X (head delegate: …)
// pledged", "the government of X, the host country, pledged") leaves the
// sum to the subject, not to a country of the opening clause, and that a
// sum inside such a comma pair is no aside. Names and figures invented.
func TestSubjectAside36b(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"bracket after the government of", "", false, []string{"SD", "EG", "KR"},
			"At the Fifth Pledging Conference for Sudan held in Egypt on May 3, the government of the Republic of Korea (head delegate: Deputy Minister for Global Affairs Lee Min-ho of the Foreign Ministry) pledged 14 million US dollars in humanitarian aid.",
			[]accord.Target{{Metric: "humanitarian aid", Value: 14e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
		{"apposition after the government of", "", false, []string{"KR", "KW"},
			"The Conference concluded with many pledges. The government of Kuwait, the host country, pledged to donate 370 million US dollars.",
			[]accord.Target{{Metric: "donation", Value: 3.7e8, Unit: "USD", Comparator: "eq", Holders: []string{"KW"}}}},
		{"led by, after the delegation of", "", false, []string{"SY", "FI"},
			"At the Brussels conference on Syria, the delegation of Finland, led by Minister Aino Virta, pledged $17 million for Syrian refugees.",
			[]accord.Target{{Metric: "pledge for Syrian refugees", Value: 17e6, Unit: "USD", Comparator: "eq", Holders: []string{"FI"}}}},
	})
}

// TestGappedDonor36b checks that a donor list whose verb is said once
// ("A pledged $N, B $M and C $K") gives each later sum to the country
// named right before it, and that a country named after a sum, a
// recipient, takes none. Figures invented.
func TestGappedDonor36b(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"pledged, two gapped", "", false, []string{"NO", "TR", "IN"},
			"Norway pledged USD 14.2 million, Turkey USD 9 million and India USD 4 million.",
			[]accord.Target{
				{Metric: "pledge", Value: 14.2e6, Unit: "USD", Comparator: "eq", Holders: []string{"NO"}},
				{Metric: "pledge", Value: 9e6, Unit: "USD", Comparator: "eq", Holders: []string{"TR"}},
				{Metric: "pledge", Value: 4e6, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}},
			}},
		{"gapped with the", "", false, []string{"SE", "NL"},
			"Sweden pledged $390 million and the Netherlands $215.5 million.",
			[]accord.Target{
				{Metric: "pledge", Value: 3.9e8, Unit: "USD", Comparator: "eq", Holders: []string{"SE"}},
				{Metric: "pledge", Value: 2.155e8, Unit: "USD", Comparator: "eq", Holders: []string{"NL"}},
			}},
		{"a recipient named before: no gapping", "", false, []string{"CA", "NG", "SO"},
			"Canada will provide to Nigeria $26 million, Somalia $19 million.",
			nil},
	})
}
