package extract

import "testing"

// Session 20 rules, from reading dev40 (leaders' offices and other
// governments' agencies), each with invented names.

// TestLettersEach20 checks that letters to two recipients, each named
// after a letter of its own, are two messages, and that one joint letter
// to two is one.
func TestLettersEach20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a letter each", "", "", "2026-03-05",
			"On 4 March, Prime Minister Lena Berg of Norway sent a letter to Mr. Tomas Varga, former Prime Minister of Hungary, and a congratulatory letter to Prime Minister Peter Kovacs of Hungary.",
			[]string{"message 2026-03-04 Lena Berg+Tomas Varga", "message 2026-03-04 Lena Berg+Peter Kovacs"}},
		{"written letters, one each", "", "", "2026-03-05",
			"Prime Minister Lena Berg of Norway has written a valedictory letter to outgoing Hungarian Prime Minister Tomas Varga and a congratulatory letter to incoming Hungarian Prime Minister Peter Kovacs.",
			[]string{"message 2026-03-05 Lena Berg+Tomas Varga", "message 2026-03-05 Lena Berg+Peter Kovacs"}},
	})
}

// TestOfficeTakenClause20 checks that the day of a clause on taking office
// set off by commas ("A, sworn in on Wednesday night, also spoke with B")
// does not date the contact.
func TestOfficeTakenClause20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"sworn in the day before", "", "", "2026-03-05",
			"Norwegian Prime Minister Lena Berg on Thursday spoke with leaders over the phone on her first day in office, including Hungarian Prime Minister Peter Kovacs. Berg, sworn in as prime minister on Wednesday night, also spoke with Polish President Jan Nowicki.",
			[]string{"phone_call 2026-03-05 Lena Berg+Peter Kovacs", "phone_call 2026-03-05 Jan Nowicki+Lena Berg"}},
	})
}

// TestCounterpartHeadline20 checks that a headline's talks with "Japanese
// counterpart" over a body naming the two prime ministers without a verb
// are the talks of those two.
func TestCounterpartHeadline20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"counterpart in the headline", "", "PM holds talks with Hungarian counterpart", "2026-03-05",
			"Prime Minister Lena Berg of Norway and Hungarian counterpart Peter Kovacs in Budapest on March 5.\n\nBerg, who is on a three-day official visit to Hungary, congratulated Kovacs on his election.\n\nBerg conveyed greetings to President Anna Szabo and Prime Minister Kovacs.",
			[]string{"talks 2026-03-05 Lena Berg+Peter Kovacs", "visit 2026-03 Lena Berg+Peter Kovacs"}},
		{"counterparts of a group and a country: not one of them", "", "Readout of Adviser Berg's Meeting with Nordic and Hungarian Counterparts", "2026-03-05",
			"National Security Adviser Lena Berg met on March 4 with Swedish Adviser Ola Lind, Danish Adviser Jens Holm and Hungarian Adviser Peter Kovacs.",
			nil},
	})
}

// TestLongOfficeChain20 checks that a host named after a long chain of
// offices ending "of Hungary Dr. A" is a party, as one named after a short
// title is, on the day of a meeting with another host.
func TestLongOfficeChain20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"office chain with country and honorific", "", "", "2026-03-05",
			"Prime Minister Lena Berg concluded her introductory visit to Hungary today.\n\nPrime Minister Berg met and was hosted to lunch by Prime Minister and Minister of Finance of Hungary Dr. Peter Kovacs at the Carmelite.\n\nPrime Minister Berg met Deputy Prime Minister and Minister of Water Transformation and Rural Renewal of Hungary Dr. Tomas Varga.",
			[]string{"visit 2026-03 Lena Berg+Peter Kovacs", "meeting 2026-03-05 Lena Berg+Peter Kovacs", "meeting 2026-03-05 Lena Berg+Tomas Varga"}},
	})
}

// TestCountedAnnouncement20 checks that "a number of calls from foreign
// leaders", naming none, is no contact of its own, and that the guest of a
// bilateral hosted that day ("as well as hosting the Prime Minister of A")
// and the callers listed after ("the phone calls from President B,
// Prime Minister C and King D") are one contact each.
func TestCountedAnnouncement20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"announced calls, then listed", "", "", "2026-03-05",
			"Prime Minister Lena Berg spoke with a number of international leaders today.\n\nA spokesperson said: As well as hosting Prime Minister Peter Kovacs of Hungary for a bilateral in Oslo today, the Prime Minister has taken a number of congratulatory calls from foreign leaders.\n\nA common theme that emerged in the phone calls from President Jan Nowicki of Poland, Prime Minister Ana Silva of Portugal and King Harald Olsen of Denmark is the importance of trade.",
			[]string{"meeting 2026-03-05 Lena Berg+Peter Kovacs", "phone_call 2026-03-05 Jan Nowicki+Lena Berg", "phone_call 2026-03-05 Ana Silva+Lena Berg", "phone_call 2026-03-05 Harald Olsen+Lena Berg"}},
		{"hosting ahead is no contact held", "", "", "2026-03-05",
			"Prime Minister Lena Berg looks forward to hosting Prime Minister Peter Kovacs of Hungary in Oslo next year.",
			nil},
	})
}

