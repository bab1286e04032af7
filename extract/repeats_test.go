package extract

import "testing"

// TestBilateralMeetingsWithSeveral checks a minister's "bilateral meetings"
// with counterparts of several countries on a gathering's sidelines: one
// meeting with each, not one of all, with invented names. Titles in the
// publisher's own language ("Raksha Mantri", India's Defence Minister) name
// the office like their English form.
func TestBilateralMeetingsWithSeveral(t *testing.T) {
	tests := []sourcedCase{
		{"bilateral meetings with three counterparts are one each", "Ministry of Defence", "", "2023-04-29",
			"Defence Minister Arun Mehta held bilateral meetings with Minister of Defence of Latvia Lieutenant General Janis Ozols, Minister of Defence of Chile General Tomas Berg and Minister of Defence of Peru General Carlos Ruiz on the sidelines of the regional defence ministers' meeting in New Delhi on April 28, 2023.",
			[]string{"meeting 2023-04-28 Arun Mehta+Carlos Ruiz", "meeting 2023-04-28 Arun Mehta+Janis Ozols", "meeting 2023-04-28 Arun Mehta+Tomas Berg"}},
		{"a title in the publisher's language names the minister", "Ministry of Defence", "", "2023-04-29",
			"Raksha Mantri Arun Mehta held meetings with Minister of Defence of Latvia Janis Ozols and Minister of Defence of Peru Carlos Ruiz in New Delhi on April 28, 2023.",
			[]string{"meeting 2023-04-28 Arun Mehta+Carlos Ruiz", "meeting 2023-04-28 Arun Mehta+Janis Ozols"}},
		{"a trilateral meeting stays one", "Ministry of Defence", "", "2023-04-29",
			"Defence Minister Arun Mehta held a trilateral meeting with Minister of Defence of Latvia Janis Ozols and Minister of Defence of Peru Carlos Ruiz in New Delhi on April 28, 2023.",
			[]string{"meeting 2023-04-28 Arun Mehta+Carlos Ruiz+Janis Ozols"}},
	}
	runSourced(t, tests)
}
