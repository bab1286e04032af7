package extract

import "testing"

// TestTripSentenceDay33 checks that a visit read from its trip word takes
// the one day its own sentence gives ("On Tuesday, July 22nd, A visited C
// and had a summit meeting with B", "an unannounced visit Thursday to
// C"), as a visit read from a contact phrase does; a stay under way ("who
// is visiting"), a visit "today" in words spoken, an arrival or a range
// keep the month (names invented).
func TestTripSentenceDay33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"visited and had a summit meeting", "Embassy", "", "2031-07-24",
			"On Tuesday, July 22nd, Prime Minister Luis Vega of Peru visited Santiago and had an hour-long summit meeting with Prime Minister Marta Rios of Chile.",
			[]string{"meeting 2031-07-22 Luis Vega+Marta Rios", "visit 2031-07-22 Luis Vega+Marta Rios"}},
		{"a weekday inside the visit phrase", "News Agency", "", "2031-09-19",
			"President Ana Ortiz of Chile said that she and Foreign Minister Luis Vega of Peru, in an unannounced visit Thursday to Santiago, talked about trade.",
			[]string{"visit 2031-09-18 Chile+Luis Vega"}},
		{"a stay under way", "Ministry of Foreign Affairs", "", "2031-09-27",
			"On September 27, Prime Minister Marta Rios of Chile held a summit meeting with Prime Minister Luis Vega of Peru, who is visiting Chile to attend a state funeral.",
			[]string{"meeting 2031-09-27 Luis Vega+Marta Rios", "visit 2031-09 Luis Vega+Marta Rios"}},
		{"a range of days", "", "", "2031-08-01",
			"Prime Minister Luis Vega of Peru visited Chile from 12 to 14 July.",
			[]string{"visit 2031-07 Chile+Luis Vega"}},
	})
}

// TestOneDayStays33 checks that a text telling a stay of one day ("a
// day-long visit", "a busy one-day visit") dates the visit by that day,
// though its sentence tells an arrival or a start; a tour of several
// hosts, or a visit whose length is not told, keeps the month (names
// invented).
func TestOneDayStays33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"embarked on a day-long visit", "News Agency", "", "2031-09-13",
			"Foreign Minister Luis Vega of Peru on Saturday embarked on a day-long visit to Santiago and met with President Ana Ortiz of Chile.",
			[]string{"reception 2031-09-13 Ana Ortiz+Luis Vega", "visit 2031-09-13 Ana Ortiz+Luis Vega"}},
		{"arrived to start a one-day visit", "Embassy", "", "2031-05-06",
			"Early in the morning of 5 May, Prime Minister Luis Vega of Peru arrived in Santiago to start a busy one-day bilateral visit to Chile.",
			[]string{"visit 2031-05-05 Chile+Luis Vega"}},
		{"an arrival, no length told", "Embassy", "", "2031-05-06",
			"Early in the morning of 5 May, Prime Minister Luis Vega of Peru arrived in Santiago to start a bilateral visit to Chile.",
			[]string{"visit 2031-05 Chile+Luis Vega"}},
	})
}
