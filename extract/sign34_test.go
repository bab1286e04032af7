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
		{"the two countries' heads of state signed", "Kremlin", "Russian-Mongolian talks", "2021-05-12",
			lead + "The two countries' heads of state signed a joint declaration.",
			[]string{"signing 2021-05-12 Arlo Venn+Bera Tisk", "talks 2021-05-12 Arlo Venn+Bera Tisk"}},
		{"both countries' presidents present", "Kremlin", "Russian-Mongolian talks", "2021-05-12",
			lead + "Both countries' presidents were present at the ceremony of signing five documents.",
			[]string{"signing 2021-05-12 Arlo Venn+Bera Tisk", "talks 2021-05-12 Arlo Venn+Bera Tisk"}},
		{"a recalled count of meetings", "Kremlin", "Statement", "2021-05-12",
			"The two countries' leaders have met four times since 2019, the ministry said.",
			nil},
	})
}

// TestPactSigned34 checks that a "pact" (the press's word for an
// agreement) is a signed document as "agreement" is, that "the two" who
// met sign as "the two leaders" do, and that a pact recalled from an
// earlier year or a call to sign one adds no signing of the day (names
// invented).
func TestPactSigned34(t *testing.T) {
	const lead = "British Prime Minister Arlo Venn welcomed South Korean President Bera Tisk to 10 Downing Street for talks on the second day of his state visit.\n\n"
	runContacts(t, []sourcedCase{
		{"leaders signed a pact", "MITV", "President deepens ties", "2023-11-23",
			lead + "The two leaders signed a pact on technology.",
			[]string{"signing 2023-11-23 Arlo Venn+Bera Tisk", "talks 2023-11-23 Arlo Venn+Bera Tisk", "visit 2023-11 Arlo Venn+Bera Tisk"}},
		{"the two signed", "MITV", "President deepens ties", "2023-11-23",
			lead + "While meeting Venn, the two signed a new pact, the Downing Street Accord.",
			[]string{"signing 2023-11-23 Arlo Venn+Bera Tisk", "talks 2023-11-23 Arlo Venn+Bera Tisk", "visit 2023-11 Arlo Venn+Bera Tisk"}},
		{"a pact of an earlier year", "MITV", "President deepens ties", "2023-11-23",
			lead + "The two leaders recalled the pact the two signed in 2019.",
			[]string{"talks 2023-11-23 Arlo Venn+Bera Tisk", "visit 2023-11 Arlo Venn+Bera Tisk"}},
		{"a call to sign a pact", "MITV", "President deepens ties", "2023-11-23",
			lead + "The two leaders agreed to sign a pact on technology next year.",
			[]string{"talks 2023-11-23 Arlo Venn+Bera Tisk", "visit 2023-11 Arlo Venn+Bera Tisk"}},
	})
}

// TestSigningNarrator34 checks that the official who only tells of a
// signing ("Foreign Secretary A said the two sides signed …", "…, Chilean
// Foreign Minister B said") is no third party to it, and that a minister
// named as signing stays (names invented).
func TestSigningNarrator34(t *testing.T) {
	const lead = "Prime Minister Narendra Modi held talks with President of Chile Bera Tisk in New Delhi today.\n\n"
	runContacts(t, []sourcedCase{
		{"briefer said, before", "India TV", "Foreign Secretary's briefing", "2023-07-14",
			lead + "Foreign Secretary Arlo Venn said the two sides signed five agreements.",
			[]string{"signing 2023-07-14 Bera Tisk+Narendra Modi", "talks 2023-07-14 Bera Tisk+Narendra Modi"}},
		{"briefer said, after", "India TV", "Foreign Secretary's briefing", "2023-07-14",
			lead + "The two sides signed five agreements, Foreign Secretary Arlo Venn said.",
			[]string{"signing 2023-07-14 Bera Tisk+Narendra Modi", "talks 2023-07-14 Bera Tisk+Narendra Modi"}},
		{"the other side's minister said", "India TV", "Briefing", "2023-07-14",
			lead + "The two sides signed five agreements, Chilean Foreign Minister Lina Marr said.",
			[]string{"signing 2023-07-14 Bera Tisk+Narendra Modi", "talks 2023-07-14 Bera Tisk+Narendra Modi"}},
	})
}
