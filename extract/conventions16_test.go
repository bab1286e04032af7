package extract

import "testing"

// TestConventions16 checks, with invented names, conventions read in
// session 16: a vice president visiting a country and meeting its
// president holds a meeting, not a courtesy call (a minister's visit to a
// president stays a reception); a leader hosting another "for a virtual
// (bilateral) meeting" holds a video call, not a meeting beside it.
func TestConventions16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a visiting vice president meets the host president", "White House", "Readout of Vice President Tom Reid's Meeting with President Luis Vega of Chile", "2022-11-21",
			"Vice President Tom Reid met with President Luis Vega of Chile today in Santiago during her visit to Chile. The Vice President and President Vega discussed their alliance.",
			[]string{"meeting 2022-11-21 Luis Vega+Tom Reid", "visit 2022-11 Luis Vega+Tom Reid"}},
		{"a visiting foreign minister meets the host president: a courtesy call", "Pacific News Agency", "Foreign Minister meets President Vega", "2022-11-21",
			"Foreign Minister Tom Reid of Peru met with President Luis Vega of Chile today in Santiago during his visit to Chile. The Foreign Minister and President Vega discussed their trade.",
			[]string{"reception 2022-11-21 Luis Vega+Tom Reid", "visit 2022-11 Luis Vega+Tom Reid"}},
		{"a head of state receives a visiting vice president: a reception", "News Agency", "President Luis Vega receives Vice President Tom Reid", "2023-03-27",
			"President Luis Vega of Chile on Monday received the visiting U.S. Vice President Tom Reid at the palace in Santiago.",
			// "the visiting U.S. Vice President": his visit too, as the
			// development references annotate it (session 31, visiting.go).
			[]string{"reception 2023-03-27 Luis Vega+Tom Reid", "visit 2023-03 Luis Vega+Tom Reid"}},
		{"hosted for a virtual bilateral meeting: one video call", "White House", "Joint Statement by President Tom Reid and Taoiseach Sean Doyle", "2021-03-17",
			"On March 17, President Tom Reid hosted Taoiseach Sean Doyle for a virtual bilateral meeting.  The leaders reaffirmed the partnership between the United States and Ireland.",
			[]string{"video_call 2021-03-17 Sean Doyle+Tom Reid"}},
		{"a virtual bilateral meeting held: a video call", "White House", "Readout", "2021-03-17",
			"On March 17, President Tom Reid held a virtual bilateral meeting with Taoiseach Sean Doyle. The leaders reaffirmed the partnership between the United States and Ireland.",
			[]string{"video_call 2021-03-17 Sean Doyle+Tom Reid"}},
	})
}
