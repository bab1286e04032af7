package extract

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestPastHomeLeaderLabel checks the speaker of an office-only label
// ("PRIME MINISTER:") on a leader's own site when the transcript recalls an
// earlier leader of the same country by title: the speaker is the holder
// of the day (knowledge), not the leader recalled. The recalled leaders are
// holders of the office table (any earlier term serves); the counterparts
// are invented.
func TestPastHomeLeaderLabel(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, url, date, body string
		not                   string // a person who must not take part ("" for none)
		want                  string // a home person who must take part
	}{
		{"earlier prime minister recalled", "https://www.pm.gov.au/media/doorstop-q", "2020-03-02",
			"PRIME MINISTER: I am pleased to be here in Jakarta. The first leader to come for this was Prime Minister Rudd. Today we had bilateral discussions with President Ali Karim of Indonesia.",
			"Kevin Rudd", "Scott Morrison"},
		{"earlier prime minister recalled, No 10", "https://www.gov.uk/government/speeches/remarks-q", "2015-03-02",
			"PRIME MINISTER: I am pleased to be here in Accra. Prime Minister Blair opened the first office here. Today we had bilateral discussions with President Kofi Mensah of Ghana.",
			"Tony Blair", "David Cameron"},
		// Right on main too: the leader named is the holder of the day.
		{"the holder of the day named", "https://www.pm.gov.au/media/doorstop-r", "2008-03-02",
			"PRIME MINISTER: I am pleased to be here in Jakarta. Prime Minister Rudd is glad to come. Today we had bilateral discussions with President Ali Karim of Indonesia.",
			"", "Kevin Rudd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("Doorstop", tt.date, tt.body)
			a.URL = tt.url
			f := x.Extract(a)
			names := map[string]string{}
			for _, ac := range f.Actors {
				names[ac.ID] = ac.Name
			}
			found := false
			for _, e := range f.Engagements {
				if e.Type != accord.Talks {
					continue
				}
				for _, p := range e.Participants {
					if tt.not != "" && names[p] == tt.not {
						t.Errorf("%s takes part in the talks: %v", tt.not, e.Participants)
					}
					if names[p] == tt.want {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("no talks of %s: %+v", tt.want, f.Engagements)
			}
		})
	}
}
