package extract

import (
	"strings"
	"testing"
)

// TestWelcomedWithHonours checks that a host's welcome of a visiting
// leader "with (full) military honors" (or a guard of honour, a gun
// salute) is a reception, the welcome ceremony, in the body and in the
// headline, and stands beside the talks a sentence goes on to tell; the
// leader so welcomed is on a visit to the host's country, under way even
// "after welcoming" them; "a welcome ceremony with military honors for B"
// is the same ceremony. A welcome with no honours is no reception.
// Names invented.
func TestWelcomedWithHonours(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, body string
		want              []string // engagementSummary entries that must be present
		not               []string // entry prefixes that must be absent
	}{
		{"headline and body",
			"President Varn welcomes Prime Minister Olsk of Norway with military honors",
			"President Ana Varn of Chile welcomed Prime Minister Erik Olsk of the Kingdom of Norway and his wife on the afternoon of March 9 with full military honors. In remarks, President Varn said the two countries share values.",
			[]string{"reception 2021-03-09 Ana Varn+Erik Olsk", "visit 2021-03 Ana Varn+Erik Olsk"}, []string{"meeting", "talks"}},
		{"after the welcome, talks",
			"President Varn and Prime Minister Olsk hold bilateral talks",
			"On the morning of March 9, after welcoming Prime Minister Erik Olsk of Norway and his delegation with military honors, President Ana Varn of Chile joined Prime Minister Olsk for bilateral talks.",
			[]string{"reception 2021-03-09 Ana Varn+Erik Olsk", "talks 2021-03-09 Ana Varn+Erik Olsk", "visit 2021-03 Ana Varn+Erik Olsk"}, nil},
		{"a welcome ceremony with honours for the guest, then talks",
			"President Varn and Prime Minister Olsk hold talks",
			"On the afternoon of March 9, following a welcome ceremony with military honors for Prime Minister Erik Olsk of Norway and his wife, President Ana Varn of Chile held bilateral talks with Prime Minister Olsk.",
			[]string{"reception 2021-03-09 Ana Varn+Erik Olsk", "talks 2021-03-09 Ana Varn+Erik Olsk", "visit 2021-03 Ana Varn+Erik Olsk"}, nil},
		{"guard of honour",
			"Visit of the Norwegian Prime Minister",
			"Prime Minister Tom Brask of Chile welcomed Prime Minister Erik Olsk of Norway with a guard of honour at Government House on March 9.",
			[]string{"reception 2021-03-09 Erik Olsk+Tom Brask", "visit 2021-03 Erik Olsk+Tom Brask"}, nil},
		{"welcome without honours",
			"Visit of the Norwegian Prime Minister",
			"Prime Minister Tom Brask of Chile welcomed Prime Minister Erik Olsk of Norway with warm words at Government House on March 9.",
			nil, []string{"reception", "visit"}},
		{"a minister welcomed: no visit told",
			"Minister Brask welcomes Minister Olsk",
			"Defence Minister Tom Brask of Chile welcomed Defence Minister Erik Olsk of Norway with full military honours at the ministry on March 9.",
			[]string{"reception 2021-03-09 Erik Olsk+Tom Brask"}, []string{"visit"}},
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
