package extract

import "testing"

// TestPassiveReception25 checks that a guest "received by" a head of state
// or party leader is a reception, another contact of the day than the
// guest's meeting with someone else (names invented).
func TestPassiveReception25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"abroad, then a committee", "VietnamPlus", "", "2022-07-21",
			"Foreign Minister Dorin Vasko was received by President Arif Santoso of Indonesia at the Presidential Palace of Indonesia on July 20.\n\nThe same day, Vietnamese Minister of Foreign Affairs Dorin Vasko and his Indonesian counterpart Sari Wulan co-chaired the fourth meeting of the Joint Committee on Bilateral Cooperation in Jakarta.",
			[]string{"reception 2022-07-20 Arif Santoso+Dorin Vasko", "meeting 2022-07-20 Dorin Vasko+Sari Wulan"}},
		{"one sentence, two contacts", "Secretariat of the Vice President of the Republic of Indonesia", "Meeting US Vice President, Vice President Budi Harjo Discusses Efforts to Increase Economic Cooperation", "2017-04-20",
			"Indonesian Vice President Budi Harjo held a bilateral meeting with the Vice President of the United States Tom Kessel at the Vice Presidential Palace in Jakarta, right after Vice President Kessel was received by President Arif Santoso of Indonesia at the Merdeka Palace on Thursday, (April 20).\n\nIn the meeting, Vice President Harjo talked primarily on improving economic relations.",
			[]string{"meeting 2017-04-20 Budi Harjo+Tom Kessel", "reception 2017-04-20 Arif Santoso+Tom Kessel"}},
		{"party leader", "Saigon Giai Phong", "", "2023-04-16",
			"On the afternoon of April 15, US Secretary of State Tom Kessel was received by Mr. Hoang Duc Vinh, General Secretary of the Communist Party of Vietnam.\n\nEarlier in the morning, after the meeting with Prime Minister Tran Quoc Binh, US Secretary of State Kessel witnessed the groundbreaking ceremony of the new US Embassy in Hanoi, together with Foreign Minister Dorin Vasko. Following the ceremony, Vasko and Kessel held talks.",
			[]string{"reception 2023-04-15 Hoang Duc Vinh+Tom Kessel", "meeting 2023-04-15 Tom Kessel+Tran Quoc Binh", "talks 2023-04-15 Dorin Vasko+Tom Kessel"}},
	})
}

// TestToldThePress25 checks that two leaders who "told the press" after
// their talks gave a joint press statement, a press event beside the
// talks (names invented).
func TestToldThePress25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"two leaders told the press", "VietnamPlus", "", "2022-12-22",
			"Lima (VNA) – Chile and Peru have agreed to lift two-way trade to 9 billion USD, President Ana Ruiz and her Peruvian counterpart Luis Vega told the press following their talks in Lima on December 22.",
			[]string{"press_conference 2022-12-22 Ana Ruiz+Luis Vega", "talks 2022-12-22 Ana Ruiz+Luis Vega"}},
		{"one leader told the press", "VietnamPlus", "", "2022-12-22",
			"Chilean President Ana Ruiz told the press following her talks with Peruvian President Luis Vega in Lima on December 22 that trade would grow.",
			[]string{"talks 2022-12-22 Ana Ruiz+Luis Vega"}},
	})
}

// TestMeetingBetweenTheTwoLeaders25 checks that a joint statement's "the
// August 2 meeting between the two leaders" is the leaders' own meeting;
// one said of by another ("A stated that the meeting between both heads of
// state is important") stays a topic (names invented).
func TestMeetingBetweenTheTwoLeaders25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"joint statement", "The White House", "Joint Statement by President Tom Walker and Prime Minister Ida Berg of Norway", "2016-08-02",
			"1. At the invitation of the President of the United States of America Tom Walker, Prime Minister of the Kingdom of Norway Ida Berg made an official visit to the United States to celebrate 50 years of diplomatic relations. On the occasion of the visit and the August 2, 2016 meeting between the two leaders, the United States and Norway adopted this Joint Statement.",
			[]string{"meeting 2016-08-02 Ida Berg+Tom Walker", "visit 2016-08 Ida Berg+Tom Walker"}},
	})
}

// TestPartyLeaderReceives25 checks that a ruling party's leader who meets a
// visiting foreign minister at home receives him, as a head of state does
// (names invented).
func TestPartyLeaderReceives25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"general secretary", "U.S. Department of State", "Secretary Kessel's Meeting with Vietnamese General Secretary Hoang Duc Vinh", "2023-04-15",
			"US Secretary of State Tom Kessel met today with Vietnamese General Secretary Hoang Duc Vinh in Hanoi. The Secretary and General Secretary discussed ways to deepen ties.",
			[]string{"reception 2023-04-15 Hoang Duc Vinh+Tom Kessel"}},
	})
}

