package extract

import "testing"

// TestPairSignedCoordinated36 checks a pair of signers that opens its
// sentence and a second predicate of signing after "and": "The two
// presidents held talks and then witnessed the signing of eight
// documents" is the pair's signing, as "The two presidents witnessed the
// signing" is; "Both leaders met and signed a joint statement" too.
// Invented names.
func TestPairSignedCoordinated36(t *testing.T) {
	lead := "President Bera Tisk of Chile received President Arlo Venn of Peru at the Palace on Tuesday. "
	tests := []sourcedCase{
		{"held talks and then witnessed the signing", "News Agency", "", "2023-05-11",
			lead + "The two presidents held talks and then witnessed the signing of eight documents.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"held official talks and witnessed the signing", "News Agency", "", "2023-05-11",
			lead + "The heads of the states held official talks and witnessed the signing of eight documents.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
	}
	runTyped(t, tests, "engagements", "signing")
}
