package extract

import "testing"

// TestOneDayVisit29 checks that a held visit the text dates by one day,
// which no length, span, arrival, end or frame makes a stay of several
// days, is exported with that day ("welcomed A to C House on 3 October",
// "On 7 February, A paid an official visit to C", "made an unannounced
// visit on Monday to C"), and that a visit of several days, or one whose
// day is another act's, keeps its month (names invented).
func TestOneDayVisit29(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"welcomed to a building on a day", "Department of Foreign Affairs", "", "2031-10-03",
			"Foreign Minister Ana Ortiz of Chile welcomed Foreign Minister Luis Vega of Peru to Tarn House on 3rd October 2031. The visit underscored the ambition of both Governments.",
			[]string{"visit 2031-10-03 Ana Ortiz+Luis Vega"}},
		{"an opening day, past a bullet", "Ministry of Foreign Affairs", "", "2031-02-08",
			"• On 7 February 2031, Luis Vega, Prime Minister of Peru, and his spouse, paid an official visit to Chile as Guest of the Government.",
			[]string{"visit 2031-02-07 Chile+Luis Vega"}},
		{"a visit on a weekday to meet the host", "Wire", "", "2031-02-17",
			"Peruvian President Luis Vega made an unannounced visit on Monday to Chile to meet with President Ana Ortiz.",
			[]string{"visit 2031-02-17 Chile+Luis Vega"}},
		{"an arrival for three days", "Wire", "", "2031-02-17",
			"Peruvian President Luis Vega arrived in Chile on Monday for a three-day state visit.",
			[]string{"visit 2031-02 Chile+Luis Vega"}},
		{"a span of days", "Wire", "", "2031-04-16",
			"Peruvian President Luis Vega paid a state visit to Chile from 14 to 16 April.",
			[]string{"visit 2031-04 Chile+Luis Vega"}},
		{"the day of talks held as part of a visit", "Wire", "", "2031-04-26",
			"Peruvian Foreign Minister Luis Vega held talks with Chile's President Ana Ortiz on Friday as part of his visit to Chile.",
			[]string{"talks 2031-04-25 Ana Ortiz+Luis Vega", "visit 2031-04 Ana Ortiz+Luis Vega"}},
		{"a visit concluded on a day", "Wire", "", "2031-03-27",
			"Peruvian Prime Minister Luis Vega concluded his official visit to Chile on March 26.",
			[]string{"visit 2031-03 Chile+Luis Vega"}},
	})
}

// TestHeadlineDayOfWeek29 checks that a contact the body dates "this
// week" takes the one day its headline gives within that week ("PM
// meeting with A: 24 October 2031") (names invented).
func TestHeadlineDayOfWeek29(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the headline's day", "Prime Minister's Office", "PM meeting with Prime Minister Vega of Peru: 24 October 2031", "2031-10-25",
			"Prime Minister Ana Ortiz of Chile met Prime Minister Luis Vega of Peru at the regional summit this week.",
			[]string{"meeting 2031-10-24 Ana Ortiz+Luis Vega"}},
	})
}

// TestVisitDayOfALongerStay29 checks that a visit told of one day keeps
// its month when the same text reports a contact of the same sides dated
// only by its later publication: the stay covers both days (names
// invented).
func TestVisitDayOfALongerStay29(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"yesterday's visit, today's meeting", "The White House", "Remarks by President Luis Vega and President Ana Ortiz of Chile Before Bilateral Meeting", "2031-03-26",
			"PRESIDENT ORTIZ: Excellency Mr. President, we are grateful for your visit to Valparaiso yesterday.",
			[]string{"meeting 2031-03-26 Ana Ortiz+Luis Vega", "visit 2031-03 Ana Ortiz+Luis Vega"}},
	})
}
