package extract

import "testing"

// TestPresenceOnAndLate checks stays told by presence: "A, who is in C on a
// three-day visit" (on, as "for a visit" already was) and "B, who was in C
// for a three-day visit, conveyed …" past the lead sentences, its visitor a
// party to a contact the text holds. Invented names.
func TestPresenceOnAndLate(t *testing.T) {
	lead := "President Arlo Venn of Chile met Vice-Premier Bera Tisk of Peru in Santiago on March 11. "
	tests := []sourcedCase{
		{"who is in C on a visit", "", "", "2024-03-12",
			"Vice-Premier Bera Tisk of Peru, who is in Chile on a three-day visit, met President Arlo Venn of Chile in Santiago on March 11.",
			[]string{"reception 2024-03-11 Arlo Venn+Bera Tisk", "visit 2024-03 Arlo Venn+Bera Tisk"}},
		{"was in C on a visit, second sentence", "", "", "2024-03-12",
			lead + "Tisk was in Chile on a three-day visit.",
			[]string{"reception 2024-03-11 Arlo Venn+Bera Tisk", "visit 2024-03 Arlo Venn+Bera Tisk"}},
		{"who was in C for a visit, past the lead", "", "", "2024-03-12",
			lead + "He spoke of trade. He spoke of ports. He spoke of wine. Tisk, who was in Chile for a three-day visit, conveyed greetings.",
			[]string{"reception 2024-03-11 Arlo Venn+Bera Tisk", "visit 2024-03 Arlo Venn+Bera Tisk"}},
		// Right on main too: a stay of another year, a day after "on".
		{"who was in C for a visit last year: no visit now", "", "", "2024-03-12",
			lead + "He spoke of trade. He spoke of ports. He spoke of wine. Tisk, who was in Chile for a three-day visit last year, conveyed greetings.",
			[]string{"reception 2024-03-11 Arlo Venn+Bera Tisk"}},
		{"in C on Monday: no visit phrase", "", "", "2024-03-12",
			lead + "Tisk was in Chile on Monday and will return for a visit in May.",
			[]string{"reception 2024-03-11 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestWelcomeYouIn checks a host's translated welcome "welcome you in C",
// "greet you in C" (the capital or the country): the guest's visit, as
// "welcome you to C" is. A welcome in a building or said without "you"
// stays the meeting. Names invented.
func TestWelcomeYouIn(t *testing.T) {
	x := newX(t)
	title := "Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"welcome you in the capital",
			"PRESIDENT OBST: Madam President, I am glad to welcome you in Santiago. We will discuss trade.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"greet you in the country",
			"PRESIDENT OBST: Madam President, we have not met for a long time. I sincerely greet you in Chile. Welcome!\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		// Right on both: a venue, or "greet" of another object.
		{"welcome you in the palace: no visit",
			"PRESIDENT OBST: Madam President, I am glad to welcome you in the Palace.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
		{"greet the people in the country: no visit",
			"PRESIDENT OBST: Madam President, I greet the people in Chile who follow our talks.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article(title, "2023-05-10", tt.body)), tt.want)
		})
	}
}

// TestSinceEarlierTrip checks that the maker of an earlier trip a visit is
// measured from ("the first visit … in 15 years, since Prime Minister B
// visited in 2001") is no side of the visit: the visitor stays the one
// the text reports. Invented names.
func TestSinceEarlierTrip(t *testing.T) {
	lead := "Prime Minister Arlo Venn of Chile visited Peru from August 26 to 28. "
	tail := " Prime Minister Venn held a summit meeting with President Bera Tisk of Peru."
	tests := []sourcedCase{
		{"since A visited in a year", "", "", "2016-08-28",
			lead + "This marks the first visit to Peru by a Chilean Prime Minister in 15 years, since Prime Minister Kato Rell of Chile visited in 2001." + tail,
			[]string{"meeting 2016-08-28 Arlo Venn+Bera Tisk", "visit 2016-08 Arlo Venn+Bera Tisk"}},
		// Right on main too: no trip word after the earlier visitor.
		{"since A in a year", "", "", "2016-08-28",
			lead + "It was the first visit by a Chilean Prime Minister to Peru since Kato Rell of Chile in 1971." + tail,
			[]string{"meeting 2016-08-28 Arlo Venn+Bera Tisk", "visit 2016-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestWelcomedByInAndForVisit checks host welcomes told by the guest's
// side or by purpose: "A was welcomed by his counterpart B in C's capital
// of X" (A's visit besides the welcome), "B welcomed A to <capital> for a
// three-day visit" (the visit and the welcome's meeting), and a welcome's
// object whose name holds the word "To". Invented names.
func TestWelcomedByInAndForVisit(t *testing.T) {
	tests := []sourcedCase{
		{"welcomed by the counterpart in the host's capital", "", "", "2024-03-12",
			"Vice-Premier Bera Tisk of Peru was welcomed by President Arlo Venn of Chile in Santiago on Monday.",
			[]string{"reception 2024-03-11 Arlo Venn+Bera Tisk", "visit 2024-03 Arlo Venn+Bera Tisk"}},
		{"welcomed to the capital for a visit", "", "", "2024-03-12",
			"President Arlo Venn of Chile welcomed President Bera Tisk of Peru to Santiago for a three-day visit.",
			[]string{"meeting 2024-03-12 Arlo Venn+Bera Tisk", "visit 2024-03 Arlo Venn+Bera Tisk"}},
		{"a welcomed guest whose name holds To", "", "", "2024-03-12",
			"President Arlo Venn of Chile welcomed Peruvian Vice-Premier To Van Rell of Peru to Chile on Monday.",
			[]string{"visit 2024-03-11 Chile+To Van Rell"}},
		// Right on main too: a welcome in a city for a gathering, or to a
		// building.
		{"welcomed by the host in a building: no visit", "", "", "2024-03-12",
			"Vice-Premier Bera Tisk of Peru was welcomed by President Arlo Venn of Chile in the Palace on Monday.",
			[]string{"meeting 2024-03-11 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
