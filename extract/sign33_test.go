package extract

import "testing"

// TestWitnessedHandover33 checks that leaders who "witnessed the handover
// of" signed documents after their talks (also "the handover ceremony of",
// "the handing over of") attend a signing of the talks' day, as "witnessed
// the exchange of" does, and that a handover of goods or of an office is
// none (names invented).
func TestWitnessedHandover33(t *testing.T) {
	const lead = "Prime Minister Arlo Venn and Chilean President Bera Tisk held talks in Hanoi on October 13.\n\n"
	runContacts(t, []sourcedCase{
		{"handover ceremony of documents", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "Right after the talks, Prime Minister Arlo Venn and President Bera Tisk witnessed the handover ceremony of 10 cooperation documents between the two countries.",
			[]string{"signing 2024-10-13 Arlo Venn+Bera Tisk", "talks 2024-10-13 Arlo Venn+Bera Tisk"}},
		{"handover of documents", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "After the talks, the two leaders witnessed the handover of cooperation documents between ministries of the two countries.",
			[]string{"signing 2024-10-13 Arlo Venn+Bera Tisk", "talks 2024-10-13 Arlo Venn+Bera Tisk"}},
		{"handing over of agreements", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "The two leaders later witnessed the handing over of three agreements in the fields of trade and education.",
			[]string{"signing 2024-10-13 Arlo Venn+Bera Tisk", "talks 2024-10-13 Arlo Venn+Bera Tisk"}},
		{"handover of relief goods", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "The two leaders later witnessed the handover of 500 tonnes of relief goods to the flood victims.",
			[]string{"talks 2024-10-13 Arlo Venn+Bera Tisk"}},
		{"handover of an office", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "Earlier, Venn witnessed the handover of the chairmanship of the regional forum.",
			[]string{"talks 2024-10-13 Arlo Venn+Bera Tisk"}},
	})
}
