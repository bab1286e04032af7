package extract

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// engSummary lists a findings' engagements as "type[side+side]", sides by
// person name, else country code, sorted.
func engSummary(f *accord.ArticleFacts) []string {
	actors := map[string]accord.Actor{}
	for _, ac := range f.Actors {
		actors[ac.ID] = ac
	}
	var out []string
	for _, e := range f.Engagements {
		var sides []string
		for _, p := range e.Participants {
			ac := actors[p]
			if ac.Type == accord.Person {
				sides = append(sides, ac.Name)
			} else {
				sides = append(sides, ac.Country)
			}
		}
		slices.Sort(sides)
		out = append(out, string(e.Type)+"["+strings.Join(sides, "+")+"]")
	}
	slices.Sort(out)
	return out
}

// TestLabelBriefer checks that a spokesperson named in a briefing's speaker
// label with the office after the name ("Shri A B, Official
// Spokesperson:", "Mr. A B (Official Spokesperson):") is no side of the
// press conference the briefing tells of (released convention: dev66 20
// codes no press conference of the briefer) (session 33, spox33). Invented
// names; main gave press_conference[Ravi Menon+Tom Brindle] on both.
func TestLabelBriefer(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct{ name, body string }{
		{"name, comma, office",
			"Shri Ravi Menon, Official Spokesperson: A very good afternoon to all of you. Thank you for joining us for this special media briefing on the occasion of the State visit of the Prime Minister of Australia Tom Brindle. The discussion with Prime Minister has just concluded.\n\nShri Vikram Rao, Foreign Secretary: Thank you and welcome to this special briefing on the State visit of Prime Minister Brindle."},
		{"name, office in brackets",
			"Mr. Ravi Menon (Official Spokesperson): A very good afternoon to all of you. Thank you for joining us for this special media briefing on the occasion of the State visit of the Prime Minister of Australia Tom Brindle."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := article("Special Briefing by Foreign Secretary on the State Visit of Australian PM to India", "2023-03-10", tt.body)
			a.URL = "https://www.mea.gov.in/media-briefings.htm?dtl/36344"
			for _, e := range engSummary(x.Extract(a)) {
				if strings.HasPrefix(e, "press_conference") && strings.Contains(e, "Ravi Menon") {
					t.Errorf("briefer is a side: %s", e)
				}
			}
		})
	}
}

// TestBriefingSpokesperson checks that a spokesperson who speaks of a
// leader's visit at a press briefing is neither a side of a press
// conference with the leader nor the visit's host (session 33, spox33;
// unseen agency pages of three outlets). Invented names.
func TestBriefingSpokesperson(t *testing.T) {
	x := newX(t)
	a := article("White House not confirmed reports of PM Qadri's visit: US state dept", "2019-07-10",
		"WASHINGTON (Valley News) – US State Department Spokesperson Lena Marsh on Wednesday has said that the White House has not confirmed reports of Prime Minister (PM) Omar Qadri's visit to the United States.\n\nResponding to a question during press briefing, Lena Marsh said she would reach out to the White House to confirm or not confirm Qadri's visit.\n\nEarlier on June 29, reports about PM Qadri visiting United States from July 20 to July 24 emerged. It was informed that Omar Qadri will hold meetings with the US President Paul Denton and other high-level officials.")
	a.URL = "https://news.example.pk/en/qadri-visit"
	got := engSummary(x.Extract(a))
	for _, e := range got {
		if (strings.HasPrefix(e, "press_conference") || strings.HasPrefix(e, "visit")) && strings.Contains(e, "Lena Marsh") {
			t.Errorf("spokesperson is a side: %s", e)
		}
	}
	t.Log(got)
}

// TestPluralCounterparts checks that two ministers of one government who
// meet "their British counterparts" hold one contact with that country,
// not a contact between themselves (session 33, spox33; au33's unseen
// AUKMIN page). Invented names; main gave meeting[Jane Corbett+Mark Tully].
func TestPluralCounterparts(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct{ name, body, want string }{
		{"demonym", "Australian Foreign Minister Jane Corbett and Australian Defence Minister Mark Tully met with their British counterparts in London on Friday.", "meeting[GB+Jane Corbett+Mark Tully]"},
		{"one minister: as before", "Australian Foreign Minister Jane Corbett met with her British counterpart in London on Friday.", "meeting[GB+Jane Corbett]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := article("Ministers meet counterparts", "2022-01-21", tt.body)
			a.URL = "https://example.org/news/2"
			got := engSummary(x.Extract(a))
			if !slices.Contains(got, tt.want) {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}
