package target

import (
	"slices"
	"testing"

	"github.com/accordhq/accord/extract/sentence"
)

// TestHyphenedPairTrade19 checks that the trade of a pair written with a
// hyphen before the amount ("raise Romania-Turkey trade to …") is held by
// both countries, as it is when the pair follows its verb. Names invented
// where the rule allows; the countries are the pair's.
func TestHyphenedPairTrade19(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"countries hyphened", "The goal is to raise Romania-Turkey trade to 15 billion US dollars, President Arda Kaya said.", []string{"RO", "TR"}},
		{"demonyms hyphened", "The volume of Romanian-Turkish trade reached 10 billion US dollars and the objective is 15 billion US dollars, President Arda Kaya said.", []string{"RO", "TR"}},
		{"demonyms, the sum after raise", "The two leaders aim to raise Peruvian-Chilean trade to 9 billion US dollars by 2030.", []string{"CL", "PE"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractIn("a1", tc.text, sentence.Split(tc.text), "2024-05-22", nil, Context{})
			if len(got) == 0 {
				t.Fatalf("no target in %q", tc.text)
			}
			for _, tg := range got {
				if !slices.Equal(tg.Holders, tc.want) {
					t.Errorf("target %q held by %q, want %q", tg.Metric, tg.Holders, tc.want)
				}
			}
		})
	}
}
