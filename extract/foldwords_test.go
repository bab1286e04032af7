package extract

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// foldedWords must give the words of accord.Fold of the whole text, whatever
// marks, quotes, dashes and apostrophes sit between them.
func TestFoldedWordsAsFold(t *testing.T) {
	for _, text := range []string{
		"",
		"Minister Halvorsen met Prime Minister Quellan.",
		"  Dàvid  Ørnby’s visit—the “first” in 2031 – ended.",
		"Talks with Ngô Thị Bảo'an at the Kestrel Hall\n\nnext\tday\r\n",
		"O'Varra and d’Ellisande’s aides: Jean-Luc Mervaud, U.S.–Ruritania ties",
		"İlkan Ćorvić and K\u212aelso\u00a0Brandt met “Sørli”—twice",
		"\u0301quoted “\u0301x” and ’’edge’’",
	} {
		var got []string
		foldedWords(text, func(w []byte) bool { got = append(got, string(w)); return false })
		if want := strings.Fields(accord.Fold(text)); !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Errorf("foldedWords(%q) = %q, want %q", text, got, want)
		}
	}
}

// A person counts as named when a word of the name (not of a title) stands
// in the title or body, or its possessive does.
func TestMarkUnnamedWords(t *testing.T) {
	for _, tc := range []struct {
		body    string
		unnamed bool
	}{
		{"President Varnholt spoke with the Chancellor.", false},
		{"Varnholt’s aides joined the talks.", false},
		{"The President spoke with the Chancellor.", true},
		{"The Varnholts met.", false}, // the plural reads as the possessive
		{"A Varnholtian delegation arrived.", true},
	} {
		a := []accord.Actor{{Type: accord.Person, Name: "Edda Varnholt", Roles: []string{"President of Edda"}}}
		markUnnamed(a, "Readout", tc.body)
		if a[0].Unnamed != tc.unnamed {
			t.Errorf("%q: unnamed %v, want %v", tc.body, a[0].Unnamed, tc.unnamed)
		}
	}
}

// The reading of the text stops once every person has a word found; a
// person found early must not end it before the others are read.
func TestMarkUnnamedStops(t *testing.T) {
	for _, tc := range []struct {
		title, body string
		unnamed     []bool
	}{
		{"Ostrova meets Pellucci", "Talks ran late.", []bool{false, false, true}},
		{"Readout", "Ostrova spoke first. Later Pellucci and Quarrend joined.", []bool{false, false, false}},
		{"Readout", "Ostrova spoke first; Ostrova’s aide followed.", []bool{false, true, true}},
		{"Quarrend", "The ministers met. Pellucci’s office confirmed.", []bool{true, false, false}},
	} {
		a := []accord.Actor{
			{Type: accord.Person, Name: "Mira Ostrova", Roles: []string{"Minister of Trade"}},
			{Type: accord.Country, Name: "Pellucci"},
			{Type: accord.Person, Name: "Dario Pellucci", Aliases: []string{"D. Pellucci"}},
			{Type: accord.Person, Name: "Ines Quarrend"},
		}
		markUnnamed(a, tc.title, tc.body)
		got := []bool{a[0].Unnamed, a[2].Unnamed, a[3].Unnamed}
		if !slices.Equal(got, tc.unnamed) {
			t.Errorf("%q / %q: unnamed %v, want %v", tc.title, tc.body, got, tc.unnamed)
		}
	}
}
