package extract

import "testing"

// TestUnnamedGuestSides22 checks that remarks on a government's own site
// that address a guest only by title ("Mr President") and name one other
// country take that country and the site's own as the sides of the
// headline's occasion and of what "we" did together ("we have just
// signed"); a past visit recalled is no new one (names invented).
func TestUnnamedGuestSides22(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"state visit press conference", "Prime Minister of New Zealand", "Remarks at State Visit press conference: 4 March 2026", "2026-03-04",
			"Mr President – it's a pleasure to welcome you to Wellington.\n\nThis historic state visit is a moment to celebrate the bond between our two countries.\n\nNew Zealand and Chile stand together today.\n\nAnd now – with the new agreement that we have just signed this afternoon –\n\nWe are partners in science.",
			[]string{"meeting 2026-03-04 Chile+New Zealand", "press_conference 2026-03-04 Chile+New Zealand", "signing 2026-03-04 Chile+New Zealand", "visit 2026-03 Chile+New Zealand"}},
		{"state visit business event", "Prime Minister of New Zealand", "Remarks at the State Visit business event: 4 March 2026", "2026-03-04",
			"Mr President –\n\nLet me welcome you again for this State Visit.\n\nThe bond between our two countries is strong, and Chilean firms know it.",
			[]string{"visit 2026-03 Chile+New Zealand"}},
		{"state dinner", "Prime Minister of New Zealand", "Remarks at the State Dinner", "2026-03-04",
			"Mr President, distinguished guests: it is an honour to welcome you to Wellington this evening.\n\nNew Zealand and Chile have been friends for a century.",
			[]string{"reception 2026-03-04 Chile+New Zealand"}},
		{"two foreign countries: no guess", "Prime Minister of New Zealand", "Remarks at State Visit press conference: 4 March 2026", "2026-03-04",
			"Mr President – it's a pleasure to welcome you to Wellington.\n\nWe discussed Peru and Chile.",
			nil},
		{"no guest addressed", "Prime Minister of New Zealand", "Prime Minister's remarks at press conference: 4 March 2026", "2026-03-04",
			"Good afternoon. Today I can announce new support for farmers.\n\nChile is an important market.",
			nil},
	})
}

// TestOwnPressConference22 checks that a headline's press conference or
// doorstop on a government's own site that no other side attends is its
// leader's own when held abroad or about a contact with another country,
// and none at home on other business (names invented).
func TestOwnPressConference22(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"doorstop abroad", "Prime Minister of New Zealand", "Transcript - Doorstop Interview - Santiago", "2026-03-05",
			"PRIME MINISTER: Good afternoon everyone. It's been great to be here with our ambassador. Last night was a tremendous event for New Zealand.",
			[]string{"press_conference 2026-03-05 New Zealand"}},
		{"doorstop at home", "Prime Minister of New Zealand", "Transcript - Doorstop Interview - Auckland", "2026-03-05",
			"PRIME MINISTER: Good afternoon everyone. Today we are announcing new support for farmers.",
			nil},
		{"press occasion on a call", "Prime Minister of New Zealand", "Press Occasion on the Telephone Talk with President Tomas Berg of Chile", "2026-03-05",
			"On March 5, 2026, Prime Minister Lena Hart held a press occasion at the Prime Minister's Office.\nIn regard to her telephone talk with President Tomas Berg of Chile, the Prime Minister said, \"I have just held a talk with President Berg over the telephone.\"",
			[]string{"phone_call 2026-03-05 Lena Hart+Tomas Berg", "press_conference 2026-03-05 Lena Hart"}},
	})
}

// TestMonarchByTitle22 checks that a visitor who meets a monarch named by
// title alone ("their Majesties the King and Queen") meets the country
// visited, and that a monarch named is the person (names invented).
func TestMonarchByTitle22(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"their majesties during a visit", "", "", "2026-05-12",
			"President Tom Walker of Chile began a state visit to Norway on May 11. During the visit, President Walker met their Majesties the King and Queen.",
			[]string{"meeting 2026-05-12 Norway+Tom Walker", "visit 2026-05 Norway+Tom Walker"}},
		{"meeting with the Emperor in remarks", "", "Remarks by President Tom Walker of Chile at State Banquet", "2026-05-12",
			"PRESIDENT WALKER: Good evening. We are honored to return to Norway. This morning, I had the honor of meeting with the King, right here at the palace.",
			[]string{"meeting 2026-05-12 Norway+Tom Walker"}},
		{"a named king is the person", "", "", "2026-05-12",
			"President Tom Walker of Chile met King Olav Brandt of Norway in Oslo on Tuesday.",
			[]string{"meeting 2026-05-12 Olav Brandt+Tom Walker"}},
	})
}

// TestAttendPastPlace22 checks that a trip "to attend" a gathering after
// a place named at length ("visiting Hamburg, the Federal Republic of
// Germany, to attend") is no visit of the country, as after a short one.
func TestAttendPastPlace22(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a long place name", "", "", "2017-07-08",
			"On July 8, Prime Minister Tom Hale of Fiji, who was visiting Hamburg, the Federal Republic of Germany, to attend the G20 Hamburg Summit, held a meeting with President Luis Vega of Chile.",
			[]string{"meeting 2017-07-08 Luis Vega+Tom Hale"}},
		{"a visit of the country", "", "", "2017-07-08",
			"On July 8, Prime Minister Tom Hale of Fiji, who was visiting Santiago, the capital of Chile, held a meeting with President Luis Vega of Chile.",
			[]string{"meeting 2017-07-08 Luis Vega+Tom Hale", "visit 2017-07 Luis Vega+Tom Hale"}},
	})
}

// TestPresentAtTalks22 checks that those a ministry's overview names as
// "present" at the day's talks ("a one-on-one meeting … with A, Vice
// President, and B present") take part in them, and make no meeting of
// their own (names invented).
func TestPresentAtTalks22(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"present at the talks", "", "Fiji-Chile Summit Meeting", "2018-06-07",
			"On June 7, Prime Minister Tom Hale of Fiji held a Fiji-Chile Summit Meeting with President Luis Vega of Chile. (A one-on-one meeting commencing at around 12:10 p.m. with Vice President Ana Ruiz of Chile and Foreign Minister Sam Cole of Fiji present; and a working lunch.)",
			[]string{"meeting 2018-06-07 Ana Ruiz+Luis Vega+Sam Cole+Tom Hale"}},
		{"to present credentials", "", "", "2018-06-07",
			"On June 7, President Luis Vega of Chile met with Ambassador Sam Cole of Fiji to present his credentials.",
			[]string{"meeting 2018-06-07 Luis Vega+Sam Cole"}},
	})
}
