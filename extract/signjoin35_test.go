package extract

import "testing"

// TestJoinedInSigning35 checks that "A joined B in signing a document" is
// a signing of A and B, and that "in signing" without a verb of joining
// ("interested in signing", "delays in signing") is none (names invented).
func TestJoinedInSigning35(t *testing.T) {
	const lead = "Defence Minister Arlo Venn of Chile met with Defence Minister Bera Tisk of Peru in Santiago on Thursday.\n\n"
	meeting := "meeting 2024-05-16 Arlo Venn+Bera Tisk"
	runContacts(t, []sourcedCase{
		{"joined the counterpart in signing", "Agency", "Ministers meet", "2024-05-16",
			lead + "At the conclusion of the meeting, Minister Venn joined Minister Tisk in signing a 10-year Roadmap for Defence Cooperation.",
			[]string{meeting, "signing 2024-05-16 Arlo Venn+Bera Tisk"}},
		{"guard: interested in signing", "Agency", "Ministers meet", "2024-05-16",
			lead + "Minister Tisk said Peru was interested in signing a Roadmap for Defence Cooperation.",
			[]string{meeting}},
		{"guard: delays in signing", "Agency", "Ministers meet", "2024-05-16",
			lead + "The ministers discussed the delays in signing the Agreement on Defence Cooperation.",
			[]string{meeting}},
	})
}
