package extract

import "testing"

// TestCallNoun34 checks the noun form of a courtesy call with no verb of its
// own ("include a call on", "During his call on"): a reception of the caller
// and the one called on, one per host of a list; a call at a time and an
// appeal renewed are none (names invented).
func TestCallNoun34(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"engagements include a call on a leader", "", "Visit of the President of Veloria", "2022-06-14",
			"Engagements of President Arlen Dovic of Veloria include a call on the President of Kestria, H.E. Tomas Relk, followed by a banquet hosted in his honour.",
			[]string{"reception 2022-06-14 Arlen Dovic+Tomas Relk"}},
		{"during his call on a leader", "", "Foreign Minister in Kestria", "2022-06-14",
			"During his call on President Tomas Relk of Kestria on Monday, Velorian Foreign Minister Kael Moran conveyed greetings.",
			[]string{"reception 2022-06-13 Kael Moran+Tomas Relk"}},
		{"a call on two hosts is a call on each", "", "Foreign Minister in Kestria", "2022-06-14",
			"The programme of Velorian Foreign Minister Kael Moran includes a call on President Tomas Relk and Prime Minister Ivo Brannet of Kestria.",
			[]string{"reception 2022-06-14 Ivo Brannet+Kael Moran", "reception 2022-06-14 Kael Moran+Tomas Relk"}},
		{"in a visit's account the caller is the one named before the phrase, not the host", "", "Visit of the President of Veloria", "2022-06-14",
			"At the invitation of the Prime Minister of Kestria, H.E. Shri Ivo Brannet, the President of Veloria, H.E. Arlen Dovic, paid a State Visit to Kestria from 12 to 14 June 2022. Engagements of President Dovic include a call on the President of Kestria, H.E. Smt. Tomas Relk.",
			[]string{"reception 2022-06-14 Arlen Dovic+Tomas Relk", "visit 2022-06 Arlen Dovic+Ivo Brannet"}},
		{"guard: an appeal renewed", "", "Statement on the border", "2022-06-14",
			"Velorian Foreign Minister Kael Moran renewed his call on President Tomas Relk of Kestria to withdraw the troops.",
			nil},
		{"guard: an appeal issued", "", "Statement on the border", "2022-06-14",
			"Velorian Foreign Minister Kael Moran issued a call on President Tomas Relk of Kestria to release the prisoners.",
			nil},
		{"guard: a call at a time", "", "Ministers discuss trade", "2022-06-14",
			"During a call on Monday, Velorian Foreign Minister Kael Moran and President Tomas Relk of Kestria discussed trade.",
			nil},
	})
}
