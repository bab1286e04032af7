package extract

import "testing"

// TestAnswererUnnamed33 checks parliamentary replies whose answerer stands on
// no line after the question: the answerer's line opening the body, the
// reply opened after a vocative, and the office the question is put to
// (the Taoiseach of the day answers "I"). Counterparts are invented.
func TestAnswererUnnamed33(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"answerer's line opens the body", "Parliament debates", "Dáil debates: Taoiseach's Meetings and Engagements", "2022-10-04",
			"Anna Holm (Oslo East, Labour)\n\nI propose to take Questions Nos. 15 to 27, inclusive, together.\n\nAt the Prime Minister's invitation, I met Prime Minister Tomas Berg of Norway in Oslo on the morning of Sunday, 18 September.",
			[]string{"meeting 2022-09-18 Anna Holm+Tomas Berg"}},
		{"a vocative before the opener", "Parliament debates", "Recent discussions with the Norwegian Prime Minister", "2022-10-04",
			"Anna Holm (Oslo East, Labour)\n\nA Cheann Comhairle, I propose to take Questions 17 to 24 together.\n\nI met Prime Minister Tomas Berg of Norway in Oslo on 14 September.",
			[]string{"meeting 2022-09-14 Anna Holm+Tomas Berg"}},
		{"To ask the Taoiseach", "Parliament written answers", "Taoiseach | Recent Discussions with Norwegian PM", "2024-03-05",
			"To ask the Taoiseach the extent of any discussions he has had with the Norwegian Prime Minister following their recent meeting.\n\nI was pleased to travel to Oslo on 5 February. While in Oslo, I met with Norwegian Prime Minister Tomas Berg.",
			[]string{"meeting 2024-02-05 Leo Varadkar+Tomas Berg"}},
		{"asked the Taoiseach, with the question's number", "Parliament written answers", "Taoiseach's Meetings and Engagements", "2017-11-21",
			"Deputy Anna Holm asked the Taoiseach if he has met Prime Minister Tomas Berg of Norway since the October European Council. [48890/17]\n\nWritten answers\n\nI had a bilateral meeting with Prime Minister Tomas Berg of Norway in Brussels on 17 October.",
			[]string{"meeting 2017-10-17 Leo Varadkar+Tomas Berg"}},
		// Guards: an office of no known country answers no one; a question
		// put to a minister named by the reply's own line keeps them.
		{"office of no known country", "Parliament written answers", "Ministerial Meetings", "2024-03-05",
			"To ask the Minister for Health if he has met his Norwegian counterpart.\n\nI met Health Minister Tomas Berg of Norway in Oslo on 5 February.",
			nil},
		{"answerer's line after the question", "Parliament written answers", "Taoiseach's Meetings and Engagements", "2017-11-21",
			"To ask the Taoiseach if he has met Prime Minister Tomas Berg of Norway. [48890/17]\n\nAnna Holm (Oslo East, Labour)\n\nI met Prime Minister Tomas Berg of Norway in Brussels on 17 October.",
			[]string{"meeting 2017-10-17 Anna Holm+Tomas Berg"}},
	}, "engagements", "meeting", "talks", "call")
}

// TestQuestionerNoSide33: the deputy who asks is no side of the contact the
// reply tells.
func TestQuestionerNoSide33(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"our meeting after the question", "Parliament written answers", "Taoiseach's Meetings and Engagements", "2018-07-24",
			"Anna Holm\n\n11. Deputy Anna Holm asked the Taoiseach if he will report on his meeting with the visiting prince and the issues that were discussed. [32469/18]\n\nWritten answers\n\nI welcomed the visitors to Government Buildings on 10 July. During the course of our meeting we noted the close ties between our two countries.",
			nil},
	}, "engagements", "meeting", "talks", "call")
}

