package extract

import "testing"

// TestContactClosedBySigning checks a signing told as a noun that closes a
// contact taken up by an anaphor ("The talks concluded with the signing of
// a joint declaration", "were followed by the signing of", "The signing of
// four agreements followed the talks"): the two sides' signing, on the
// talks' day (a headline's signing too). A signing of no document, and one the talks only discussed,
// give none. Invented names.
func TestContactClosedBySigning(t *testing.T) {
	const talks = "President Bera Tisk of Chile and Prime Minister Arlo Venn of Peru held talks in Lima on Tuesday. "
	tests := []sourcedCase{
		{"the talks concluded with the signing of", "News Agency", "Chile and Peru deepen ties", "2023-05-11",
			talks + "The talks concluded with the signing of a joint declaration on strategic partnership.",
			[]string{"talks 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Chile+Peru"}},
		{"the talks were followed by the signing of", "News Agency", "Chile and Peru deepen ties", "2023-05-11",
			talks + "The talks were followed by the signing of four agreements.",
			[]string{"talks 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Chile+Peru"}},
		{"the signing of agreements followed the talks", "News Agency", "Chile and Peru deepen ties", "2023-05-11",
			talks + "The signing of five agreements followed the talks.",
			[]string{"talks 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Chile+Peru"}},
		{"the headline's signing takes the talks' day", "News Agency", "Chile, Peru sign agreements", "2023-05-11",
			talks + "The talks concluded with the signing of a joint declaration on strategic partnership.",
			[]string{"talks 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"the signing of no document", "News Agency", "Chile and Peru deepen ties", "2023-05-11",
			talks + "The talks ended with the signing of the guest book.",
			[]string{"talks 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"a signing the talks discussed", "News Agency", "Chile and Peru deepen ties", "2023-05-11",
			talks + "The talks focused on the signing of a trade agreement next year.",
			[]string{"talks 2023-05-09 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
