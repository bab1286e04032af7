package extract

import "testing"

// TestOwnVisit20 checks that a text speaking of its own visit without its
// visitor or host ("Today's visit", "a wonderful visit thus far", "The
// current visit") records the visit of the side that met the other in the
// other's country, and that a gathering, a visit of another time or a
// site visited leaves none.
func TestOwnVisit20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the current visit", "", "", "2025-01-06",
			"Foreign Minister Tom Walker of the United States met Foreign Minister Ravi Menon of India in New Delhi today. The current visit gave them the opportunity to review progress.",
			[]string{"meeting 2025-01-06 Ravi Menon+Tom Walker", "visit 2025-01 Ravi Menon+Tom Walker"}},
		{"a wonderful visit thus far", "", "", "2023-09-11",
			"President Tom Walker of the United States met Prime Minister Lan Hoa of Vietnam in Hanoi today. President Walker said it has been a wonderful visit thus far.",
			[]string{"meeting 2023-09-11 Lan Hoa+Tom Walker", "visit 2023-09 Lan Hoa+Tom Walker"}},
		{"during the visit", "", "", "2023-03-31",
			"President Paul Banda of Zambia met Vice President Ann Vale of the United States in Lusaka today. During the visit, the two sides discussed trade.",
			[]string{"meeting 2023-03-31 Ann Vale+Paul Banda", "visit 2023-03 Ann Vale+Paul Banda"}},
		{"a gathering named in the lead", "", "", "2024-11-15",
			"President Tom Walker of the United States met President Rosa Diaz of Peru in Lima today during the APEC Leaders' Week. President Walker said it has been a wonderful visit thus far.",
			[]string{"meeting 2024-11-15 Rosa Diaz+Tom Walker"}},
		{"a visit ahead", "", "", "2022-04-27",
			"President Tom Walker of the United States met Prime Minister Lan Hoa of Vietnam in Hanoi today. The visit will reaffirm the bonds between the two countries.",
			[]string{"meeting 2022-04-27 Lan Hoa+Tom Walker"}},
		{"a visit of another year", "", "", "2023-09-11",
			"President Tom Walker of the United States met Prime Minister Lan Hoa of Vietnam in Hanoi today. Prime Minister Hoa recalled the visit of 2019.",
			[]string{"meeting 2023-09-11 Lan Hoa+Tom Walker"}},
		{"the host where the speaker stands", "", "", "2025-05-15",
			"Prime Minister Tom Hart of Norway met President Lena Moss of Chile today. Prime Minister Hart said: \"It is wonderful to be back here in Santiago. Today's visit is an important step forward.\"",
			[]string{"meeting 2025-05-15 Lena Moss+Tom Hart", "visit 2025-05 Lena Moss+Tom Hart"}},
		{"contacts with two countries", "", "", "2025-05-15",
			"Prime Minister Tom Hart of Norway met President Lena Moss of Chile in Santiago today. He also met President Omar Dale of Fiji in Santiago. Today's visit is an important step forward.",
			[]string{"meeting 2025-05-15 Lena Moss+Tom Hart", "meeting 2025-05-15 Omar Dale+Tom Hart"}},
	})
}

// TestBriefer20 checks that the official a briefing is given by ("this
// special briefing by Secretary East, A, on the visit of B") is no party
// to the visit the briefing is about.
func TestBriefer20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a briefing by a secretary", "", "", "2024-08-20",
			"Shri Vijay Rao, Official Spokesperson: Good afternoon ladies and gentlemen. Welcome to this special briefing by Secretary West Shri Arun Mehra on the ongoing state visit of the Prime Minister of Norway, His Excellency Tom Hart. With that, I welcome Secretary (West) to make his opening remarks.\n\nShri Arun Mehra, Secretary (West): Thank you Vijay and a very warm welcome to all of you for this special briefing on the visit of the Prime Minister of Norway, His Excellency Tom Hart to India from the 19th to the 21st of August. This is the first visit of Prime Minister Hart to India as Prime Minister. Prime Minister Hart held talks with Prime Minister Ravi Menon of India in New Delhi today.",
			[]string{"talks 2024-08-20 Ravi Menon+Tom Hart", "visit 2024-08 Ravi Menon+Tom Hart"}},
	})
}

// TestTripAhead20 checks that a State Visit whose invitation was just
// accepted is one to come, and that a stay "for the G7 Summit" is a trip
// to a gathering, not a visit of its host.
func TestTripAhead20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"an invitation accepted for a visit", "Prime Minister's Office, 10 Downing Street (GOV.UK)", "", "2025-02-27",
			"Prime Minister Tom Hart of Norway and President of the United States Tom Walker met today in the White House.\n\nThe leaders discussed the depth of the relationship between their two nations.\n\nThe President accepted an invitation on behalf of His Majesty The King for an unprecedented second State Visit to Norway.",
			[]string{"meeting 2025-02-27 Tom Hart+Tom Walker"}},
		{"visiting for a group's summit", "", "", "2022-03-24",
			"On March 24, Mr. MORI Kenji, Prime Minister of Japan, who is visiting Belgium for the G7 Summit, held a summit meeting with the Rt Hon Tom Hart MP, Prime Minister of Norway.",
			[]string{"meeting 2022-03-24 Mori Kenji+Tom Hart"}},
	})
}

// TestAncestor20 checks that a forebear named on a trip ("A, the
// President's ancestor") is no party to the visit.
func TestAncestor20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the president's ancestor", "", "", "2023-04-27",
			"The visit by President Tom Walker of the United States to Ireland was a historic occasion. I accompanied President Walker to Co. Louth, which included a visit to his ancestral home. In Carlingford Castle, we saw from where Patrick Doyle, the President's ancestor, emigrated. President Walker met Prime Minister Sean Byrne of Ireland at Farmleigh House on April 13.",
			[]string{"meeting 2023-04-13 Sean Byrne+Tom Walker", "visit 2023-04 Sean Byrne+Tom Walker"}},
	})
}
