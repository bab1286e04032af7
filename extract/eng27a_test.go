package extract

import "testing"

// TestGuestLabelTurn27 checks that a transcript whose guest's label gives
// the office in title case ("Ana Ruiz, Peruvian Secretary for Foreign
// Affairs:") reads the guest's "I" as the guest, not the publishing
// government's minister: "Minister Kessel and I had discussions" are talks
// of the two, and the press conference the headline names is theirs, not
// the guest's with the country (names invented). (A welcome to the
// guest's capital is left unread as a visit: the references disagree.)
func TestGuestLabelTurn27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"guest's label, office in title case", "Australian Minister for Foreign Affairs (transcript)", "Press conference with the Hon Ana Ruiz, Peruvian Secretary for Foreign Affairs", "2023-05-18",
			"Speaker: We'll then invite questions in the Q&A session. Secretary Ruiz, please.\n\nAna Ruiz, Peruvian Secretary for Foreign Affairs: Thank you. Excellencies, Senator the Honourable Tom Kessel, colleagues from the press.\n\nLadies and gentlemen, I was pleased to welcome this morning Senator the Honourable Tom Kessel, Minister for Foreign Affairs of Australia and his delegation to Lima. As close partners, Peru and Australia share mutual interests.\n\nThis morning Minister Kessel and I had discussions on the bilateral cooperation between Peru and Australia.",
			[]string{"talks 2023-05-18 Ana Ruiz+Tom Kessel", "press_conference 2023-05-18 Ana Ruiz+Tom Kessel"}},
	})
}

// TestHadDiscussions27 checks that "A and B had discussions", like "held
// discussions", is their talks (names invented).
func TestHadDiscussions27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"third person", "Ministry of Foreign Affairs of Peru", "Foreign Minister receives Chilean counterpart", "2024-03-11",
			"Foreign Minister Ana Ruiz and her Chilean counterpart Luis Vega had discussions on trade and fisheries in Lima on Monday.",
			[]string{"talks 2024-03-11 Ana Ruiz+Luis Vega"}},
		{"first person in a transcript", "Ministry of Foreign Affairs of Peru", "Joint press conference", "2024-03-11",
			"ANA RUIZ, FOREIGN MINISTER OF PERU: Good afternoon. This morning Foreign Minister Luis Vega of Chile and I had discussions on trade.\n\nLUIS VEGA, FOREIGN MINISTER OF CHILE: Thank you.",
			[]string{"talks 2024-03-11 Ana Ruiz+Luis Vega", "press_conference 2024-03-11 Ana Ruiz+Luis Vega"}},
	})
}

// TestSideNamedElsewhere27 checks that a contact whose side is only a
// country (a headline's "press conference with A" on the site of a
// minister it leaves unnamed) takes the one person of that country who
// meets A the same day in the body's report; two such persons leave the
// country (names invented).
func TestSideNamedElsewhere27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"one counterpart", "Australian Minister for Foreign Affairs (transcript)", "Press conference with the Hon Ana Ruiz, Peruvian Secretary for Foreign Affairs", "2023-05-18",
			"Speaker: Secretary Ruiz, please.\n\nAna Ruiz, Peruvian Secretary for Foreign Affairs: Thank you. This morning I had discussions with Australian Foreign Minister Tom Kessel on our bilateral cooperation.\n\nJournalist: A question.",
			[]string{"talks 2023-05-18 Ana Ruiz+Tom Kessel", "press_conference 2023-05-18 Ana Ruiz+Tom Kessel"}},
		{"two of that country: the country stays", "Australian Minister for Foreign Affairs (transcript)", "Press conference with the Hon Ana Ruiz, Peruvian Secretary for Foreign Affairs", "2023-05-18",
			"Speaker: Secretary Ruiz, please.\n\nAna Ruiz, Peruvian Secretary for Foreign Affairs: Thank you. This morning I had discussions with Australian Foreign Minister Tom Kessel and with Australian Trade Minister Jane Hale on our bilateral cooperation.\n\nJournalist: A question.",
			[]string{"talks 2023-05-18 Ana Ruiz+Jane Hale+Tom Kessel", "press_conference 2023-05-18 Ana Ruiz+Australia"}},
	})
}

