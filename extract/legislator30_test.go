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

// TestLowerCaseLegislatorTitles30 checks that a legislator described in
// lower case after a demonym ("Chilean lawmaker A", "Peruvian legislator
// A", "Chilean parliamentarian A") is a titled person of that country when
// a leader meets them, as "Chilean MP A" is, even when A's given name is
// not a known one; a bare plural ("Chilean lawmakers") names no person and
// makes no contact (names invented).
func TestLowerCaseLegislatorTitles30(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"lawmaker", "Presidential Office", "", "2031-06-02",
			"President Lin Mei-hua met with Chilean lawmaker Renzo Mirela on June 1.",
			[]string{"meeting 2031-06-01 Lin Mei-hua+Renzo Mirela"}},
		{"legislator", "Presidential Office", "", "2031-06-02",
			"President Lin Mei-hua met with Peruvian legislator Kaito Sione on June 1.",
			[]string{"meeting 2031-06-01 Kaito Sione+Lin Mei-hua"}},
		{"parliamentarian", "Presidential Office", "", "2031-06-02",
			"President Lin Mei-hua met with Chilean parliamentarian Renzo Mirela on June 1.",
			[]string{"meeting 2031-06-01 Lin Mei-hua+Renzo Mirela"}},
		{"a plural names no one", "Presidential Office", "", "2031-06-02",
			"President Lin Mei-hua thanked Chilean lawmakers for their support on June 1.",
			nil},
	})
}
