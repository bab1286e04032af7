package extract

import "testing"

// TestOccasionContact35 checks a contact the sentence names, after another
// act, as that act's occasion with its holder in a possessive: "The pact
// was signed on the sidelines of President A's bilateral meeting with
// President B" is a meeting of A and B (released gold: the meeting beside
// the signing). On main: the signing's stretch claims the possessor, the
// meeting has one side and is dropped. Invented names, real countries.
func TestOccasionContact35(t *testing.T) {
	const src = "Philippine News Agency"
	tests := []sourcedCase{
		{"signed on the sidelines of A's meeting with B", src,
			"Slovenia and Chile sign labour pact", "2023-09-25",
			"The labour pact was signed by the two labour ministries on the sidelines of President Tomas Dravec's bilateral meeting with Chilean President Arvo Kestila in Santiago.",
			[]string{"meeting 2023-09-25 Arvo Kestila+Tomas Dravec"}},
		{"signed on the occasion of A's meeting with B", src,
			"Slovenia and Chile sign memorandum", "2023-09-25",
			"The memorandum was signed by the two trade ministers on the occasion of Slovenian President Tomas Dravec's meeting with President Arvo Kestila of Chile in Santiago on Thursday.",
			[]string{"meeting 2023-09-21 Arvo Kestila+Tomas Dravec"}},
		// Guard: no possessive, no holder of the occasion: nothing new.
		{"sidelines of a summit, no possessive", src,
			"Slovenia and Chile sign memorandum", "2023-09-25",
			"The memorandum was signed on the sidelines of the regional summit in Santiago.",
			nil},
	}
	runTyped(t, tests, "meetings", "meeting")
}
