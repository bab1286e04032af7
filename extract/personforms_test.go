package extract

import (
	"strings"
	"testing"
)

// TestPersonForms checks name forms of protocol lists and transcripts: the
// persons read are exactly the ones listed.
func TestPersonForms(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string // name|country, sorted
		title, url string
	}{
		{"an inverted name with a patronymic after an honorific is one person",
			"On October 7, Prime Minister Kenji Sato of Japan held a summit telephone talk with H.E. Mr. Petrov, Ivan Sergeyevich, President of the Russian Federation.",
			[]string{"Kenji Sato|JP", "Petrov|RU"}, "", ""},
		{"a subjects line does not glue to the speaker label after it",
			"Prime Minister Kenji Sato's visit to Chile; critical minerals; net zero by 2050; Indo-Pacific\n\nTOM HALE, PRIME MINISTER OF NEW ZEALAND: I am delighted to welcome you, Prime Minister.\n\nKENJI SATO, PRIME MINISTER OF JAPAN: Thank you.",
			[]string{"Kenji Sato|JP", "Tom Hale|NZ"}, "", ""},
		{"the office a foreign headline names is that holder's",
			"Vladimir Putin had a telephone conversation with Kenji Sato and congratulated him on his appointment as the prime minister of the country. The President and the Prime Minister agreed to continue contacts.",
			[]string{"Kenji Sato|JP", "Vladimir Putin|RU"}, "Telephone conversation with Prime Minister of Japan Kenji Sato", "http://en.kremlin.ru/events/president/news/1"},
		{"the site's own office in the headline stays the site's own",
			"Today the President spoke with French President Jean Dupont. The President and President Dupont agreed to stay in close touch.",
			[]string{"Jean Dupont|FR", "Joe Biden|US"}, "Readout of the President's Call with French President Jean Dupont", "https://www.whitehouse.gov/briefing-room/statements-releases/2021/10/07/readout/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, "2021-10-07", tt.body)
			a.URL = tt.url
			f := x.Extract(a)
			got := personCountries(f)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("persons %q, want %q", got, tt.want)
			}
		})
	}
}