// TestContactNounAfterTitle27 checks that a contact's noun after an
// office ("the Peru-Costa Rica Foreign Minister Consultations") is no person's
// name: the two ministers hold the consultations, with no third party
// (names invented).
func TestContactNounAfterTitle27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"consultations", "Government of Peru", "Joint Statement Following Peru-Costa Rica Foreign Minister Consultations", "2021-11-12",
			"Peruvian Minister of Foreign Affairs Ana Ruiz and Costa Rican Minister of Foreign Affairs Luis Vega have today held the biannual Peru-Costa Rica Foreign Minister Consultations.\n\nMinister Ruiz welcomed Minister Vega to Peru on Minister Vega's first overseas visit as Foreign Minister.\n\nAt the meeting held in Cusco, the Ministers discussed ways to deepen cooperation.",
			[]string{"meeting 2021-11-12 Ana Ruiz+Luis Vega", "visit 2021-11 Ana Ruiz+Luis Vega"}},
	})
}

// TestOfHonorific27 checks that a person named after "of" and an
// honorific ("following the Coronation of His Majesty the King") is no
// side of the contact, as one after "of" alone is not (names invented;
// the King resolved from the office table).
func TestOfHonorific27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"coronation of His Majesty the King", "Prime Minister's Office, 10 Downing Street", "PM meeting with Prime Minister Vega of Peru: 6 May 2023", "2023-05-06",
			"The Prime Minister hosted Peruvian Prime Minister Luis Vega at Downing Street this evening, following the Coronation of His Majesty the King.\n\nThe leaders remarked on how special the occasion had been.",
			[]string{"meeting 2023-05-06 Luis Vega+Rishi Sunak"}},
	})
}

// TestOwnSummit27 checks that a government's release telling its leader
// "concluded his participation at" a gathering of many ("the G20 Leaders'
// Summit", "the APEC Leaders' Meeting") reports the leader's part in that
// summit, with the leader as its one side; a summit of two sides named in
// its name, a gathering ahead and another country's leader are not this
// (names invented).
func TestOwnSummit27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"participation concluded", "Prime Minister of Canada", "Prime Minister concludes G20 Leaders' Summit in Lima", "2021-10-31",
			"Canadian Prime Minister Tom Walker today concluded his participation at the G20 Leaders’ Summit in Lima, Peru, with a focus on climate change.\n\nPrime Minister Walker emphasized the importance of G20 leadership.",
			[]string{"summit 2021-10-31 Tom Walker"}},
		{"a day of it concluded", "Prime Minister of Canada", "Prime Minister advances shared prosperity at the G7 Summit", "2024-06-14",
			"Canadian Prime Minister Tom Walker today concluded his second day at the G7 Leaders’ Summit in Cusco, Peru. The challenges the world is facing are interconnected.",
			[]string{"summit 2024-06-14 Tom Walker"}},
		{"a named regional meeting", "Prime Minister of Canada", "Prime Minister Walker concludes productive APEC week", "2018-11-18",
			"Canadian Prime Minister Tom Walker concluded his participation at the Asia-Pacific Economic Cooperation (APEC) Leaders’ Meeting hosted by Peru.",
			[]string{"summit 2018-11-18 Tom Walker"}},
		{"two sides named: not this rule", "Prime Minister of Canada", "Prime Minister concludes summit", "2019-07-18",
			"Canadian Prime Minister Tom Walker today concluded his participation at the Canada-Peru Leaders’ Summit.",
			nil},
		{"ahead: nothing held", "Prime Minister of Canada", "Prime Minister to attend G20 Leaders' Summit", "2021-10-25",
			"Canadian Prime Minister Tom Walker will attend the G20 Leaders’ Summit in Lima, Peru, next week.",
			nil},
	})
}

// TestHeadlineMeetingVirtual27 checks that a headline's meeting with
// "French, German and UK Counterparts", read as a meeting with one of
// them, is the video call the body tells with all three ("met virtually
// … with A, B and C"), not a second contact (names invented).
func TestHeadlineMeetingVirtual27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"met virtually with three", "U.S. Department of State", "Secretary Kessel's Meeting with French, German, and UK Counterparts", "2022-09-09",
			"Secretary of State Tom Kessel met virtually while in Brussels today with French Foreign Minister Ana Ruiz, German Foreign Minister Eva Brandt, and UK Foreign Secretary Ian Moss. They discussed support for Ukraine.",
			[]string{"video_call 2022-09-09 Ana Ruiz+Eva Brandt+Ian Moss+Tom Kessel"}},
	})
}

