package extract

import "testing"

// TestHomeOfficeUnknownHolder checks a leader's own release that names its
// principal only by office in a year the office table dates a change of
// holder only to the year: no holder is sure, so the side is the
// publishing country, and the contact stands, with invented guests. (The
// table dates the UK's change of Prime Minister in 2026 only to the year.)
func TestHomeOfficeUnknownHolder(t *testing.T) {
	tests := []sourcedCase{
		{"a headline and body naming the office only", "Prime Minister's Office, 10 Downing Street", "PM call with President Vega of Chile: 3 February 2026", "2026-02-03",
			"The Prime Minister spoke to the President of Chile, Luis Vega, this afternoon.\n\nThe leaders discussed trade.",
			[]string{"phone_call 2026-02-03 Luis Vega+United Kingdom"}},
		{"a headline alone", "Prime Minister's Office, 10 Downing Street", "PM call with President Vega of Chile: 3 February 2026", "2026-02-03",
			"The leaders discussed trade.",
			[]string{"phone_call 2026-02-03 United Kingdom+Vega"}},
		{"a holder known for sure still takes part by name", "Prime Minister's Office, 10 Downing Street", "PM call with President Vega of Chile: 3 February 2025", "2025-02-03",
			"The Prime Minister spoke to the President of Chile, Luis Vega, this afternoon.",
			[]string{"phone_call 2025-02-03 Keir Starmer+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestDelegationsReceived checks a ministry's list of delegations its
// minister welcomed, greeted or received: each a reception of the
// delegation's head, with invented names.
func TestDelegationsReceived(t *testing.T) {
	tests := []sourcedCase{
		{"welcomed a delegation led by a speaker", "", "Foreign Minister receives delegations", "2024-10-11",
			"Foreign Minister Kenji Sato of Japan welcomed a delegation led by Chilean Senate President Ana Ruiz on Oct. 8 and thanked Chile for its support.",
			[]string{"reception 2024-10-08 Ana Ruiz+Kenji Sato"}},
		{"greeted a country's delegation led by its prime minister", "", "Foreign Minister receives delegations", "2024-10-11",
			"On Oct. 8, Foreign Minister Kenji Sato of Japan greeted the Peruvian delegation led by Prime Minister Jorge Soto of Peru at Narita Airport.",
			[]string{"reception 2024-10-08 Jorge Soto+Kenji Sato"}},
		{"welcoming a delegation's report names no reception", "", "Foreign Minister statement", "2024-10-11",
			"Foreign Minister Kenji Sato of Japan welcomed the report of the Chilean delegation on trade.",
			nil},
	}
	runSourced(t, tests)
}

// TestHeadlineDayOverToday checks that a headline's day stands against a
// body's "today" counted from a publication the next day, with invented
// names.
func TestHeadlineDayOverToday(t *testing.T) {
	tests := []sourcedCase{
		{"published the next morning", "Prime Minister's Office, 10 Downing Street", "PM meeting with President Vega: 27 February 2025", "2025-02-28",
			"Prime Minister Keir Starmer and President of Chile Luis Vega met today in Santiago.\n\nThe leaders discussed trade.",
			[]string{"meeting 2025-02-27 Keir Starmer+Luis Vega"}},
		{"published the same day", "Prime Minister's Office, 10 Downing Street", "PM meeting with President Vega: 27 February 2025", "2025-02-27",
			"Prime Minister Keir Starmer and President of Chile Luis Vega met today in Santiago.",
			[]string{"meeting 2025-02-27 Keir Starmer+Luis Vega"}},
		{"a body's own date still dates the headline's contact", "Prime Minister's Office, 10 Downing Street", "PM meeting with President Vega", "2025-02-28",
			"Prime Minister Keir Starmer and President of Chile Luis Vega met on 26 February in Santiago.",
			[]string{"meeting 2025-02-26 Keir Starmer+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestRepresentedPersonNoParty checks that the person a delegate stands in
// for takes no part in the contact, with invented names.
func TestRepresentedPersonNoParty(t *testing.T) {
	tests := []sourcedCase{
		{"a minister representing the president", "", "Foreign Minister meets envoy", "2024-10-11",
			"Foreign Minister Kenji Sato of Japan met Minister Maria Vargas of Bolivia, representing President Luis Mamani of Bolivia, on Oct. 9.",
			[]string{"meeting 2024-10-09 Kenji Sato+Maria Vargas"}},
		{"a minister received on behalf of the president", "", "Minister receives envoy", "2024-10-11",
			"Minister Tom Hale of New Zealand received Ambassador Ana Ruiz of Chile on behalf of President Jorge Soto of New Zealand on Oct. 9.",
			[]string{"reception 2024-10-09 Ana Ruiz+Tom Hale"}},
	}
	runSourced(t, tests)
}

// TestLeaderAndSpouseStayTwo checks that a leader named by title and
// family name stays apart from a spouse of the same family name the text
// names in full with a consort's title, with invented names.
func TestLeaderAndSpouseStayTwo(t *testing.T) {
	tests := []sourcedCase{
		{"a president and the first lady named after him", "", "Remarks", "2023-10-04",
			"Prime Minister Tom Hale of New Zealand met President Hart of Chile in New York. First Lady Mary Hart also attended.",
			[]string{"meeting 2023-10-04 Hart+Tom Hale"}},
		{"the first lady named first", "", "Remarks", "2023-10-04",
			"First Lady Mary Hart of Chile welcomed guests. Prime Minister Tom Hale of New Zealand met President Hart of Chile in New York.",
			[]string{"meeting 2023-10-04 Hart+Tom Hale"}},
	}
	runSourced(t, tests)
}

// TestNameBeforeHeadlineCue checks that a name after an office's
// complement ends where the headline's contact begins, with invented
// names.
func TestNameBeforeHeadlineCue(t *testing.T) {
	tests := []sourcedCase{
		{"joint press statements after the name", "U.S. Department of Defense", "Secretary of Defense Anna Hart and Chilean Minister of Defense Juan Cruz Joint Press Statements, Santiago", "2025-03-28",
			"MODERATOR: We will now have statements.\n\nSECRETARY OF DEFENSE ANNA HART: Thank you very much. We are glad to be here in Santiago with Minister Cruz.",
			// (The guest "glad to be here in Santiago" is on a visit: tran29.go.)
			[]string{"meeting 2025-03-28 Anna Hart+Juan Cruz", "press_conference 2025-03-28 Anna Hart+Juan Cruz", "visit 2025-03 Anna Hart+Juan Cruz"}},
	}
	runSourced(t, tests)
}

// TestSummitNamedAfterItsSides checks that a summit named after its two
// sides takes the side no person of it stands for, with invented names.
func TestSummitNamedAfterItsSides(t *testing.T) {
	tests := []sourcedCase{
		{"one side's persons named", "Council of the EU", "EU-Chile: standing together", "2023-11-24",
			"The 5th EU-Chile summit took place in Santiago, Chile. Anna Berg, President of the European Council, and Eva Lind, President of the European Commission, represented the EU.",
			[]string{"summit 2023-11-24 Anna Berg+Chile+Eva Lind"}},
	}
	runSourced(t, tests)
}
