package extract

import "testing"

// TestTopicAhead31 checks that a contact held on a stated day keeps that
// day when what it was about lies ahead: "next week's summit" (a
// possessive dates the noun after it), "the summit next week" after the
// contact's own past day, or the topic's time before a contact framed by
// "during a"/"in a" ("discussed plans for the summit next week during a
// phone call with B on Tuesday"). Names invented.
func TestTopicAhead31(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"possessive after the contact's day", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru and Prime Minister Ana Ortiz of Chile held a phone call on Tuesday to discuss next week's summit.",
			[]string{"phone_call 2031-03-25 Ana Ortiz+Luis Vega"}},
		{"next month's visit after the contact's day", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru and Prime Minister Ana Ortiz of Chile talked by telephone on Tuesday to discuss next month's visit.",
			[]string{"phone_call 2031-03-25 Ana Ortiz+Luis Vega"}},
		{"a day between the contact and next week", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru and Prime Minister Ana Ortiz of Chile held a phone call on Tuesday to discuss the summit next week.",
			[]string{"phone_call 2031-03-25 Ana Ortiz+Luis Vega"}},
		{"topic before during a call", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru discussed plans for a summit on trade next week during a phone call with Prime Minister Ana Ortiz of Chile on Tuesday.",
			[]string{"phone_call 2031-03-25 Ana Ortiz+Luis Vega"}},
		{"upcoming topic in a call", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru and Prime Minister Ana Ortiz of Chile discussed an upcoming summit in a telephone conversation on Friday.",
			[]string{"phone_call 2031-03-21 Ana Ortiz+Luis Vega"}},
	})
}

// TestTopicAheadGuard31 checks that contacts that are themselves ahead
// stay ahead: a plan to meet next week, talks at next month's summit, a
// call on a day of next week, an auxiliary before "during a meeting", and
// a visit framed by "during a" under "will". Names invented.
func TestTopicAheadGuard31(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"agreed to meet next week", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru and Prime Minister Ana Ortiz of Chile agreed to meet next week.",
			nil},
		{"talks at next month's summit", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru and Prime Minister Ana Ortiz of Chile agreed to hold talks at next month's summit.",
			nil},
		{"a call on Tuesday next week", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru will hold a phone call with Prime Minister Ana Ortiz of Chile on Tuesday next week.",
			nil},
		{"will raise it during a meeting", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru will raise the issue during a meeting with Prime Minister Ana Ortiz of Chile.",
			nil},
		{"would raise it during a call", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru would raise trade during a call with Prime Minister Ana Ortiz of Chile.",
			nil},
		{"talks next week", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru holds talks with Prime Minister Ana Ortiz of Chile next week.",
			nil},
	})
}
