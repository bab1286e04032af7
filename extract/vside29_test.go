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
			"President Arlo Venn of Chile began a week-long trip to three South American countries.\n\nFrom Peru, President Venn traveled to Quito, Ecuador, where he was ceremoniously received in Independence Square. He met with Prime Minister Dara Molt of Ecuador at Carondelet Palace.\n\nOn May 8, the president traveled to La Paz, Bolivia, where he was received in a ceremony at the Burnt Palace. He met with President Keld Sorro of Bolivia and had dinner with President Sorro at the Burnt Palace.",
			[]string{"meeting 2023-05-08 Arlo Venn+Keld Sorro", "meeting 2023-05-10 Arlo Venn+Dara Molt", "visit 2023-05 Arlo Venn+Dara Molt"}},
	}
	runSourced(t, tests)
}
