package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestMultipliedLevels checks a multiplier beside the levels it starts from
// and reaches (sentences invented for the rules): "doubling trade to attain
// $X" is the level X, one target; "double trade from the existing $Y" has Y
// as where trade is now, no target.
func TestMultipliedLevels(t *testing.T) {
	tests := []struct {
		name, published string
		sents           []string
		countries       []string
		want            []accord.Target
	}{
		{"doubling to attain a level is the level", "2025-02-14",
			[]string{"Peru and Chile have set the target of more than doubling their bilateral trade to attain $80 billion by 2030."},
			[]string{"PE", "CL"},
			[]accord.Target{{Metric: "trade", Value: 80e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"CL", "PE"}}}},
		{"doubling to more than a level is the level", "2025-02-14",
			[]string{"Peru and Chile will double their bilateral trade to more than $80 billion by 2030."},
			[]string{"PE", "CL"},
			[]accord.Target{{Metric: "trade", Value: 80e9, Unit: "USD", Comparator: "gte", Deadline: "2030", Holders: []string{"CL", "PE"}}}},
		{"the level a doubling starts from is no target", "2025-10-09",
			[]string{"The minister expressed confidence that Peru and Chile will double bilateral trade from the existing approximately USD 40 billion."},
			[]string{"PE", "CL"},
			[]accord.Target{{Metric: "trade", Value: 2, Unit: "times", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
		{"doubling it names the measure of the sentence before", "2025-10-09",
			[]string{"Today, the bilateral trade of Peru and Chile is approximately USD 40 billion.", "Peru and Chile have set a target of doubling it by 2030."},
			[]string{"PE", "CL"},
			[]accord.Target{{Metric: "trade", Value: 2, Unit: "times", Comparator: "eq", Deadline: "2030", Holders: []string{"CL", "PE"}}}},
		{"doubling it up is no goal", "2025-10-09",
			[]string{"Today, the bilateral trade of Peru and Chile is approximately USD 40 billion.", "The chef said they would double it up for the dinner."},
			[]string{"PE", "CL"}, nil},
		{"a sum from a fund is still a sum", "2025-10-09",
			[]string{"Peru will provide $20 million from the existing climate fund to Chile."},
			[]string{"PE", "CL"},
			[]accord.Target{{Metric: "", Value: 20e6, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinSentences(tt.sents)
			got := ExtractIn("a1", text, sents, tt.published, tt.countries, Context{})
			checkTargets(t, got, tt.want)
		})
	}
}
