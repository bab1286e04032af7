package extract

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestAnnouncedVisitOwnVoice checks a visit ahead that a leader's office
// announces in its leader's own voice under a headline "Visit to C by
// ...": the guest is the other country's leader, not the office's "I";
// the office's leader hosts; the month is the body's. Invented guests;
// the host is whoever holds the office on the day (knowledge), so it is
// checked by country.
func TestAnnouncedVisitOwnVoice(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, url, title, body string
		want                   string // type date guest-country+host-country
		host                   bool   // the host side is a person of the host country
	}{
		{"pleased to announce, range of days", "https://www.pm.gov.au/media/visit-x",
			"Visit to Australia by the Prime Minister of the Netherlands",
			"I am pleased to announce Mr Jan Vos, Prime Minister of the Netherlands, will visit Australia from 9 to 11 March.\n\nI look forward to discussing ways to strengthen our ties.",
			"visit 2021-03 AU+NL", true},
		{"pleased to announce, next month", "https://www.pm.gov.au/media/visit-y",
			"Visit to Australia by the Prime Minister of the Netherlands",
			"I am pleased to announce that Mr Jan Vos, Prime Minister of the Netherlands, will visit Australia from 2 to 4 April.",
			"visit 2021-04 AU+NL", true},
		{"I will meet the guest during her visit", "https://www.pm.gov.au/media/visit-z",
			"Visit to Australia by the Prime Minister of New Zealand",
			"I am pleased to announce I will meet with New Zealand Prime Minister the Rt Hon Ann Lee during her visit to Sydney on 9–10 April.",
			"visit 2021-04 AU+NZ", true},
		// Right on main too: no first-person lead, the host country alone.
		{"third person, no lead", "https://www.pm.gov.au/media/visit-w",
			"Visit to Australia by the Prime Minister of the Netherlands",
			"Mr Jan Vos, Prime Minister of the Netherlands, will visit Australia from 9 to 11 March.",
			"visit 2021-03 AU+NL", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, "2021-03-01", tt.body)
			a.URL = tt.url
			f := x.Extract(a)
			kinds := map[string]accord.Actor{}
			for _, ac := range f.Actors {
				kinds[ac.ID] = ac
			}
			var got []string
			host := false
			for _, e := range f.Engagements {
				cs := slices.Clone(e.Countries)
				slices.Sort(cs)
				got = append(got, string(e.Type)+" "+e.Date+" "+strings.Join(cs, "+"))
				for _, p := range e.Participants {
					if ac := kinds[p]; ac.Type == accord.Person && ac.Country == "AU" {
						host = true
					}
				}
			}
			if strings.Join(got, "|") != tt.want || host != tt.host {
				t.Errorf("got %q (host person %v), want %q (host person %v)", got, host, tt.want, tt.host)
			}
		})
	}
}
