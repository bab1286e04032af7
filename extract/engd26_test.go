package extract

import "testing"

// TestTalkAtABuilding26 checks that a generic talk ("talked with", "spoke
// with") held at a building the two were in together ("at the White
// House", "at the Kremlin") is a contact in person, not a call; a building
// named as the source of the report, or a call's own word, leaves it a
// call (names invented).
func TestTalkAtABuilding26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"talked with at the White House", "Voice of Vietnam", "", "2013-07-26",
			"(VOVworld)-President Hoang Duc Vinh talked with US President Tom Walker at the White House yesterday about cooperation between the two countries.",
			[]string{"meeting 2013-07-25 Hoang Duc Vinh+Tom Walker"}},
		{"spoke with at the Kremlin", "Voice of Vietnam", "", "2013-07-26",
			"President Hoang Duc Vinh spoke with Russian President Ivan Petrov at the Kremlin on Thursday about cooperation.",
			[]string{"meeting 2013-07-25 Hoang Duc Vinh+Ivan Petrov"}},
		{"the White House said: a call", "Voice of Vietnam", "", "2013-07-26",
			"President Tom Walker spoke with Vietnamese President Hoang Duc Vinh on Thursday about cooperation, the White House said.",
			[]string{"phone_call 2013-07-25 Hoang Duc Vinh+Tom Walker"}},
		{"by phone at the White House: a call", "Voice of Vietnam", "", "2013-07-26",
			"President Tom Walker spoke by phone with Vietnamese President Hoang Duc Vinh at the White House on Thursday.",
			[]string{"phone_call 2013-07-25 Hoang Duc Vinh+Tom Walker"}},
	})
}

// TestUnreadGuest26 checks that a reception whose guest is named by a title
// and name the reader does not know ("received Honorary Consul of A Ola
// Lund") is not guessed to be of the principals, whose talks it would
// retype as a reception (names invented).
func TestUnreadGuest26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"next sentence", "Viet Nam News (Vietnam News Agency)", "", "2024-10-03",
			"OSLO — President Hoang Duc Vinh left Oslo on October 3, concluding his state visit to Norway.\n\nWhile in Norway, Vinh held talks with President Erik Olsen. He also received Honorary Consul of Viet Nam Ola Lund.",
			[]string{"talks 2024-10-03 Erik Olsen+Hoang Duc Vinh", "visit 2024-10 Erik Olsen+Hoang Duc Vinh"}},
		{"a wrap-up's list", "Viet Nam News (Vietnam News Agency)", "", "2024-10-03",
			"OSLO — President Hoang Duc Vinh left Oslo on October 3, concluding his state visit to Norway.\n\nWhile in Norway, Vinh held talks with President Erik Olsen, met with Prime Minister Lena Berg, received Honorary Consul of Viet Nam Ola Lund, and attended a business forum.",
			[]string{"talks 2024-10-03 Erik Olsen+Hoang Duc Vinh", "meeting 2024-10-03 Hoang Duc Vinh+Lena Berg", "visit 2024-10 Erik Olsen+Hoang Duc Vinh"}},
		{"a guest read stays", "Viet Nam News (Vietnam News Agency)", "", "2024-10-03",
			"OSLO — President Hoang Duc Vinh left Oslo on October 3, concluding his state visit to Norway.\n\nWhile in Norway, Vinh held talks with President Erik Olsen. He also received Norwegian Foreign Minister Ola Lund.",
			[]string{"talks 2024-10-03 Erik Olsen+Hoang Duc Vinh", "reception 2024-10-03 Hoang Duc Vinh+Ola Lund", "visit 2024-10 Erik Olsen+Hoang Duc Vinh"}},
	})
}

