package extract

import "testing"

// TestSignedListedAdjectives26 checks that a signing whose document comes
// after adjectives set off by a comma ("signed a new, historic agreement")
// or whose country subject is followed by its day ("A and B on Wednesday
// signed") is read (names invented).
func TestSignedListedAdjectives26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a new, historic agreement", "Prime Minister of Canada", "Prime Minister visits Lima and announces support for Peru", "2024-02-24",
			"Today, Prime Minister Tom Walker travelled to Lima, Peru. As part of this visit, Prime Minister Walker and the President of Peru, Ana Ruiz, held a bilateral meeting. The two leaders signed a new, historic agreement on security cooperation between Canada and Peru.",
			[]string{"meeting 2024-02-24 Ana Ruiz+Tom Walker", "signing 2024-02-24 Ana Ruiz+Tom Walker", "visit 2024-02 Ana Ruiz+Tom Walker"}},
		{"countries on a weekday", "PTV News", "", "2025-04-30",
			"The Philippines and Chile on Wednesday signed the treaty documents for the Status of Visiting Forces Agreement.",
			[]string{"signing 2025-04-30 Chile+Philippines"}},
	})
}
