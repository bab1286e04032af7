package extract

import "testing"

// TestSignedBeforeItsVerb18 checks signings told with the document before
// its verb ("the Joint Update we signed today", "the agreements that we
// have witnessed"), signed by "our Ministers" of two leaders' countries,
// and what stays no signing.
func TestSignedBeforeItsVerb18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a document before we signed", "Prime Minister's Office, Norway (speech transcript)", "Remarks by Prime Minister Ana Lind at the joint press conference with President Tomas Berg", "2024-05-06",
			"Remarks by Prime Minister Ana Lind of Norway at the joint press conference with President Tomas Berg of Finland on 6 May 2024, in Helsinki, Finland.\n\nI thank President Berg for his warm hospitality. The Joint Update on Energy Cooperation we signed today reflects our strong ties.",
			[]string{"meeting 2024-05-06 Ana Lind+Tomas Berg", "press_conference 2024-05-06 Ana Lind+Tomas Berg", "signing 2024-05-06 Ana Lind+Tomas Berg"}},
		{"a document before we signed, the speaker unnamed", "Prime Minister's Office, Norway (speech transcript)", "PM Ana Lind at the Joint Press Conference with Finnish President Tomas Berg (May 2024)", "2024-05-06",
			"Remarks by Norwegian Prime Minister Ana Lind at the joint press conference with President Tomas Berg of Finland on 6 May 2024, in Helsinki, Finland.\n\nI thank President Berg for his warm hospitality. The Joint Update on Energy Cooperation we signed today reflects our strong ties.",
			[]string{"meeting 2024-05-06 Ana Lind+Tomas Berg", "press_conference 2024-05-06 Ana Lind+Tomas Berg", "signing 2024-05-06 Ana Lind+Tomas Berg"}},
		{"agreements that we have witnessed", "The Presidency, Norway (speech)", "Media remarks by President Ana Lind of Norway", "2022-11-09",
			"Your Excellency, Dr Tomas Berg, President of the Republic of Finland,\n\nI would like to sincerely thank President Berg for hosting me and my delegation on this State Visit.\n\nThe agreements that we have witnessed today are a demonstration of new areas of cooperation.",
			[]string{"meeting 2022-11-09 Ana Lind+Tomas Berg", "signing 2022-11-09 Ana Lind+Tomas Berg", "visit 2022-11 Ana Lind+Tomas Berg"}},
		{"our ministers have signed", "Government of Finland (transcript)", "Statement of the President of Norway and the Prime Minister of Finland", "2025-06-16",
			"Finnish Prime Minister Tomas Berg\n\nYour Excellency President Ana Lind of Norway:\nLadies and Gentlemen,\n\nI am delighted to welcome President Lind to Finland.\n\nOn Defence, our Ministers have signed a Joint Update on Defence Cooperation. Our armed forces continue to train together.",
			[]string{"signing 2025-06-16 Finland+Norway", "visit 2025-06 Ana Lind+Tomas Berg"}},
		{"a day opening the sentence is no document", "", "Joint Leaders' Statement of Norway and Finland", "2023-05-20",
			"Prime Minister Ana Lind of Norway and President Tomas Berg of Finland met in Oslo today. Today we have signed a statement of intent on energy.",
			// (Session 27: "we have signed a statement of intent" is the
			// two sides' signing, a document within five words of the verb.)
			[]string{"meeting 2023-05-20 Ana Lind+Tomas Berg", "signing 2023-05-20 Ana Lind+Tomas Berg"}},
		{"a parade witnessed is no signing", "The Presidency, Norway (speech)", "Media remarks by President Ana Lind of Norway", "2022-11-09",
			"I would like to sincerely thank President Tomas Berg of Finland for hosting me. The parade that we have witnessed today was splendid.",
			[]string{"meeting 2022-11-09 Ana Lind+Tomas Berg"}},
		{"we signed, one side's, is no pair's", "", "Joint Declaration of Norway and Finland", "2025-10-26",
			"1. We signed the Terms of Reference on the establishment of the Observer Team, witnessed by President Carl Hobbs of the United States.",
			nil},
	})
}

// TestMediaBriefing18 checks that a media briefing is a press conference,
// in a headline and in the body.
func TestMediaBriefing18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"media briefing remarks during a State Visit", "The Presidency, Norway (speech)", "Media briefing remarks by President Ana Lind during the State Visit to Finland", "2022-11-09",
			"Your Excellency, Dr Tomas Berg, President of the Republic of Finland,\nMembers of the media,\n\nI would like to sincerely thank President Berg for hosting me and my delegation on this State Visit.",
			// (The host the body names, not the country: session 26's
			// references give the host leader when the text names one.)
			[]string{"press_conference 2022-11-09 Ana Lind+Tomas Berg", "visit 2022-11 Ana Lind+Tomas Berg"}},
		{"a joint media briefing in the body", "", "Leaders meet", "2024-03-12",
			"President Ana Lind of Norway and President Tomas Berg of Finland held a joint media briefing in Oslo on Tuesday.",
			[]string{"press_conference 2024-03-12 Ana Lind+Tomas Berg"}},
		{"a briefing on a visit is the speaker's own", "The Presidency, Norway (speech)", "President Ana Lind: Media briefing on working visit to Finland, Helsinki", "2025-10-10",
			"Members of the media,\n\nIt is a great honour to have been invited to participate in the Energy Forum.",
			nil},
	})
}

