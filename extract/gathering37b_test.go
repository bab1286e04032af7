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

// TestSummitSidesWordings37b checks a summit of a union of states and a
// regional bloc named without a dash: "the III Summit of Heads of State
// and Government of A and B was held", "A (X) and B (Y) held their sixth
// summit", a bloc's long name holding "and". Two states' plain summit
// stays their meeting, read elsewhere. The sides are data (the unions and
// blocs organizations.json gives a side), so real ones stand here with
// invented years and the invented states Freedonia and Sylvania.
func TestSummitSidesWordings37b(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"summit of heads of state and government of two sides", "Wire", "Summit ends", "2031-07-19",
			"The IV Summit of Heads of State and Government of the EU and CELAC was held in Brussels on 17 July 2031. Leaders adopted a declaration.",
			[]string{"summit 2031-07-17 Community of Latin American and Caribbean States+European Union"}},
		{"sides with bracketed abbreviations and a spelled ordinal", "Wire", "Summit opens", "2031-07-18",
			"The European Union (EU) and the African Union (AU) held their ninth summit in Brussels on 17 July 2031.",
			[]string{"summit 2031-07-17 African Union+European Union"}},
		{"a bloc's long name holding 'and'", "Wire", "Summit opens", "2031-07-18",
			"The European Union and the Community of Latin American and Caribbean States (CELAC) held their 4th Summit in Brussels on 17 July 2031.",
			[]string{"summit 2031-07-17 Community of Latin American and Caribbean States+European Union"}},
		{"two states' first summit is not a gathering of its own kind", "Wire", "Summit", "2031-07-18",
			"Freedonia and Sylvania held their first summit in Vienna on 17 July 2031.",
			nil},
	})
}

// TestBlocCeremony37b checks a leader at the opening or closing ceremony
// of a regional bloc's own summit, and its chair who opened, closed or
// presided over it: the bloc's gathering as blocGatherings reads it
// ([leader, bloc]), as "the plenary session of" already was. Invented
// names.
func TestBlocCeremony37b(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the official opening ceremony of the bloc's summit", "Wire", "PM attends opening ceremony", "2031-04-29",
			"Prime Minister Sok Vanna of Cambodia, along with other ASEAN Heads of State/Government, attended the official opening ceremony of the 58th ASEAN Summit in Manila this morning.",
			[]string{"summit 2031-04-29 Association of Southeast Asian Nations+Sok Vanna"}},
		{"the chair closed the bloc's summit", "Wire", "President closes summit", "2031-11-15",
			"President Rosa Diaz of the Philippines has officially closed the 58th ASEAN Summit at the convention center in Manila on 14 November 2031.",
			[]string{"summit 2031-11-14 Association of Southeast Asian Nations+Rosa Diaz"}},
		{"the chair presided over the opening ceremony", "Wire", "President opens summit", "2031-11-13",
			"President Rosa Diaz of the Philippines presided over the opening ceremony of the 58th ASEAN Summit in Manila on 13 November 2031.",
			[]string{"summit 2031-11-13 Association of Southeast Asian Nations+Rosa Diaz"}},
		{"closed by, passive, stays none here", "Wire", "Summit closes", "2031-11-15",
			"The 58th ASEAN Summit was formally closed by President Rosa Diaz of the Philippines on 14 November 2031.",
			nil},
		{"a ministers' ceremony stays none", "Wire", "Minister attends ceremony", "2031-04-29",
			"Foreign Minister Sok Vanna of Cambodia attended the opening ceremony of the 58th ASEAN Foreign Ministers' Meeting in Manila this morning.",
			nil},
	})
}
