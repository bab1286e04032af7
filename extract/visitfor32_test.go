package extract

import "testing"

// TestTripForGathering32 checks that a trip whose purpose is a named
// gathering, told by "for the" ("on a visit to Honolulu for the APEC
// Summit Meeting", "who is visiting Norway for the Oslo Forum"), is no
// visit of its host, as "to attend" already says; and that "for the
// first time" names no gathering (names invented).
func TestTripForGathering32(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"on a visit to a city for a summit", "", "", "2031-11-13",
			"On November 12, Prime Minister Karl Vomand of Norway, on a visit to Honolulu for the APEC Summit Meeting, held a meeting with President Tobias Renk of Chile.",
			[]string{"meeting 2031-11-12 Karl Vomand+Tobias Renk"}},
		{"who is visiting for a forum", "", "", "2031-11-13",
			"On November 12, Prime Minister Karl Vomand of Norway held a meeting with President Tobias Renk of Chile, who is visiting Norway for the Oslo Forum.",
			[]string{"meeting 2031-11-12 Karl Vomand+Tobias Renk"}},
		{"a summit of named countries is the host's", "", "", "2031-11-13",
			"On November 12, Prime Minister Karl Vomand of Norway held a meeting with President Tobias Renk of Chile during his visit to Santiago for the Norway-Chile-Peru Trilateral Summit.",
			[]string{"meeting 2031-11-12 Karl Vomand+Tobias Renk", "visit 2031-11 Karl Vomand+Tobias Renk"}},
		{"for the first time is no gathering", "", "", "2031-11-13",
			"On November 12, Prime Minister Karl Vomand of Norway held a meeting with President Tobias Renk of Chile, who is visiting Norway for the first time.",
			[]string{"meeting 2031-11-12 Karl Vomand+Tobias Renk", "visit 2031-11 Karl Vomand+Tobias Renk"}},
	})
}

// TestVisitToAttendAfterContact32 checks that "during his visit to attend"
// after a contact names a trip to a gathering, not a visit of its host:
// the phrase "visit to" ends on the cue's own "to" (names invented).
func TestVisitToAttendAfterContact32(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"visit to attend after the meeting", "", "", "2031-11-13",
			"On November 12, Prime Minister Karl Vomand of Norway held a meeting with President Tobias Renk of Chile, in Santiago, Chile, during his visit to attend the APEC Economic Leaders' Meeting.",
			[]string{"meeting 2031-11-12 Karl Vomand+Tobias Renk"}},
	})
}
