package extract

import "testing"

// TestHeadlineSurnames36 checks a news headline that names both sides by
// family name alone ("A, B hold joint press conference after talks", "A
// holds press conference with B", "A speaks with B", "A, B make press
// statements") over a body that names each in full: the headline's
// contact is theirs. A family name that ends the names of two persons of
// the body, a headline with one family name the body knows, and a plan
// ("to hold") give no press event. Invented names, real countries. (On
// main: no press event, no call in any of the first five.)
func TestHeadlineSurnames36(t *testing.T) {
	const src, day = "https://news.example.org/world/1", "2021-07-15"
	met := "Polish President Adam Kowalski and Estonian Prime Minister Jaan Tamm met in Warsaw on Thursday. They discussed energy."
	press := "press_conference 2021-07-15 Adam Kowalski+Jaan Tamm"
	tests := []sourcedCase{
		{"comma, after talks", src, "Kowalski, Tamm hold joint press conference after talks", day,
			"Polish President Adam Kowalski welcomed Estonian Prime Minister Jaan Tamm to Warsaw on Thursday. The two leaders discussed energy and defence.",
			[]string{press}},
		{"and", src, "Kowalski and Tamm hold press conference", day, met, []string{press}},
		{"with", src, "Kowalski holds press conference with Tamm", day, met, []string{press}},
		{"press statements", src, "Kowalski, Tamm make press statements", day,
			"Polish President Adam Kowalski and Estonian Prime Minister Jaan Tamm have made statements to media representatives.",
			[]string{press}},
		{"particle in the family name", src, "Van der Berg, Otieno hold joint press conference", "2023-11-20",
			"European Commission President Anna van der Berg visited Nairobi on Monday. She met Kenyan President Samuel Otieno at State House.",
			[]string{"press_conference 2023-11-20 Anna van der Berg+Samuel Otieno"}},
		{"two of the family name", src, "Kowalski, Tamm hold press conference", day,
			met + " Former Estonian Prime Minister Mart Tamm attended.",
			nil},
		{"one family name known", src, "Kowalski, Lind hold press conference", day, met, nil},
		{"a plan", src, "Kowalski and Tamm to hold press conference", day,
			"Polish President Adam Kowalski will meet Estonian Prime Minister Jaan Tamm in Warsaw on Friday.",
			nil},
	}
	pressOnly(t, tests)
	calls := []sourcedCase{
		{"speaks with", src, "Kowalski speaks with Tamm", day,
			"A friendly conversation with Jaan Tamm, the president wrote. Polish President Adam Kowalski spoke last evening with Estonian Prime Minister Jaan Tamm.",
			[]string{"phone_call 2021-07-15 Adam Kowalski+Jaan Tamm"}},
	}
	runTyped(t, calls, "calls", "phone_call")
}
