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
