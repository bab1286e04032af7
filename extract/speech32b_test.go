package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTitledSpeakerI checks that on the site of a government led by a
// Prime Minister, a speech whose headline names another titled speaker
// ("HRH The Prince of A's speech", "Speech by the Minister for B") does
// not read its "I" as the Prime Minister's, while the Prime Minister's own
// speech still does. Places and the prince's title invented.
func TestTitledSpeakerI(t *testing.T) {
	const src, day = "https://www.gov.uk/government/speeches/speech-oslo", "2023-05-10"
	const body = "Madam President, Prime Minister, distinguished guests,\n\nIt gives my wife and I the greatest pleasure to be in Norway and to enjoy your splendid hospitality this evening.\n\nAlthough my wife and I have both made short visits to Norway in recent years, we could not be more delighted that on this official visit we have time to see so much more of Norway."
	tests := []struct {
		name, title string
		want        []string // engagements naming the UK Prime Minister of the day
	}{
		{"a prince's speech abroad is not the Prime Minister's visit",
			"HRH The Prince of Lorvania's speech at official dinner in Norway", nil},
		{"a speech by a minister is not the Prime Minister's",
			"Speech by the Minister for Trade at the official dinner in Norway", nil},
	}
	x := newX(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, day, body)
			a.URL = src
			var got []string
			for _, e := range engagementSummary(x.Extract(a)) {
				if strings.Contains(e, "Sunak") {
					got = append(got, e)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("engagements %q, want %q", got, tt.want)
			}
		})
	}
	// A speech whose headline names no speaker keeps the leader's "I".
	a := article("Speech at official dinner in Norway", day, body)
	a.URL = src
	if got := engagementSummary(x.Extract(a)); !strings.Contains(strings.Join(got, "|"), "Sunak") {
		t.Errorf("a speech of no named speaker: got %q, want the Prime Minister's visit", got)
	}
}

// TestAddressBlockSalutation checks that an address block whose lines
// were joined without a comma ("Mrs A B / Excellencies and distinguished
// guests") ends the last name before the salutation. Names invented.
func TestAddressBlockSalutation(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       string
	}{
		{"Excellencies after the name", "Your Excellency President Karl Obst and Mrs Lena Obst Excellencies and distinguished guests Ladies and Gentlemen\n\nWe are glad to see you.", "Lena Obst"},
		{"Ladies and Gentlemen after the name (right on both)", "Your Excellency President Karl Obst and Mrs Lena Obst Ladies and Gentlemen\n\nWe are glad to see you.", "Lena Obst"},
		{"a name with no salutation after it stays whole", "Your Excellency President Karl Obst and Mrs Lena Maria Obst, distinguished guests\n\nWe are glad to see you.", "Lena Maria Obst"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("Speech at the dinner in honour of the President of Chile", "2023-05-10", tt.body))
			var names []string
			for _, a := range f.Actors {
				if a.Type == "person" {
					names = append(names, a.Name)
				}
			}
			if !slices.Contains(names, tt.want) {
				t.Errorf("persons %q, want %q among them", names, tt.want)
			}
		})
	}
}
