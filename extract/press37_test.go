package extract

import "testing"

// TestOwnPressAfterContact37 checks a press conference one speaker gave
// after a contact with another: "A said at a press conference after his
// meeting with B", "A convened a press conference … following his meeting
// with B", "a rare solo press conference", "held a press conference on the
// upcoming meeting with B". B is the other side of the meeting, not a
// co-speaker: the press event is A's own. A joint press conference, one
// "with" B, and one "after their talks" keep both sides. Invented names,
// real countries. (On main: both sides in the first four.)
func TestOwnPressAfterContact37(t *testing.T) {
	const src, day = "https://news.example.org/world/1", "2022-11-14"
	danko, farr := "Chilean President Arvel Danko", "Uruguayan President Lio Farr"
	own := []string{"press_conference 2022-11-14 Arvel Danko"}
	both := []string{"press_conference 2022-11-14 Arvel Danko+Lio Farr"}
	tests := []sourcedCase{
		{"said at, after his meeting with", src, "Danko says talks were frank", day,
			danko + " met " + farr + " in Lima on Monday. \"I think that we understand one another,\" Danko said at a press conference after his meeting with " + farr + " concluded.",
			own},
		{"convened, following his meeting with", src, "President convenes press conference", day,
			danko + " convened a press conference at a hotel in Lima on November 14 following his meeting with " + farr + ".",
			own},
		{"solo", src, "Danko holds solo press conference", day,
			"In a rare solo press conference held in Lima on Monday, " + danko + " provided updates on relations with Uruguay. Danko and Farr met earlier on Monday.",
			own},
		{"on the upcoming meeting with", src, "Impromptu press conference", day,
			danko + " held an impromptu press conference at his office on the upcoming meeting with " + farr + ".",
			own},
		{"joint, after his meeting with", src, "Joint press conference", day,
			danko + " and " + farr + " held a joint press conference after the meeting with business leaders on Monday.",
			both},
		{"with B", src, "Press conference", day,
			danko + " held a press conference with " + farr + " after his meeting with business leaders on Monday.",
			both},
		{"after their talks", src, "Press conference", day,
			danko + " and " + farr + " held a press conference after their talks in Lima on Monday.",
			both},
	}
	pressOnly(t, tests)
}
