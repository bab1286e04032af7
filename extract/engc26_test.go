package extract

import "testing"

// TestCalledOnMinister26 checks that a host named as the object of "called
// on" itself is received, whatever his rank: a visitor's courtesy call on
// a deputy prime minister or a vice president is a reception, as the call
// on the leader beside it is (names invented).
func TestCalledOnMinister26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"two calls in one sentence, the second on a deputy", "Ministry of Foreign Affairs Singapore", "", "2018-07-31",
			"Minister for Foreign Affairs Dr Tan Wei Ming hosted Chilean Foreign Minister Luis Vega to the latter's introductory visit from 30 to 31 July 2018. Minister Vega called on Singaporean President Lim Mei Ling and Singaporean Prime Minister Goh Boon Keng on 30 July 2018, and called on Singapore's Deputy Prime Minister and Coordinating Minister for National Security Ong Kah Seng earlier today. Minister Vega also had a meeting with Minister Tan on 30 July 2018.",
			[]string{"meeting 2018-07-30 Luis Vega+Tan Wei Ming", "reception 2018-07-30 Goh Boon Keng+Luis Vega", "reception 2018-07-30 Lim Mei Ling+Luis Vega", "reception 2018-07-31 Luis Vega+Ong Kah Seng"}},
		{"one call on a president and a vice president", "Ministry of External Affairs, Government of India", "India-Chile Joint Statement", "2017-04-10",
			"• The Prime Minister of Chile, Luis Vega, paid a state visit to India from 9 to 12 April 2017 at the invitation of Prime Minister Ravi Kumar.\n\n• Prime Minister Vega called on President Anil Kapoor and Vice President Mohan Rao Menon of India.",
			[]string{"reception 2017-04-10 Anil Kapoor+Luis Vega", "reception 2017-04-10 Luis Vega+Mohan Rao Menon", "visit 2017-04 Luis Vega+Ravi Kumar"}},
		{"a minister met after the call, not called on, is met", "Ministry of External Affairs, Government of India", "India-Chile Joint Statement", "2017-04-10",
			"• The Prime Minister of Chile, Luis Vega, paid a state visit to India from 9 to 12 April 2017 at the invitation of Prime Minister Ravi Kumar.\n\n• Prime Minister Vega called on President Anil Kapoor and met Vice President Mohan Rao Menon of India.",
			[]string{"meeting 2017-04-10 Luis Vega+Mohan Rao Menon", "reception 2017-04-10 Anil Kapoor+Luis Vega", "visit 2017-04 Luis Vega+Ravi Kumar"}},
	})
}

// TestCoordinatedCounterpart26 checks that a second verb of one subject
// whose other side is "his New Zealand counterpart" holds its contact with
// the first verb's subject: "A hosted an official welcome ceremony and held
// talks with his counterpart" is A's talks with the visitor (names
// invented).
func TestCoordinatedCounterpart26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"welcome ceremony and talks, after the visitor's meetings", "Vietnam News Agency", "", "2025-03-01",
			"Chilean Prime Minister Luis Vega left Ho Chi Minh City on February 28 evening, concluding his three-day official visit to Vietnam, at the invitation of Prime Minister Tran Quoc Binh.\n\nPM Vega had meetings with Party General Secretary Hoang Van Duc, State President Le Minh Tam, and National Assembly Chairman Do Van Hai.\n\nPM Binh hosted an official welcome ceremony and held talks with his Chilean counterpart. They witnessed the signing of cooperation documents between the two countries.",
			[]string{"meeting 2025-03-01 Do Van Hai+Luis Vega", "meeting 2025-03-01 Hoang Van Duc+Luis Vega", "meeting 2025-03-01 Le Minh Tam+Luis Vega", "reception 2025-02 Luis Vega+Tran Quoc Binh", "signing 2025-02 Luis Vega+Tran Quoc Binh", "talks 2025-02 Luis Vega+Tran Quoc Binh", "visit 2025-02 Luis Vega+Tran Quoc Binh"}},
		{"two-word country", "Vietnam News Agency", "", "2025-03-01",
			"Papua New Guinea Prime Minister Luis Vega left Hanoi on February 28 evening, concluding his three-day official visit to Vietnam, at the invitation of Prime Minister Tran Quoc Binh.\n\nPM Vega had meetings with Party General Secretary Hoang Van Duc and State President Le Minh Tam.\n\nPM Binh hosted an official welcome ceremony and held talks with his Papua New Guinea counterpart.",
			[]string{"meeting 2025-03-01 Hoang Van Duc+Luis Vega", "meeting 2025-03-01 Le Minh Tam+Luis Vega", "reception 2025-02 Luis Vega+Tran Quoc Binh", "talks 2025-02 Luis Vega+Tran Quoc Binh", "visit 2025-02 Luis Vega+Tran Quoc Binh"}},
	})
}

