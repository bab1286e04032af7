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
		{"co-chaired the meeting of the joint commission on cooperation", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk co-chaired the fifth meeting of the Joint Commission on Bilateral Cooperation (JCBC) on 10 March 2031 in Santiago.", talks},
		{"held the meeting of the joint commission", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk held the fifth meeting of the Joint Commission on 10 March 2031 in Santiago.", talks},
		{"the meeting of the commission's mechanism: a meeting still", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk held the fifth meeting of the Joint Commission mechanism on 10 March 2031 in Santiago.",
			[]string{"meeting 2031-03-10 Arlo Venn+Bera Tisk"}},
		{"co-chaired the session of the binational commission", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk co-chaired the fifth session of the Norway-Chile Binational Commission in Santiago on March 10.", talks},
		{"held their joint commission meeting", src, "", day,
			"Norway and Chile held their first joint commission meeting on Monday and agreed to add new momentum to their relations.\n\nThe meeting was co-chaired by Norwegian Foreign Minister Arlo Venn and his Chilean counterpart Bera Tisk.", talks},
		{"held foreign office consultations, co-chairs after", src, "", day,
			"Norway and Chile held the seventh round of Foreign Office Consultations on Monday in Santiago.\n\nThe consultations were co-chaired by Norwegian State Secretary Arlo Venn and Chile's Deputy Minister for Foreign Affairs, Bera Tisk.", talks},
		{"met as part of ongoing consultations: a meeting still", src, "", day,
			"Norwegian Foreign Minister Arlo Venn met Chilean Foreign Minister Bera Tisk in Santiago on March 10 as part of our ongoing bilateral consultations.",
			[]string{"meeting 2031-03-10 Arlo Venn+Bera Tisk"}},
		{"met in a city with a minister to continue the consultations: a meeting still", src, "", day,
			"Today, Norwegian Foreign Minister Arlo Venn met in Santiago with Chilean Foreign Minister Bera Tisk to continue the close bilateral consultations between the two governments.",
			[]string{"meeting 2031-03-12 Arlo Venn+Bera Tisk"}},
		{"met for a dinner: no talks", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk met in Santiago on March 10 for a working dinner.",
			[]string{"meeting 2031-03-10 Arlo Venn+Bera Tisk"}},
		{"met, the dialogue mechanism praised: a meeting still", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk met in Santiago on March 10 and praised the Strategic Dialogue mechanism.",
			[]string{"meeting 2031-03-10 Arlo Venn+Bera Tisk"}},
	})
}

// TestRoundChairs35 checks that a round of a standing format told between
// two countries takes as its sides the co-chairs or delegation heads a
// sentence after names ("A and B co-chaired the discussions", "A led the
// delegation whilst the other side was led by B", "under the leadership
// of A and B"), not the leaders the text names first, who set the dialogue
// up; that setting a dialogue up is no round of it; and that a sentence
// naming more persons than the two gives no sides (names invented).
func TestRoundChairs35(t *testing.T) {
	const src, day = "Pacific News Agency", "2031-03-12"
	const lead = "Norway and Chile held the inaugural Strategic Dialogue in Santiago on March 10. Norwegian President Ola Brim and Chilean President Kai Dorn welcomed the dialogue.\n\n"
	chairs := []string{"talks 2031-03-10 Arlo Venn+Bera Tisk"}
	runContacts(t, []sourcedCase{
		{"co-chaired the discussions", src, "", day,
			lead + "Norwegian State Secretary Arlo Venn and Chilean Vice Minister Bera Tisk co-chaired the two-day discussions.", chairs},
		{"the discussions were co-chaired by", src, "", day,
			lead + "The discussions were co-chaired by Norwegian State Secretary Arlo Venn and Chilean Vice Minister Bera Tisk.", chairs},
		{"delegations led", src, "", day,
			"Norway and Chile held the first round of political consultations in Santiago on March 10. Norwegian President Ola Brim and Chilean President Kai Dorn welcomed the consultations.\n\nNorwegian State Secretary Arlo Venn led the Norwegian delegation whilst the Chilean side was led by Vice Minister Bera Tisk.", chairs},
		{"under the leadership of", src, "", day,
			"Norway and Chile held the inaugural Strategic Dialogue on Energy in Santiago on March 10. Norwegian President Ola Brim and Chilean President Kai Dorn welcomed the dialogue.\n\nThe meeting under the leadership of Norwegian State Secretary Arlo Venn and Chilean Vice Minister Bera Tisk highlighted the strength of the partnership.", chairs},
		{"leaders established the dialogue: no round of theirs", src, "", day,
			"Norwegian President Ola Brim and Chilean President Kai Dorn established the Norway-Chile Strategic Dialogue in Lima on August 27, 2030.", nil},
		{"countries established a joint commission: no round", src, "", day,
			"Norway and Chile on Monday established a joint commission to review all bilateral matters.", nil},
		{"three persons in the lead sentence: the leaders stay", src, "", day,
			lead + "Norwegian State Secretary Arlo Venn, Chilean Vice Minister Bera Tisk and Norwegian Ambassador Lina Marr co-chaired the two-day discussions.",
			[]string{"talks 2031-03-10 Kai Dorn+Ola Brim"}},
	})
}

// TestRemoteRounds35 checks that a format's round the text tells both as
// consultations and as a videoconference of the same two is one video
// call, and that talks held in person beside another pair's video call
// stay (names invented).
func TestRemoteRounds35(t *testing.T) {
	const src, day = "Pacific News Agency", "2031-03-12"
	runContacts(t, []sourcedCase{
		{"consultations held by videoconference", src, "", day,
			"The ninth political consultations between the foreign ministries of Norway and Chile were held in the format of a videoconference on March 10.\n\nBilateral issues were discussed at the political consultations with the participation of Norwegian State Secretary Arlo Venn and Chilean Vice Minister Bera Tisk.",
			[]string{"video_call 2031-03-10 Arlo Venn+Bera Tisk"}},
		{"consultations led via video conference", src, "", day,
			"The fourth round of political consultations between Norway and Chile was held on March 10.\n\nNorwegian State Secretary Arlo Venn and Chilean Vice Minister Bera Tisk led the consultations via video conference.",
			[]string{"video_call 2031-03-10 Arlo Venn+Bera Tisk"}},
	})
}
