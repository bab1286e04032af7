package extract

import (
	"strings"
	"testing"
)

// TestVocativeRunNoHost checks that a deputy a banquet toast greets in its
// bare address lines ("Your Excellency, President A and Mrs A, Deputy
// President B, Distinguished guests,") is no host of the guest's visit.
// Names invented.
func TestVocativeRunNoHost(t *testing.T) {
	const src, day = "http://www.gov.na/news/speeches/toast-remarks-president-state-banquet", "2021-06-29"
	const title = "Toast remarks by President Omar Dulle of Namibia at state banquet in honour of the President of Chile, Mr Karl Obst"
	const body = "Your Excellency, President Obst and Mrs Lena Obst,\nPrime Minister of Namibia, Hon Tito Banda and Ms Banda,\nDistinguished guests,\n\nLet me once again extend our warmest welcome to you and your family, Mr President.\n\nI am also delighted to welcome your dear wife Lena for her second visit to Namibia."
	x := newX(t)
	a := article(title, day, body)
	a.URL = src
	sum := engagementSummary(x.Extract(a))
	for _, e := range sum {
		if strings.Contains(e, "Banda") {
			t.Errorf("engagements %q: the greeted deputy is a side", sum)
		}
	}
	t.Logf("%q", sum)
}

func TestVocativeRun(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"your excellency, president karl obst and mrs lena obst,\ndistinguished guests,", true},
		{"excellency, prime minister karl obst,\nmembers of the cabinet,\n", true},
		{"your excellency, i thank you for coming.", false},
		{"excellencies and friends, welcome", false},
		{"the excellency of the food,", false},
	}
	for _, tt := range tests {
		if got := vocativeRun(tt.text); got != tt.want {
			t.Errorf("vocativeRun(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