// TestTalksAndSigned25 checks that two leaders who "held talks and signed
// a bilateral agreement", and "the leaders signed" after them, signed: the
// signers are the first predicate's subject (names invented).
func TestTalksAndSigned25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"held talks and signed", "President of Peru", "", "2024-09-04",
			"In Lima, Peruvian President Ana Ruiz and Chilean President Luis Vega held talks and signed a bilateral agreement.",
			[]string{"signing 2024-09-04 Ana Ruiz+Luis Vega", "talks 2024-09-04 Ana Ruiz+Luis Vega"}},
		{"the leaders signed", "President of Peru", "", "2024-09-04",
			"In Lima, Peruvian President Ana Ruiz and Chilean President Luis Vega held talks. The leaders signed a bilateral security agreement.",
			[]string{"signing 2024-09-04 Ana Ruiz+Luis Vega", "talks 2024-09-04 Ana Ruiz+Luis Vega"}},
		{"one leader signs a decree: none", "President of Peru", "", "2024-09-04",
			"In Lima, Peruvian President Ana Ruiz held talks with Chilean President Luis Vega. Later, Ruiz signed a decree on the budget.",
			[]string{"talks 2024-09-04 Ana Ruiz+Luis Vega"}},
	})
}

// TestHopedSigned25 checks that a passive "signed by" that completes a
// "would be" told of a hope is ahead, no signing held (names invented).
func TestHopedSigned25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"would be supported as well as signed", "Office of the President of Peru", "", "2014-08-11",
			"President Ana Ruiz had a phone conversation with Chilean President Luis Vega.\n\nPresident Ruiz expressed hope that the given Act would be supported by congressmen and senators as well as signed by the Chilean President in the nearest time.",
			[]string{"phone_call 2014-08-11 Ana Ruiz+Luis Vega"}},
		{"signed by both, today", "Office of the President of Peru", "", "2014-08-11",
			"President Ana Ruiz met Chilean President Luis Vega. The declaration was signed by the two Presidents today.",
			[]string{"meeting 2014-08-11 Ana Ruiz+Luis Vega", "signing 2014-08-11 Ana Ruiz+Luis Vega"}},
	})
}

// TestBanquetInHonour25 checks that a banquet "on <date>" inside the phrase,
// "is hosting a banquet dinner", and a guest "the visiting President of
// B" (the holder on the day, from the office table) make a reception
// (names invented, the holder the table's).
func TestBanquetInHonour25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a date inside the phrase", "The Presidency", "", "2019-01-25",
			"President Ana Ruiz of Chile is on a State Visit to Peru. President Luis Vega of Peru hosted a banquet on January 25, 2019 in honour of President Ruiz.",
			[]string{"reception 2019-01-25 Ana Ruiz+Luis Vega", "visit 2019-01 Ana Ruiz+Luis Vega"}},
		{"is hosting a banquet dinner for the visiting office holder", "", "Reception", "2017-10-04",
			"President Tran Van Lam is hosting a banquet dinner on 3 October 2017 in honour of the visiting Prime Minister of Laos.",
			[]string{"reception 2017-10-03 Thongloun Sisoulith+Tran Van Lam"}},
	})
}

// TestWhileClause25 checks that ", while C and D also had meetings with the
// Chilean leader" is a second clause with its own subjects, whose object,
// named by description, is the Chilean the first clause named (names
// invented).
func TestWhileClause25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"while, the demonym leader", "Saigon Giai Phong", "", "2025-03-27",
			"Chilean Prime Minister Luis Vega concluded his official visit to Peru on March 26.\n\nDuring the visit, Peruvian Party General Secretary Ana Ruiz held a reception for PM Luis Vega, while Peruvian State President Tomas Paz and Peruvian National Assembly Chairman Rita Sol also had meetings with the Chilean leader.",
			[]string{"meeting 2025-03 Luis Vega+Rita Sol", "meeting 2025-03 Luis Vega+Tomas Paz", "reception 2025-03 Ana Ruiz+Luis Vega", "visit 2025-03 Ana Ruiz+Luis Vega"}}, // (a wrap-up's contacts dated by the visit's month)
		{"while, no contact in the second clause", "Saigon Giai Phong", "", "2025-03-27",
			"Peruvian President Ana Ruiz held talks with Chilean President Luis Vega on March 26, while Peruvian Foreign Minister Rita Sol attended a forum.",
			[]string{"talks 2025-03-26 Ana Ruiz+Luis Vega"}},
	})
}

