package extract

import "testing"

// TestSummitStandIn36b checks a summit whose own sentence names, for one
// side, a person who is not its leader and tells that person took part
// ("Vice President A attended the B-C Summit"): the side is that person,
// not the side's leader the text names elsewhere, who was not there. A
// leader named in the sentence is still the side, unless the person
// stood in the leader's place ("A represented President B at the
// summit"). Invented names, real
// countries and blocs.
func TestSummitStandIn36b(t *testing.T) {
	tests := []sourcedCase{
		{"a vice president attended, the president named after", "Wire", "Vice President in Jakarta", "2031-09-05",
			"Vice President Ana Soto of the United States attended the U.S.-ASEAN Summit in Jakarta on 5 September 2031. She conveyed the greetings of President Kofi Mensah of the United States.",
			[]string{"summit 2031-09-05 Ana Soto+Association of Southeast Asian Nations"}},
		{"a deputy prime minister represented the country", "Wire", "Summit in Bridgetown", "2031-07-04",
			"Deputy Prime Minister Ana Soto of Canada today represented Canada at the Canada-CARICOM Summit in Bridgetown. Prime Minister Kofi Mensah of Canada welcomed the outcome.",
			[]string{"summit 2031-07-04 Ana Soto+Caribbean Community"}},
		{"the leader named in the sentence", "Wire", "President in Jakarta", "2031-09-05",
			"Vice President Ana Soto of the United States joined President Kofi Mensah of the United States at the U.S.-ASEAN Summit in Jakarta on 5 September 2031.",
			[]string{"summit 2031-09-05 Association of Southeast Asian Nations+Kofi Mensah"}},
		{"a minister represented the leader the sentence names", "Wire", "Summit in Bangkok", "2031-11-04",
			"Foreign Minister Ana Soto of Japan represented Prime Minister Kofi Mensah of Japan at the ASEAN-Japan Summit in Bangkok on 4 November 2031.",
			[]string{"summit 2031-11-04 Ana Soto+Association of Southeast Asian Nations"}},
	}
	runTyped(t, tests, "summits", "summit")
}
