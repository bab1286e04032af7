package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestApposedSum29 checks that a sum set apart by a colon after the funding
// it sizes is read as that funding. Names and figures
// invented.
func TestApposedSum29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a colon before the sum", "JP", true, []string{"JP", "KE"},
			"The Government of Japan extends an ODA loan to Kenya for the Mombasa Port Development Project: up to 20 billion yen.",
			[]accord.Target{{Metric: "ODA loan", Value: 2e10, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
	})
}
