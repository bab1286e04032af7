package extract

import "testing"

// TestProtocolVisitAttending27 checks that a visit named by its protocol
// ("on a three-day state visit to attend the Summit") is a visit of the
// host even though its visitor attends a gathering there; a bare trip to
// attend one is not (names invented).
func TestProtocolVisitAttending27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"state visit to attend", "President of Russia", "Meeting with Malaysian Prime Minister Kai Dorn", "2018-11-13",
			"Russian President Arlo Venn met with Malaysian Prime Minister Kai Dorn as part of his visit to Singapore.\n\nPresident Venn arrived in the Republic of Singapore on a three-day state visit to attend the Russia – ASEAN Summit and the East Asia Summit.",
			[]string{"meeting 2018-11-13 Arlo Venn+Kai Dorn", "visit 2018-11 Arlo Venn+Singapore"}},
		{"a visit without its kind, to attend", "President of Russia", "Meeting with Malaysian Prime Minister Kai Dorn", "2018-11-13",
			"Russian President Arlo Venn met with Malaysian Prime Minister Kai Dorn as part of his visit to Singapore.\n\nPresident Venn arrived in the Republic of Singapore on a three-day visit to attend the Russia – ASEAN Summit and the East Asia Summit.",
			[]string{"meeting 2018-11-13 Arlo Venn+Kai Dorn"}},
	})
}

// TestVisitByManner27 checks that "by" before a gerund after a visit is
// how the visit went ("began his official working visit to C by meeting
// with business leaders"), not another visitor ("the visit to C by A"),
// which stays another's (names invented).
func TestVisitByManner27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"began the visit by meeting", "Government of Chile", "President Venn's first day in Mexico", "2022-11-24",
			"Chile's President, Arlo Venn, began the first day of his official working visit to the United Mexican States by meeting with businesspersons from the country.",
			[]string{"visit 2022-11 Arlo Venn+Mexico"}},
		{"began the visit by laying a wreath", "Government of Chile", "President Venn's first day in Mexico", "2022-11-24",
			"Chile's President, Arlo Venn, began his official working visit to Mexico by laying a wreath at the Altar of the Nation.",
			[]string{"visit 2022-11 Arlo Venn+Mexico"}},
	})
}

// TestGladToVisit27 checks that "expressed his pleasure to visit C" or
// "was delighted to visit C" is the visit being made, as dev50, dev54,
// dev56 and dev58 annotate every such one, while "would be pleased to
// visit C next year" stays ahead (names invented).
func TestGladToVisit27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"pleasure to visit", "Vietnam News Agency", "News", "2023-07-18",
			"Foreign Minister Arlo Venn of Viet Nam expressed his pleasure to visit Singapore for the first time in his capacity as Minister of Foreign Affairs. He met Foreign Minister Kai Dorn of Singapore.",
			[]string{"meeting 2023-07-18 Arlo Venn+Kai Dorn", "visit 2023-07 Arlo Venn+Kai Dorn"}},
		{"would be pleased to visit", "Vietnam News Agency", "News", "2023-07-18",
			"Foreign Minister Arlo Venn of Viet Nam said he would be pleased to visit Singapore next year. He met Foreign Minister Kai Dorn of Singapore in Hanoi.",
			[]string{"meeting 2023-07-18 Arlo Venn+Kai Dorn"}},
	})
}
