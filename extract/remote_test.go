package extract

import "testing"

// TestRemoteContacts checks the words that make a contact a video call,
// with invented names: an adverb of the verb ("met virtually"), and a
// headline that names the mode and the meeting in one phrase ("Video
// Conference Summit Meeting"), which is one contact, not two.
func TestRemoteContacts(t *testing.T) {
	tests := []sourcedCase{
		{"met virtually is a video call", "The White House", "Readout of President Hart’s Meeting with Prime Minister Sato of Japan", "2022-01-21",
			"President Hart met virtually today with Prime Minister Sato Kenji of Japan to highlight the strength of the relationship.",
			[]string{"video_call 2022-01-21 Hart+Sato Kenji"}},
		{"met online with is a video call", "", "Foreign Minister meets Chilean counterpart", "2022-03-02",
			"Foreign Minister Tom Hale met online with Foreign Minister Pedro Soto of Chile on Wednesday.",
			[]string{"video_call 2022-03-02 Pedro Soto+Tom Hale"}},
		{"a video conference summit meeting in a headline is one video call", "Prime Minister's Office of Japan", "Press Conference by the Prime Minister regarding Japan-Chile Video Conference Summit Meeting", "2022-01-21",
			"Prime Minister Kenji Sato held a video conference summit meeting with President Luis Vega of Chile today.",
			// (and the Prime Minister's own press conference about it)
			[]string{"press_conference 2022-01-21 Kenji Sato", "video_call 2022-01-21 Kenji Sato+Luis Vega"}},
		{"a summit video teleconference meeting in a headline is one video call", "Government of Japan", "Japan-Chile Summit Video Teleconference Meeting", "2022-01-21",
			"On January 21, Prime Minister Kenji Sato held a Japan-Chile summit video teleconference meeting with President Luis Vega of Chile.",
			[]string{"video_call 2022-01-21 Kenji Sato+Luis Vega"}},
		{"a telephone summit meeting in a headline is one call", "Ministry of Foreign Affairs of Japan", "Japan-Chile Telephone Summit Meeting", "2022-01-21",
			"On January 21, Mr. Kenji Sato, Prime Minister of Japan, held a telephone summit meeting with His Excellency Mr. Luis Vega, President of the Republic of Chile.",
			[]string{"phone_call 2022-01-21 Kenji Sato+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestSummitNamedInHeadline checks that a meeting of three countries or
// more under a headline naming a summit is the summit, and that a
// two-country meeting under such a headline stays a meeting, with invented
// names.
func TestSummitNamedInHeadline(t *testing.T) {
	tests := []sourcedCase{
		{"leaders hosted under a summit headline are the summit", "The White House", "Fact Sheet: Pacific Four Leaders’ Summit", "2021-05-04",
			"On May 4, President Anna Hart of the United States hosted Prime Minister Tom Hale of New Zealand, Prime Minister Kenji Sato of Japan, and President Luis Vega of Chile at the White House for the first-ever in-person Leaders’ Summit of the Pacific Four. The leaders put forth initiatives.",
			[]string{"summit 2021-05-04 Anna Hart+Kenji Sato+Luis Vega+Tom Hale"}},
		{"a bilateral meeting on the margins of a summit stays a meeting", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Meeting on the Margins of the Pacific Summit", "2021-05-04",
			"On May 4, Prime Minister Kenji Sato held a meeting with President Luis Vega of Chile on the margins of the Pacific Summit.",
			[]string{"meeting 2021-05-04 Kenji Sato+Luis Vega"}},
	}
	runSourced(t, tests)
}
