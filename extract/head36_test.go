package extract

import (
	"testing"

	accord "github.com/accordhq/accord"
)

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

// TestHeadlineSurnameTable36 checks a headline family name the body does
// not name in full (a speech, a short agency item that spells the name
// another way): the one head of state or government or foreign minister of
// that family name on the day (knowledge), when the text names their
// country, its capital, or, for a union's leader, the union as a body.
// Then "Hold Joint Press Statement" names the press event of the two. The
// holder is checked by country; the counterparts are invented. (On main:
// no press event.)
func TestHeadlineSurnameTable36(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, day, body string
		country                string // the table holder's; "" for no press event
	}{
		{"a chancellor, the capital named", "Merkel, Indonesian President Karim hold joint press conference", "2012-05-02",
			"Indonesian President Ali Karim arrived in Berlin on Wednesday. Thank you for the warm welcome, he said.",
			"DE"},
		{"a union's leader, the union named", "Von der Leyen, Kenyan President Otieno Hold Joint Press Statement", "2023-12-18",
			"Excellencies, what a pleasure to be back in Nairobi. The European Union values this partnership with Kenya, President Samuel Otieno.",
			"EU"},
		{"the country unnamed", "Merkel, Indonesian President Karim hold joint press conference", "2012-05-02",
			"Indonesian President Ali Karim said the talks went well. Thank you for the warm welcome, he said.",
			""},
		{"a family name the table does not know", "Vorskaya, Indonesian President Karim hold joint press conference", "2012-05-02",
			"Indonesian President Ali Karim arrived in Berlin on Wednesday.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, tt.day, tt.body)
			a.URL = "https://www.example-news.com/world/1"
			f := x.Extract(a)
			actors := map[string]accord.Actor{}
			for _, ac := range f.Actors {
				actors[ac.ID] = ac
			}
			got := ""
			for _, e := range f.Engagements {
				if e.Type != accord.PressConference || len(e.Participants) != 2 {
					continue
				}
				for _, p := range e.Participants {
					if ac := actors[p]; ac.Type == accord.Person && ac.Country == tt.country && tt.country != "" {
						got = ac.Country
					}
				}
				if got == "" {
					got = "other sides"
				}
			}
			if got != tt.country {
				t.Errorf("press event holder's country %q, want %q", got, tt.country)
			}
		})
	}
}

// TestHeadlineContactDay36 checks a headline's contact dated only by
// publication whose day a later body sentence gives in an opening phrase,
// its sides a group word after the comma ("During the informal talks on
// Sunday evening, the leaders discussed …"): that day. Invented names, real
// countries. (On main: the publication day in the first; the second, a
// headline of family names alone, main read from the body only.)
func TestHeadlineContactDay36(t *testing.T) {
	const src, day = "https://news.example.org/world/2", "2022-10-24"
	const lead = "Estonian Prime Minister Jaan Tamm has met Polish President Adam Kowalski in Warsaw for the first time since taking office last week. "
	tests := []sourcedCase{
		{"the leaders", src, "Estonian PM Tamm meets Polish President Kowalski", day,
			lead + "During the informal talks on Sunday evening, the leaders discussed energy prices.",
			[]string{"meeting 2022-10-23 Adam Kowalski+Jaan Tamm"}},
		{"both", src, "Tamm meets Kowalski for first time", day,
			lead + "During their talks on Sunday evening, both discussed energy prices.",
			[]string{"meeting 2022-10-23 Adam Kowalski+Jaan Tamm"}},
	}
	runTyped(t, tests, "meetings", "meeting", "talks")
}
