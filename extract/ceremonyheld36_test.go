package extract

import "testing"

// TestSigningCeremonyHeld36 checks a signing ceremony told as held, with no
// signers named, after the day's contact: "A signing ceremony of MOUs was
// held afterwards" (summit outlines), "After the meeting, a signing
// ceremony was held", "The signing ceremony of bilateral documents took
// place upon the completion of the talks": the contact's two countries
// signed. A ceremony that will be held, or one held inside a clause
// ("the guests left before the signing ceremony was held"), is none.
// Invented names.
func TestSigningCeremonyHeld36(t *testing.T) {
	meet := "On Tuesday, Prime Minister Arlo Venn of Peru held a meeting with President Bera Tisk of Chile in Santiago. "
	tests := []sourcedCase{
		{"a signing ceremony of MOUs was held afterwards", "Ministry", "", "2023-05-11",
			meet + "A signing ceremony of memorandums of understanding (MOUs) was held afterwards.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Chile+Peru"}},
		{"after an opener", "Ministry", "", "2023-05-11",
			meet + "After the meeting, a signing ceremony was held.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Chile+Peru"}},
		{"took place upon the completion of the talks", "Ministry", "", "2023-05-11",
			meet + "The signing ceremony of bilateral documents took place upon the completion of the talks.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Chile+Peru"}},
		{"a ceremony to come is none", "Ministry", "", "2023-05-11",
			meet + "A signing ceremony will be held in June.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"a ceremony inside a clause is none", "Ministry", "", "2023-05-11",
			meet + "Reporters left before the signing ceremony was held.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
