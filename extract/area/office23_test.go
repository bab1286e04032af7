package area

import (
	"slices"
	"testing"
)

// TestOfficeTitles23 checks that a portfolio named in a capitalised office
// title names no area, while the same word said of cooperation still does
// (invented sentences).
func TestOfficeTitles23(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"minister of a portfolio", "Prime Minister Dorvan will be accompanied by the Minister of Climate Change Tela Osk.", []string{}},
		{"minister of a two-word portfolio", "He was joined by Rana Vell, Minister of Higher Education.", []string{}},
		{"portfolio after and", "Present were Ilo Brak, Minister of Communications and Digital, and officials.", []string{}},
		{"ministry of", "The Ministry for Energy of Norland hosted the delegation.", []string{}},
		{"secretary of state for", "The Secretary of State for Health and Social Care attended.", []string{}},
		{"the area discussed", "The two ministers agreed to expand cooperation in education and climate change.", []string{"climate", "education"}},
		{"after a full stop", "He met the Minister of Finance. Trade between the two countries grew.", []string{"trade"}},
		{"lower case is no title", "The minister of state discussed trade with his counterpart.", []string{"trade"}},
		{"after a comma", "Talks with the Minister of Investment, Trade and Industry covered tariffs.", []string{"trade"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
