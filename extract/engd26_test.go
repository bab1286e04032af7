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