// TestHeadlineSummitSidelines26 checks that a headline's summit followed
// by "sidelines" ("PM meets Chilean counterpart on ASEAN Summit
// sidelines") is where the meeting was held, no contact of its own (names
// invented).
func TestHeadlineSummitSidelines26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"counterpart on summit sidelines", "The Hanoi Times", "PM meets Chilean counterpart on ASEAN Summit sidelines", "2015-04-29",
			"Vietnamese Prime Minister Tran Quoc Binh and his Chilean counterpart Luis Vega have agreed to beef up trade links.\n\nDuring their meeting on the sidelines of the 26th ASEAN Summit in Kuala Lumpur, Malaysia on April 27, the two leaders showed their determination to strengthen economic links.",
			[]string{"meeting 2015-04-27 Luis Vega+Tran Quoc Binh"}},
		{"president on summit margins", "Vietnam News Agency", "PM meets with Chilean President on G20 Summit margins", "2023-09-10",
			"New Delhi (VNA) – Vietnamese Prime Minister Tran Quoc Binh met with Chilean President Luis Vega in New Delhi on September 9 on the sidelines of the G20 Summit.",
			[]string{"meeting 2023-09-09 Luis Vega+Tran Quoc Binh"}},
	})
}

// TestTallyOfContacts26 checks that a counted contact ("have met several
// times", "have spoken twice") is a tally of past contacts, no event of
// the article's day, while the contact the sentence before reports stands
// (names invented).
func TestTallyOfContacts26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"several times", "Ministry of Foreign Affairs of the People's Republic of China", "", "2019-09-29",
			"On September 25, 2019 local time, State Councilor and Foreign Minister Wang Jun met with External Affairs Minister Ravi Menon of Chile on the sidelines of the United Nations General Assembly in New York. Since 2014, President Li Ming and President Luis Vega have met several times.",
			[]string{"meeting 2019-09-25 Ravi Menon+Wang Jun"}},
		{"on six occasions", "Ministry of Foreign Affairs of the People's Republic of China", "", "2019-09-29",
			"On September 25, 2019 local time, State Councilor and Foreign Minister Wang Jun met with External Affairs Minister Ravi Menon of Chile in New York. President Li Ming has met with President Luis Vega on six occasions since 2014.",
			[]string{"meeting 2019-09-25 Ravi Menon+Wang Jun"}},
		{"twice", "Ministry of Foreign Affairs of the People's Republic of China", "", "2019-09-29",
			"On September 25, 2019 local time, State Councilor and Foreign Minister Wang Jun met with External Affairs Minister Ravi Menon of Chile in New York. President Li Ming and President Luis Vega have spoken twice by phone this year.",
			[]string{"meeting 2019-09-25 Ravi Menon+Wang Jun"}},
		{"in difficult times: held", "Ministry of Foreign Affairs of the People's Republic of China", "", "2019-09-29",
			"On September 25, 2019 local time, State Councilor and Foreign Minister Wang Jun met with External Affairs Minister Ravi Menon of Chile in difficult times for both countries.",
			[]string{"meeting 2019-09-25 Ravi Menon+Wang Jun"}},
	})
}

