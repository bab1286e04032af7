package extract

import (
	"strings"
	"testing"
)

// TestLowerOfficeApposed31 checks a holder whose given name the lexicon
// does not know, named between commas beside an office written in lower
// case (agency copy): "the foreign minister of C, A B", "C's foreign
// minister, A B", "A B, the C special envoy for X", "A B, chairman of the
// X". The office is the name's title, as a capitalised one was. Not a
// place or a body beside the office, and not a bare office with no article
// or country before it. (On main: no meeting in the first five.) Invented
// names, real countries.
func TestLowerOfficeApposed31(t *testing.T) {
	const day = "2024-03-05"
	const meeting = "meeting 2024-03-05 Tomas Verlund+Zoltavin Qirmek"
	tests := []sourcedCase{
		{"the office of a country, then the name", "News Agency", "", day,
			"Norwegian Foreign Minister Tomas Verlund on Tuesday met the foreign minister of Tajikistan, Zoltavin Qirmek, in Oslo.",
			[]string{meeting}},
		{"the country's office, then the name", "News Agency", "", day,
			"Norwegian Foreign Minister Tomas Verlund on Tuesday met Tajikistan's foreign minister, Zoltavin Qirmek, in Oslo.",
			[]string{meeting}},
		{"the name, then the country's office", "News Agency", "", day,
			"Norwegian Foreign Minister Tomas Verlund on Tuesday met Zoltavin Qirmek, the US special envoy for Afghanistan, in Oslo.",
			[]string{meeting}},
		{"the office with its complement, then the name", "News Agency", "", day,
			"Norwegian Foreign Minister Tomas Verlund on Tuesday met the US special envoy for Afghanistan, Zoltavin Qirmek, in Oslo.",
			[]string{meeting}},
		{"the name, then an office of a body", "News Agency", "", day,
			"Norwegian Foreign Minister Tomas Verlund on Tuesday met Zoltavin Qirmek, chairman of the Executive Affairs Authority, in Oslo.",
			[]string{meeting}},
		{"a place beside the office is no person", "News Agency", "", day,
			"Norwegian Foreign Minister Tomas Verlund on Tuesday met the foreign minister of Tajikistan, New Delhi, in Oslo.",
			nil},
		{"a body beside the office is no person", "News Agency", "", day,
			"Norwegian Foreign Minister Tomas Verlund on Tuesday met the foreign minister, European Union, in Oslo.",
			nil},
	}
	runSourced(t, tests)
}

// TestVisitingHolder31 checks "The visiting President also met A" after
// sentences naming two presidents, the guest and the host: the guest word
// picks the holder from another country than the dateline's. Without it
// ("The President also met A") the subject stays unread. (On main: no
// meeting with A in the first two.) Invented names, real countries.
func TestVisitingHolder31(t *testing.T) {
	x := newX(t)
	const talks = "talks 2024-03-05 Tolan Veris+Xu Wenhao"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"the visiting president after talks of two presidents",
			"Moldovan President Tolan Veris held talks with Chinese President Xu Wenhao on Tuesday. The visiting President also met Li Qianmo, Chairman of the Standing Committee, on Wednesday.",
			[]string{"meeting 2024-03-06 Li Qianmo+Tolan Veris", talks}},
		{"the visiting president, the host named after him",
			"Moldovan President Tolan Veris arrived on Tuesday. Chinese President Xu Wenhao held talks with him on Wednesday. The visiting President also met Li Qianmo, Chairman of the Standing Committee, on Wednesday.",
			[]string{"meeting 2024-03-06 Li Qianmo+Tolan Veris", "talks 2024-03-06 Tolan Veris+Xu Wenhao"}},
		// No guest word: the subject of the sentence naming both
		// presidents carries on ("also"), as "he also met" would (eu33:
		// leadHolder).
		{"no guest word: the president who opened the talks",
			"Moldovan President Tolan Veris held talks with Chinese President Xu Wenhao on Tuesday. The President also met Li Qianmo, Chairman of the Standing Committee, on Wednesday.",
			[]string{"meeting 2024-03-06 Li Qianmo+Tolan Veris", talks}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("", "2024-03-06", tt.body)
			a.Dateline = "Beijing"
			got := engagementSummary(x.Extract(a))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
