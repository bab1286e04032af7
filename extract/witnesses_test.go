package extract

import "testing"

// TestLeaderPairWitnesses25 checks that "The A-ian and B-ian PMs witnessed
// the signing", in a visit's wrap-up, is a signing the two leaders the text
// names witnessed, and that a pair of unnamed ministers stays the
// countries' signing (names invented).
func TestLeaderPairWitnesses25(t *testing.T) {
	const lead = "Singaporean Prime Minister Arlo Venn left Hanoi in the evening of March 26, concluding his two-day official visit to Vietnam at the invitation of Vietnamese Prime Minister Bera Tisk.\n\n"
	runContacts(t, []sourcedCase{
		{"PMs witnessed", "SGGP", "", "2026-03-27",
			lead + "The Vietnamese and Singaporean PMs witnessed the signing of several cooperation agreements.",
			[]string{"signing 2026-03-27 Arlo Venn+Bera Tisk", "visit 2026-03 Arlo Venn+Bera Tisk"}},
		{"leaders have witnessed", "SGGP", "", "2026-03-27",
			lead + "The Vietnamese and Singaporean leaders have witnessed the exchange of six documents.",
			[]string{"signing 2026-03-27 Arlo Venn+Bera Tisk", "visit 2026-03 Arlo Venn+Bera Tisk"}},
		{"ministers signed", "SGGP", "", "2026-03-27",
			lead + "The Vietnamese and Singaporean trade ministers signed an agreement on digital trade.",
			[]string{"signing 2026-03-27 Singapore+Viet Nam", "visit 2026-03 Arlo Venn+Bera Tisk"}},
	})
}
