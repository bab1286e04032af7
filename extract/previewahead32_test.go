package extract

import "testing"

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
