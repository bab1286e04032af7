package extract

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestLeaderLabel checks an office-only label "PRIME MINISTER:" on the
// Prime Minister's own site, in a transcript that names the speaker
// nowhere: the speaker is the Prime Minister of the day, so their "I"
// makes their contacts. Invented counterparts; the speaker is whoever
// holds the office on the day (knowledge), checked by country.
func TestLeaderLabel(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, url, body string
		want            string // type countries of the talks, "" for none
		person          bool   // a person of AU takes part
	}{
		{"label, demonym counterpart", "https://www.pm.gov.au/media/doorstop-x",
			"PRIME MINISTER: Today I had productive discussions with Indonesian President Ali Karim.",
			"talks AU+ID", true},
		{"label, counterpart of a country", "https://www.pm.gov.au/media/doorstop-y",
			"PRIME MINISTER: Today I had productive discussions with President Ali Karim of Indonesia.",
			"talks AU+ID", true},
		// Right on main too: another office's label is not the Prime
		// Minister's.
		{"a minister's label", "https://www.pm.gov.au/media/doorstop-z",
			"MINISTER FOR TRADE: Today I had productive discussions with Indonesian Trade Minister Ali Karim.",
			"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("Doorstop", "2018-09-01", tt.body)
			a.URL = tt.url
			f := x.Extract(a)
			actors := map[string]accord.Actor{}
			for _, ac := range f.Actors {
				actors[ac.ID] = ac
			}
			got, person := "", false
			for _, e := range f.Engagements {
				if e.Type != accord.Talks {
					continue
				}
				cs := slices.Clone(e.Countries)
				slices.Sort(cs)
				got = string(e.Type) + " " + strings.Join(cs, "+")
				for _, p := range e.Participants {
					if ac := actors[p]; ac.Type == accord.Person && ac.Country == "AU" {
						person = true
					}
				}
			}
			if got != tt.want || person != tt.person {
				t.Errorf("got %q (AU person %v), want %q (AU person %v)", got, person, tt.want, tt.person)
			}
		})
	}
}
