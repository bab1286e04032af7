package extract

import "testing"

// TestPairSignersGroup35 checks that the two sides named as a group ("the
// heads of the two states", "the two counterparts", "the defence
// counterparts", "the two trade ministers") sign for the day's two sides,
// and that a count or "other" before the group's noun is no pair (names
// invented).
func TestPairSignersGroup35(t *testing.T) {
	const hosted = "Defence Minister Arlo Venn of Chile hosted Defence Minister Bera Tisk of Peru in Santiago on Thursday.\n\n"
	meeting := "meeting 2024-05-16 Arlo Venn+Bera Tisk"
	runContacts(t, []sourcedCase{
		{"the heads of the two states", "Agency", "Documents signed during the visit", "2024-05-16",
			"Following the negotiations during the state visit of President Arlo Venn of Chile to Peru, the heads of the two states signed the Joint Statement on friendship.",
			[]string{"signing 2024-05-16 Chile+Peru", "visit 2024-05 Arlo Venn+Peru"}},
		{"the two counterparts", "Agency", "Ministers meet", "2024-05-16",
			hosted + "The two counterparts signed a framework for defence cooperation.",
			[]string{"signing 2024-05-16 Arlo Venn+Bera Tisk", meeting}},
		{"the defence counterparts", "Agency", "Ministers meet", "2024-05-16",
			hosted + "The defence counterparts signed a framework for defence cooperation.",
			[]string{"signing 2024-05-16 Chile+Peru", meeting}},
		{"the two trade ministers", "Agency", "Ministers meet", "2024-05-16",
			"Trade Minister Arlo Venn of Chile hosted Trade Minister Bera Tisk of Peru in Santiago on Thursday.\n\nThe two trade ministers signed a memorandum on customs cooperation.",
			[]string{"signing 2024-05-16 Arlo Venn+Bera Tisk", meeting}},
		{"guard: the three leaders", "Agency", "Leaders meet", "2024-05-16",
			"Defence Minister Arlo Venn of Chile hosted Defence Minister Bera Tisk of Peru in Santiago on Thursday.\n\nThe three leaders signed a memorandum on customs cooperation.",
			[]string{meeting}},
		{"guard: the other ministers", "Agency", "Ministers meet", "2024-05-16",
			hosted + "The other counterparts signed a memorandum on customs cooperation.",
			[]string{meeting}},
	})
}
