package extract

import "testing"

// TestCarriedMessage25 checks that "conveyed the congratulations from
// General Secretary A to Prime Minister B" makes A's message B's, without
// the one who conveys it (names invented).
func TestCarriedMessage25(t *testing.T) {
	const body = "HÀ NỘI — Prime Minister Arlo Venn on Thursday had a phone conversation with Singaporean Prime Minister Bera Tisk, on the occasion of Singapore’s successful organisation of its general election.\n\n" +
		"During their talks, PM Venn once again congratulated Singapore on the successful organisation of its general election. He also conveyed the congratulations from General Secretary Ola Brim to Prime Minister Bera Tisk and the party leadership.\n\n" +
		"PM Tisk expressed his sincere thanks to PM Venn and his wife for their warm hospitality during his recent visit to Việt Nam and for the phone conversation. He also thanked General Secretary Ola Brim for his congratulatory message, which reflected the deep bonds between the peoples and senior leaders of the two countries."
	runSourced(t, []sourcedCase{
		{"conveyed from A to B", "Viet Nam News", "", "2026-05-08", body,
			[]string{"message 2026-05-07 Bera Tisk+Ola Brim", "phone_call 2026-05-07 Arlo Venn+Bera Tisk"}},
	})
}