// TestDemonymPairLeaders25 checks that "the Peruvian and Chilean PMs" who
// witness a signing are the two prime ministers the text named, one of each
// country, not the two countries (names invented).
func TestDemonymPairLeaders25(t *testing.T) {
	const lead = "Chilean Prime Minister Luis Vega concluded his official visit to Peru on March 26 at the invitation of Peruvian Prime Minister Ana Ruiz. Peruvian President Tomas Paz also received PM Vega on March 26.\n\n"
	runSourced(t, []sourcedCase{
		{"the PMs", "Saigon Giai Phong", "", "2025-03-27",
			lead + "The Peruvian and Chilean PMs witnessed the signing of several cooperation agreements.",
			[]string{"reception 2025-03-26 Luis Vega+Tomas Paz", "signing 2025-03-26 Ana Ruiz+Luis Vega", "visit 2025-03 Ana Ruiz+Luis Vega"}},
		{"the leaders, two of one country: the countries", "Saigon Giai Phong", "", "2025-03-27",
			lead + "The Peruvian and Chilean leaders witnessed the signing of several cooperation agreements.",
			[]string{"reception 2025-03-26 Luis Vega+Tomas Paz", "signing 2025-03-26 Chile+Peru", "visit 2025-03 Ana Ruiz+Luis Vega"}},
	})
}

// TestActDuringVisit25 checks that a visit named as the occasion of an act
// told by a noun ("following the establishment of the Partnership during
// A's official visit to B") is recalled, no visit under way (names
// invented).
func TestActDuringVisit25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"establishment during a visit", "Saigon Giai Phong", "", "2025-03-27",
			"Chilean Prime Minister Luis Vega left Lima in the evening of March 26, concluding his two-day official visit to Peru at the invitation of Peruvian Prime Minister Ana Ruiz.\n\nHosting the Chilean PM, the Peruvian leaders emphasised the significance of Vega's official visit, describing it as the first high-level exchange following the establishment of the Comprehensive Strategic Partnership during Peruvian Party General Secretary Tomas Paz's official visit to Chile.",
			[]string{"visit 2025-03 Ana Ruiz+Luis Vega"}},
		{"an act without a noun: the visit under way", "Saigon Giai Phong", "", "2025-03-27",
			"Visit of Peruvian Prime Minister Ana Ruiz to Chile: the two sides signed an agreement during Ruiz's official visit to Chile on March 26.",
			[]string{"visit 2025-03 Ana Ruiz+Chile"}},
	})
}

// TestRelativeClauseGroup25 checks that "the two countries" in a relative
// clause on a contact ("his message, which reflected the bonds of the two
// countries") adds no principals to it (names invented).
func TestRelativeClauseGroup25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"message, which … the two countries", "Viet Nam News", "", "2025-05-08",
			"LIMA — Peruvian Prime Minister Ana Ruiz on Thursday had a phone conversation with Chilean Prime Minister Luis Vega.\n\nPM Vega expressed his sincere thanks to PM Ruiz for the phone conversation. He also thanked Peruvian President Tomas Paz for his congratulatory message, which reflected the deep bonds between the peoples and senior leaders of the two countries.",
			[]string{"message 2025-05-08 Luis Vega+Tomas Paz", "phone_call 2025-05-08 Ana Ruiz+Luis Vega"}},
	})
}

// TestBothLeadersOfTheLastContact25 checks that "Both leaders" right after
// a contact of two is those two, not the visit's pair the lead named
// (names invented).
func TestBothLeadersOfTheLastContact25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"called on the counterpart, both leaders witnessed", "Daily News", "", "2021-02-24",
			"LIMA – Prime Minister Tom Walker of Australia on Wednesday met Peruvian President Ana Ruiz at the Presidential Palace in Lima.\nThe Premier is visiting Peru for the first time since assuming office.\nThe Prime Minister called on Peruvian counterpart Luis Vega. Both leaders witnessed the signing of five memorandums of understanding.",
			[]string{"meeting 2021-02-24 Ana Ruiz+Tom Walker", "reception 2021-02-24 Luis Vega+Tom Walker", "signing 2021-02-24 Luis Vega+Tom Walker", "visit 2021-02 Ana Ruiz+Tom Walker"}},
	})
}

// TestCalledOnTheVisitingOffice25 checks that "called on the visiting Prime
// Minister" is a courtesy call on the visit's visitor who holds that
// office, not on the host of the same office (names invented).
func TestCalledOnTheVisitingOffice25(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the visiting Prime Minister", "Ministry of External Affairs", "", "2017-04-10",
			"Prime Minister Tom Walker of Australia paid a State Visit to India from 9-12 April 2017 at the invitation of Prime Minister Ravi Nair of India.\n\n• External Affairs Minister Rina Das called on the visiting Prime Minister.",
			[]string{"reception 2017-04-10 Rina Das+Tom Walker", "visit 2017-04 Ravi Nair+Tom Walker"}},
	})
}
