package extract

import "testing"

// TestSaidInStatement35 checks that the day after a report's channel ("the
// presidency said in a statement on Thursday") is the report's day, as the
// day right after the reporting verb is: a later "The meeting took place on
// Wednesday" dates the one meeting, which no longer keeps the statement's
// day beside it. A day told after another noun than a report's channel
// still dates the contact. Names and figures are invented.
func TestSaidInStatement35(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"said in a statement, then the meeting's day", "Staff Reporter", "", "2031-07-24",
			"President Luis Vega of Peru met President Ana Soto of Chile in Lima, the presidency said in a statement on Thursday. The meeting took place on Wednesday evening.",
			[]string{"meeting 2031-07-23 Ana Soto+Luis Vega"}},
		{"said in a readout issued, then the talks' day", "Staff Reporter", "", "2031-07-24",
			"President Luis Vega of Peru held talks with President Ana Soto of Chile, the foreign ministry said in a readout issued on Thursday. The talks were held on Tuesday in Lima.",
			[]string{"talks 2031-07-22 Ana Soto+Luis Vega"}},
		{"said on a weekday, as before", "Staff Reporter", "", "2031-07-24",
			"President Luis Vega of Peru met President Ana Soto of Chile in Lima, the presidency said on Thursday. The meeting took place on Wednesday evening.",
			[]string{"meeting 2031-07-23 Ana Soto+Luis Vega"}},
		{"a day after another noun dates the contact", "Staff Reporter", "", "2031-07-24",
			"President Luis Vega of Peru met President Ana Soto of Chile in a meeting at the palace on Wednesday.",
			[]string{"meeting 2031-07-23 Ana Soto+Luis Vega"}},
	})
}
