package extract

import "testing"

// TestTitleMeetingsEach35 checks a headline naming one holder's plural
// meetings with several guests ("Readout of Secretary A's Meetings with
// President B and Cabinet Secretary C"), over a body that tells each
// meeting ("A met with B. A also met with C."): one meeting with each
// guest (released gold: two meetings). On main: one meeting of all three,
// the headline's contact absorbing the body's. Invented names, real
// countries.
func TestTitleMeetingsEach35(t *testing.T) {
	const src = "Department of Defense"
	tests := []sourcedCase{
		{"possessive meetings with two, body tells each", src,
			"Readout of Defence Minister Arvid Kellmark’s Meetings with President of Kenya Tobias Wanjala and Cabinet Secretary of Defence Hassan Mwero", "2023-09-25",
			"Defence Minister Arvid Kellmark of Norway met with Kenyan President Tobias Wanjala to discuss the defense relationship. Minister Kellmark also met with Kenya's Cabinet Secretary of Defense Hassan Mwero to discuss security priorities.",
			[]string{"meeting 2023-09-25 Arvid Kellmark+Hassan Mwero", "meeting 2023-09-25 Arvid Kellmark+Tobias Wanjala"}},
		{"possessive meetings with two, body tells one", src,
			"Readout of Defence Minister Arvid Kellmark’s Meetings with President of Kenya Tobias Wanjala and Cabinet Secretary of Defence Hassan Mwero", "2023-09-25",
			"Defence Minister Arvid Kellmark of Norway met with Kenyan President Tobias Wanjala to discuss the defense relationship.",
			[]string{"meeting 2023-09-25 Arvid Kellmark+Hassan Mwero", "meeting 2023-09-25 Arvid Kellmark+Tobias Wanjala"}},
		// Guard: a headline's one meeting of three stays one.
		{"trilateral meeting stays one", src,
			"Readout of Defence Minister Arvid Kellmark’s Trilateral Meeting with Minister Hassan Mwero of Kenya and Minister Tobias Wanjala of Uganda", "2023-09-25",
			"Defence Minister Arvid Kellmark of Norway met with Kenyan Minister Hassan Mwero and Ugandan Minister Tobias Wanjala in Nairobi today.",
			[]string{"meeting 2023-09-25 Arvid Kellmark+Hassan Mwero+Tobias Wanjala"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}
