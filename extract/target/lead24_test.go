package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestConvertedAside checks that a sum given with its conversion in
// brackets before the noun it sizes ("a 3 million NZD (1.7 million USD)
// aid package") measures that noun, the conversion an aside, as a sum
// converted after its noun already did. Names and figures invented.
func TestConvertedAside(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a conversion between the sum and its noun", "", false, []string{"NZ", "PE"},
			"Minister Hale presented a diplomatic note announcing a 4 million NZD (2.3 million USD) aid package from the New Zealand Government.",
			[]accord.Target{{Metric: "aid package", Value: 4000000, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"no conversion", "", false, []string{"NZ", "PE"},
			"Minister Hale presented a diplomatic note announcing a 4 million NZD aid package from the New Zealand Government.",
			[]accord.Target{{Metric: "aid package", Value: 4000000, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
	})
}
