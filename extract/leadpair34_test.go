package extract

import "testing"

// TestLeadPairDay34 checks that an agency lead giving the day right after
// the two sides it coordinates ("Peru and Chile yesterday agreed …", "A
// and B on Monday agreed …"), and telling no contact of its own, dates the
// contact the next sentence names without a day; a day told with the
// report verb ("the ministry said on Monday") or a lead that tells its own
// contact does not (names invented).
func TestLeadPairDay34(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"countries, yesterday", "Staff Reporter", "", "2031-09-14",
			"LIMA - Peru and Chile yesterday agreed to strengthen coordination to improve bilateral relations. The bilateral ties were discussed in a meeting between Foreign Minister Luis Vega of Peru and Minister of State Ana Soto of Chile, on the sidelines of a ministerial meeting, the foreign ministry said.",
			[]string{"meeting 2031-09-13 Ana Soto+Luis Vega"}},
		{"countries, on a weekday", "Staff Reporter", "", "2031-09-14",
			"LIMA - Peru and the Dominican Republic on Monday agreed to strengthen coordination to improve bilateral relations. The bilateral ties were discussed in a meeting between Foreign Minister Luis Vega of Peru and Minister of State Ana Soto of the Dominican Republic.",
			[]string{"meeting 2031-09-08 Ana Soto+Luis Vega"}},
		{"the day of the report verb", "Staff Reporter", "", "2031-09-14",
			"Peru and Chile have agreed to strengthen coordination, the ministry said on Monday. The ties were discussed in a meeting between Foreign Minister Luis Vega of Peru and Minister Ana Soto of Chile.",
			[]string{"meeting 2031-09-14 Ana Soto+Luis Vega"}},
		{"a week and more before", "Staff Reporter", "", "2031-09-24",
			"Peru and Chile on September 2 agreed to strengthen coordination. The ties were discussed in a meeting between Foreign Minister Luis Vega of Peru and Minister Ana Soto of Chile.",
			[]string{"meeting 2031-09-24 Ana Soto+Luis Vega"}},
	})
}
