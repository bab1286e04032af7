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

// TestAcceleratingSigning26 checks that "accelerating the signing of
// cooperation documents", an effort toward it, holds no signing (names
// invented).
func TestAcceleratingSigning26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"accelerating", "VOV", "", "2020-11-06",
			"Prime Minister Tran Quoc Binh held phone talks with Chilean President Ana Ruiz on November 6. Prime Minister Binh hopes to strengthen trade with Chile, whilst accelerating the signing of co-operation documents between localities of the two countries.",
			[]string{"phone_call 2020-11-06 Ana Ruiz+Tran Quoc Binh"}},
	})
}
