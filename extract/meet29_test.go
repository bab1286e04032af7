package extract

import "testing"

// TestAlongWithCompanion29 checks that an official named in a parenthetical
// "along with" after the subject ("Defence Minister A, along with Defence
// Secretary B and a delegation, held a meeting with C") goes with the
// subject and is no side of the meeting; one of another country named there
// ("along with his Japanese counterpart B") stays a side (names invented).
func TestAlongWithCompanion29(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"official and delegation", "India Today", "Defence ministers meet", "2024-05-10",
			"Defence Minister Arvind Kolhapuri, along with Defence Secretary Ramesh Tandulkar and a high-level delegation, on Thursday held a meeting with Secretary of Defense of the United States Mark Whitfield in Washington.",
			[]string{"meeting 2024-05-09 Arvind Kolhapuri+Mark Whitfield"}},
		{"ambassador with a minister", "PTI", "Minister meets Japanese counterpart", "2024-05-10",
			"Foreign Minister Arvind Kolhapuri, along with Ambassador Ramesh Tandulkar, met Foreign Minister of Japan Kenji Morita in Tokyo on Thursday.",
			[]string{"meeting 2024-05-09 Arvind Kolhapuri+Kenji Morita"}},
		{"prime minister with a minister", "", "", "2025-04-04",
			"Today, Prime Minister Arlo Venn of Norway, along with Foreign Minister Bera Tisk, met President Ola Brim of Finland in Oslo.",
			[]string{"meeting 2025-04-04 Arlo Venn+Ola Brim"}},
		{"counterpart of another country stays", "PTI", "Ministers meet", "2024-05-10",
			"Foreign Minister Arvind Kolhapuri, along with his Japanese counterpart Kenji Morita, met President Lars Holm of Estonia in Tallinn on Thursday.",
			[]string{"meeting 2024-05-09 Arvind Kolhapuri+Kenji Morita+Lars Holm"}},
	})
}

// TestRecalledContactNoSide29 checks that the persons of an earlier contact
// the sentence recalls ("Thursday's meeting was a follow-up of the
// conversation President A had with his American counterpart C in
// Washington last month") are no sides of the day's meeting (names
// invented).
func TestRecalledContactNoSide29(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"follow-up of an earlier conversation", "Capital FM", "President meets US Secretary of State", "2024-05-10",
			"NAIROBI, Kenya May 9 – President Daniel Mwangi on Thursday met visiting United States Secretary of State Mark Whitfield who is in Nairobi at the start of his three-nation African visit.\n\nThursday's meeting at State House, Nairobi, was a follow-up of the conversation President Mwangi had with his American counterpart Tom Bradley in Washington DC last month.",
			[]string{"meeting 2024-05-09 Daniel Mwangi+Mark Whitfield"}},
	})
}
