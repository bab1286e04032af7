package extract

import "testing"

// TestGuestLabelTurn27 checks that a transcript whose guest's label gives
// the office in title case ("Ana Ruiz, Peruvian Secretary for Foreign
// Affairs:") reads the guest's "I" as the guest, not the publishing
// government's minister: "Minister Kessel and I had discussions" are talks
// of the two, and the press conference the headline names is theirs, not
// the guest's with the country (names invented). (A welcome to the
// guest's capital is left unread as a visit: the references disagree.)
func TestGuestLabelTurn27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"guest's label, office in title case", "Australian Minister for Foreign Affairs (transcript)", "Press conference with the Hon Ana Ruiz, Peruvian Secretary for Foreign Affairs", "2023-05-18",
			"Speaker: We'll then invite questions in the Q&A session. Secretary Ruiz, please.\n\nAna Ruiz, Peruvian Secretary for Foreign Affairs: Thank you. Excellencies, Senator the Honourable Tom Kessel, colleagues from the press.\n\nLadies and gentlemen, I was pleased to welcome this morning Senator the Honourable Tom Kessel, Minister for Foreign Affairs of Australia and his delegation to Lima. As close partners, Peru and Australia share mutual interests.\n\nThis morning Minister Kessel and I had discussions on the bilateral cooperation between Peru and Australia.",
			[]string{"talks 2023-05-18 Ana Ruiz+Tom Kessel", "press_conference 2023-05-18 Ana Ruiz+Tom Kessel"}},
	})
}

// TestHadDiscussions27 checks that "A and B had discussions", like "held
// discussions", is their talks (names invented).
func TestHadDiscussions27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"third person", "Ministry of Foreign Affairs of Peru", "Foreign Minister receives Chilean counterpart", "2024-03-11",
			"Foreign Minister Ana Ruiz and her Chilean counterpart Luis Vega had discussions on trade and fisheries in Lima on Monday.",
			[]string{"talks 2024-03-11 Ana Ruiz+Luis Vega"}},
		{"first person in a transcript", "Ministry of Foreign Affairs of Peru", "Joint press conference", "2024-03-11",
			"ANA RUIZ, FOREIGN MINISTER OF PERU: Good afternoon. This morning Foreign Minister Luis Vega of Chile and I had discussions on trade.\n\nLUIS VEGA, FOREIGN MINISTER OF CHILE: Thank you.",
			[]string{"talks 2024-03-11 Ana Ruiz+Luis Vega", "press_conference 2024-03-11 Ana Ruiz+Luis Vega"}},
	})
}

// TestSideNamedElsewhere27 checks that a contact whose side is only a
// country (a headline's "press conference with A" on the site of a
// minister it leaves unnamed) takes the one person of that country who
// meets A the same day in the body's report; two such persons leave the
// country (names invented).
func TestSideNamedElsewhere27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"one counterpart", "Australian Minister for Foreign Affairs (transcript)", "Press conference with the Hon Ana Ruiz, Peruvian Secretary for Foreign Affairs", "2023-05-18",
			"Speaker: Secretary Ruiz, please.\n\nAna Ruiz, Peruvian Secretary for Foreign Affairs: Thank you. This morning I had discussions with Australian Foreign Minister Tom Kessel on our bilateral cooperation.\n\nJournalist: A question.",
			[]string{"talks 2023-05-18 Ana Ruiz+Tom Kessel", "press_conference 2023-05-18 Ana Ruiz+Tom Kessel"}},
		{"two of that country: the country stays", "Australian Minister for Foreign Affairs (transcript)", "Press conference with the Hon Ana Ruiz, Peruvian Secretary for Foreign Affairs", "2023-05-18",
			"Speaker: Secretary Ruiz, please.\n\nAna Ruiz, Peruvian Secretary for Foreign Affairs: Thank you. This morning I had discussions with Australian Foreign Minister Tom Kessel and with Australian Trade Minister Jane Hale on our bilateral cooperation.\n\nJournalist: A question.",
			[]string{"talks 2023-05-18 Ana Ruiz+Jane Hale+Tom Kessel", "press_conference 2023-05-18 Ana Ruiz+Australia"}},
	})
}
