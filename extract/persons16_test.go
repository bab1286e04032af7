package extract

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
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
			checkPersonCountries(t, got, tc.want, tc.notWant)
		})
	}
}

// TestMarkUnnamed checks that a person whose name the title and body never
// write (a principal resolved from "The Prime Minister" or "I") is marked
// unnamed, and that a name written in any case, folded, or as a possessive
// is named.
func TestMarkUnnamed(t *testing.T) {
	for _, tc := range []struct {
		name, title, body, person string
		unnamed                   bool
	}{
		{"office alone", "PM call with President Vega", "The Prime Minister spoke to President Luis Vega of Chile today.", "Tom Reid", true},
		{"family name in the body", "PM call", "Prime Minister Reid spoke to President Luis Vega today.", "Tom Reid", false},
		{"family name first in capitals", "Meeting", "Prime Minister REID Tomas met President Vega.", "Tomas Reid", false},
		{"a possessive with a curly apostrophe", "Readout", "The leaders discussed President Reid’s plan.", "Tom Reid", false},
		{"a name in the title only", "Prime Minister Tom Reid's call with President Vega", "The Prime Minister spoke to President Vega.", "Tom Reid", false},
		{"diacritics folded", "Meeting", "Prime Minister Tô Lâm met President Vega.", "To Lam", false},
		{"a longer word is not the name", "Meeting", "The Reidsville mayor met President Vega.", "Tom Reid", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			actors := []accord.Actor{{Type: accord.Person, Name: tc.person}, {Type: accord.Country, Name: "Chile"}}
			markUnnamed(actors, tc.title, tc.body)
			if actors[0].Unnamed != tc.unnamed {
				t.Errorf("%s: unnamed %v, want %v", tc.person, actors[0].Unnamed, tc.unnamed)
			}
			if actors[1].Unnamed {
				t.Errorf("a country marked unnamed")
			}
		})
	}
}

// TestMarkUnnamedByForm checks that a form the text gives a person (its
// aliases) names them when the office table's name is spelt otherwise,
// and that the words of the person's titles in a form name no one.
func TestMarkUnnamedByForm(t *testing.T) {
	a := []accord.Actor{{Type: accord.Person, Name: "Volodya Zelenskyy", Aliases: []string{"Vladimir Zelensky"}, Roles: []string{"President"}}}
	markUnnamed(a, "Telephone conversation", "Vladimir Putin had a telephone conversation with Vladimir Zelensky.")
	if a[0].Unnamed {
		t.Errorf("a form the text gives: marked unnamed")
	}
	b := []accord.Actor{{Type: accord.Person, Name: "Tom Reid", Aliases: []string{"President Reid", "the President"}, Roles: []string{"President"}}}
	markUnnamed(b, "Readout", "The President spoke to the President of Chile.")
	if !b[0].Unnamed {
		t.Errorf("only the title's words in the text: not marked unnamed")
	}
}

// checkPersonCountries checks that got ("Name|CC" lines) holds every want
// and no notWant.
func checkPersonCountries(t *testing.T, got, want, notWant []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("got %q, want %q", got, w)
		}
	}
	for _, w := range notWant {
		if slices.Contains(got, w) {
			t.Errorf("got %q, want no %q", got, w)
		}
	}
}