// TestAnswerQuestionAndTally33: a tally past an object with its office is no
// one meeting; the question's contacts stay unread (guards).
func TestAnswerQuestionAndTally33(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"the question's counterpart is no meeting", "Parliament written answers", "Official Engagements", "2024-06-27",
			"Written answers\n\nLars Dahl (Bergen, Centre)\n\n24. To ask the Minister for Foreign Affairs the number of times he has met with his Norwegian counterpart since he took office. [27026/24]\n\nAnna Holm (Oslo East, Labour)\n\nI met bilaterally with Foreign Minister Tomas Berg of Norway again when I visited Oslo in June 2023.",
			[]string{"meeting 2023-06 Anna Holm+Tomas Berg"}},
		{"the question's meeting is no second meeting", "Parliament written answers", "Official Engagements", "2024-06-27",
			"Written answers\n\nLars Dahl (Bergen, Centre)\n\n24. To ask the Minister for Foreign Affairs if he met Foreign Minister Tomas Berg of Norway during his visit to Oslo. [27026/24]\n\nAnna Holm (Oslo East, Labour)\n\nI did not meet bilaterally with the Foreign Minister this month.",
			nil},
		{"a tally past the office", "Parliament written answers", "Official Engagements", "2024-06-27",
			"Written answers\n\nLars Dahl (Bergen, Centre)\n\n24. To ask the Minister for Foreign Affairs whether he has met his Norwegian counterpart. [27026/24]\n\nAnna Holm (Oslo East, Labour)\n\nI have met in-person with Norwegian Foreign Minister Tomas Berg of Norway on three occasions.",
			nil},
	}, "engagements", "meeting", "talks", "call")
}

// TestWhenClauseDate33: a day told before "when we had discussions" is the
// meeting's, though the talks' phrase stands nearer.
func TestWhenClauseDate33(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"when we had discussions", "Parliament written answers", "Ministerial Meetings", "2008-10-09",
			"Written answers\n\nLars Dahl (Bergen, Centre)\n\nQuestion 25: To ask the Minister for Foreign Affairs if he will report on his recent meeting with his Norwegian counterpart. [34185/08]\n\nAnna Holm (Oslo East, Labour)\n\nI met with the Norwegian Foreign Secretary, Tomas Berg, on 11 September when we had substantive discussions on a wide range of European and international issues.",
			[]string{"meeting 2008-09-11 Anna Holm+Tomas Berg"}},
	}, "engagements", "meeting", "talks", "call")
}

// TestAnswerRecall33: a contact of years before that a reply recalls is no
// contact it reports.
func TestAnswerRecall33(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"a state visit seven years before", "Parliament written answers", "Taoiseach's Meetings and Engagements", "2018-07-24",
			"Lars Dahl (Bergen, Centre)\n\n11. To ask the Minister for Foreign Affairs if he will report on his meeting with the visiting prince. [32469/18]\n\nAnna Holm (Oslo East, Labour)\n\nDuring the course of our meeting we noted the close ties between our two countries, reinforced by the historic state visit of King Olav Berg of Norway to Ireland in 2011.",
			nil},
	}, "engagements", "visit", "meeting")
}

// TestAnswerWe33: a reply's "we" after the answerer's contact is the
// answerer and that counterpart; undated, or with no contact before, it
// stays unread.
func TestAnswerWe33(t *testing.T) {
	h := "Written answers\n\nLars Dahl (Bergen, Centre)\n\nQuestion 25: To ask the Minister for Foreign Affairs if he will make a statement on the matter. [34185/08]\n\nAnna Holm (Oslo East, Labour)\n\n"
	runTyped(t, []sourcedCase{
		{"we had spoken, dated", "Parliament written answers", "Ministerial Meetings", "2008-02-06",
			h + "While in Oslo, I met with Foreign Secretary Tomas Berg of Norway on 5 February. We had also spoken by phone on 30 January about the prospects for restoration.",
			[]string{"meeting 2008-02-05 Anna Holm+Tomas Berg", "phone_call 2008-01-30 Anna Holm+Tomas Berg"}},
		{"undated we", "Parliament written answers", "Ministerial Meetings", "2008-02-06",
			h + "While in Oslo, I met with Foreign Secretary Tomas Berg of Norway on 5 February. We also spoke by phone.",
			[]string{"meeting 2008-02-05 Anna Holm+Tomas Berg"}},
		{"no contact before", "Parliament written answers", "Ministerial Meetings", "2008-02-06",
			h + "I attended the meeting of the Council in Brussels on 5 February. We also met in a smaller format on 4 February.",
			nil},
	}, "engagements", "meeting", "talks", "phone_call")
}