// TestPossessorAfter26 checks that "his" before a contact phrase opening a
// clause stands for the main clause's subject after the comma, named by
// office alone or by a pronoun: "During his meeting with A in the
// afternoon, the president said" is the president's meeting with A, another
// contact of the day than his lunch with B (names invented).
func TestPossessorAfter26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the president", "Taiwan Today", "", "2024-12-05",
			"President Lai Wen-hsiung expressed gratitude to the government of Chile.\n\nLai met Prime Minister Ana Ruiz on Dec. 4 in the capital.\n\nDuring his meeting with Governor-General Luis Vega in the afternoon, the president said that the two countries both face challenges due to climate change.",
			[]string{"meeting 2024-12-04 Ana Ruiz+Lai Wen-hsiung", "meeting 2024-12-04 Lai Wen-hsiung+Luis Vega"}},
		{"he", "Taiwan Today", "", "2024-12-05",
			"President Lai Wen-hsiung expressed gratitude to the government of Chile.\n\nLai met Prime Minister Ana Ruiz on Dec. 4 in the capital.\n\nDuring his meeting with Governor-General Luis Vega in the afternoon, he said that the two countries both face challenges due to climate change.",
			[]string{"meeting 2024-12-04 Ana Ruiz+Lai Wen-hsiung", "meeting 2024-12-04 Lai Wen-hsiung+Luis Vega"}},
	})
}

// TestSupportVerbCoordination26 checks that a contact noun after a support
// verb ("had talks", "had a working session") is the noun, its verb the
// support verb: "A met with B and had talks with C" gives A's talks with C,
// and "had a working session with C" is A's meeting with C, not B's
// (names invented).
func TestSupportVerbCoordination26(t *testing.T) {
	lead := "Santiago (VNA) - Permanent Deputy Prime Minister Tran Quoc Binh paid an official visit to Chile from July 6-9.\n\n"
	runSourced(t, []sourcedCase{
		{"had talks", "VietnamPlus", "", "2019-07-09",
			lead + "On July 7, Binh met with Minister of State Luis Vega and had talks with Minister of Energy Ana Ruiz.",
			[]string{"meeting 2019-07-07 Luis Vega+Tran Quoc Binh", "talks 2019-07-07 Ana Ruiz+Tran Quoc Binh", "visit 2019-07 Luis Vega+Tran Quoc Binh"}},
		{"had a working session", "VietnamPlus", "", "2019-07-09",
			lead + "On July 7-8, Binh met with Minister of State Luis Vega, had a working session with Minister of Energy and Industry Ana Ruiz, and received executives from the Andes Petroleum.",
			[]string{"meeting 2019-07-07 Ana Ruiz+Tran Quoc Binh", "meeting 2019-07-07 Luis Vega+Tran Quoc Binh", "visit 2019-07 Luis Vega+Tran Quoc Binh"}},
	})
}

// TestNegotiationsStage26 checks that negotiations named with a stage of
// their process ("the early conclusion of negotiations on the CEPA",
// "concluding negotiations on A's participation") are a topic, no talks
// held; the reception the sentence reports stands (names invented).
func TestNegotiationsStage26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"conclusion of negotiations on", "VietnamPlus", "", "2024-08-27",
			"Hanoi (VNA) - Prime Minister Tran Quoc Binh called for the early conclusion of negotiations on the Vietnam-Chile Comprehensive Economic Partnership Agreement (CEPA) at a reception in Hanoi on August 26 for Chilean Minister of State for Foreign Trade Luis Vega.",
			[]string{"reception 2024-08-26 Luis Vega+Tran Quoc Binh"}},
		{"held negotiations: talks", "VietnamPlus", "", "2024-08-27",
			"Hanoi (VNA) - Prime Minister Tran Quoc Binh held negotiations with Chilean Minister of State for Foreign Trade Luis Vega in Hanoi on August 26.",
			[]string{"talks 2024-08-26 Luis Vega+Tran Quoc Binh"}},
	})
}

