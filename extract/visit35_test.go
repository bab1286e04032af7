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
