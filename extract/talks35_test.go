package extract

import "testing"

// TestFormatRounds35 checks that a round of a standing bilateral format
// (a strategic dialogue, a joint or binational commission, foreign office
// or political consultations) told by "met … for the …", "co-chaired the
// … meeting of the …" or "held their … Joint Commission meeting" is talks
// of the two who met or chaired, not a meeting; and that "met" for no
// format, or a format's mechanism, stays as it was (names invented).
func TestFormatRounds35(t *testing.T) {
	const src, day = "Pacific News Agency", "2031-03-12"
	talks := []string{"talks 2031-03-10 Arlo Venn+Bera Tisk"}
	runContacts(t, []sourcedCase{
		{"met for the strategic dialogue", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk met in Santiago on March 10 for the Norway-Chile Strategic Dialogue.", talks},
		{"met for the ministerial meeting of the strategic dialogue", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk, accompanied by high-level delegations, met in Santiago on March 10, 2031, for the ministerial meeting of the Norway-Chile Strategic Dialogue.", talks},
		{"met for a round of political consultations", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk met in Santiago on March 10 for the fifth round of the Norway-Chile Political Consultations.", talks},
		{"co-chaired the meeting of the joint commission", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk co-chaired the fifth meeting of the Norway-Chile Joint Commission in Santiago on March 10.", talks},
		{"co-chaired the session of the binational commission", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk co-chaired the fifth session of the Norway-Chile Binational Commission in Santiago on March 10.", talks},
		{"held their joint commission meeting", src, "", day,
			"Norway and Chile held their first joint commission meeting on Monday and agreed to add new momentum to their relations.\n\nThe meeting was co-chaired by Norwegian Foreign Minister Arlo Venn and his Chilean counterpart Bera Tisk.", talks},
		{"held foreign office consultations, co-chairs after", src, "", day,
			"Norway and Chile held the seventh round of Foreign Office Consultations on Monday in Santiago.\n\nThe consultations were co-chaired by Norwegian State Secretary Arlo Venn and Chile's Deputy Minister for Foreign Affairs, Bera Tisk.", talks},
		{"met for a dinner: no talks", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk met in Santiago on March 10 for a working dinner.",
			[]string{"meeting 2031-03-10 Arlo Venn+Bera Tisk"}},
		{"met, the dialogue mechanism praised: a meeting still", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk met in Santiago on March 10 and praised the Strategic Dialogue mechanism.",
			[]string{"meeting 2031-03-10 Arlo Venn+Bera Tisk"}},
	})
}
