package extract

import "testing"

// TestWelcomedTitledTo checks a host's readout that names the guest first
// and then welcomes the guest by office alone to the host's country ("The
// Prime Minister welcomed the President to Canada", "Welcoming the
// Peruvian President to Chile, the President …"): the guest's visit, by its
// month, as a welcome of a named guest is. Invented names.
func TestWelcomedTitledTo(t *testing.T) {
	tests := []sourcedCase{
		{"the Prime Minister welcomed the President to the country", "", "", "2023-05-08",
			"Today, Prime Minister Arlo Venn of Chile met with the President of Peru, Bera Tisk, in Santiago. The Prime Minister welcomed the President to Chile and expressed the solidarity of all Chileans with the people of Peru.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"welcoming the visiting President, participle first", "", "", "2023-05-08",
			"President Arlo Venn of Chile received President Bera Tisk of Peru at the presidential palace today. Welcoming the visiting President to Chile, President Venn thanked Peru for its support.",
			[]string{"reception 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"welcomed his counterpart to the country", "", "", "2023-05-08",
			"President Arlo Venn of Chile held talks with President Bera Tisk of Peru today. Venn welcomed his Peruvian counterpart to Chile.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		// Right on main too: a welcome to a building is the meeting only,
		// and a minister welcomed by title is no leader's visit.
		{"welcomed the President to the palace: no visit", "", "", "2023-05-08",
			"Prime Minister Arlo Venn of Chile met with President Bera Tisk of Peru today. The Prime Minister welcomed the President to the Government Palace.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"welcomed the success of the President's visit: no visit now", "", "", "2023-05-08",
			"Prime Minister Arlo Venn of Chile spoke by phone with President Bera Tisk of Peru today. The Prime Minister welcomed the success of the President's visit to Chile in March.",
			[]string{"phone_call 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
