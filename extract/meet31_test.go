package extract

import (
	"strings"
	"testing"
)

// TestGladInfinitiveMeeting31 checks a leader's release or transcript
// that tells a meeting as a pleasure had, the speaker unnamed: "It was a
// pleasure to meet with A", "It has been fantastic to be here in C to
// meet with A" are the speaker's meeting with A that day. "It will be a
// pleasure to meet with A" is a plan; "It is important to meet with our
// partners" is no pleasure and names no one. Invented guests, real
// countries (the speaker is the publishing government's leader).
func TestGladInfinitiveMeeting31(t *testing.T) {
	const src, title, day = "https://www.pm.gov.au/media/press-conference-suva", "Press conference - Suva, Fiji", "2024-10-25"
	const lead = "I'm very proud to be here in the Pacific. "
	meeting := "meeting 2024-10-25 Anthony Albanese+Josefa Vula"
	tests := []sourcedCase{
		{"it was a pleasure to meet with", src, title, day,
			lead + "It was a pleasure to meet with the Prime Minister of Fiji, Josefa Vula, to discuss ways to strengthen ties between our countries.",
			[]string{meeting}},
		{"it has been fantastic to be here in a city to meet with", src, title, day,
			lead + "It has been fantastic to be here in Suva to meet with the Prime Minister of Fiji, Josefa Vula.",
			[]string{meeting}},
		{"a pleasure ahead is a plan", src, title, day,
			lead + "It will be a pleasure to meet with the Prime Minister of Fiji, Josefa Vula, next month.",
			nil},
		{"importance is no pleasure had", src, title, day,
			lead + "It is important to meet with our partners in the region.",
			nil},
	}
	x := newX(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, tt.published, tt.body)
			a.URL = tt.source
			// Only the meetings: the headline's press conference is not
			// this rule's.
			var got []string
			for _, e := range engagementSummary(x.Extract(a)) {
				if strings.HasPrefix(e, "meeting ") {
					got = append(got, e)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("meetings %q, want %q", got, tt.want)
			}
		})
	}
}
