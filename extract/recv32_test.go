package extract

import "testing"

// TestDelegationReceptions32 checks receptions of delegations whose head
// is told apart from the verb, as agencies and leaders' offices write
// them: the delegation's origin between the noun and "led by"/"headed by",
// the head in a later sentence ("The delegation was led by A", "Led by A,
// the group also included B and C", "I welcome A as he leads this
// delegation"), a former office holder heading it, and a host named by
// office alone whose remarks the text dated before (names invented).
func TestDelegationReceptions32(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"origin between the noun and headed by", "", "President receives business council", "2024-03-12",
			"MONTEVIDEO, March 11 - Uruguayan President Luis Ferrando received a delegation of the Norwegian Business Council headed by its Chairman Peter Halvorsen on March 11.",
			[]string{"reception 2024-03-11 Luis Ferrando+Peter Halvorsen"}},
		{"met with a delegation of firms led by", "", "President meets business delegation", "2024-03-12",
			"Uruguayan President Luis Ferrando on March 11 met with a delegation of Norwegian businesses led by Norwegian Trade Minister Peter Halvorsen.",
			[]string{"reception 2024-03-11 Luis Ferrando+Peter Halvorsen"}},
		{"a former minister heads it", "", "President receives Norwegian delegation", "2024-03-12",
			"Uruguayan President Luis Ferrando received a Norwegian business delegation led by former Norwegian Trade Minister Peter Halvorsen on March 11.",
			[]string{"reception 2024-03-11 Luis Ferrando+Peter Halvorsen"}},
		{"the head in a later sentence", "", "President receives institute delegation", "2024-03-12",
			"Uruguayan President Luis Ferrando received a delegation from the Lumen Institute on March 11.\n\nThe delegation was led by former Norwegian Trade Minister Peter Halvorsen.",
			[]string{"reception 2024-03-11 Luis Ferrando+Peter Halvorsen"}},
		{"led by opening a later sentence, members listed, the host by office", "", "Ferrando reaffirms ties with Norway", "2024-03-12",
			"Uruguayan President Luis Ferrando said March 11 that Uruguay will deepen cooperation with Norway.\n\nThe president made the remarks while receiving a delegation from the Lumen Institute at the Presidential Palace in Montevideo.\n\nLed by Norwegian Ambassador Peter Halvorsen, the five-member group also included Norwegian Deputy Foreign Minister Kari Lunde.",
			[]string{"reception 2024-03-11 Kari Lunde+Luis Ferrando+Peter Halvorsen"}},
		{"the host welcomes the head leading it", "", "President Ferrando meets Lumen Institute delegation", "2024-03-11",
			"On the morning of March 11, President Luis Ferrando met with a delegation from the Lumen Institute.\n\nA translation of the president's remarks follows:\n\nI welcome Norwegian Ambassador Peter Halvorsen as he leads this delegation to Uruguay.",
			[]string{"reception 2024-03-11 Luis Ferrando+Peter Halvorsen", "visit 2024-03 Peter Halvorsen+Uruguay"}},
	})
}

// TestDelegationSides32 checks the sides of a delegation met or received:
// a delegation another leader heads is still received (SCHEMA: a leader
// receives a delegation; the references split on this wording, so the
// rule of session 17 stands), and a delegation whose head no sentence
// names is its country's side (names invented).
func TestDelegationSides32(t *testing.T) {
	runSourced(t, []sourcedCase{
		// Two leaders "met": a meeting, as three of the four released golds
		// of this wording have it (meetdeleg37.go; recv32's notes had
		// called the reception wrong).
		{"a leader meets a delegation a leader leads: a meeting", "", "President meets Fijian delegation", "2024-10-08",
			"On the morning of October 8, Uruguayan President Luis Ferrando met with a delegation led by Prime Minister Tomasi Vula of Fiji and his wife.",
			[]string{"meeting 2024-10-08 Luis Ferrando+Tomasi Vula"}},
		{"no head named: the delegation's country", "", "President receives Japanese business delegation", "2015-04-08",
			"Uruguayan President Luis Ferrando received a 46-member delegation from Japan at his office on Wednesday.\n\nThe visit follows the president's trip to Tokyo.",
			[]string{"reception 2015-04-08 Japan+Luis Ferrando"}},
		{"guard: a person of the delegation's country named next is left to the person rules", "", "President receives Emirati delegation", "2022-03-07",
			"Uruguayan President Luis Ferrando received a delegation from the United Arab Emirates on Monday.\n\nFerrando had a talk with Emirati Minister of Energy Khalid Al Mansoori as the special envoy.",
			[]string{"talks 2022-03-07 Khalid Al Mansoori+Luis Ferrando"}},
		{"guard: a capitalised Mission ends a name", "", "Joint statement", "2022-07-16",
			"Uruguay welcomed Norway joining the Ocean Innovation Mission for Climate, launched in 2021.",
			nil},
	})
}
