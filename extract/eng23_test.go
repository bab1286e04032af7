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

// TestJourneyForContact23 checks that a contact that is the purpose of a
// journey ahead ("will also travel to Portcity for … a meeting with A") is
// no contact held on the day of the report, while one the journey carried
// out stays held (names invented).
func TestJourneyForContact23(t *testing.T) {
	const lead = "Prime Minister Bera Tisk of Souland paid a State Visit to Norland from 9 to 12 April 2026 at the invitation of Prime Minister Arlo Venn of Norland.\n\n"
	runSourced(t, []sourcedCase{
		{"a meeting the journey is for", "", "", "2026-04-10",
			lead + "Prime Minister Tisk will also travel to Portcity for a meeting with the Governor of Eastshire.",
			[]string{"visit 2026-04 Arlo Venn+Bera Tisk"}},
		{"after other engagements", "", "", "2026-04-10",
			lead + "Prime Minister Tisk will also travel to Portcity for engagements with business leaders and a meeting with the Governor of Eastshire.",
			[]string{"visit 2026-04 Arlo Venn+Bera Tisk"}},
		{"a journey made", "", "", "2026-04-10",
			lead + "Prime Minister Tisk travelled to Portcity on 10 April for a meeting with Governor Ola Brim of Eastshire.",
			[]string{"meeting 2026-04-10 Bera Tisk+Ola Brim", "visit 2026-04 Arlo Venn+Bera Tisk"}},
	})
}
