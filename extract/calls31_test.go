package extract

import "testing"

// TestCallVerbs31 checks the call wordings of agency and ministry pages that
// were not read: "phoned"/"telephoned" before a name or title, "a telephonic
// talk", "conversed by phone", "exchanged views over the phone", "had a
// conversation over the telephone with" (as Japan's ministry writes it), and
// "spoke with A by video conference" (the way told after the counterpart);
// and that "phoned" with no one named after it is no contact (names
// invented).
func TestCallVerbs31(t *testing.T) {
	call := []string{"phone_call 2031-03-11 Arlo Venn+Bera Tisk"}
	runContacts(t, []sourcedCase{
		{"phoned a named leader", "Pacific News Agency", "", "2031-03-12",
			"Prime Minister Arlo Venn of Norway phoned President Bera Tisk of Chile on Tuesday to discuss trade.", call},
		{"telephoned a named leader", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Prime Minister Arlo Venn telephoned Chilean President Bera Tisk on Tuesday.", call},
		{"a telephonic talk", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Prime Minister Arlo Venn had a telephonic talk with Chilean President Bera Tisk on Tuesday.", call},
		{"conversed by phone", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Prime Minister Arlo Venn conversed by phone with Chilean President Bera Tisk on Tuesday.", call},
		{"exchanged views over the phone", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Prime Minister Arlo Venn and Chilean President Bera Tisk exchanged views over the phone on Tuesday.", call},
		{"spoke with, by video conference", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Prime Minister Arlo Venn spoke with Chilean President Bera Tisk by video conference on Tuesday.",
			[]string{"video_call 2031-03-11 Arlo Venn+Bera Tisk"}},
		{"a conversation over the telephone, the day before the names", "Pacific News Agency", "", "2031-03-12",
			"For about 20 minutes from 20:20 on March 11, Mr. Arlo Venn, Norwegian Minister for Foreign Affairs, had a conversation over the telephone with Ms. Bera Tisk, Minister of Foreign Affairs of Chile.", call},
		{"a conversation by telephone", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Prime Minister Arlo Venn had a conversation by telephone with Chilean President Bera Tisk on Tuesday.", call},
		{"phoned with no one named: no contact", "Pacific News Agency", "", "2031-03-12",
			"Residents of Oslo phoned the hotline on Tuesday, Prime Minister Arlo Venn of Norway said.", nil},
	})
}
