package extract

import "testing"

// TestLeadersOfCountries checks "meetings with the leaders of A, B and C"
// and "bilateral meetings with world leaders from A, B and C": the plural
// contact says separate meetings, one with each country (the released
// golds code "met with the prime ministers of A, B, C and D" so), as
// "bilateral meetings with the leaders of A and B" already was; "spoke to
// the leaders of A, B and C" and "a meeting with the leaders of A, B and
// C" stay one contact. Names invented.
func TestLeadersOfCountries(t *testing.T) {
	tests := []sourcedCase{
		{"held meetings with the leaders of", "", "", "2024-11-18",
			"Chilean President Tomas Ibarra held meetings with the leaders of Mexico, Japan and the United Kingdom on Monday.",
			[]string{"meeting 2024-11-18 Mexico+Tomas Ibarra", "meeting 2024-11-18 Japan+Tomas Ibarra", "meeting 2024-11-18 Tomas Ibarra+United Kingdom"}},
		{"bilateral meetings with world leaders from", "", "", "2024-11-18",
			"Chilean President Tomas Ibarra held bilateral meetings with world leaders from Mexico, Japan and the United Kingdom on Monday.",
			[]string{"meeting 2024-11-18 Mexico+Tomas Ibarra", "meeting 2024-11-18 Japan+Tomas Ibarra", "meeting 2024-11-18 Tomas Ibarra+United Kingdom"}},
		// Unchanged: one call of all; a meeting in the singular.
		{"spoke to the leaders of: one call", "", "", "2024-11-18",
			"Chilean President Tomas Ibarra spoke to the leaders of Mexico, Japan and the United Kingdom on Monday.",
			[]string{"phone_call 2024-11-18 Japan+Mexico+Tomas Ibarra+United Kingdom"}},
		{"a meeting with the leaders of: not split", "", "", "2024-11-18",
			"Chilean President Tomas Ibarra held a meeting with the leaders of Mexico, Japan and the United Kingdom on Monday.",
			nil},
	}
	runTyped(t, tests, "engagements", "meeting", "talks", "summit", "phone_call")
}
