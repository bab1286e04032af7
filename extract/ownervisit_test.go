package extract

import "testing"

// TestDemonymOwnerVisit25 checks that "President B hailed the Vietnamese
// leader's visit" in a readout of the day's talks is the visit of the
// Vietnamese party to those talks, to B's country, also when the sentence
// dates an anniversary it coincides with; a visit so named last year, or a
// delegation's, is none (names invented).
func TestDemonymOwnerVisit25(t *testing.T) {
	const lead = "JAKARTA — General Secretary of the Communist Party of Việt Nam Arlo Venn and President of Indonesia Bera Tisk co-chaired a press meeting in Jakarta on Monday afternoon, revealing the outcomes of their talks.\n\n"
	talks := []string{"press_conference 2026-03-09 Arlo Venn+Bera Tisk", "talks 2026-03-09 Arlo Venn+Bera Tisk"}
	runContacts(t, []sourcedCase{
		{"the leader's visit", "Viet Nam News", "", "2026-03-11",
			lead + "President Tisk hailed the Vietnamese leader's visit, which comes at an important time.",
			append([]string{"visit 2026-03 Arlo Venn+Bera Tisk"}, talks...)},
		{"an anniversary's dates", "Viet Nam News", "", "2026-03-11",
			lead + "President Tisk hailed the Vietnamese leader's visit, which coincides with the 70th anniversary of the bilateral diplomatic ties (December 30, 1955–2025).",
			append([]string{"visit 2026-03 Arlo Venn+Bera Tisk"}, talks...)},
		{"last year", "Viet Nam News", "", "2026-03-11",
			lead + "President Tisk recalled the Vietnamese leader's visit last year.",
			talks},
		{"a delegation's", "Viet Nam News", "", "2026-03-11",
			lead + "President Tisk hailed the Vietnamese delegation's visit.",
			talks},
	})
}
