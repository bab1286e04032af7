package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/accordhq/accord/extract/sentence"
)

// TestAddressBlockNoSide checks that a person a speech only greets in its
// opening address ("May I specifically greet you: …; B, our Ambassador
// …") does not stand for the speaker's side of the contact the headline
// names; named again in the body, or greeted without an opener, the person
// still may. Names invented.
func TestAddressBlockNoSide(t *testing.T) {
	const src, day = "https://gg.govt.nz/publications/state-dinner-hosted-president-chile", "2023-05-10"
	const title = "State Dinner hosted by the President of Chile"
	const greet = "May I specifically greet you: Your Excellency, President Karl Obst, President of Chile, and Mrs Lena Obst; Your Excellency, Dr Tom Reid, New Zealand's Ambassador to Chile and Mrs Ana Reid; Distinguished Guests; Ladies and Gentlemen.\n\n"
	const thanks = "Your Excellency, on behalf of my wife and myself, I thank you for the invitation to attend this State Dinner in Santiago."
	tests := []struct {
		name, body string
		reid       bool // Tom Reid a side of the reception
	}{
		{"greeted only: the speaker's country, not the ambassador", greet + thanks, false},
		{"named again in the body: kept", greet + thanks + "\n\nDr Reid and I called on the President this morning.", true},
	}
	x := newX(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(title, day, tt.body)
			a.URL = src
			var rec []string
			for _, e := range engagementSummary(x.Extract(a)) {
				if strings.HasPrefix(e, "reception") {
					rec = append(rec, e)
				}
			}
			got := strings.Contains(strings.Join(rec, "|"), "Reid")
			if got != tt.reid || len(rec) == 0 {
				t.Errorf("receptions %q: Reid a side %v, want %v", rec, got, tt.reid)
			}
		})
	}
}

// TestAddressBlock checks which sentences are an address block: an
// opener followed by a salutation.
func TestAddressBlock(t *testing.T) {
	x := newX(t)
	tests := []struct {
		text string
		want bool
	}{
		{"May I specifically greet you: Your Excellency, Dr Tom Reid; Ladies and Gentlemen.", true},
		{"Let me acknowledge Her Excellency Mrs Ana Lind, and distinguished guests, ladies and gentlemen.", true},
		{"May I greet you all and thank you for coming.", true},
		{"May I say how glad we are to see Dr Tom Reid here, Your Excellency.", false},
		{"I met Dr Tom Reid, Your Excellency, in Santiago.", false},
		{"May I greet Dr Tom Reid, who visited us last year.", false},
	}
	for _, tt := range tests {
		d := x.lx.newDoc(tt.text, []sentence.Span{{Start: 0, End: len(tt.text)}}, time.Time{})
		if got := d.addressBlock(0); got != tt.want {
			t.Errorf("addressBlock(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
