package extract

import (
	"slices"
	"testing"
)

// TestPersons26 checks two kinds of capitalised words that are no person
// of the story (names invented): an event noun after a title ("the King's
// Coronation", "the General Election") and the contact a release's footer
// gives the press ("Media enquiries: A, Spokesperson to the President").
func TestPersons26(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string // persons, in any order
	}{
		{"a coronation after a king's title",
			"President Tavo Renn said the agreement was completed in time for the Kings Coronation, which takes place tomorrow.",
			[]string{"Tavo Renn"}},
		{"an election after General",
			"Prime Minister Aldo Varga received a congratulatory call from President Tavo Renn on the outcome of the Ruritania General Election.",
			[]string{"Aldo Varga", "Tavo Renn"}},
		{"the press contact of a footer",
			"President Tavo Renn sent his congratulations to Prime Minister Aldo Varga.\n\nMedia enquiries: Kello Marsh, Spokesperson to the President – 012 345 6789",
			[]string{"Tavo Renn", "Aldo Varga"}},
		{"a footer's contact after a dash",
			"President Tavo Renn sent his congratulations to Prime Minister Aldo Varga.\n\nPress contact - Kello Marsh",
			[]string{"Tavo Renn", "Aldo Varga"}},
		{"an office of a country's body after its possessive",
			"Prime Minister Tavo Renn met President of Thailand's Privy Council Aldo Tinsulan in Bangkok.",
			[]string{"Tavo Renn", "Aldo Tinsulan"}},
		{"the possessive of a country ending in s",
			"Prime Minister Tavo Renn met Chairman of Laos' National Assembly Kello Marsh in Vientiane.",
			[]string{"Tavo Renn", "Kello Marsh"}},
		{"a family name that is a word stays a person",
			"Prime Minister Aldo Varga met Senator Wicker in the capital.",
			[]string{"Aldo Varga", "Wicker"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("Meeting", "2025-02-21", tt.body))
			var got []string
			for _, a := range f.Actors {
				if a.Type == "person" {
					got = append(got, a.Name)
				}
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("persons %q, want %q", got, want)
			}
		})
	}
}

// TestSameSpelling checks the romanisations that make one name (invented
// names): an inner hyphen dropped, one letter more or less in a long name;
// and those that do not (a short name, another given name, one word).
func TestSameSpelling(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Kittirat Saen-o-phan", "Kittirat Saen-ophan", true},
		{"Kittirath Saen-ophan", "Kittirat Saen-o-phan", true},
		{"Somsak Phanit", "Somsak Phanit", true},
		{"Le Van Tam", "Le Van Lam", false},                 // short: another person as likely
		{"Kittirat Saen-ophan", "Wanida Saen-ophan", false}, // another given name
		{"Kittirath", "Kittirat", false},                    // one word: no family name
		{"Arunrat Boonmee", "Arunrat Boonmeeya", false},     // two letters apart
	}
	for _, tt := range tests {
		if got := sameSpelling(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSpelling(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
