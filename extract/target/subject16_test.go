package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestCoordinatedSubject16 checks that a time word between "and" and the
// verb of a second predicate ("Chile praised …, and today announced $N")
// starts no clause of its own: the sum is the first predicate's subject's,
// not the article's usual committer's.
func TestCoordinatedSubject16(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"today between and and the verb", "US", true, []string{"PE", "CL"},
			"Peru will invest $3 billion in the port. Chile praised the progress made on the corridor since its launch, and today announced more than $560 million in new funding for the corridor.",
			[]accord.Target{
				{Metric: "port", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}},
				{Metric: "funding for the corridor", Value: 560e6, Unit: "USD", Comparator: "gte", Holders: []string{"CL"}},
			}},
		{"yesterday between and and the verb", "US", true, []string{"PE", "CL"},
			"Peru will invest $3 billion in the port. Chile welcomed the plan, and yesterday pledged $75 million for the corridor.",
			[]accord.Target{
				{Metric: "port", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}},
				{Metric: "corridor", Value: 75e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}},
			}},
	})
}
