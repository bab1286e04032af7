package extract

import (
	"slices"
	"strings"

	"github.com/accordhq/accord"
)

// withoutDomestic drops the held contacts whose sides, as the article's
// actors stand once every person has a country, all act for the
// publisher's own country: a president's call with his own Speaker, an
// adviser's meeting with a colleague, is politics at home, not a relation
// between countries. international() tests the same before the actors are
// final; this catches the persons whose country only the whole article
// settles. A sentence that calls a side the other's counterpart tells of
// two countries whatever the persons' countries say, and a press
// conference is the speakers' event, not a contact between them: both
// stay. So does a leader's own part in a gathering of many countries
// (its index in own, gathering37.go) that a delegate of the same country joins:
// the other countries' leaders go unnamed, not absent.
func withoutDomestic(f *accord.ArticleFacts, home string, own []int) {
	if home == "" {
		return
	}
	country := make(map[string]string, len(f.Actors))
	for _, a := range f.Actors {
		country[a.ID] = a.Country
	}
	out := f.Engagements[:0]
	for i, e := range f.Engagements {
		if slices.Contains(own, i) || !homeContact(e, country, home) {
			out = append(out, e)
		}
	}
	clear(f.Engagements[len(out):])
	f.Engagements = out
}

// homeContact reports whether every side of contact e acts for home.
func homeContact(e accord.Engagement, country map[string]string, home string) bool {
	if len(e.Participants) < 2 || e.Type == accord.PressConference {
		return false
	}
	for _, p := range e.Participants {
		if country[p] != home {
			return false
		}
	}
	for _, r := range e.Reports {
		if strings.Contains(strings.ToLower(r.Quote), "counterpart") {
			return false
		}
	}
	return true
}
