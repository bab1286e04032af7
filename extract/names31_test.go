package extract

import "testing"

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
