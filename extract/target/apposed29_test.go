package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestApposedSum29 checks that a sum set apart after the funding it sizes,
// by a colon or by ", of" in a signed exchange, is read as that funding. Names and figures
// invented.
func TestApposedSum29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a comma apposition after the object, signed", "JP", true, []string{"JP", "KE"},
			"On March 12, an Exchange of Notes concerning grant aid for the Project for Improvement of the Water Supply System in Kalo City, of up to 1.5 billion yen, was signed in Nairobi between the Ambassador of Japan to Kenya and the Cabinet Secretary of Kenya.",
			[]accord.Target{{Metric: "grant aid", Value: 1.5e9, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
		{"a colon before the sum", "JP", true, []string{"JP", "KE"},
			"The Government of Japan extends an ODA loan to Kenya for the Mombasa Port Development Project: up to 20 billion yen.",
			[]accord.Target{{Metric: "ODA loan", Value: 2e10, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
	})
}
