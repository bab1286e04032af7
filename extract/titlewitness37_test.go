package extract

import "testing"

// TestHeadlineWitnessSigning37 checks that a headline telling its persons
// witness a signing ("A and B witness the signing of bilateral
// agreements", "A meets with B, and witnesses the signing of …") names a
// signing held, as "A and B sign" does, though the body does not retell
// it; a headline's signing ahead ("to witness") is none. Invented names,
// real countries.
func TestHeadlineWitnessSigning37(t *testing.T) {
	tests := []sourcedCase{
		{"two leaders witness the signing", "Office of the President", "President Lin Mei and King Sobhuza Dlamini of Eswatini witness the signing of bilateral agreements", "2023-09-05",
			"Taiwan President Lin Mei arrived in Eswatini on September 5 for a state visit. King Sobhuza Dlamini of Eswatini welcomed her at the airport.",
			[]string{"signing 2023-09-05 Lin Mei+Sobhuza Dlamini"}},
		{"the third predicate of a headline", "Office of the President", "President Lin Mei arrives in Eswatini, meets with King Sobhuza Dlamini, and witnesses the signing of bilateral agreements", "2023-09-05",
			"Taiwan President Lin Mei arrived in Eswatini on September 5 for a state visit. King Sobhuza Dlamini of Eswatini welcomed her at the airport.",
			[]string{"signing 2023-09-05 Lin Mei+Sobhuza Dlamini"}},
		{"to witness: ahead", "Office of the President", "President Lin Mei to witness the signing of bilateral agreements with Eswatini", "2023-09-05",
			"Taiwan President Lin Mei will arrive in Eswatini on September 7 for a state visit.",
			nil},
	}
	runTyped(t, tests, "engagements", "signing")
}
