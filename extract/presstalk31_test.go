package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/accordhq/accord/extract/sentence"
)

// TestTalkToThePress checks, with invented names, that a generic talk
// phrase whose object is the press ("spoke with reporters", "spoke to
// local media persons") is a press event, and no call with the person the
// sentence names next; and that a person of the press office, or a leader,
// after the phrase still makes the talk a contact.
func TestTalkToThePress(t *testing.T) {
	const src, title, pub = "Presidency of Valdora", "President in Tallinn", "2024-03-12"
	meet := "meeting 2024-03-11 Alar Kask+Tomas Varga"
	press := "press_conference 2024-03-11 Alar Kask+Tomas Varga"
	tests := []sourcedCase{
		{"spoke with reporters after a meeting", src, title, pub,
			"President Alar Kask of Estonia spoke with reporters in Tallinn on March 11 after meeting Prime Minister Tomas Varga of Hungary.",
			[]string{meet, press}},
		// "following his meeting with B": B is the meeting's other side,
		// the press event the speaker's own (press37.go; the golds code
		// own press events with the speaker alone).
		{"spoke to media without an article", src, title, pub,
			"President Alar Kask of Estonia spoke to media on March 11, following his meeting with Prime Minister Tomas Varga of Hungary.",
			[]string{meet, "press_conference 2024-03-11 Alar Kask"}},
		{"a country's adjective and a tail", src, title, pub,
			"President Alar Kask of Estonia spoke to Estonian media persons in Tallinn on March 11 after meeting Prime Minister Tomas Varga of Hungary.",
			[]string{meet, press}},
		{"a listed modifier and the press corps", src, title, pub,
			"President Alar Kask of Estonia spoke to the local press corps in Tallinn on March 11 after meeting Prime Minister Tomas Varga of Hungary.",
			[]string{meet, press}},
		{"spoke with journalists", src, title, pub,
			"President Alar Kask of Estonia spoke with journalists in Tallinn on March 11 after meeting Prime Minister Tomas Varga of Hungary.",
			[]string{meet, press}},
		{"a leader after the phrase is still a talk", src, title, pub,
			"President Alar Kask of Estonia spoke with Prime Minister Tomas Varga of Hungary by phone on March 11.",
			[]string{"phone_call 2024-03-11 Alar Kask+Tomas Varga"}},
	}
	runSourced(t, tests)
}

// TestTalkAudienceEnd checks where the press a talk phrase addresses ends,
// and that a press office's person or a body of the press is no audience.
func TestTalkAudienceEnd(t *testing.T) {
	tests := []struct {
		text string
		want string // the words the audience covers, "" for none
	}{
		{"spoke with reporters in Tallinn.", "reporters"},
		{"spoke to the media.", "the media"},
		{"spoke to local media persons here.", "local media persons"},
		{"spoke to Estonian media on Monday.", "Estonian media"},
		{"spoke with the press secretary.", ""},
		{"spoke to media owners.", ""},
		{"spoke to the Foreign Minister.", ""},
		{"spoke with President Alar Kask.", ""},
	}
	lx := newX(t).lx
	for _, tc := range tests {
		d := lx.analyze(tc.text, sentence.Split(tc.text), time.Time{})
		p := 2 // after "spoke with" / "spoke to"
		end := d.talkAudienceEnd(p)
		got := ""
		if end > 0 {
			var ws []string
			for _, tk := range d.toks[p:end] {
				ws = append(ws, tk.text)
			}
			got = strings.Join(ws, " ")
		}
		d.release()
		if got != tc.want {
			t.Errorf("%q: audience %q, want %q", tc.text, got, tc.want)
		}
	}
}
