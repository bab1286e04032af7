package extract

import (
	"strings"
	"testing"
)

// TestNounHeadlineVisitAhead checks a notice headed by the visit as a noun
// ("Official Visit of A") whose body announces the visit days or weeks
// ahead ("will make an Official Visit to C from 12 to 14 March"): the
// announced visit is recorded, by its month, as a preview's is. Invented
// names.
func TestNounHeadlineVisitAhead(t *testing.T) {
	tests := []sourcedCase{
		{"noun headline, visit eleven days ahead", "", "Official Visit of President Ana Lutar of Ghana", "2024-03-01",
			"President Ana Lutar of Ghana will make an Official Visit to Chile from 12 to 14 March 2024.",
			[]string{"visit 2024-03 Ana Lutar+Chile"}},
		{"statement on the visit, one day ahead named", "", "Statement on the Official Visit of President Ana Lutar of Ghana", "2024-03-01",
			"President Ana Lutar of Ghana will make an Official Visit to Chile on 20 March.",
			[]string{"visit 2024-03 Ana Lutar+Chile"}},
		{"visit by a minister, from the morrow", "", "Press Statement: Visit by Minister Ana Lutar of Ghana, 23 to 26 March 2024", "2024-03-22",
			"Minister Ana Lutar of Ghana will visit Chile from 23 to 26 March 2024 at the invitation of Foreign Minister Bera Tisk of Chile.",
			[]string{"visit 2024-03 Ana Lutar+Bera Tisk"}},
		// Right on main too: a visit told over under the same headline.
		{"noun headline, visit told over", "", "Official Visit of President Ana Lutar of Ghana", "2024-03-20",
			"President Ana Lutar of Ghana made an Official Visit to Chile from 12 to 14 March 2024.",
			[]string{"visit 2024-03 Ana Lutar+Chile"}},
		// A notice half a year ahead is no preview of this month's news.
		{"noun headline, visit half a year ahead", "", "Official Visit of President Ana Lutar of Ghana", "2024-03-01",
			"President Ana Lutar of Ghana will make an Official Visit to Chile from 12 to 14 September 2024.",
			nil},
	}
	runSourced(t, tests)
}

// TestPreviewVisitMonthAhead checks that a host's notice published the
// month before the visit ("will welcome A to the White House on January
// 19", out on 22 December) dates the announced visit by the visit's month,
// not the publication's. Invented names.
func TestPreviewVisitMonthAhead(t *testing.T) {
	tests := []struct {
		name, title, published, body string
		want                         []string
	}{
		{"welcome next January, notice in December", "Statement on the Visit of President Ana Lutar of Ghana", "2010-12-22",
			"President Joe Biden will welcome President Ana Lutar of Ghana to the White House on January 19.",
			[]string{"visit 2011-01 Ana Lutar+Joe Biden"}},
		{"welcome next month", "Statement on the Visit of President Ana Lutar of Ghana", "2010-11-22",
			"President Joe Biden will welcome President Ana Lutar of Ghana to the White House on December 19.",
			[]string{"visit 2010-12 Ana Lutar+Joe Biden"}},
		// Right on main too: the same month as the notice.
		{"welcome this month", "Statement on the Visit of President Ana Lutar of Ghana", "2010-12-10",
			"President Joe Biden will welcome President Ana Lutar of Ghana to the White House on December 19.",
			[]string{"visit 2010-12 Ana Lutar+Joe Biden"}},
	}
	// The host's office is the publisher's: a White House address.
	x := newX(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, tt.published, tt.body)
			a.URL = "https://www.whitehouse.gov/briefing-room/x/"
			got := engagementSummary(x.Extract(a))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("engagements\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestBeToVisit checks the agencies' plan "A is to visit C next week": a
// visit ahead, as "A will visit C" is. Invented names.
func TestBeToVisit(t *testing.T) {
	tests := []sourcedCase{
		{"is to visit, under a preview headline", "", "Chilean President Ana Lutar to visit Ghana next week", "2017-06-28",
			"President Ana Lutar of Chile is to visit Ghana on July 4.",
			[]string{"visit 2017-07 Ana Lutar+Ghana"}},
		// Right on main too: an aim is no plan of a subject named.
		{"the aim is to visit", "", "Chilean President Ana Lutar to visit Ghana next week", "2017-06-28",
			"The aim of the trip is to visit Ghana on July 4.",
			nil},
	}
	runSourced(t, tests)
}