// TestPairAfterBy26 checks that both persons of a pair a preposition
// introduces in a clause on something else ("the Partnership, launched by
// President A and Prime Minister B in 2013") are no sides of the contact,
// as the first of them already was not (names invented).
func TestPairAfterBy26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"launched by A and B", "U.S. Department of State", "Readout of Secretary Kessel's Meeting with Norwegian Foreign Minister Berg", "2014-10-02",
			"Secretary Kessel met with Norwegian Foreign Minister Lena Berg on October 2 to discuss progress on implementing the U.S.-Norway Partnership, launched by President Tom Walker and Prime Minister Erik Olsen in July 2013. Secretary Kessel highlighted trade.",
			[]string{"meeting 2014-10-02 Kessel+Lena Berg"}},
		{"launched by A", "U.S. Department of State", "Readout of Secretary Kessel's Meeting with Norwegian Foreign Minister Berg", "2014-10-02",
			"Secretary Kessel met with Norwegian Foreign Minister Lena Berg on October 2 to discuss progress on implementing the U.S.-Norway Partnership, launched by Prime Minister Erik Olsen in July 2013. Secretary Kessel highlighted trade.",
			[]string{"meeting 2014-10-02 Kessel+Lena Berg"}},
	})
}

// TestHeadlineSummitOfTwo26 checks that a headline's summit of two leaders
// ("A, B hold summit in Bergen") is the body's talks of the two, dated by
// the body, not a second contact dated by publication (names invented).
func TestHeadlineSummitOfTwo26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"summit talks", "Iceland Review", "President Halvo, Olsen hold summit in Bergen", "2017-09-07",
			"Icelandic President Arne Halvo and Norwegian Prime Minister Erik Olsen held summit talks in Bergen, Norway, on Sept. 6.\n\nThe two leaders discussed various measures to develop bilateral relations.",
			[]string{"talks 2017-09-06 Arne Halvo+Erik Olsen"}},
		{"talks", "Iceland Review", "President Halvo, Olsen hold summit in Bergen", "2017-09-07",
			"Icelandic President Arne Halvo and Norwegian Prime Minister Erik Olsen held talks in Bergen, Norway, on Sept. 6.\n\nThe two leaders discussed various measures to develop bilateral relations.",
			[]string{"talks 2017-09-06 Arne Halvo+Erik Olsen"}},
	})
}

// TestReleaseDateLine26 checks that a line of the publication date alone
// under a headline the body repeats (a ministry page's layout) is the
// page's release date: the body's own day of the headline's meeting dates
// it, one meeting, not two (names invented).
func TestReleaseDateLine26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"repeated headline and release date", "Ministry of Foreign Affairs of Japan", "Meeting between Prime Minister Sato and Norwegian Prime Minister Olsen", "2011-12-14",
			"Meeting between Prime Minister Sato and Norwegian Prime Minister Olsen\n\nDecember 14, 2011\n\nOn November 19, Prime Minister Ken Sato met with his Norwegian counterpart Erik Olsen in Bali, the Republic of Indonesia, on the sidelines of ASEAN-related summit meetings. An outline of their talks is as follows:\n\nThe two leaders discussed trade.",
			[]string{"meeting 2011-11-19 Erik Olsen+Ken Sato"}},
		{"a day line of the meeting's own day", "Ministry of Foreign Affairs of Japan", "Meeting between Prime Minister Sato and Norwegian Prime Minister Olsen", "2011-12-14",
			"December 13, 2011\n\nPrime Minister Ken Sato met with Norwegian Prime Minister Erik Olsen in Tokyo. The two leaders discussed trade.",
			[]string{"meeting 2011-12-13 Erik Olsen+Ken Sato"}},
	})
}

