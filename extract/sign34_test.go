package extract

import "testing"

// TestCountriesLeaders34 checks that "both countries' leaders", "the two
// countries' leaders" (the Kremlin's and some agencies' wording for the
// pair of the day's talks) witness or sign as "both leaders" does, with a
// straight or a curly apostrophe, and that a recalled count of their
// meetings adds none (names invented).
func TestCountriesLeaders34(t *testing.T) {
	const lead = "Russian President Arlo Venn held talks with President of Mongolia Bera Tisk in the Kremlin.\n\n"
	runContacts(t, []sourcedCase{
		{"present at the ceremony of signing", "Kremlin", "Russian-Mongolian talks", "2021-05-12",
			lead + "Both countries' leaders were present at the ceremony of signing five interdepartmental documents.",
			[]string{"signing 2021-05-12 Arlo Venn+Bera Tisk", "talks 2021-05-12 Arlo Venn+Bera Tisk"}},
		{"attended, curly apostrophe", "Kremlin", "Russian-Mongolian talks", "2021-05-12",
			lead + "Both countries’ leaders attended the ceremony of signing five interdepartmental documents.",
			[]string{"signing 2021-05-12 Arlo Venn+Bera Tisk", "talks 2021-05-12 Arlo Venn+Bera Tisk"}},
		{"signed by the two countries' leaders", "Kremlin", "Russian-Mongolian talks", "2021-05-12",
			lead + "Afterwards, the two countries' leaders signed a joint declaration.",
			[]string{"signing 2021-05-12 Arlo Venn+Bera Tisk", "talks 2021-05-12 Arlo Venn+Bera Tisk"}},
		{"a recalled count of meetings", "Kremlin", "Statement", "2021-05-12",
			"The two countries' leaders have met four times since 2019, the ministry said.",
			nil},
	})
}
