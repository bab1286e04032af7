package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestTradeWith29 checks that a level of trade with a named partner is
// held by both countries, whichever states it. Figures invented.
func TestTradeWith29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"the subject grows trade with a partner", "SG", true, []string{"SG", "ID"},
			"Singapore will seek to grow trade with Indonesia to S$70 billion by 2031.",
			[]accord.Target{{Metric: "grow trade", Value: 70e9, Unit: "SGD", Comparator: "eq", Deadline: "2031", Holders: []string{"ID", "SG"}}}},
		{"the outlet's ministry as subject", "CL", true, []string{"CL", "NO"},
			"The Ministry hopes to lift trade with Norway to US$9 billion in 2029.",
			[]accord.Target{{Metric: "trade", Value: 9e9, Unit: "USD", Comparator: "eq", Deadline: "2029", Holders: []string{"CL", "NO"}}}},
		{"trade ties with a partner", "PL", true, []string{"PL", "KE"},
			"Poland aims to expand trade ties with Kenya to US$3 billion by 2030.",
			[]accord.Target{{Metric: "trade", Value: 3e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"KE", "PL"}}}},
	})
}
