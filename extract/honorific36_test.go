package extract

import "testing"

// TestSpacedExcellency36 checks "H E", the Qatari agencies' spelling of
// "H.E." without its dots, before a name: an honorific, no part of the
// name. On main: "H E B" or "E B" as the person's name. Invented names,
// real countries.
func TestSpacedExcellency36(t *testing.T) {
	const src = "Ministry of Foreign Affairs"
	tests := []sourcedCase{
		{"H E after an office with its country", src, "Minister meets counterpart", "2024-03-14",
			"Minister of Foreign Affairs of Qatar H E Saad Al Kuwari met here on Friday with German Foreign Minister H E Klaus Brenner.",
			[]string{"meeting 2024-03-08 Klaus Brenner+Saad Al Kuwari"}},
		{"H E after a country", src, "Minister meets counterpart", "2024-03-14",
			"Minister of State Saad Al Kuwari of Qatar met Minister of Foreign Affairs of Lithuania H E Rimas Petraitis on Wednesday.",
			[]string{"meeting 2024-03-13 Rimas Petraitis+Saad Al Kuwari"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}
