package extract

import "testing"

// TestHeadlineContactDroppedByBody33 checks that a headline's contact whose
// body lists those "also present" (dropped as attendees) does not crash the
// headline pass, and the body's meeting stays (names invented; panicked
// with an index out of range before).
func TestHeadlineContactDroppedByBody33(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"also present", "Office of the President", "Vice President Arlo Venn meets Belize Prime Minister Ola Brim for bilateral talks", "2022-01-27",
			"Vice President Arlo Venn held bilateral talks with Belize Prime Minister Ola Brim after arriving in Honduras on the afternoon of January 26 local time. Their meeting took place at the vice president's hotel.\n\nAmong those also present at the meeting were Representative to the US Bera Tisk, Deputy Secretary-General to the President Kai Dorn, and Vice Minister of Foreign Affairs Lina Marr.",
			[]string{"meeting 2022-01-26 Arlo Venn+Ola Brim"}},
	}, "contacts", "talks", "meeting")
}
