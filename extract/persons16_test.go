package extract

import (
	"slices"
	"testing"
)

// TestPlaceWordEndsName checks that a one-word city ending a name after
// two name words ("Tran Van Hue", Huế being a city) is the name's last
// word, after a title or an office's complement, and that the city after
// a preposition stays a place. Names are invented.
func TestPlaceWordEndsName(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
		notWant    []string
	}{
		{"after an office's complement with an abbreviation",
			"Chairman of the National Assembly (NA) Tran Van Hue met with US President Tom Reid in Hanoi on September 11.",
			[]string{"Tran Van Hue|", "Tom Reid|US"}, nil}, // the sentence gives the chairman no country
		{"after a title",
			"Vietnamese Deputy Prime Minister Tran Van Hue met with US President Tom Reid in Hanoi on September 11.",
			[]string{"Tran Van Hue|VN", "Tom Reid|US"}, nil},
		{"a city after a preposition is a place",
			"Vietnamese Deputy Prime Minister Tran Van Minh met with US President Tom Reid in Hue on September 11.",
			[]string{"Tran Van Minh|VN", "Tom Reid|US"}, []string{"Tran Van Minh Hue|VN", "Tom Reid Hue|US"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Chairman meets President", "2023-09-11", tc.body)))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("got %q, want %q", got, w)
				}
			}
			for _, w := range tc.notWant {
				if slices.Contains(got, w) {
					t.Errorf("got %q, want no %q", got, w)
				}
			}
		})
	}
}
