package extract

import "testing"

// TestLegOfTourHere checks "A, who arrived here on the second leg of his
// three-nation tour, met B and C": a stage of a tour is a visit to the
// country of those A meets, as "on a four-day visit" is; a tour alone ("a
// tour of the port") or a leg with no arrival here tells none. Invented names.
func TestLegOfTourHere(t *testing.T) {
	tests := []sourcedCase{
		{"who arrived here on the second leg, met two hosts of one country", "", "", "2023-05-09",
			"President Arlo Venn of Chile on Monday met the leaders of Peru. President Venn, who arrived here on the second leg of his three-nation tour of the Andes, met Governor Cara Dunn of Peru and Prime Minister Bera Tisk of Peru.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "meeting 2023-05-08 Arlo Venn+Cara Dunn", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"arrived here on the final leg of her tour, talks the sentence before", "", "", "2023-05-09",
			"President Bera Tisk of Peru and Chilean President Arlo Venn held extensive talks on Monday. Venn arrived here on Sunday night on the final leg of her two-nation tour.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"a tour of a site is no visit", "", "", "2023-05-09",
			"President Bera Tisk of Peru and Chilean President Arlo Venn held extensive talks on Monday. Venn arrived here on Sunday night for a tour of the port.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
