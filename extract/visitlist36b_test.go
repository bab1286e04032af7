package extract

import "testing"

// TestCityCountryStops checks a tour's stops written "City, Country" and
// kept apart by semicolons, and a second leg told after the first stops'
// dates ("to A and B from July 18-22, and to C from July 23-25"): one
// visit to each country, not to the first only. Names invented.
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
		{"a second leg after the first stops' dates", "", "", "2024-07-26",
			"Norwegian Minister of State Edda Strand concluded her official visit to Chile and Peru from July 18-22, and to Bolivia from July 23-25.",
			[]string{"visit 2024-07 Chile+Edda Strand", "visit 2024-07 Edda Strand+Peru", "visit 2024-07 Bolivia+Edda Strand"}},
		{"one stop, then a second leg after its dates", "", "", "2024-07-26",
			"Norwegian Minister of State Edda Strand paid an official visit to Chile from July 18-22, and to Bolivia from July 23-25.",
			[]string{"visit 2024-07 Chile+Edda Strand", "visit 2024-07 Bolivia+Edda Strand"}},
		// Right on both: "and to" after the dates opening no stop.
		{"and to after the dates, no country", "", "", "2024-07-26",
			"Norwegian Minister of State Edda Strand paid an official visit to Chile from July 18-22, and to her surprise met no one.",
			[]string{"visit 2024-07 Chile+Edda Strand"}},
		// Right on both: a semicolon that opens no "City, Country" stop.
		{"a semicolon before a clause: one visit", "", "", "2024-03-12",
			"Norwegian Foreign Minister Edda Strand visited Santiago, Chile; Peru was not on the programme.",
			[]string{"visit 2024-03 Chile+Edda Strand"}},
	}
	runSourced(t, tests)
}
