package extract

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestHomeLeaderNamed checks the host's side of a headline's joint press
// conference on the host leader's own site, over a stored copy that keeps
// only the guest's first turn: the host's one leader the guest names
// ("The Australian Prime Minister, A, and I had …") after the opening
// sentences, not the bare country (session 33, label33). Invented names.
func TestHomeLeaderNamed(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, body string
		want              string // the press conference's sides: persons by name, else country codes
	}{
		{"the guest names the host leader late",
			"Joint press conference with Prime Minister Nikos Varelas of Greece, Athens",
			"PRIME MINISTER VARELAS: Good morning.\n\nWe welcome our guests warmly.\n\nThe Australian Prime Minister, Tom Brindle, and I had a very friendly discussion on issues related to our two countries.",
			"Nikos Varelas+Tom Brindle"},
		// Right on main too: no home leader named, the country stands.
		{"no home leader named",
			"Joint press conference with Prime Minister Nikos Varelas of Greece, Athens",
			"PRIME MINISTER VARELAS: Good morning.\n\nWe welcome our guests warmly.\n\nWe had a very friendly discussion on issues related to our two countries.",
			"AU+Nikos Varelas"},
		{"two home leaders named",
			"Joint press conference with Prime Minister Nikos Varelas of Greece, Athens",
			"PRIME MINISTER VARELAS: Good morning.\n\nWe welcome our guests warmly.\n\nThe Australian Prime Minister, Tom Brindle, and I recalled the visit of former Australian Prime Minister Ray Colter.",
			"Nikos Varelas+Tom Brindle"},
		{"the guest is no leader",
			"Joint press conference with Foreign Minister Nikos Varelas of Greece, Athens",
			"FOREIGN MINISTER VARELAS: Good morning.\n\nWe welcome our guests warmly.\n\nThe Australian Prime Minister, Tom Brindle, has sent his greetings to our Prime Minister.",
			"AU+Nikos Varelas"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, "2002-05-02", tt.body)
			a.URL = "https://www.pm.gov.au/media/joint-press-conference-athens"
			f := x.Extract(a)
			actors := map[string]accord.Actor{}
			for _, ac := range f.Actors {
				actors[ac.ID] = ac
			}
			got := ""
			for _, e := range f.Engagements {
				if e.Type != accord.PressConference {
					continue
				}
				var sides []string
				for _, p := range e.Participants {
					ac := actors[p]
					if ac.Type == accord.Person {
						sides = append(sides, ac.Name)
					} else {
						sides = append(sides, ac.Country)
					}
				}
				slices.Sort(sides)
				got = strings.Join(sides, "+")
			}
			if got != tt.want {
				t.Errorf("press conference %q, want %q", got, tt.want)
			}
		})
	}
}

// TestThankedForWelcoming checks that a speaker abroad who thanks the host
// "for welcoming me" or "for receiving us" keeps the doorstop their own, as
// "for the warm welcome" does (jpc33). Invented hosts, real countries. (On
// main: the host thanked "for welcoming me" is a side of the press
// conference; "for receiving us here in C" was right already.)
func TestThankedForWelcoming(t *testing.T) {
	const day = "2024-05-14"
	tests := []sourcedCase{
		{"thanks for welcoming me", "https://www.pm.gov.au/media/doorstop-port-moresby", "Doorstop - Port Moresby", day,
			"ANTHONY ALBANESE, PRIME MINISTER: Can I thank Prime Minister Kila Maru of Papua New Guinea for welcoming me so warmly, and for the constructive meeting that we held today. Later today I will visit our troops.",
			[]string{"press_conference 2024-05-14 Anthony Albanese"}},
		{"thanks for receiving us", "https://www.pm.gov.au/media/doorstop-port-moresby", "Doorstop - Port Moresby", day,
			"ANTHONY ALBANESE, PRIME MINISTER: Can I first thank Prime Minister Kila Maru of Papua New Guinea for receiving us here in Port Moresby. Today's forum was a powerful sign of our shared commitment to the region.",
			[]string{"press_conference 2024-05-14 Anthony Albanese"}},
	}
	runTyped(t, tests, "press events", "press_conference")
}

// TestSurnameLabel checks a speaker's label of a family name alone
// ("MERKEL:", as newspapers print a joint press conference): the one head
// of state or government or foreign minister of that family name on the
// day (knowledge), when the text names their country or its capital; the
// speaker's "I" makes their contacts. The speaker is checked by country;
// the counterparts are invented. (On main: the label names no one, and no
// talks are read.)
func TestSurnameLabel(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       string // the talks' countries, "" for none
		person     bool   // a person of DE takes part
	}{
		{"a family name, the capital named",
			"Q: A question about your talks here in Berlin.\n\nMERKEL: Today I had productive discussions with Indonesian President Ali Karim.\n\nKARIM: Thank you.",
			"talks DE+ID", true},
		// Right on main too.
		{"a family name the table does not know",
			"Q: A question about your talks here in Berlin.\n\nVORSKAYA: Today I had productive discussions with Indonesian President Ali Karim.\n\nKARIM: Thank you.",
			"", false},
		{"the country unnamed",
			"Q: A question about your talks.\n\nMERKEL: Today I had productive discussions with Indonesian President Ali Karim.\n\nKARIM: Thank you.",
			"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("Remarks to the press", "2012-05-02", tt.body)
			a.URL = "https://www.example-news.com/2012/05/02/remarks"
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
					if ac := actors[p]; ac.Type == accord.Person && ac.Country == "DE" {
						person = true
					}
				}
			}
			if got != tt.want || person != tt.person {
				t.Errorf("got %q (DE person %v), want %q (DE person %v)", got, person, tt.want, tt.person)
			}
		})
	}
}
