package extract

import "testing"

// TestHomeOfficeUnknownHolder checks a leader's own release that names its
// principal only by office in a year the office table dates a change of
// holder only to the year: no holder is sure, so the side is the
// publishing country, and the contact stands, with invented guests. (The
// table dates the UK's change of Prime Minister in 2026 only to the year.)
func TestHomeOfficeUnknownHolder(t *testing.T) {
	tests := []sourcedCase{
		{"a headline and body naming the office only", "Prime Minister's Office, 10 Downing Street", "PM call with President Vega of Chile: 3 February 2026", "2026-02-03",
			"The Prime Minister spoke to the President of Chile, Luis Vega, this afternoon.\n\nThe leaders discussed trade.",
			[]string{"phone_call 2026-02-03 +Luis Vega"}},
		{"a headline alone", "Prime Minister's Office, 10 Downing Street", "PM call with President Vega of Chile: 3 February 2026", "2026-02-03",
			"The leaders discussed trade.",
			[]string{"phone_call 2026-02-03 +Vega"}},
		{"a holder known for sure still takes part by name", "Prime Minister's Office, 10 Downing Street", "PM call with President Vega of Chile: 3 February 2025", "2025-02-03",
			"The Prime Minister spoke to the President of Chile, Luis Vega, this afternoon.",
			[]string{"phone_call 2025-02-03 Keir Starmer+Luis Vega"}},
	}
	runSourced(t, tests)
}