// TestMealInHonour18 checks that a lunch or dinner hosted in honour of a
// guest is a reception of the guest by the host.
func TestMealInHonour18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"official lunch hosted in honour of", "Prime Minister's Office, Norway (speech transcript)", "PM Ana Lind's Toast Speech at Official Lunch", "2019-05-17",
			"Toast speech delivered by Norwegian PM Ana Lind at the official lunch hosted in honour of Finnish PM Tomas Berg on 17 May 2019.",
			[]string{"reception 2019-05-17 Ana Lind+Tomas Berg"}},
		{"a dinner in honor of", "", "Dinner", "2019-05-17",
			"Prime Minister Ana Lind of Norway gave a dinner in honor of Prime Minister Tomas Berg of Finland in Oslo on Friday.",
			[]string{"reception 2019-05-17 Ana Lind+Tomas Berg"}},
	})
}

// TestOfficerInCharge18 checks that an officer in charge of a department,
// who heads it for the time being, is a title before a name.
func TestOfficerInCharge18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"officer in charge of a department", "U.S. Department of Defense (readout)", "Readout of Secretary of Defense Carl Hobbs's Call", "2023-02-22",
			"Secretary of Defense Carl Hobbs spoke with Norwegian Officer in Charge of the Department of National Defense Marco Reyes today to discuss developments in the North Sea.",
			[]string{"phone_call 2023-02-22 Carl Hobbs+Marco Reyes"}},
	})
}

// TestLeadersRetreat18 checks that a Leaders' Retreat is the leaders'
// talks, in the body and in a headline.
func TestLeadersRetreat18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"this Leaders' Retreat in remarks", "Cabinet Secretariat, Norway (transcript)", "Remarks of President Ana Lind of Norway", "2023-03-16",
			"Thank you, Prime Minister Tomas Berg of Finland, for the warm welcome extended to me and the delegation.\n\nI welcome the results of this Leaders’ Retreat.",
			[]string{"talks 2023-03-16 Ana Lind+Tomas Berg"}},
		{"an organisation's Leaders' Retreat is no pair's talks", "", "Readout of President Carl Hobbs's Call with Prime Minister Ana Lind of Norway", "2021-07-15",
			"President Carl Hobbs today spoke by phone with Prime Minister Ana Lind of Norway. President Hobbs also thanked Prime Minister Lind for hosting the Asia-Pacific Economic Cooperation (APEC) Virtual Leaders’ Retreat on July 16.",
			[]string{"phone_call 2021-07-15 Ana Lind+Carl Hobbs"}},
		{"the Leaders' Retreat in a joint statement", "", "Joint Statement by PM Ana Lind and PM Tomas Berg", "2025-01-07",
			"Prime Minister Ana Lind of Norway and Prime Minister Tomas Berg of Finland met in Oslo on 7 January 2025 for the 11th Norway-Finland Leaders' Retreat. The Leaders reflected on the excellent progress of bilateral cooperation.",
			[]string{"meeting 2025-01-07 Ana Lind+Tomas Berg"}},
	})
}

// TestPressStatementWith18 checks that a press statement "of" one leader
// "with" another, read aloud (the body opens with a speaker's label: an
// office and the name in brackets), is the two leaders' press conference.
func TestPressStatementWith18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"press statement of A with B", "Cabinet Secretariat, Norway (transcript)", "Press Statement of President Ana Lind of Norway with Prime Minister Tomas Berg of Finland, in Helsinki, March 16, 2023", "2023-03-16",
			"President of Norway (Ana Lind)\n\nThank you, Prime Minister Berg, for the warm welcome extended to me and the delegation.",
			[]string{"meeting 2023-03-16 Ana Lind+Tomas Berg", "press_conference 2023-03-16 Ana Lind+Tomas Berg"}},
		{"one leader's press statement stays his", "Cabinet Secretariat, Norway (transcript)", "Press Statement by President Ana Lind of Norway on the Floods", "2023-03-16",
			"President of Norway (Ana Lind)\n\nMy fellow citizens, the floods of this week have hit our north.",
			nil},
	})
}

// TestUnionAsSide18 checks that a union of states named with a country as
// the two sides of a contact, no person named, takes part as a side.
func TestUnionAsSide18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the EU and a country held a joint committee", "European External Action Service (press release)", "Norway: 9th Joint Committee with the European Union takes place in Oslo", "2024-03-21",
			"The European Union (EU) and Norway held the 9th meeting of the Joint Committee in Oslo on 21 March. It was an opportunity to review progress in areas of bilateral cooperation.",
			[]string{"meeting 2024-03-21 European Union+Norway"}},
		{"a department is no side of its own", "", "Talks", "2024-03-21",
			"The Department of State and Norway held the 9th meeting of the Joint Committee in Oslo on 21 March.",
			nil},
	})
}
