package read

import "testing"

// TestDateAloneLine35 checks that a page's date stamp above its text, with
// a single line break ("October 23, 2025" over "Minister A received B on the
// afternoon of October 22.", "Wirepress | Kestra | Updated: 21-03-2031
// 00:34 IST"), is dropped, and that a date line under prose ends its
// paragraph; a date inside a wrapped sentence, a date
// line with other words and a weekday alone stay joined. Names are invented.
func TestDateAloneLine35(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a release's date over its first paragraph",
			"October 23, 2031\nNo. 88\nMinister Karel Alvor received Minister Bena Tulsk on the afternoon of October 22.",
			"No. 88 Minister Karel Alvor received Minister Bena Tulsk on the afternoon of October 22."},
		{"day first, with its weekday",
			"Thursday, 23 October 2031\nMinister Alvor met Minister Tulsk on Wednesday.",
			"Minister Alvor met Minister Tulsk on Wednesday."},
		{"a labelled date",
			"Date: March 31st, 2031\nVenue: Ministry of Finance of Norland",
			"Venue: Ministry of Finance of Norland"},
		{"an ISO date under a headline line",
			"Alvor meets Tulsk\n2031-10-23\nMinister Alvor met Minister Tulsk yesterday.",
			"Alvor meets Tulsk Minister Alvor met Minister Tulsk yesterday."},
		{"a date wrapped inside a sentence",
			"Minister Alvor met Minister Tulsk on\nOctober 22, 2031 in Kestra.",
			"Minister Alvor met Minister Tulsk on October 22, 2031 in Kestra."},
		{"an agency's stamp with its credit, place and clock",
			"Wirepress | Kestra | Updated: 21-03-2031 00:34 IST\nTalks between President Alvor and President Tulsk concluded on Monday.",
			"Talks between President Alvor and President Tulsk concluded on Monday."},
		{"a publication stamp with a clock and a count",
			"Published : Sunday, 20 March, 2031 at 12:00 AM  Count : 143\nKESTRA, Mar 19: President Alvor on Saturday held talks with President Tulsk.",
			"KESTRA, Mar 19: President Alvor on Saturday held talks with President Tulsk."},
		{"a stamp whose clock is marked PM, a title too",
			"Published: January 7, 2031 03:09 PM\nForeign Minister Karel Alvor on Wednesday met Foreign Minister Bena Tulsk.",
			"Published: January 7, 2031 03:09 PM Foreign Minister Karel Alvor on Wednesday met Foreign Minister Bena Tulsk."},
		{"a sentence's first line: a date and names in capitals",
			"On Tuesday, April 25, Principal Deputy Minister Karel\nAlvor traveled to Kestra.",
			"On Tuesday, April 25, Principal Deputy Minister Karel Alvor traveled to Kestra."},
		{"a record line a blank line follows",
			"Via Teleconference\n\n(September 23, 2031)\n\n5:47 P.M. EDT",
			"Via Teleconference\n\n(September 23, 2031)\n\n5:47 P.M. EDT"},
		{"a stamp naming a place over a headline",
			"Wirepress | Kestra | Updated: 19-03-2031 18:02 IST\nPresident Alvor holds talks with visiting counterpart\n\nPresident Alvor held talks with President Tulsk.",
			"Wirepress | Kestra | Updated: 19-03-2031 18:02 IST President Alvor holds talks with visiting counterpart\n\nPresident Alvor held talks with President Tulsk."},
		{"a stamp over a release number and the lead",
			"Wirepress | Kestra | Updated: 19-03-2031 18:02 IST\nNo. 88\nPresident Alvor held talks with President Tulsk on Monday.",
			"No. 88 President Alvor held talks with President Tulsk on Monday."},
		{"a dateline that opens the lead",
			"KESTRA, Mar 19: President Alvor\non Saturday held talks with President Tulsk.",
			"KESTRA, Mar 19: President Alvor on Saturday held talks with President Tulsk."},
		{"a headline line with a clock and words in lower case",
			"Alvor to meet Tulsk at 10:00 on 12 March 2031\nThe two presidents will discuss trade.",
			"Alvor to meet Tulsk at 10:00 on 12 March 2031 The two presidents will discuss trade."},
		{"a date line under a paragraph: a section's day",
			"The visit's programme was as follows.\n12 March 2031\nPresident Alvor met President Tulsk.",
			"The visit's programme was as follows. 12 March 2031\n\nPresident Alvor met President Tulsk."},
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
			"Minister Karel Alvor received Minister Bena Tulsk on October 22.\n\nThe two sides discussed tourism."},
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
