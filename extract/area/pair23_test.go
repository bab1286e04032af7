package area

import (
	"slices"
	"testing"
)

// TestBilateralAndMultilateral23 checks that "bilateral and multilateral"
// paired names every channel, not the multilateral area, while forums and
// multilateral cooperation said alone still do (invented sentences).
func TestBilateralAndMultilateral23(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"paired mechanisms", "They agreed to make use of bilateral and multilateral cooperation mechanisms between Norland and Sudria.", []string{}},
		{"paired or", "Neither side will act through bilateral or multilateral channels.", []string{}},
		{"alone", "They agreed to strengthen multilateral cooperation.", []string{"multilateral"}},
		{"a forum", "They will coordinate at the United Nations.", []string{"multilateral"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
