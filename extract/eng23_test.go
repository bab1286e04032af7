package extract

import "testing"

// TestFormerPronounVisit23 checks that "the former's visit" (the first of
// two persons just named) is the visit under way, not a past one the word
// "former" would recall (names invented).
func TestFormerPronounVisit23(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the former's visit", "", "", "2026-05-11",
			"President Arlo Venn of Norland and President Bera Tisk of Souland co-chaired a joint press briefing in Tiskville on May 11 to share the outcomes of their talks, held as part of the former's ongoing state visit to Souland.",
			[]string{"press_conference 2026-05-11 Arlo Venn+Bera Tisk", "talks 2026-05-11 Arlo Venn+Bera Tisk", "visit 2026-05 Arlo Venn+Bera Tisk"}},
		{"the latter's visit", "", "", "2026-05-11",
			"President Arlo Venn of Norland and President Bera Tisk of Souland co-chaired a joint press briefing in Tiskville on May 11 to share the outcomes of their talks, held as part of the latter's ongoing state visit to Norland.",
			[]string{"press_conference 2026-05-11 Arlo Venn+Bera Tisk", "talks 2026-05-11 Arlo Venn+Bera Tisk", "visit 2026-05 Arlo Venn+Bera Tisk"}},
	})
}
