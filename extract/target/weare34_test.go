package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestWeAreContraction34: a government's leader saying "we're investing /
// providing / committing $X" in a transcript announces the sum as "we are
// investing" does in a release; "we're" before a verb of no giving ("we're
// hoping") states nothing. Figures invented.
func TestWeAreContraction34(t *testing.T) {
	fj := []string{"NZ", "FJ"}
	runSourcedTargets(t, []sourcedTarget{
		{"we're investing", "NZ", true, fj,
			"We're investing $45 million in a new partnership with Fiji.",
			[]accord.Target{{Metric: "investment in partnership", Value: 45e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"we’re providing, curly apostrophe", "NZ", true, fj,
			"We’re providing $45 million to Fiji.",
			[]accord.Target{{Metric: "provision", Value: 45e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"we're also committing", "NZ", true, fj,
			"We're also committing $45 million to Fiji.",
			[]accord.Target{{Metric: "commitment", Value: 45e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"we're hoping: no giving", "NZ", true, fj,
			"We're hoping the $45 million fund will be matched by others.",
			nil},
	})
}
