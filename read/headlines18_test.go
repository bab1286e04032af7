package read

import "testing"

// TestHeadlineLines18 checks that a block of headlines, one a line (a
// page's highlights), gives a paragraph each, in Markdown and in plain
// text, and that hard-wrapped prose, a name wrapped over lines and a short
// address block stay as they were.
func TestHeadlineLines18(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"highlights, one a line",
			"PM Ana Lind becomes first Norwegian Prime Minister to visit Fiji\nPM Ana Lind meets Prime Minister of Fiji, Tomas Berg\nFijian PM Berg presents PM Lind a rugby jersey\n\nThe Prime Minister visited Fiji.",
			"PM Ana Lind becomes first Norwegian Prime Minister to visit Fiji\n\nPM Ana Lind meets Prime Minister of Fiji, Tomas Berg\n\nFijian PM Berg presents PM Lind a rugby jersey\n\nThe Prime Minister visited Fiji."},
		{"hard-wrapped prose ends with a full stop",
			"Today, the Prime Minister and I will discuss regional security in the Middle\nEast, including the ongoing efforts regarding Lebanon and\nGaza.",
			"Today, the Prime Minister and I will discuss regional security in the Middle East, including the ongoing efforts regarding Lebanon and Gaza."},
		{"a name over lines stays",
			"Hun\nManet\nAnutin Charnvirakul",
			"Hun Manet Anutin Charnvirakul"},
		{"short lines stay",
			"Your Excellency President Tomas Berg\nMinisters\nLadies and Gentlemen",
			"Your Excellency President Tomas Berg Ministers Ladies and Gentlemen"},
	} {
		// (A text file of blank-separated paragraphs, as Markdown.)
		in, want := tt.in+"\n\nEnd of release.", tt.want+"\n\nEnd of release."
		if got := markdownText(in); got != want {
			t.Errorf("%s: markdownText =\n%q, want\n%q", tt.name, got, want)
		}
		if got := textParagraphs(in); got != want {
			t.Errorf("%s: textParagraphs =\n%q, want\n%q", tt.name, got, want)
		}
	}
}
