package extract

import "testing"

// TestJoinedOfficeList33 checks that "A joined his B, C, and D
// counterparts for a … Meeting" is one meeting of A with the three
// countries (their holders unnamed), not nothing, and not a meeting with a
// counterpart named in an earlier sentence; a named guest joined for a
// meeting stays theirs (names invented).
func TestJoinedOfficeList33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"joined counterparts", "U.S. Department of State", "Readout", "2024-07-29",
			"Secretary Karl Vance joined his Peruvian, Chilean, and Bolivian counterparts for an Andean Foreign Ministers Meeting in Lima on July 29.",
			[]string{"meeting 2024-07-29 Bolivia+Chile+Karl Vance+Peru"}},
		{"a counterpart met the day before", "U.S. Department of State", "Readout", "2024-07-29",
			"Secretary Karl Vance met with Peruvian Foreign Minister Luis Vega in Lima on July 28. Secretary Vance joined his Peruvian, Chilean, and Bolivian counterparts for an Andean Foreign Ministers Meeting on July 29.",
			[]string{"meeting 2024-07-28 Karl Vance+Luis Vega", "meeting 2024-07-29 Bolivia+Chile+Karl Vance+Peru"}},
		{"a named guest", "U.S. Department of State", "Readout", "2024-07-29",
			"Secretary Karl Vance joined Peruvian Foreign Minister Luis Vega for a meeting in Lima on July 29.",
			[]string{"meeting 2024-07-29 Karl Vance+Luis Vega"}},
	})
}
