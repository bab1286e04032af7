package extract

import "testing"

// TestAskedDoubleOffice33 checks a question put to a minister who holds two
// offices ("asked the Tánaiste and Minister for Foreign Affairs"): the
// second office, a foreign minister's, names who answers "I", in the first
// office's country; and a question on the parliament's own site puts an
// unqualified office to the home government. Counterparts are invented.
func TestAskedDoubleOffice33(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"deputy leader and foreign minister", "Parliament written answers", "Official Engagements", "2024-01-25",
			"Deputy Lars Dahl asked the Tánaiste and Minister for Foreign Affairs to report on his recent meeting with his Norwegian counterpart. [2633/24]\n\nWritten answers\n\nI travelled to Oslo on 13 December to meet with Norwegian Foreign Minister Tomas Berg, our first since his appointment.",
			[]string{"meeting 2023-12-13 Micheál Martin+Tomas Berg"}},
		{"the portfolio's second word", "Parliament written answers", "Ministerial Meetings", "2018-04-18",
			"Deputy Lars Dahl asked the Tánaiste and Minister for Foreign Affairs and Trade if he will report on his meeting with the Foreign Minister of Norway. [16878/18]\n\nWritten answers\n\nI met Foreign Minister Tomas Berg of Norway in Dublin on 12 April.",
			[]string{"meeting 2018-04-12 Simon Coveney+Tomas Berg"}},
		{"the parliament's own site", "https://www.oireachtas.ie/en/debates/question/2024-01-25/42/", "Official Engagements", "2024-01-25",
			"Deputy Lars Dahl asked the Minister for Foreign Affairs to report on his recent meeting with his Norwegian counterpart. [2633/24]\n\nWritten answers\n\nI met Norwegian Foreign Minister Tomas Berg in Oslo on 13 December.",
			[]string{"meeting 2023-12-13 Micheál Martin+Tomas Berg"}},
		// Guards: two offices asked ("the A and the B") name no one person;
		// a portfolio of no known class answers no one.
		{"two offices asked", "Parliament written answers", "Official Engagements", "2024-01-25",
			"Deputy Lars Dahl asked the Tánaiste and the Minister for Health to report on their meetings with Norwegian counterparts. [2633/24]\n\nWritten answers\n\nI met Norwegian Foreign Minister Tomas Berg in Oslo on 13 December.",
			nil},
		{"second office of no class", "Parliament written answers", "Official Engagements", "2024-01-25",
			"Deputy Lars Dahl asked the Tánaiste and Minister for Enterprise to report on his meeting with his Norwegian counterpart. [2633/24]\n\nWritten answers\n\nI met Norwegian Trade Minister Tomas Berg in Oslo on 13 December.",
			nil},
	}, "engagements", "meeting", "talks", "call")
}