// TestPreparedVisitHeadline20 checks that a headline's visit named after
// "preparations for" is ahead, no visit held.
func TestPreparedVisitHeadline20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"visit prepared", "", "Berg, Kovacs discuss preparations for Norwegian leader's state visit to Hungary", "2026-03-05",
			"OSLO, March 5. Norwegian Prime Minister Lena Berg held a telephone conversation with Hungarian Prime Minister Peter Kovacs, the press service reported.",
			[]string{"phone_call 2026-03-05 Lena Berg+Peter Kovacs"}},
	})
}

// TestMediaStatementsHeadline20 checks that a headline of "statements to
// the media" over a transcript is a press conference of the two it names.
func TestMediaStatementsHeadline20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"statements to the media", "", "Lena Berg and Prime Minister of Hungary Peter Kovacs' statements to the media", "2026-03-05",
			"March 5, 2026, Budapest\n\nPrime Minister of Hungary Peter Kovacs: Prime Minister Lena Berg, guests, journalists.\n\nPrime Minister Lena Berg and I have held talks that were a success.",
			[]string{"press_conference 2026-03-05 Lena Berg+Peter Kovacs", "talks 2026-03-05 Lena Berg+Peter Kovacs"}},
	})
}

// TestHostNotInviter20 checks that a leader's state visit at the
// invitation of a party leader who takes no part in what the text reports
// is hosted by the leader of the visitor's rank who held the talks.
func TestHostNotInviter20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"host of the talks", "", "", "2026-03-05",
			"Budapest – Hungarian President Anna Szabo hosted a welcome ceremony for Polish President Jan Nowicki at noon on March 5.\nPresident Nowicki is on a state visit to Hungary from March 4-5 at the invitation of General Secretary of the Communist Party of Hungary Tomas Varga.\nAfter the welcome ceremony, the Presidents commenced their talks.",
			[]string{"reception 2026-03-05 Anna Szabo+Jan Nowicki", "talks 2026-03-05 Anna Szabo+Jan Nowicki", "visit 2026-03 Anna Szabo+Jan Nowicki"}},
	})
}

// TestTalksFrame20 checks that "At the talks, …" takes up the talks told
// before, and that a day glossing a commemoration in brackets dates no
// contact.
func TestTalksFrame20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"frame and commemorated days", "", "", "2026-05-11",
			"OSLO — Prime Minister Lena Berg held talks with Hungarian Prime Minister Peter Kovacs in Oslo on Sunday within the framework of his official visit to Norway.\n\nAt the talks, Prime Minister Berg thanked Prime Minister Kovacs for attending the parade on May 8.\n\nBerg said Kovacs's visit was meaningful on the 80th anniversary of the Liberation (May 8) and the 50th anniversary of the Accord (April 12).",
			[]string{"talks 2026-05-10 Lena Berg+Peter Kovacs", "visit 2026-05 Lena Berg+Peter Kovacs"}},
	})
}

// TestCourtesyVisitsAndExchange20 checks that "paid courtesy visits to A
// and B" is a reception by each, and that the exchange of documents a
// visitor attended after talks is a signing.
func TestCourtesyVisitsAndExchange20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"courtesy visits and the exchange", "", "Norwegian PM concludes visit to Hungary", "2026-03-05",
			"During the visit, Norwegian Prime Minister Lena Berg laid a wreath, held talks with her Hungarian counterpart Peter Kovacs, attended the exchange of cooperation documents, co-chaired a press conference with PM Kovacs.\n\nShe also paid courtesy visits to Party General Secretary Tomas Varga and President Anna Szabo, and had a meeting with National Assembly Chairman Imre Toth.",
			[]string{"talks 2026-03-05 Lena Berg+Peter Kovacs", "signing 2026-03-05 Lena Berg+Peter Kovacs", "press_conference 2026-03-05 Lena Berg+Peter Kovacs",
				"reception 2026-03-05 Lena Berg+Tomas Varga", "reception 2026-03-05 Anna Szabo+Lena Berg", "meeting 2026-03-05 Imre Toth+Lena Berg", "visit 2026-03 Lena Berg+Peter Kovacs"}},
	})
}

// TestNamedHomeLeader20 checks that a transcript on a leader's own site
// whose home side no label names is the contact of the one home person the
// guest names, when the office table has them lead the country that day
// (here a real holder: the table decides).
func TestNamedHomeLeader20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the guest names the host", "Prime Minister of Australia (transcript)", "Press conference - Honiara", "2017-03-10",
			"10 Mar 2017 Honiara, Solomon Islands Prime Minister, Prime Minister of Solomon Islands Leadership Dialogue\n\nPETER KORA, PRIME MINISTER OF SOLOMON ISLANDS: We just concluded a very thoughtful leaders dialogue. It was fruitful. Following the elections, we watched what happened on the other side, with the Honourable Turnbull as Prime Minister.",
			[]string{"meeting 2017-03-10 Malcolm Turnbull+Peter Kora", "press_conference 2017-03-10 Malcolm Turnbull+Peter Kora"}},
	})
}

// TestThingsArrived20 checks that what "arrived in" a country after a
// relative clause's verb ("the vessels that Norway provided arrived in
// Hungary") is no visit of the persons of the sentence.
func TestThingsArrived20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"vessels arrived", "", "", "2026-03-05",
			"On March 5, Prime Minister Lena Berg of Norway held a telephone talk with Prime Minister Peter Kovacs of Hungary. Prime Minister Berg stated that the used river patrol vessels that Norway provided arrived in Hungary in the previous week, and Prime Minister Kovacs expressed appreciation.",
			[]string{"phone_call 2026-03-05 Lena Berg+Peter Kovacs"}},
	})
}
