package extract

import "testing"

// TestHeadlinePairSigning36b checks an agentless passive signing that
// opens a report before any person is named ("Following the talks, a
// package of documents was signed"), under a headline naming the talks by
// their two sides: those two countries signed. A signing to come, or one
// under a headline of one side, is none. Invented names, real countries.
func TestHeadlinePairSigning36b(t *testing.T) {
	tests := []sourcedCase{
		{"a package of documents was signed, the sides in the headline", "Presidential Office", "Russia-Mongolia talks", "2023-05-09",
			"Following the talks, a package of documents was signed. The parties have signed intergovernmental agreements on railways.",
			[]string{"talks 2023-05-09 Mongolia+Russia", "signing 2023-05-09 Mongolia+Russia"}},
		{"the sides told later by the leaders' names", "Presidential Office", "Russia-Mongolia talks", "2023-05-09",
			"Following the talks, a package of documents was signed.\n\nPresident of Russia Ivan Dorov and President of Mongolia Bat Oyun also adopted a Joint Statement on partnership.",
			[]string{"talks 2023-05-09 Bat Oyun+Ivan Dorov", "signing 2023-05-09 Mongolia+Russia"}},
		{"a signing to come is none", "Presidential Office", "Russia-Mongolia talks", "2023-05-09",
			"Following the talks, a package of documents will be signed.",
			[]string{"talks 2023-05-09 Mongolia+Russia"}},
	}
	runTyped(t, tests, "engagements", "talks", "signing")
}
