package extract

import "testing"

// TestFormerHolderSubject30 checks that a former office holder who opens
// the clause and meets someone is a side of that meeting, as one named
// after the verb is ("met with former Minister A"): "Former Foreign
// Minister A met with President B", "A, former Speaker of C, also met
// President B"; and that one who only reports ("A, former Minister of C,
// said B met D") or is recalled in a relative clause is not (names
// invented).
func TestFormerHolderSubject30(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"former holder before the verb", "Presidential Office", "", "2031-06-02",
			"Former Chilean Foreign Minister Kaito Sione met with President Lin Mei-hua of Peru on June 1.",
			[]string{"meeting 2031-06-01 Kaito Sione+Lin Mei-hua"}},
		{"former holder in an appositive", "Presidential Office", "", "2031-06-02",
			"Kaito Sione, former Speaker of the Senate of Chile, also met President Lin Mei-hua of Peru on June 1.",
			[]string{"meeting 2031-06-01 Kaito Sione+Lin Mei-hua"}},
		{"former holder who reports", "Presidential Office", "", "2031-06-02",
			"Kaito Sione, former Foreign Minister of Chile, said President Lin Mei-hua of Peru met with President Ana Ortiz of Bolivia on June 1.",
			[]string{"meeting 2031-06-01 Ana Ortiz+Lin Mei-hua"}},
		{"former holder recalled", "Presidential Office", "", "2031-06-02",
			"Former Chilean Foreign Minister Kaito Sione, who met with President Lin Mei-hua of Peru in 2010, died on June 1.",
			nil},
	})
}
