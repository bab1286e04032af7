package extract

import "testing"

// TestCoordinatedAhead31 checks that a contact told by a verb coordinated
// with an announced one ("will hold talks with B and witness the signing
// of …", "is to have talks with B and witness …") is ahead too, not held
// on the day of publication; and that a coordinated verb in the past, or
// a noun phrase after "and", keeps its own tense (names invented).
func TestCoordinatedAhead31(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"will … and witness the signing", "News Agency", "", "2031-03-20",
			"Prime Minister Luis Vega of Peru will hold talks with Prime Minister Ana Ortiz of Chile and witness the signing of several agreements.",
			nil},
		{"is to … and witness the signing", "News Agency", "", "2031-03-20",
			"Prime Minister Luis Vega of Peru is to have talks with Prime Minister Ana Ortiz of Chile and witness the signing of documents between the countries.",
			nil},
		// (right on main too: the cue reaches it)
		{"would … and attend the signing", "News Agency", "", "2031-03-20",
			"Prime Minister Luis Vega of Peru would also lead delegation-level talks with Prime Minister Ana Ortiz of Chile and attend the signing of several memorandums.",
			nil},
		{"a past coordinated verb", "News Agency", "", "2031-03-20",
			"Prime Minister Luis Vega of Peru held talks with Prime Minister Ana Ortiz of Chile on 19 March and witnessed the signing of several agreements.",
			[]string{"signing 2031-03-19 Ana Ortiz+Luis Vega", "talks 2031-03-19 Ana Ortiz+Luis Vega"}},
	})
}

// TestGoingTo31 checks that a spoken schedule's "going to" + verb puts
// the contact it announces ahead ("we're going to have a series of
// bilateral meetings"), and that an intention of the past ("was going to
// meet") does not (names invented).
func TestGoingTo31(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"we're going to have meetings", "Office of the Press Secretary", "", "2031-09-19",
			"So we're going to start tomorrow morning with an arrival ceremony. Then we're going to have a series of bilateral meetings between President Luis Vega and Prime Minister Ana Ortiz.",
			nil},
		// (right on main too: "to" next to its verb)
		{"is going to hold talks", "News Agency", "", "2031-09-19",
			"President Luis Vega of Peru is going to hold talks with Prime Minister Ana Ortiz of Chile.",
			nil},
	})
}

// TestVisitDayProgramme31 checks that a held visit takes the day its
// sentence gives when that day opens the sentence and the other contacts
// are the day's programme in a ", where" clause ("On Friday, July 26, A
// made an official visit to C, where he paid a courtesy call …"), or
// when the day is a hosting's whose purpose the visit is ("hosted A in C
// on March 10 for an Official Visit and a State Dinner"); an arrival, a
// programme without "where", or a hosting for talks during the visit
// keep the visit's month (names invented).
func TestVisitDayProgramme31(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a programme in a where clause", "Prime Minister's Office", "", "2031-07-26",
			"On Friday, July 26, Prime Minister Luis Vega of Peru made an official visit to Chile, where he paid a courtesy call on President Ana Ortiz, held a summit meeting with Prime Minister Marta Rios, and attended a luncheon hosted by Prime Minister Marta Rios.",
			[]string{"meeting 2031-07-26 Luis Vega+Marta Rios", "reception 2031-07-26 Ana Ortiz+Luis Vega", "visit 2031-07-26 Chile+Luis Vega"}},
		{"hosted on a day for an official visit", "Office of the Press Secretary", "", "2031-03-10",
			"President Ana Ortiz hosted Prime Minister Luis Vega of Peru in Santiago on March 10 for an Official Visit and a State Dinner.",
			[]string{"meeting 2031-03-10 Ana Ortiz+Luis Vega", "visit 2031-03-10 Chile+Luis Vega"}},
		{"a programme without where", "Prime Minister's Office", "", "2031-07-26",
			"On Friday, July 26, Prime Minister Luis Vega of Peru made an official visit to Chile and paid a courtesy call on President Ana Ortiz.",
			[]string{"reception 2031-07-26 Ana Ortiz+Luis Vega", "visit 2031-07 Chile+Luis Vega"}},
		{"an arrival", "Prime Minister's Office", "", "2031-07-26",
			"On Friday, July 26, Prime Minister Luis Vega of Peru arrived in Chile for an official visit, where he paid a courtesy call on President Ana Ortiz.",
			[]string{"reception 2031-07-26 Ana Ortiz+Luis Vega", "visit 2031-07 Chile+Luis Vega"}},
	})
}

// TestAheadTakenUp31 checks that "Following the meeting, …" after a
// meeting announced in the sentence before takes that meeting up, rather
// than making a held one of the day of publication; a meeting held before
// is still taken up as held (names invented).
func TestAheadTakenUp31(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a schedule's meeting ahead", "Office of the Press Secretary", "", "2031-11-17",
			"On Wednesday morning, President Luis Vega and Prime Minister Ana Ortiz of Chile will hold a bilateral meeting in the Palace Hotel. Following the meeting, the President and Prime Minister Ortiz participate in a working lunch.",
			nil},
		{"a meeting held", "Office of the Press Secretary", "", "2031-11-17",
			"On Monday morning, President Luis Vega and Prime Minister Ana Ortiz of Chile held a bilateral meeting in the Palace Hotel. Following the meeting, the two leaders spoke to the press.",
			[]string{"meeting 2031-11-17 Ana Ortiz+Luis Vega", "press_conference 2031-11-17 Ana Ortiz+Luis Vega"}},
	})
}

// TestGoingToTopic31 checks that "going to" + a verb of speech makes the
// contact a topic, not a plan: the meeting held stays held (names
// invented; right on main, a guard of the verbs in going_to_verbs).
func TestGoingToTopic31(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"going to brief on the meeting", "News Agency", "", "2031-09-19",
			"President Luis Vega of Peru is going to brief reporters on his meeting with Prime Minister Ana Ortiz of Chile on Monday.",
			[]string{"meeting 2031-09-15 Ana Ortiz+Luis Vega"}},
	})
}
