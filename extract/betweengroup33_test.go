package extract

import "testing"

// TestBetweenGroup33 checks that a group named before a contact that names
// its own sides after "between" ("They discussed issues following up from
// the meeting between President A and President B") is no side of it: the
// meeting is A's and B's alone, not one of four with the call's sides
// (names invented). (The meeting keeps the day of the call, the text's
// only date: dating a retold contact is left to the date rules.)
func TestBetweenGroup33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"group before between", "U.S. Department of State", "Secretary Vance's Call With Peruvian Foreign Minister Vega", "2018-07-21",
			"The following is attributable to Spokesperson Ana Ruiz:\n\nOn July 21, Secretary of State Karl Vance spoke with Peruvian Foreign Minister Luis Vega. They discussed a broad range of issues, some of which were following up from the meeting between President Karl Brandt and President Jorge Salas.",
			[]string{"meeting 2018-07-21 Jorge Salas+Karl Brandt", "phone_call 2018-07-21 Karl Vance+Luis Vega"}},
	})
}
