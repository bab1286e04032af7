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

// TestReachedOnVisit checks "A reached <country> on/for a … visit": an
// arrival told with the common verb "reached", only with the place at once
// after it and the visit after "on"/"for". Invented names.
func TestReachedOnVisit(t *testing.T) {
	tests := []sourcedCase{
		{"reached a country on a visit, at a counterpart's invitation", "", "", "2023-05-09",
			"Foreign Minister Arlo Venn of Chile reached Peru for a two-day visit at the invitation of his Peruvian counterpart, Bera Tisk, the ministry said on Monday.",
			[]string{"visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"reached a country on a day on an official visit, no host named", "", "", "2023-05-09",
			"Foreign Minister Arlo Venn of Chile reached Peru on Monday on an official day-long visit.",
			// (Session 33: a day-long visit is of its one day, oneDayStays.)
			[]string{"visit 2023-05-08 Arlo Venn+Peru"}},
		{"reached a country on a day on an official visit, its length not told", "", "", "2023-05-09",
			"Foreign Minister Arlo Venn of Chile reached Peru on Monday on an official visit.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"reached an agreement on a visit: no arrival", "", "", "2023-05-09",
			"Foreign Minister Arlo Venn of Chile and Peru reached agreement on Monday on a state visit next year.",
			nil},
		{"reached a country with no visit word", "", "", "2023-05-09",
			"Foreign Minister Arlo Venn of Chile reached Peru on Monday after a long flight.",
			nil},
	}
	runSourced(t, tests)
}
