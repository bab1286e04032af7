package extract

import "testing"

// TestSigningBriefer36 checks a countries' signing told with a briefer's
// attribution after it: "Chile and Peru signed eight MoUs on Tuesday,
// Foreign Secretary A said" is the two countries' signing, the briefer no
// side (it was none, or the briefer paired with the day's visitor). A
// person named as signing stays a side. Invented names.
func TestSigningBriefer36(t *testing.T) {
	tests := []sourcedCase{
		{"countries signed, a secretary said", "News Agency", "", "2025-03-12",
			"Chile and Peru signed eight MoUs on Tuesday, Foreign Secretary Ola Lund said.",
			[]string{"signing 2025-03-11 Chile+Peru"}},
		{"signed with a partner, a secretary said", "News Agency", "", "2025-03-12",
			"Chile signed eight MoUs with Peru on Tuesday, Foreign Secretary Ola Lund said.",
			[]string{"signing 2025-03-11 Chile+Peru"}},
		{"after a visit's lead", "News Agency", "", "2025-03-12",
			"President Bera Tisk of Chile is on a state visit to Peru. Chile and Peru signed eight MoUs on Tuesday, Foreign Secretary Ola Lund said.",
			[]string{"signing 2025-03-11 Chile+Peru"}},
		{"a signer named stays", "News Agency", "", "2025-03-12",
			"Chile and Peru signed eight MoUs on Tuesday. The MoUs were signed by Foreign Minister Ola Lund of Chile and Foreign Minister Tor Dahl of Peru.",
			[]string{"signing 2025-03-11 Ola Lund+Tor Dahl"}},
	}
	runTyped(t, tests, "engagements", "signing")
}
