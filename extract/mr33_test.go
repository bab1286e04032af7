package extract

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestCapitalPairSubject checks two capitals of different countries opening
// the sentence of a contact as its subject ("Tokyo and Seoul held talks"):
// the capitals stand for their governments, so the contact is between
// their countries. Not a city's own contact ("city authorities"), nor
// capitals named inside another phrase. (On main: nothing is read.)
func TestCapitalPairSubject(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body, want string
	}{
		{"pair opens the sentence", "Canberra and Wellington held talks in Suva on Monday on fisheries.", "talks AU+NZ"},
		{"a day between pair and verb", "New Delhi and Canberra on Tuesday held talks on maritime security.", "talks AU+IN"},
		{"an auxiliary between", "London and Dublin have held talks on border trade.", "talks GB+IE"},
		// Right on main too.
		{"two cities' own authorities", "Moscow and Beijing city authorities held talks on Monday.", ""},
		{"the cities' own governments", "Rome and Madrid held talks on Monday on tourism between the two capital cities.", ""},
		{"capitals inside another phrase", "Flights between Tokyo and Seoul were discussed at talks on Monday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("Regional news", "2019-05-08", tt.body)
			a.URL = "https://www.example-news.com/2019/05/08/talks"
			f := x.Extract(a)
			got := ""
			for _, e := range f.Engagements {
				cs := slices.Clone(e.Countries)
				slices.Sort(cs)
				got = string(e.Type) + " " + strings.Join(cs, "+")
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHonorificHolder checks a foreign leader named by "Mr" and a family
// name alone ("I met Mr A this morning", as leaders speak in transcripts):
// the one head of state or government or foreign minister of that family
// name on the day (knowledge), when the text names their country or its
// capital. The holder is checked by country; the speakers are invented.
// (On main: the person has no country.)
func TestHonorificHolder(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		person     bool // a person of DE takes part in the meeting
	}{
		{"Mr and a family name, the country named",
			"Prime Minister Kila Maru said she met Mr Merkel this morning. They discussed trade between Germany and Papua New Guinea.", true},
		{"Mr and a family name, the capital named",
			"Prime Minister Kila Maru said she met Mr Merkel this morning in Berlin.", true},
		// Right on main too.
		{"the country unnamed",
			"Prime Minister Kila Maru said she met Mr Merkel this morning to discuss trade.", false},
		{"a spouse's honorific",
			"Prime Minister Kila Maru said she met Mrs Merkel this morning in Berlin.", false},
		{"no honorific",
			"Prime Minister Kila Maru said she met Merkel this morning in Berlin.", false},
		{"a family name the table does not know",
			"Prime Minister Kila Maru said she met Mr Vorskaya this morning in Berlin.", false},
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
			person := false
			for _, e := range f.Engagements {
				for _, p := range e.Participants {
					if ac := actors[p]; ac.Type == accord.Person && ac.Country == "DE" {
						person = true
					}
				}
			}
			if person != tt.person {
				t.Errorf("DE person %v, want %v (%v)", person, tt.person, f.Engagements)
			}
		})
	}
}
