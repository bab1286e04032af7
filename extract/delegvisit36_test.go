package extract

import "testing"

// TestDelegationVisits checks trips told through the delegation a person
// leads: "A delegation led by A visited C", "The delegation visited C, D
// and E" after "A led a delegation to the Pacific", "A led a delegation to
// C", the head before the members a delegation subject lists, and
// "reached C as part of a visit". Names invented.
func TestDelegationVisits(t *testing.T) {
	tests := []sourcedCase{
		{"a delegation led by A visited C", "", "", "2024-05-17",
			"A delegation led by Norwegian Foreign Minister Edda Strand visited Chile on Tuesday.",
			[]string{"visit 2024-05-14 Chile+Edda Strand"}},
		{"the delegation visited C, D and E, its leader told before", "", "", "2024-05-17",
			"Norwegian Foreign Minister Edda Strand, flanked by Trade Minister Ole Brekke, recently led a bipartisan delegation to South America.\nThe delegation visited Chile, Peru and Bolivia during the six-day tour.",
			[]string{"visit 2024-05 Bolivia+Edda Strand", "visit 2024-05 Chile+Edda Strand", "visit 2024-05 Edda Strand+Peru"}},
		{"the delegation also visited C after a reception", "", "", "2024-05-17",
			"Chile's President Tomas Ibarra received a Norwegian delegation led by Foreign Minister Edda Strand in Santiago on Tuesday. The delegation also visited Peru and Bolivia.",
			[]string{"reception 2024-05-14 Edda Strand+Tomas Ibarra", "visit 2024-05 Bolivia+Edda Strand", "visit 2024-05 Edda Strand+Peru"}},
		{"A led a delegation to C", "", "", "2023-07-14",
			"Norwegian Speaker Edda Strand led a parliamentary delegation to Mongolia on July 6-8.",
			[]string{"visit 2023-07 Edda Strand+Mongolia"}},
		{"A led a delegation to C and D: both stops held", "", "", "2023-09-08",
			"Between September 5-7, 2023, Norwegian Foreign Minister Edda Strand led an interagency delegation to Chile and Peru to advance joint efforts.",
			[]string{"visit 2023-09 Chile+Edda Strand", "visit 2023-09 Edda Strand+Peru"}},
		{"the head, not the members, of a delegation subject", "", "", "2017-02-01",
			"Senior Norwegian delegation headed by Norwegian Foreign Minister Edda Strand along with Mr. Ole Brekke, head of Political Affairs, and Mr. Lars Vik, head of Economic Affairs returned back home concluding three-day visit to Chile.",
			[]string{"visit 2017-02 Chile+Edda Strand"}},
		{"reached C as part of a visit", "", "", "2017-03-27",
			"Norwegian Speaker Edda Strand reached Santiago on Monday as part of a four-day visit.",
			[]string{"visit 2017-03 Chile+Edda Strand"}},
		{"a delegation arrived, its head named in the next sentence", "", "", "2024-01-15",
			"A high-level Norwegian delegation arrived in Chile on Sunday (Jan. 14) for a three-day trip.\nThe group is led by former Foreign Minister Edda Strand of Norway.",
			[]string{"visit 2024-01 Chile+Edda Strand"}},
		// Right on both: a delegation the subject meets, a delegation to a
		// body, the head as the verb's object.
		{"a delegation received: its later visit has no known head", "", "", "2024-05-17",
			"Foreign Minister Edda Strand of Norway met a delegation from Chile. The delegation visited Peru last week.",
			[]string{"reception 2024-05-17 Chile+Edda Strand"}},
		{"a host's welcome as the guest leads a delegation: no visit", "", "", "2024-05-19",
			"President Tomas Ibarra of Chile met with a delegation led by Edda Strand of Norway. Ibarra said: I would like to welcome Ms. Strand as she once again leads a delegation to Chile.",
			[]string{"reception 2024-05-19 Edda Strand+Tomas Ibarra"}},
		{"the leader not read as a person: no visit", "", "", "2023-09-08",
			"Between September 5-7, 2023, Norwegian Security Advisor Edda Strand led an interagency delegation to Chile and Peru to advance joint efforts.",
			nil},
		{"a delegation to a body: no visit", "", "", "2024-05-17",
			"Norwegian Foreign Minister Edda Strand led a delegation to the United Nations General Assembly on Tuesday.",
			nil},
	}
	runSourced(t, tests)
}
