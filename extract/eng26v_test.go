package extract

import "testing"

// TestHostTurnWelcomes26 checks that a visit read from the host's turn of a
// transcript ("FOREIGN MINISTER A: … joining us in welcoming Secretary B
// to Peru"), with no contact of the two told, is hosted by that speaker,
// not by the country (names invented).
func TestHostTurnWelcomes26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"remarks to the press", "U.S. Department of State", "Remarks to the Press by Secretary Tom Kessel and Peruvian Foreign Minister Ana Ruiz", "2022-07-10",
			"FOREIGN MINISTER RUIZ: Members of the press, thank you very much for coming here, joining us in welcoming Secretary Kessel and delegation to Peru. We, the hosts, are very much pleased to welcome Secretary Kessel during his first official visit to Peru.\n\nAnd as we are celebrating the 190th anniversary of diplomatic relations, another milestone has been set.",
			[]string{"visit 2022-07 Ana Ruiz+Tom Kessel"}},
	})
}
