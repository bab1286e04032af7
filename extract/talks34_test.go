package extract

import "testing"

// TestContactNouns34 checks contacts told without the usual verbs, as
// foreign ministries and agencies write them: "exchanged views with",
// "had an exchange of views with", "had a fruitful interaction with",
// "interacted with", "had a bilateral exchange with", "sat down with",
// "had a one-on-one with", "held a dialogue with"; and that the same words
// before no person named (companies, students, the media, a country) or in
// a plan are no contact (names invented).
func TestContactNouns34(t *testing.T) {
	const src, day = "Pacific News Agency", "2031-03-12"
	talks := []string{"talks 2031-03-11 Arlo Venn+Bera Tisk"}
	meeting := []string{"meeting 2031-03-11 Arlo Venn+Bera Tisk"}
	runContacts(t, []sourcedCase{
		{"exchanged views with", src, "", day,
			"Norwegian Foreign Minister Arlo Venn exchanged views with Chilean Foreign Minister Bera Tisk in Santiago on Tuesday.", talks},
		{"exchanged views with a counterpart", src, "", day,
			"Norwegian Foreign Minister Arlo Venn exchanged views with his Chilean counterpart Bera Tisk in Santiago on Tuesday.", talks},
		{"had an exchange of views with", src, "", day,
			"Norwegian Foreign Minister Arlo Venn had an exchange of views with Chilean Foreign Minister Bera Tisk in Santiago on Tuesday.", talks},
		{"had a fruitful interaction with", src, "", day,
			"Norwegian Prime Minister Arlo Venn had a fruitful interaction with Chilean President Bera Tisk in Santiago on Tuesday.", meeting},
		{"interacted with", src, "", day,
			"Norwegian Prime Minister Arlo Venn interacted with Chilean President Bera Tisk on the sidelines of the summit in Lima on Tuesday.", meeting},
		{"had a bilateral exchange with", src, "", day,
			"Norwegian Foreign Minister Arlo Venn had a bilateral exchange with Chilean Foreign Minister Bera Tisk in Santiago on Tuesday.", meeting},
		{"sat down with", src, "", day,
			"Norwegian Prime Minister Arlo Venn sat down with Chilean President Bera Tisk in Santiago on Tuesday for discussions on trade.", meeting},
		{"had a one-on-one with", src, "", day,
			"Norwegian Prime Minister Arlo Venn had a one-on-one with Chilean President Bera Tisk in Lima on Tuesday.", meeting},
		{"held a dialogue with", src, "", day,
			"Norwegian Foreign Minister Arlo Venn held a dialogue with Chilean Foreign Minister Bera Tisk in Santiago on Tuesday.", talks},
		{"informal interactions with a list: one contact with each", src, "", day,
			"Norwegian Prime Minister Arlo Venn had informal interactions with Chilean President Bera Tisk, Peruvian President Ola Brim and Fijian Prime Minister Kai Dorn on the sidelines of the summit in Lima on Tuesday.",
			[]string{"meeting 2031-03-11 Arlo Venn+Bera Tisk", "meeting 2031-03-11 Arlo Venn+Kai Dorn", "meeting 2031-03-11 Arlo Venn+Ola Brim"}},
		{"views exchanged with company representatives: no contact", src, "", day,
			"Norwegian Prime Minister Arlo Venn exchanged views with representatives of Norwegian companies in Santiago on Tuesday.", nil},
		{"an interaction with students: no contact", src, "", day,
			"Norwegian Prime Minister Arlo Venn had an interaction with students at the University of Santiago on Tuesday.", nil},
		{"an interaction with the media: no contact", src, "", day,
			"Norwegian Prime Minister Arlo Venn had an interaction with the media in Santiago on Tuesday.", nil},
		{"a cultural exchange with a country: no contact", src, "", day,
			"Norway will expand its cultural exchange with Chile, Norwegian Prime Minister Arlo Venn said on Tuesday.", nil},
		{"a dialogue to continue: no contact", src, "", day,
			"Norwegian Prime Minister Arlo Venn said Norway would continue its dialogue with Chilean President Bera Tisk.", nil},
	})
}

// TestDialogueRounds34 checks rounds of a dialogue told by its name ("held
// their first 2+2 dialogue", "held the inaugural Foreign Ministers'
// Dialogue"), a discussion with an adjective of weight ("had a crucial
// discussion"), that the standing format ("the Strategic Dialogue
// mechanism") is no contact, and a round agreed for next year is ahead, not
// held (names invented).
func TestDialogueRounds34(t *testing.T) {
	const src, day = "Pacific News Agency", "2031-03-12"
	talks := []string{"talks 2031-03-11 Arlo Venn+Bera Tisk"}
	runContacts(t, []sourcedCase{
		{"held their first 2+2 dialogue", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk held their first 2+2 dialogue in Santiago on Tuesday.", talks},
		{"held the inaugural foreign ministers' dialogue", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk held the inaugural Norway-Chile Foreign Ministers' Dialogue in Santiago on Tuesday.", talks},
		{"had a crucial discussion", src, "", day,
			"Norwegian Prime Minister Arlo Venn and Chilean President Bera Tisk had a crucial discussion on the sidelines of the summit in Lima on Tuesday.", talks},
		{"the dialogue mechanism: no contact", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk said the Strategic Dialogue mechanism had served both countries well.", nil},
		{"the ministers' dialogue mechanism: no contact", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk said the Foreign Ministers' Dialogue mechanism had served both countries well.", nil},
		{"a dialogue agreed for next year: ahead, not held", src, "", day,
			"Norwegian Foreign Minister Arlo Venn and Chilean Foreign Minister Bera Tisk agreed to hold the first Norway-Chile 2+2 dialogue next year.",
			[]string{"pending talks Arlo Venn+Bera Tisk"}},
	})
}
