package extract

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestHeadlineOfficeOfThe checks a leader's site's headline that names
// the counterpart by office and country alone, the country with its
// article ("the President of the Republic of Korea", "of the Philippines"):
// the contact is read, and each side is the holder of the day the table
// is certain of (checked by country), or the person the body names.
func TestHeadlineOfficeOfThe(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, url, body string
		typ                    accord.EngagementType
		want                   []string // countries of the persons taking part
		named                  string   // a person the body names who must take part
	}{
		{"office of the republic, label transcript", "Meeting with the President of the Republic of Korea", "https://www.pm.gov.au/media/meeting-q",
			"PRIME MINISTER: Thank you for coming to Canberra. It has been a very good opportunity for us to meet together.",
			accord.Meeting, []string{"AU", "KR"}, ""},
		{"office of the plural name", "Bilateral meeting with the President of the Philippines", "https://www.pm.gov.au/media/meeting-r",
			"PRIME MINISTER: Thank you for coming to Canberra. It has been a very good opportunity for us to meet together.",
			accord.Meeting, []string{"AU", "PH"}, ""},
		{"presidential site, no one named", "Telephone conversation with President of the Republic of Uzbekistan", "http://en.kremlin.ru/events/president/news/q",
			"The two leaders discussed trade and energy cooperation.",
			accord.PhoneCall, []string{"UZ"}, ""},
		{"No 10, office alone", "PM meeting with the President of Ghana: 10 February 2020", "https://www.gov.uk/government/news/pm-meeting-q",
			"The leaders discussed trade and investment.",
			accord.Meeting, []string{"GB", "GH"}, ""},
		// Right on main too: the person the body names wins.
		{"No 10, body names the counterpart", "PM meeting with the President of Ghana: 10 February 2020", "https://www.gov.uk/government/news/pm-meeting-r",
			"The Prime Minister met President Kofi Mensah of Ghana today. The leaders discussed trade and investment.",
			accord.Meeting, []string{"GB", "GH"}, "Kofi Mensah"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, "2020-02-10", tt.body)
			a.URL = tt.url
			f := x.Extract(a)
			actors := map[string]accord.Actor{}
			for _, ac := range f.Actors {
				actors[ac.ID] = ac
			}
			var got []string
			named := false
			for _, e := range f.Engagements {
				if e.Type != tt.typ {
					continue
				}
				for _, p := range e.Participants {
					if ac := actors[p]; ac.Type == accord.Person {
						got = append(got, ac.Country)
						if ac.Name == tt.named {
							named = true
						}
					}
				}
			}
			slices.Sort(got)
			if strings.Join(got, "+") != strings.Join(tt.want, "+") || tt.named != "" && !named {
				t.Errorf("persons of %v, named %v; want %v %q: %+v", got, named, tt.want, tt.named, f.Engagements)
			}
		})
	}
}
