package extract

import "testing"

// TestTogetherOfficeList33 checks that a meeting with the holders of an
// office in several countries that the sentence says was held together
// ("met with his counterparts from A and B … to exchange views on
// trilateral cooperation", "met jointly with the foreign ministers of A and
// B") is one meeting of all, the unnamed holders as their countries, where
// before it was dropped; without such a word it stays one meeting each
// (names invented).
func TestTogetherOfficeList33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"trilateral cooperation", "Agency", "Vance Discusses Trade With Counterparts", "2022-07-08",
			"US Secretary of State Karl Vance met with his counterparts from Peru and Chile on the sidelines of the G20 ministerial in Indonesia on Friday to exchange views on trilateral cooperation.",
			[]string{"meeting 2022-07-08 Chile+Karl Vance+Peru"}},
		{"jointly", "U.S. Department of State", "Readout", "2022-07-08",
			"Secretary of State Karl Vance met jointly with the foreign ministers of Peru and Chile in Jakarta on Friday.",
			[]string{"meeting 2022-07-08 Chile+Karl Vance+Peru"}},
		{"no word of a joint meeting", "U.S. Department of State", "Readout", "2022-07-08",
			"Secretary of State Karl Vance met with the foreign ministers of Peru and Chile in Jakarta on Friday.",
			[]string{"meeting 2022-07-08 Chile+Karl Vance", "meeting 2022-07-08 Karl Vance+Peru"}},
	})
}