// TestGatheringTakenUp27 checks that "the meeting" taking up a summit of
// four leaders hosted that day is that summit, not a second gathering;
// two of them meeting afterwards is a contact of its own (names
// invented).
func TestGatheringTakenUp27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the overview of the meeting", "Prime Minister's Office of Japan", "Japan-Australia-India-U.S. (Quad) Leaders' Meeting", "2022-05-24",
			"On May 24, Mr. Taro Okabe, Prime Minister of Japan, hosted the Japan-Australia-India-U.S. (Quad) Leaders' Meeting with Tom Walker, Prime Minister of Australia, Ravi Das, Prime Minister of India, and Joe Kent, President of the United States of America. The overview of the meeting is as follows.\n\n1. The four leaders welcomed the in-person Quad Leaders' Meeting.",
			[]string{"summit 2022-05-24 Joe Kent+Ravi Das+Taro Okabe+Tom Walker"}},
		{"two of them afterwards", "Prime Minister's Office of Japan", "Quad Leaders' Meeting and Other Events", "2022-05-24",
			"On May 24, Prime Minister Taro Okabe held the Quad Leaders' Meeting with Joe Kent, President of the United States of America, Tom Walker, Prime Minister of Australia, and Ravi Das, Prime Minister of India. The overview of the meeting is as follows.\n\nAfterwards, Prime Minister Okabe held a summit meeting with Prime Minister Walker.",
			[]string{"summit 2022-05-24 Joe Kent+Ravi Das+Taro Okabe+Tom Walker", "meeting 2022-05-24 Taro Okabe+Tom Walker"}},
	})
}

// TestPressTitleCues27 checks that "Remarks to the Press" of two named
// ministers names their press conference (and, by protocol, the talks
// before it), and that "Remarks" in a headline is no word of the name
// before it (names invented).
func TestPressTitleCues27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"remarks to the press", "U.S. Department of State", "Secretary Tom Kessel and Peruvian Foreign Minister Ana Ruiz Remarks to the Press", "2022-07-10",
			"FOREIGN MINISTER RUIZ: Members of the press, thank you very much for coming.\n\nSECRETARY KESSEL: Thank you, Ana.",
			[]string{"press_conference 2022-07-10 Ana Ruiz+Tom Kessel", "meeting 2022-07-10 Ana Ruiz+Tom Kessel"}},
	})
}

// TestCoChairedBy27 checks that those a participant's link names right
// after the contact's word ("the Foreign Ministers' Meeting co-chaired by
// A and his counterpart B") are its sides, wherever the sentence stands;
// "launched by" after another noun still names no side (names invented).
func TestCoChairedBy27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"co-chaired by, third paragraph", "Voice of Vietnam (VOV.VN)", "Vietnam, Peru to deploy bold measures to raise two-way trade", "2024-06-05",
			"VOV.VN - Vietnam and Peru will deploy bold cooperation measures to raise their two-way trade turnover to US$3 billion by 2026.\n\nThey will also expand cooperation in new fields such as clean agriculture.\n\nThe agreement was reached during the second Vietnam – Peru Foreign Ministers’ Meeting co-chaired by Vietnamese Foreign Minister Tran Van Hoa and his Peruvian counterpart Luis Vega, in Hanoi on June 5.",
			[]string{"meeting 2024-06-05 Luis Vega+Tran Van Hoa"}},
		{"launched by: no sides", "Voice of Vietnam (VOV.VN)", "Vietnam, Peru to deepen partnership", "2024-06-05",
			"VOV.VN - Vietnamese Prime Minister Tran Van Hoa held talks with Peruvian President Luis Vega in Hanoi on June 5, during which they reviewed the Partnership launched by President Ana Ruiz and President Ivan Petrov.",
			[]string{"talks 2024-06-05 Luis Vega+Tran Van Hoa"}},
		{"a standing dialogue's co-chairs: no sides", "The White House", "Joint Statement Following Meeting Between President Kent and President Vega", "2022-07-16",
			"President Joe Kent met today with President Luis Vega of Peru in Lima. The two leaders renewed their commitment to the U.S.-Peru Strategic Dialogue co-chaired by Secretary of State Tom Kessel and Minister of Foreign Affairs Ana Ruiz.",
			[]string{"meeting 2022-07-16 Joe Kent+Luis Vega"}},
	})
}
