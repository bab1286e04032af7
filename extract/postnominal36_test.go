package extract

import "testing"

// TestPostNominalNames36 checks names closed by a post-nominal in capitals
// ("TD", "MP"): after a "Minister for X" office the post-nominal is no word
// of the office's complement, and after a family name that is also a given
// name it is no family name (names invented).
func TestPostNominalNames36(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"office with a complement, then the name and TD", "", "Minister meets President", "2021-03-10",
			"Minister for Trade Orla Brannock TD met with Velorian President Ivo Danko on 9 March.",
			[]string{"meeting 2021-03-09 Ivo Danko+Orla Brannock"}},
		{"office with a complement, then the name and MP", "", "Minister meets President", "2021-03-10",
			"Minister for Foreign Affairs Orla Brannock MP met with Velorian President Ivo Danko on 9 March.",
			[]string{"meeting 2021-03-09 Ivo Danko+Orla Brannock"}},
		{"a family name that is a given name, then TD", "", "Minister meets President", "2021-03-10",
			"Ciarán Thomas TD met with Velorian President Ivo Danko on 9 March.",
			[]string{"meeting 2021-03-09 Ciarán Thomas+Ivo Danko"}},
		{"guard: the name without a post-nominal", "", "Minister meets President", "2021-03-10",
			"Minister for Trade Orla Brannock met with Velorian President Ivo Danko on 9 March.",
			[]string{"meeting 2021-03-09 Ivo Danko+Orla Brannock"}},
	})
}
