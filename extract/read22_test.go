package extract

import (
	"strings"
	"testing"
)

// TestExchangedViewsOnThePhone checks that "A and B exchanged views on the
// phone", a royal courts' and agencies' wording for a call, gives a phone
// call dated by its weekday. Names invented.
func TestExchangedViewsOnThePhone(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct{ name, body, want string }{
		{"on the phone", "King Aldor III of Norland and Estorian President Mira Velk on Wednesday exchanged views on the phone on the latest developments in the region.",
			"phone_call 2024-03-06 2"},
		{"by phone", "Prime Minister Tomas Ekland and President Luis Vega of Chile exchanged views by phone on Wednesday on regional security.",
			"phone_call 2024-03-06 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := x.Extract(article("King exchanges views", "2024-03-07", tc.body))
			var got []string
			for _, e := range f.Engagements {
				got = append(got, string(e.Type)+" "+e.Date+" "+itoa(len(e.Participants)))
			}
			if strings.Join(got, "|") != tc.want {
				t.Errorf("engagements %q, want %q", got, tc.want)
			}
		})
	}
}
