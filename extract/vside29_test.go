package extract

import "testing"

// TestVisitHostOfPlace checks that a visit whose host the sentence does not
// name is hosted by the country the sentence places it in, not by the
// person the whole text names most when that person is of a third country:
// a leader met at another stop of the tour, a third leader of the story.
// Invented names.
func TestVisitHostOfPlace(t *testing.T) {
	tests := []sourcedCase{
		{"a journey's host is of the place, not the next stop's leader", "", "", "2023-05-10",
			"From Peru, President Arlo Venn of Chile traveled to Quito, Ecuador, where he was received in a ceremony. He met with Ecuadorian Prime Minister Dara Molt at the palace.\n\nOn May 8, the president traveled to La Paz, Bolivia, where he was received at the palace. He met with Bolivian President Keld Sorro and had dinner with President Sorro.",
			[]string{"meeting 2023-05-10 Arlo Venn+Dara Molt", "meeting 2023-05-08 Arlo Venn+Keld Sorro", "visit 2023-05 Arlo Venn+Dara Molt"}},
	}
	runSourced(t, tests)
}