// TestWrapUpList26 checks a trip's wrap-up that lists its contacts verb by
// verb ("paid a courtesy visit to A, held talks with B, and met with C"):
// each contact has the persons of its own stretch and its own kind, also
// when the list opens with a support verb's phrase ("paid a courtesy call
// on") (names invented).
func TestWrapUpList26(t *testing.T) {
	lead := "Oslo (VNA) – Vietnam and Norway on July 27 affirmed their determination to raise two-way trade during Deputy Prime Minister Tran Quoc Binh's working visit to Norway.\n\n"
	runSourced(t, []sourcedCase{
		{"paid a courtesy visit to", "VietnamPlus", "", "2017-07-27",
			lead + "While in Oslo, Binh paid a courtesy visit to Speaker of the Storting Jon Dahl, held talks with Deputy Prime Minister Lena Berg, and met with Minister of Foreign Affairs Erik Olsen.",
			[]string{"meeting 2017-07-27 Erik Olsen+Tran Quoc Binh", "reception 2017-07-27 Jon Dahl+Tran Quoc Binh", "talks 2017-07-27 Lena Berg+Tran Quoc Binh", "visit 2017-07 Lena Berg+Tran Quoc Binh"}},
		{"paid a courtesy call on", "VietnamPlus", "", "2017-07-27",
			lead + "While in Oslo, Binh paid a courtesy call on Speaker of the Storting Jon Dahl, held talks with Deputy Prime Minister Lena Berg, and met with Minister of Foreign Affairs Erik Olsen.",
			[]string{"meeting 2017-07-27 Erik Olsen+Tran Quoc Binh", "reception 2017-07-27 Jon Dahl+Tran Quoc Binh", "talks 2017-07-27 Lena Berg+Tran Quoc Binh", "visit 2017-07 Lena Berg+Tran Quoc Binh"}},
		{"held talks first", "VietnamPlus", "", "2017-07-27",
			lead + "While in Oslo, Binh held talks with Deputy Prime Minister Lena Berg, and met with Minister of Foreign Affairs Erik Olsen.",
			[]string{"meeting 2017-07-27 Erik Olsen+Tran Quoc Binh", "talks 2017-07-27 Lena Berg+Tran Quoc Binh", "visit 2017-07 Lena Berg+Tran Quoc Binh"}},
	})
}

// TestWorkingSession26 checks Vietnamese outlets' "worked with Minister A"
// and "had a working session with Minister B" (a working meeting): each a
// meeting with the person named; "has long worked with partners" names no
// one and is none (names invented).
func TestWorkingSession26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"worked with two ministers", "VietnamPlus", "", "2017-07-27",
			"Oslo (VNA) – Vietnam and Norway on July 27 affirmed their determination to raise two-way trade during Deputy Prime Minister Tran Quoc Binh's working visit to Norway.\n\nWhile in Oslo, Binh held talks with Deputy Prime Minister Lena Berg, and worked with Minister of Foreign Affairs Erik Olsen and Minister of Trade Ola Lund.",
			[]string{"meeting 2017-07-27 Erik Olsen+Ola Lund+Tran Quoc Binh", "talks 2017-07-27 Lena Berg+Tran Quoc Binh", "visit 2017-07 Lena Berg+Tran Quoc Binh"}},
		{"a working session", "VietnamPlus", "", "2019-07-09",
			"Abu Dhabi (VNA) - Minister of Industry and Trade Tran Quoc Binh met with Minister of State Omar Saif, had a working session with Minister of Energy Rashid Khalfan, and attended a business forum on July 7.",
			[]string{"meeting 2019-07-07 Rashid Khalfan+Tran Quoc Binh", "meeting 2019-07-09 Omar Saif+Tran Quoc Binh"}},
		{"worked with no one named", "VietnamPlus", "", "2019-07-09",
			"Minister Tran Quoc Binh said Viet Nam has long worked with partners in the region.",
			nil},
	})
}

// TestReportedOccasion26 checks that "This view was shared during a
// meeting between A and B": an occasion brought in by "a" and named by its
// sides is the contact the report tells, not one recalled as the occasion
// of an act ("the initiatives confirmed at the Summit Meeting") (names
// invented).
func TestReportedOccasion26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a meeting between", "Hanoi Times", "", "2023-12-11",
			"This view was shared during a meeting between Prime Minister Tran Quoc Binh and his Norwegian counterpart Lena Berg in Hanoi.",
			[]string{"meeting 2023-12-11 Lena Berg+Tran Quoc Binh"}},
		{"who is on a visit", "Hanoi Times", "", "2023-12-11",
			"Vietnam and Norway have agreed to raise trade.\n\nThis view was shared during a meeting between Prime Minister Tran Quoc Binh and his Norwegian counterpart Lena Berg, who is currently on a visit to Vietnam.",
			[]string{"meeting 2023-12-11 Lena Berg+Tran Quoc Binh", "visit 2023-12 Lena Berg+Viet Nam"}},
	})
}
