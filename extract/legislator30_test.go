package extract

import "testing"

// TestChamberMemberTitles30 checks that a legislator titled by the chamber
// before the word Member ("House of Representatives Member A", "House of
// Councillors Members A and B", "Diet Member A") or as "Congressperson(s)"
// is a titled person, so that a leader's meeting with or reception of them
// is read, as it is for "Senator A" or "Member of Parliament A". Leaders'
// offices (Taiwan's Presidential Office among them) title visiting
// legislators this way (names invented).
func TestChamberMemberTitles30(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"House of Representatives Member", "Presidential Office", "", "2031-06-02",
			"President Lin Mei-hua received Peruvian House of Representatives Member Luis Vega on the morning of June 1.",
			[]string{"reception 2031-06-01 Lin Mei-hua+Luis Vega"}},
		{"House of Councillors Member", "Presidential Office", "", "2031-06-02",
			"President Lin Mei-hua met with Chilean House of Councillors Member Ana Ortiz on June 1.",
			[]string{"meeting 2031-06-01 Ana Ortiz+Lin Mei-hua"}},
		{"Diet Member", "Presidential Office", "", "2031-06-02",
			"President Lin Mei-hua met with Chilean Diet Member Ana Ortiz on June 1.",
			[]string{"meeting 2031-06-01 Ana Ortiz+Lin Mei-hua"}},
		{"Congressperson", "Presidential Office", "", "2031-06-02",
			"President Lin Mei-hua met with Chilean Congressperson Ana Ortiz on June 1.",
			[]string{"meeting 2031-06-01 Ana Ortiz+Lin Mei-hua"}},
	})
}
