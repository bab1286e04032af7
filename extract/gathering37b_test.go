package extract

import "testing"

// TestOwnGatheringDelegate37b checks that a leader's own part in a
// many-sided gathering, joined by a delegate of the same country, stays
// on the publishing government's own site: the gathering's other
// countries go unnamed, not absent, so the two persons of one country are
// no contact at home (withoutDomestic, international). A meeting of the
// same two persons is still dropped. Invented names.
func TestOwnGatheringDelegate37b(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a leader and a delegate of the same country at a named conference", "Ministry of Foreign Affairs of Japan", "Tenth Osaka Conference (Day 1: Opening Session)", "2031-08-27",
			"Prime Minister Ana Soto of Japan participated online as a Co-chair in the Opening Session of the Tenth Osaka International Conference on Maritime Development (OICMD 10) held in Tunisia on August 27. Mr. Kenji Mori, Minister for Foreign Affairs of Japan, participated in this conference in person as Special Envoy of the Prime Minister.",
			[]string{"summit 2031-08-27 Ana Soto+Kenji Mori"}},
		{"the same two persons meeting at home stay dropped", "Ministry of Foreign Affairs of Japan", "Meeting", "2031-08-27",
			"Prime Minister Ana Soto of Japan met with Mr. Kenji Mori, Minister for Foreign Affairs of Japan, on August 27.",
			nil},
	})
}
