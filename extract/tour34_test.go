package extract

import "testing"

// TestTourWithoutGuessedHost checks a tour told by its list of countries
// ("A was visiting B, C and D") in a text that also reports A's meeting
// with the leader of one of them: a visit to each country, the stop whose
// leader the text names taking that leader as host, not one visit to the
// first country with the leader of another. Invented names.
func TestTourWithoutGuessedHost(t *testing.T) {
	tests := []sourcedCase{
		{"was visiting three countries, then met the leader of the last", "", "", "2023-05-24",
			"Prime Minister Arlo Venn of Chile was visiting Japan, Fiji and Australia. Venn met Prime Minister Bera Tisk of Australia on Tuesday.",
			[]string{"meeting 2023-05-23 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Fiji", "visit 2023-05 Arlo Venn+Japan"}},
		{"is visiting two countries, then met the leader of the second", "", "", "2023-05-24",
			"Prime Minister Arlo Venn of Chile is visiting Japan and Australia. Venn met Prime Minister Bera Tisk of Australia on Tuesday.",
			[]string{"meeting 2023-05-23 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Japan"}}, // the further stop is ahead (tourStops)
		// Right on main too: one country visited keeps the leader met there.
		{"one country, its leader met", "", "", "2023-05-24",
			"Prime Minister Arlo Venn of Chile was visiting Australia. Venn met Prime Minister Bera Tisk of Australia on Tuesday.",
			[]string{"meeting 2023-05-23 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
