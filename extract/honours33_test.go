package extract

import (
	"strings"
	"testing"
)

// TestWelcomedWithHonours checks that a host's welcome of a visiting
// leader "with (full) military honors" (or a guard of honour, a gun
// salute) is a reception, the welcome ceremony, in the body and in the
// headline, and stands beside the talks a sentence goes on to tell; a
// welcome with no honours, or honours that are no welcome's, is not one.
// Names and countries invented.
func TestWelcomedWithHonours(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, body string
		want              []string // engagementSummary entries that must be present
		not               []string // entry prefixes that must be absent
	}{
		{"headline and body",
			"President Varn welcomes Prime Minister Olsk of Norland with military honors",
			"President Ana Varn of Sudria welcomed Prime Minister Erik Olsk of the Republic of Norland and his wife on the afternoon of March 9 with full military honors. In remarks, President Varn said the two countries share values.",
			[]string{"reception 2021-03-09 Ana Varn+Erik Olsk"}, []string{"meeting", "talks"}},
		{"after the welcome, talks",
			"President Varn and Prime Minister Olsk hold bilateral talks",
			"On the morning of March 9, after welcoming Prime Minister Erik Olsk of Norland and his delegation with military honors, President Ana Varn of Sudria joined Prime Minister Olsk for bilateral talks.",
			[]string{"reception 2021-03-09 Ana Varn+Erik Olsk", "talks 2021-03-09 Ana Varn+Erik Olsk"}, nil},
		{"guard of honour",
			"Visit of the Norland Prime Minister",
			"Prime Minister Tom Brask of Sudria welcomed Prime Minister Erik Olsk of Norland with a guard of honour at Government House on March 9.",
			[]string{"reception 2021-03-09 Erik Olsk+Tom Brask"}, nil},
		{"welcome without honours",
			"Visit of the Norland Prime Minister",
			"Prime Minister Tom Brask of Sudria welcomed Prime Minister Erik Olsk of Norland with warm words at Government House on March 9.",
			nil, []string{"reception"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, "2021-03-09", tt.body)
			got := engagementSummary(x.Extract(a))
			joined := strings.Join(got, "|")
			for _, w := range tt.want {
				if !strings.Contains(joined, w) {
					t.Errorf("engagements %q: want %q", got, w)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("engagements %q: want no %q", got, n)
					}
				}
			}
		})
	}
}
