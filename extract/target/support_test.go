package target

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// TestSupportPledged checks sums of support a government announces and
// the country its support helps, with invented figures: the money of
// "support" is a commitment, a "further" before its object is no part of
// the metric, and a country after "to support" gets it, not holds it.
func TestSupportPledged(t *testing.T) {
	tests := []struct {
		name, home, text string
		countries        []string
		want             []accord.Target
	}{
		{"an amount of military support", "GB", "The Prime Minister announced £3.5 billion of military support for Moldova.", []string{"GB", "MD"},
			[]accord.Target{{Metric: "military support", Value: 3.5e9, Unit: "GBP", Comparator: "eq", Holders: []string{"GB"}}}},
		{"further support", "GB", "The Prime Minister announced £3.5 billion of further military support for Moldova.", []string{"GB", "MD"},
			[]accord.Target{{Metric: "military support", Value: 3.5e9, Unit: "GBP", Comparator: "eq", Holders: []string{"GB"}}}},
		{"a country supported is no holder", "US", "These efforts build on an ongoing $700 million commitment in foreign military financing to support the Dominican Republic military modernization.", []string{"US", "DO"},
			[]accord.Target{{Metric: "foreign military financing", Value: 7e8, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractIn("a1", tt.text, sentence.Split(tt.text), "2025-06-01", tt.countries, Context{Home: tt.home, Government: tt.home != ""})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestHelpedToOwnGoal checks that a country helped to meet its own goal
// holds the goal, with invented figures.
func TestHelpedToOwnGoal(t *testing.T) {
	text := "The project will help Chile meet its climate commitments, including generating 80% carbon-free power by 2030."
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-01", []string{"US", "CL"}, Context{Home: "US", Government: true})
	for _, g := range got {
		if g.Unit == "percent" && (len(g.Holders) != 1 || g.Holders[0] != "CL") {
			t.Errorf("holders %v, want [CL]", g.Holders)
		}
	}
}
