package extract

import "testing"

// TestLeadAfterHeading checks that an archive's heading lines before a
// transcript's first office label ("PM:") do not push the speaker's "I" out
// of the lead: the first person is counted from the label. Invented
// counterparts; the speaker is the office table's Prime Minister that day.
func TestLeadAfterHeading(t *testing.T) {
	const pmt = "Prime Minister of Australia (transcript)"
	heading := "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\nGillard, Julia\n\nPeriod of Service: 24/06/2010 - 27/06/2013\nRelease Date:\n10/03/2011\nRelease Type:\nInterview\nTranscript ID:\n17001\nTranscript of doorstop, Canberra\n\n"
	tests := []sourcedCase{
		{"a short office label after the archive's heading lines", pmt, "Transcript of doorstop, Canberra", "2011-03-10",
			heading + "PM: Good morning. This morning I spoke with President Luis Vega of Chile about the floods.",
			[]string{"phone_call 2011-03-10 Julia Gillard+Luis Vega"}},
		{"a spelled-out office label after the archive's heading lines", pmt, "Transcript of doorstop, Canberra", "2011-03-10",
			heading + "PRIME MINISTER:\nGood afternoon.\nThis morning I spoke with Prime Minister Ana Kowhai of New Zealand.",
			[]string{"phone_call 2011-03-10 Ana Kowhai+Julia Gillard"}},
		// (meet31: the Prime Minister's "I" within the first ten sentences
		// is theirs, labelled or not, as in the two cases above; it was the
		// country's when read in the first three only.)
		{"without an office label the heading still opens the text", pmt, "Transcript of doorstop, Canberra", "2011-03-10",
			heading + "Good morning. Thank you all for coming along.\n\nThe weather has been kind to us this week.\n\nThis morning I spoke with President Luis Vega of Chile about the floods.",
			[]string{"phone_call 2011-03-10 Julia Gillard+Luis Vega"}},
	}
	runSourced(t, tests)
}
