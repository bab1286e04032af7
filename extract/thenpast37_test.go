package extract

import "testing"

// TestThenTitleIsPastHolder37 checks that a holder named with a lower-case
// "then" before the title ("by then Prime Minister A", "the then Foreign
// Minister B", "when then Vice President C visited") is a past one, who
// takes no part in the contacts of the day, while "then" of sequence
// ("and then President D hosted") leaves the holder a side.
func TestThenTitleIsPastHolder37(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"then before the title after a preposition", "", "Foreign Minister concludes week in New York", "2024-09-30",
			"Foreign Minister Tam Rell held talks with President Ana Voss of Estonia on Monday. \"Our work was about the UN Charter, as articulated by then Prime Minister Hugo Marsh at the founding of the UN,\" Mr Rell says.",
			[]string{"talks 2024-09-30 Ana Voss+Tam Rell"}},
		{"when then Vice President visited", "", "President receives Foreign Minister", "2024-05-10",
			"President Ana Voss of Estonia received Foreign Minister Tam Rell of Norland in Tallinn on Friday. The relationship has grown since 2015, when then Vice President Omar Brandt visited Tallinn and met then President Hanno Lutz.",
			[]string{"reception 2024-05-10 Ana Voss+Tam Rell"}},
		{"the then minister", "", "Ministers meet in Tallinn", "2024-05-10",
			"Foreign Minister Tam Rell of Norland met Foreign Minister Kari Lund of Estonia in Tallinn on Friday. Their last talks were held in 2019, when the then Foreign Minister Ivo Sten met Prime Minister Hanno Lutz of Estonia in Oslo.",
			[]string{"meeting 2024-05-10 Kari Lund+Tam Rell"}},
		{"then of sequence keeps the side", "", "President receives Foreign Minister", "2024-05-10",
			"On Friday the delegation toured the port of Tallinn, and then President Ana Voss of Estonia received Foreign Minister Tam Rell of Norland at the palace.",
			[]string{"reception 2024-05-10 Ana Voss+Tam Rell"}},
	})
}
