package extract

import "testing"

// TestSignersWitnessed35 checks that a signing told with its signers and
// those present at it ("signed by A and B in the presence of C and D",
// ", with the two presidents in attendance") has the two signers as its
// sides, as the references code a signing whose signers the text names;
// and that a signing in the presence of the two leaders with no signers
// named, or one with a single signer, keeps the leaders (names invented).
func TestSignersWitnessed35(t *testing.T) {
	const lead = "President Arlo Venn of Chile held talks with President Bera Tisk of Peru in Santiago on Tuesday.\n\n"
	talks := "talks 2024-05-14 Arlo Venn+Bera Tisk"
	runContacts(t, []sourcedCase{
		{"passive, named witnesses", "Agency", "Talks in Santiago", "2024-05-15",
			lead + "The agreement on visas was signed by Chilean Foreign Minister Lina Marr and Peruvian Foreign Minister Osk Pell in the presence of President Venn and President Tisk.",
			[]string{"signing 2024-05-14 Lina Marr+Osk Pell", talks}},
		{"active, the two presidents present", "Agency", "Talks in Santiago", "2024-05-15",
			lead + "Chilean Foreign Minister Lina Marr and Peruvian Foreign Minister Osk Pell signed the agreement on visas in the presence of the two presidents.",
			[]string{"signing 2024-05-14 Lina Marr+Osk Pell", talks}},
		{"with the two presidents in attendance", "Agency", "Talks in Santiago", "2024-05-15",
			lead + "The memorandum was signed by Chilean Foreign Minister Lina Marr and Peruvian Foreign Minister Osk Pell, with the two presidents in attendance.",
			[]string{"signing 2024-05-14 Lina Marr+Osk Pell", talks}},
		{"with named presidents in attendance", "Agency", "Talks in Santiago", "2024-05-15",
			lead + "The memorandum was signed by Chilean Foreign Minister Lina Marr and Peruvian Foreign Minister Osk Pell, with President Venn and President Tisk in attendance.",
			[]string{"signing 2024-05-14 Lina Marr+Osk Pell", talks}},
		{"the heads of state present, a counterpart", "Agency", "Talks in Santiago", "2024-05-15",
			lead + "The agreement was signed by Chilean Foreign Minister Lina Marr and his Peruvian counterpart Osk Pell in the presence of the two heads of state.",
			[]string{"signing 2024-05-14 Lina Marr+Osk Pell", talks}},
		{"guard: signers named in the next sentence", "Agency", "Chile, Peru sign two documents", "2024-05-15",
			"Chile and Peru signed two cooperation documents on Tuesday.\n\nThe two memorandums were signed by Chilean Foreign Minister Lina Marr, her Peruvian counterpart Osk Pell and Peruvian Health Minister Ida Sorn, with the presidents of the two countries, Arlo Venn and Bera Tisk, in attendance.",
			[]string{"signing 2024-05-14 Ida Sorn+Lina Marr+Osk Pell"}},
		{"which was witnessed by the two leaders", "Agency", "Chile and Peru seal deal", "2024-05-15",
			"Peruvian President Bera Tisk is in Chile.\n\nThe agreements were signed at the palace in Santiago by Chile's Foreign Minister, Mrs. Lina Marr, and the Peruvian Foreign Minister, Osk Pell, which was witnessed by the two leaders on Friday.",
			[]string{"signing 2024-05-10 Lina Marr+Osk Pell"}},
		{"guard: no signer named", "Agency", "Talks in Santiago", "2024-05-15",
			lead + "Several documents were signed in the presence of the two presidents.",
			[]string{"signing 2024-05-14 Arlo Venn+Bera Tisk", talks}},
		{"guard: the leaders sign, a minister present", "Agency", "Talks in Santiago", "2024-05-15",
			lead + "President Venn and President Tisk signed a joint declaration in the presence of Chilean Foreign Minister Lina Marr.",
			[]string{"signing 2024-05-14 Arlo Venn+Bera Tisk", talks}},
	})
}

// TestOneSidePresent35 checks that officials of one side named as present
// at the signing ceremony ("A, B and C were present at the MoU signing
// ceremony") do not replace the two countries that signed, and that two
// signers of two countries named after the countries still do (names
// invented).
func TestOneSidePresent35(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"the host's officials present", "Agency", "Chile, Peru sign 7 MoUs", "2024-05-16",
			"Chile and Peru signed seven memorandums of understanding on Thursday.\n\nAgriculture Minister Lina Marr, State Minister for Culture Osk Pell and Foreign Secretary Ida Sorn were present at the MoU signing ceremony.",
			[]string{"signing 2024-05-16 Chile+Peru"}},
		{"guard: the two signers named", "Agency", "Chile, Peru sign 7 MoUs", "2024-05-16",
			"Chile and Peru signed seven memorandums of understanding on Thursday.\n\nThe memorandums were signed by Chilean Foreign Minister Lina Marr and Peruvian Foreign Minister Osk Pell.",
			[]string{"signing 2024-05-16 Lina Marr+Osk Pell"}},
	})
}
