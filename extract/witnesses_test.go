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

// TestTwoLeadersSigned25 checks that "The two leaders signed an agreement"
// after their summit is a signing of the two, as "Both governments signed"
// is one of their countries (names invented).
func TestTwoLeadersSigned25(t *testing.T) {
	const lead = "South Korean President Arlo Venn on May 29 held a summit in Seoul with President Bera Tisk of the United Arab Emirates.\n\n"
	runContacts(t, []sourcedCase{
		{"the two leaders", "Korea.net", "", "2026-05-30",
			lead + "The two leaders signed an agreement on trade.",
			[]string{"meeting 2026-05-29 Arlo Venn+Bera Tisk", "signing 2026-05-29 Arlo Venn+Bera Tisk"}},
		{"both leaders have", "Korea.net", "", "2026-05-30",
			lead + "Both leaders have signed an agreement on trade.",
			[]string{"meeting 2026-05-29 Arlo Venn+Bera Tisk", "signing 2026-05-29 Arlo Venn+Bera Tisk"}},
	})
}
