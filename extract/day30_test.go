package extract

import "testing"

// TestVideoWayAfterContact30 checks that a contact whose clause then tells
// it was held by video ("held the Leaders' Dialogue virtually", "held
// talks online", "in a virtual format") is a video call, and that
// "virtually" as "almost", a later act's way and a topic word keep the
// contact in person (names invented).
func TestVideoWayAfterContact30(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a dialogue held virtually on a day", "Prime Minister's Office", "", "2031-12-08",
			"Prime Minister Luis Vega and Prime Minister Ana Ortiz held the third Chile-Peru Annual Leaders' Dialogue virtually on 8 December 2031.",
			[]string{"video_call 2031-12-08 Ana Ortiz+Luis Vega"}},
		{"talks held online", "Wire", "", "2031-06-10",
			"Peruvian Prime Minister Luis Vega and Chilean Prime Minister Ana Ortiz held talks online on Tuesday.",
			[]string{"video_call 2031-06-10 Ana Ortiz+Luis Vega"}},
		{"talks in a virtual format", "Wire", "", "2031-06-10",
			"Peruvian Prime Minister Luis Vega and Chilean Prime Minister Ana Ortiz held talks in a virtual format on Tuesday.",
			[]string{"video_call 2031-06-10 Ana Ortiz+Luis Vega"}},
		{"virtually as almost", "Wire", "", "2031-06-10",
			"Peruvian Prime Minister Luis Vega and Chilean Prime Minister Ana Ortiz held talks on Tuesday and discussed virtually every issue.",
			[]string{"talks 2031-06-10 Ana Ortiz+Luis Vega"}},
		{"online as a topic", "Wire", "", "2031-06-10",
			"Peruvian Prime Minister Luis Vega held talks with Chilean Prime Minister Ana Ortiz in Lima on Tuesday on online trade.",
			[]string{"talks 2031-06-10 Ana Ortiz+Luis Vega"}},
	})
}

// TestPhoneTalksHeadline30 checks that a headline's "phone talks" names a
// call, as "telephone talks" does, not talks in person (names invented).
func TestPhoneTalksHeadline30(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"phone talks over a body without the way", "News Agency", "PM holds phone talks with Peruvian counterpart", "2031-06-24",
			"Prime Minister Ana Ortiz of Chile congratulated Prime Minister Luis Vega of Peru on his appointment. The two Prime Ministers agreed to strengthen bilateral relations.",
			[]string{"phone_call 2031-06-24 Ana Ortiz+Luis Vega"}},
	})
}
