package read

import "testing"

// TestDateAloneLine35 checks that a line that is a date alone over a
// paragraph, with a single line break ("October 23, 2025" over "Minister A
// received B on the afternoon of October 22."), as releases print their own
// date, ends its paragraph (a headline line over it stays joined to it, as
// before: a lead told after a headline and a date line is still the lead);
// a date inside a wrapped sentence, a date
// line with other words and a weekday alone stay joined. Names are invented.
func TestDateAloneLine35(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a release's date over its first paragraph",
			"October 23, 2031\nNo. 88\nMinister Karel Alvor received Minister Bena Tulsk on the afternoon of October 22.",
			"October 23, 2031\n\nNo. 88 Minister Karel Alvor received Minister Bena Tulsk on the afternoon of October 22."},
		{"day first, with its weekday",
			"Thursday, 23 October 2031\nMinister Alvor met Minister Tulsk on Wednesday.",
			"Thursday, 23 October 2031\n\nMinister Alvor met Minister Tulsk on Wednesday."},
		{"a labelled date",
			"Date: March 31st, 2031\nVenue: Ministry of Finance of Norland",
			"Date: March 31st, 2031\n\nVenue: Ministry of Finance of Norland"},
		{"an ISO date under a headline line",
			"Alvor meets Tulsk\n2031-10-23\nMinister Alvor met Minister Tulsk yesterday.",
			"Alvor meets Tulsk 2031-10-23\n\nMinister Alvor met Minister Tulsk yesterday."},
		{"a date wrapped inside a sentence",
			"Minister Alvor met Minister Tulsk on\nOctober 22, 2031 in Kestra.",
			"Minister Alvor met Minister Tulsk on October 22, 2031 in Kestra."},
		{"a date alone on a wrapped sentence's line",
			"Minister Alvor met Minister Tulsk on\nOctober 22, 2031\nin Kestra.",
			"Minister Alvor met Minister Tulsk on October 22, 2031 in Kestra."},
		{"a date line with other words",
			"Kestra, October 23, 2031\nMinister Alvor met Minister Tulsk.",
			"Kestra, October 23, 2031 Minister Alvor met Minister Tulsk."},
		{"a weekday alone",
			"Thursday\nMinister Alvor met Minister Tulsk.",
			"Thursday Minister Alvor met Minister Tulsk."},
		{"a month and year without a day",
			"October 2031\nMinister Alvor met Minister Tulsk.",
			"October 2031 Minister Alvor met Minister Tulsk."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := markdownText(tt.in); got != tt.want {
				t.Errorf("markdownText(%q) =\n%q, want\n%q", tt.in, got, tt.want)
			}
		})
	}
}

// TestDateAloneLineText35 is TestDateAloneLine35 for plain text, whose
// paragraphs blank lines separate.
func TestDateAloneLineText35(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a release's date over its first paragraph",
			"October 23, 2031\nMinister Karel Alvor received Minister Bena Tulsk on October 22.\n\nThe two sides discussed tourism.",
			"October 23, 2031\n\nMinister Karel Alvor received Minister Bena Tulsk on October 22.\n\nThe two sides discussed tourism."},
		{"a date alone on a wrapped sentence's line",
			"Minister Alvor met Minister Tulsk on\nOctober 22, 2031\nin Kestra.\n\nThe two sides discussed tourism.",
			"Minister Alvor met Minister Tulsk on October 22, 2031 in Kestra.\n\nThe two sides discussed tourism."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := textParagraphs(tt.in); got != tt.want {
				t.Errorf("textParagraphs(%q) =\n%q, want\n%q", tt.in, got, tt.want)
			}
		})
	}
}
