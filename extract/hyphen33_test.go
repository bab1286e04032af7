package extract

import "testing"

// TestHyphenMultiWordCountry33 checks that a headline's hyphened pair of
// countries whose name has several words ("Norway-New Zealand", "Papua New
// Guinea-Chile") names both: the words after or before the space finish
// the country's name (names invented).
func TestHyphenMultiWordCountry33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"second country of two words", "Prime Minister of Norway", "Norway-New Zealand Leaders' Meeting 2026", "2026-03-14",
			"1 The Prime Minister of New Zealand, the Right Honourable Tom Walker, welcomed the Prime Minister of Norway, the Honourable Lena Berg, to New Zealand.\n\n2 Prime Ministers affirmed the close bond between their countries.",
			[]string{"meeting 2026-03-14 Lena Berg+Tom Walker", "visit 2026-03 Lena Berg+Tom Walker"}},
		{"no names in the body", "Prime Minister of Norway", "Norway-New Zealand Leaders' Meeting", "2026-03-14",
			"Prime Ministers affirmed the close bond between their countries.",
			[]string{"meeting 2026-03-14 New Zealand+Norway"}},
		{"first country of three words", "Prime Minister of Chile", "Papua New Guinea-Chile Leaders' Meeting", "2026-03-14",
			"Prime Ministers affirmed the close bond between their countries.",
			[]string{"meeting 2026-03-14 Chile+Papua New Guinea"}},
		{"a country whose name has a hyphen", "Prime Minister of Chile", "Chile-Timor-Leste Leaders' Meeting", "2026-03-14",
			"Prime Ministers affirmed the close bond between their countries.",
			[]string{"meeting 2026-03-14 Chile+Timor-Leste"}},
		{"first country of two words", "Prime Minister of Chile", "United Kingdom-Chile Leaders' Meeting", "2026-03-14",
			"Prime Ministers affirmed the close bond between their countries.",
			[]string{"meeting 2026-03-14 Chile+United Kingdom"}},
		{"a country of one word stays one", "Prime Minister of Chile", "Chile-Peru Leaders' Meeting", "2026-03-14",
			"Prime Ministers affirmed the close bond between their countries.",
			[]string{"meeting 2026-03-14 Chile+Peru"}},
	})
}

// TestSummitInformalTalksTitle33 checks that a headline's "Summit Informal
// Talks" (a foreign ministry's word for the leaders' short talks on a
// gathering's margins) names talks, not a summit of the pair (names
// invented).
func TestSummitInformalTalksTitle33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"summit informal talks", "Ministry of Foreign Affairs of Japan", "Japan-Fiji Summit Informal Talks", "2026-11-19",
			"On November 19, Mr. Taro Okabe, Prime Minister of Japan, held short informal talks with Tom Walker, Prime Minister of Fiji, in Lima, Peru, during his visit to attend the APEC Economic Leaders' Meeting.",
			[]string{"talks 2026-11-19 Taro Okabe+Tom Walker"}},
	})
}

// TestBilateralMechanismTalks33 checks that the session of a standing
// bilateral mechanism named a joint commission, held and co-chaired by a
// minister of each side, is their talks, and that one
// only planned ("agreed to convene the next Joint Commission") is none held
// (names invented).
func TestBilateralMechanismTalks33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"commission held and co-chaired", "Department of Foreign Affairs", "Joint Communique", "2026-05-18",
			"The fifth Chile-Peru Joint Commission was held in Lima on 15 May 2026 and was co-chaired by Chilean Foreign Minister Tom Walker and Peruvian Foreign Minister Lena Berg.",
			[]string{"talks 2026-05-15 Lena Berg+Tom Walker"}},
		{"co-chaired the joint commission", "Ministry of Foreign Affairs", "Joint Communique", "2026-05-18",
			"Chilean Foreign Minister Tom Walker and Peruvian Foreign Minister Lena Berg co-chaired the fifth Chile-Peru Joint Commission in Lima on 15 May 2026.",
			[]string{"talks 2026-05-15 Lena Berg+Tom Walker"}},
		{"a session planned is none held", "Ministry of Foreign Affairs", "Joint Communique", "2026-05-18",
			"Chilean President Tom Walker and Peruvian President Lena Berg agreed to convene the next Joint Commission in Santiago next year.",
			nil},
	})
}
