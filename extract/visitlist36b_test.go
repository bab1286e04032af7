package extract

import "testing"

// TestCityCountryStops checks a tour's stops written "City, Country" and
// kept apart by semicolons: one visit to each country, not to the first
// only. Names invented.
func TestCityCountryStops(t *testing.T) {
	tests := []sourcedCase{
		{"visited City, Country; City, Country; and City, Country", "", "", "2024-03-12",
			"Norwegian Foreign Minister Edda Strand visited Santiago, Chile; Lima, Peru; and La Paz, Bolivia this week.",
			[]string{"visit 2024-03 Chile+Edda Strand", "visit 2024-03 Edda Strand+Peru", "visit 2024-03 Bolivia+Edda Strand"}},
		{"a delegation led by A visited City, Country; City, Country", "", "", "2024-03-12",
			"A high-level Norwegian delegation led by Foreign Minister Edda Strand visited Santiago, Chile; and Lima, Peru.",
			[]string{"visit 2024-03 Chile+Edda Strand", "visit 2024-03 Edda Strand+Peru"}},
		{"City, Country, and City, Country", "", "", "2024-03-12",
			"Norwegian Foreign Minister Edda Strand visited Santiago, Chile, and Lima, Peru, this week.",
			[]string{"visit 2024-03 Chile+Edda Strand", "visit 2024-03 Edda Strand+Peru"}},
		// Right on both: a semicolon that opens no "City, Country" stop.
		{"a semicolon before a clause: one visit", "", "", "2024-03-12",
			"Norwegian Foreign Minister Edda Strand visited Santiago, Chile; Peru was not on the programme.",
			[]string{"visit 2024-03 Chile+Edda Strand"}},
	}
	runSourced(t, tests)
}