// TestBilateralDiscussion26 checks that "held a bilateral discussion with"
// is talks, as "held bilateral discussions" is, beside a lead that tells
// of the discussion by office alone (names invented).
func TestBilateralDiscussion26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"held a bilateral discussion with", "National News Bureau of Thailand", "", "2022-11-18",
			"BANGKOK (NNT) – The Thai prime minister and Chilean president have engaged in a bilateral discussion that is believed to usher in tighter relations between Thailand and Chile.\n\nPrime Minister Gen. Somchai Rattanakul held a bilateral discussion with Chilean President Luis Vega. The latter is participating in the summit as a special guest of the host economy Thailand.",
			[]string{"talks 2022-11-18 Luis Vega+Somchai Rattanakul"}},
	})
}

// TestTheMeetingWithNew26 checks that "At the meeting with A, B said",
// after a contact without A, is B's meeting with A, not the contact told
// before; with A in that contact it takes it up (names invented).
func TestTheMeetingWithNew26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a new side", "The White House", "", "2019-02-28",
			"\"We will achieve great prosperity,\" remarked President Tom Walker on February 27 during his visit to Vietnam for the second summit meeting with Chairman Kim Sung-ho.\n\nAt the meeting with General Secretary and President of Vietnam Hoang Van Duc, President Walker said: \"Our country, like your country, is doing very well.\"",
			[]string{"meeting 2019-02-28 Hoang Van Duc+Tom Walker", "meeting 2019-02-28 Kim Sung-ho+Tom Walker", "visit 2019-02 Hoang Van Duc+Tom Walker"}},
		{"the same side", "The White House", "", "2019-02-28",
			"President Tom Walker met General Secretary and President of Vietnam Hoang Van Duc in Hanoi on February 27.\n\nAt the meeting with General Secretary Hoang Van Duc, President Walker said: \"Our country, like your country, is doing very well.\"",
			[]string{"meeting 2019-02-27 Hoang Van Duc+Tom Walker"}},
	})
}

// TestSameDayOtherSide26 checks that "Earlier on the same day, A met B"
// takes the day the sentences before stated, and that a headline's
// contact with another side ("arrives … for meeting with President C")
// is not dated by it: B's meeting is its own (names invented).
func TestSameDayOtherSide26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"same day, another side", "Viet Nam Government Portal", "PM Binh arrives in Santiago for meeting with President Luis Vega", "2017-05-31",
			"VGP – PM Tran Quoc Binh arrived in Santiago on May 30 (local time) where he will discuss bilateral ties with President Luis Vega.\n\nThis is his first visit to Chile since he took office. PM Binh is the first ASEAN leader to visit Chile this year.\n\nHe will also meet with Chilean officials and business representatives.\n\nEarlier on the same day, PM Binh met with UN Secretary-General Ana Ruiz, attended the anniversary of Viet Nam's membership in the United Nations.",
			[]string{"meeting 2017-05-30 Ana Ruiz+Tran Quoc Binh", "meeting 2017-05-31 Luis Vega+Tran Quoc Binh", "visit 2017-05 Chile+Tran Quoc Binh"}},
		{"headline and body name one side two ways", "The White House", "Readout of Vice President Tom Walker's Meeting with President Marcos of Peru", "2023-05-02",
			"Today, Vice President Tom Walker met with President Luis R. Marcos Jr. of Peru at the Vice President's Residence. The Vice President reaffirmed the alliance.",
			[]string{"meeting 2023-05-02 Luis R. Marcos Jr.+Tom Walker"}},
	})
}
