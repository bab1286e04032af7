package extract

import "testing"

// TestVisitHostOfPlace checks a visit's host side: a host the visit's
// sentence does not name is of the country the sentence places it in, not
// the person the whole text names most when that person is of a third
// country (a leader met at another stop of the tour); and a head of state's
// host is the head of state the visit read, not a prime minister met at the
// airport. Invented names.
func TestVisitHostOfPlace(t *testing.T) {
	tests := []sourcedCase{
		{"a journey's host is of the place, not the next stop's leader", "", "", "2023-05-10",
			"President Arlo Venn of Chile began a week-long trip to three South American countries.\n\nFrom Peru, President Venn traveled to Quito, Ecuador, where he was ceremoniously received in Independence Square. He met with Prime Minister Dara Molt of Ecuador at Carondelet Palace.\n\nOn May 8, the president traveled to La Paz, Bolivia, where he was received in a ceremony at the Burnt Palace. He met with President Keld Sorro of Bolivia and had dinner with President Sorro at the Burnt Palace.",
			[]string{"meeting 2023-05-08 Arlo Venn+Keld Sorro", "meeting 2023-05-10 Arlo Venn+Dara Molt", "visit 2023-05 Arlo Venn+Dara Molt"}},
		// A head of state's state visit is hosted by the head of state the
		// text names, not by the prime minister met at the airport.
		{"a state visit's host is the visitor's peer, not a prime minister greeting", "", "", "2023-05-06",
			"President of the Republic of Chile, Arlo Venn, has arrived in Lima for his two-day state visit to Peru.\n\nHe has been received at Jorge Chavez International Airport by Peruvian President Bera Tisk and Peruvian Prime Minister Dara Molt. Other ministers are present at the airport to welcome President Venn.\n\nThe Chilean President will call on President Bera Tisk at 6:30 pm today at the palace.\n\nPresident Tisk will host a state banquet in honor of her Chilean counterpart at 7:30 pm.",
			[]string{"reception 2023-05-06 Arlo Venn+Dara Molt", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		// The protocol chief who greets at the airport, of no country read,
		// is no host: the country the arrival names is, by its leader who
		// invited.
		{"a greeter of no country gives way to the country of the arrival", "", "Peruvian PM Arlo Venn arrives in Chile for two-day working visit", "2023-05-06",
			"SANTIAGO, May 6 — Peruvian Prime Minister Arlo Venn arrived in Chile today to begin his two-day working visit to strengthen ties between the two countries.\n\nHe arrived with his delegation at the Arturo Merino Benitez International Airport at 8.50pm and was greeted by the Foreign Ministry's Chief of Protocol Dato Kesh Marlo.\n\nVenn's visit was at the invitation of Chilean Prime Minister Bera Tisk.",
			[]string{"visit 2023-05 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
