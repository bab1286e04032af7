package extract

import "testing"

// TestPastAfterContact19 checks that a time of the past told after a
// contact in its clause ("a month ago", "last summer") makes it recalled,
// not held, and that "since" before such a time leaves the contact held.
func TestPastAfterContact19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"another's visit a month ago", "", "", "2021-08-23",
			"Prime Minister Tom Hart of Norway welcomed Vice President Ann Vale of the United States to Oslo today. The Vice President's visit follows Secretary of Defence Karl Berg's visit here just a month ago.",
			[]string{"meeting 2021-08-23 Ann Vale+Tom Hart"}},
		{"a visit two years ago", "", "", "2024-05-10",
			"President Lena Moss of Chile met Prime Minister Omar Dale of Fiji in Santiago today. Prime Minister Dale recalled that President Moss made a state visit to Fiji two years ago.",
			[]string{"meeting 2024-05-10 Lena Moss+Omar Dale"}},
		{"a visit last summer", "", "", "2021-11-03",
			"Minister Karl Berg of Norway met Secretary of Defense Tom Walker of the United States at the Pentagon today. Vice President Ann Vale of the United States had a terrific visit to Norway last summer.",
			[]string{"meeting 2021-11-03 Karl Berg+Tom Walker"}},
		{"since last year stays held", "", "", "2024-05-10",
			"President Lena Moss of Chile met Prime Minister Omar Dale of Fiji in Santiago today, their first meeting since last year.",
			[]string{"meeting 2024-05-10 Lena Moss+Omar Dale"}},
		{"a visit with no time stays held", "", "", "2024-05-10",
			"President Lena Moss of Chile is on a state visit to Fiji, where she met Prime Minister Omar Dale today.",
			[]string{"meeting 2024-05-10 Lena Moss+Omar Dale", "visit 2024-05 Fiji+Lena Moss"}},
	})
}

// TestCallToldAgain19 checks that a meeting or talks of the same two
// people on the day of their call, reported with or after it, is the call
// told again (or older meetings recalled), not an in-person contact, and
// that a meeting of other people that day stays.
func TestCallToldAgain19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a telephone meeting under its headline", "", "Japan-U.S. Summit Telephone Meeting", "2022-07-09",
			"On July 9, commencing at 8:00 am, for 10 minutes, Mr. MORI Kenji, Prime Minister of Japan, held a telephone meeting with the Honorable Tom Walker, President of the United States of America.\n\nPrime Minister Mori expressed his gratitude.",
			[]string{"phone_call 2022-07-09 Mori Kenji+Tom Walker"}},
		{"another meeting's holding recalled", "", "Japan-Norway Summit Telephone Talk", "2021-02-16",
			"On February 16, commencing at 5:45 p.m. for approximately 30 minutes, Mr. MORI Kenji, Prime Minister of Japan, held a summit telephone talk with the Rt Hon Tom Hart MP, Prime Minister of Norway. The overview of the talk is as follows.\n\nPrime Minister Mori stated that the cooperation between Japan and Norway is deepening, such as the entry into force of the Japan-Norway EPA and holding of the Japan-Norway Foreign and Defence Ministerial Meeting (\"2 + 2\"), and expressed his intention to cooperate even more closely.",
			[]string{"phone_call 2021-02-16 Mori Kenji+Tom Hart"}},
		{"older summits recalled", "", "", "2020-08-31",
			"On August 31, Mr. MORI Kenji, Prime Minister of Japan, held a summit telephone talk with H.E. Mr. Ivan Petrov, President of the Russian Federation. In addition, noting that he and President Petrov have held 20 summit meetings, Prime Minister Mori stressed the importance of the peace treaty.",
			[]string{"phone_call 2020-08-31 Ivan Petrov+Mori Kenji"}},
		{"a headline's call gives way to the body's meeting", "", "PM call with Prime Minister Tom Hart of Norway: 17 March 2025", "2025-03-17",
			"Prime Minister Kenji Mori of Japan met the Prime Minister of Norway Tom Hart this evening in Tokyo.\n\nThey looked forward to speaking again soon.",
			[]string{"meeting 2025-03-17 Kenji Mori+Tom Hart"}},
		{"a meeting of others stays", "", "", "2021-01-28",
			"Prime Minister Kenji Mori of Japan held telephone talks with President Tom Walker of the United States today. Foreign Minister Aiko Sato of Japan met Ambassador Ann Lee of the United States in Tokyo today.",
			[]string{"phone_call 2021-01-28 Kenji Mori+Tom Walker", "meeting 2021-01-28 Aiko Sato+Ann Lee"}},
	})
}

// TestCounterpartsListed19 checks that bilateral contacts with
// counterparts named only by their countries ("ministerial counterparts
// from A, B and C", "the Foreign Minister of A and the Foreign Minister of
// B") are one contact with each country, or with the person the text
// names for it.
func TestCounterpartsListed19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"ministerial counterparts from", "", "", "2025-07-12",
			"Foreign Minister Tom Hart of Norway attended the regional forum in Kuala Lumpur. Mr Hart also held bilateral talks with ministerial counterparts from Chile, Fiji, Kenya and the United States.",
			[]string{"talks 2025-07-12 Chile+Tom Hart", "talks 2025-07-12 Fiji+Tom Hart", "talks 2025-07-12 Kenya+Tom Hart", "talks 2025-07-12 Tom Hart+United States"}},
		{"offices named one by one", "", "", "2025-09-26",
			"Prime Minister Tom Hart of Norway held bilateral meetings with the Foreign Minister of Chile and the Foreign Minister of Kenya in London today.",
			[]string{"meeting 2025-09-26 Chile+Tom Hart", "meeting 2025-09-26 Kenya+Tom Hart"}},
		{"offices with their holders named", "", "", "2025-09-26",
			"Prime Minister Tom Hart of Norway held bilateral meetings with the Foreign Minister of Chile, Ana Soto, and the Foreign Minister of Kenya, Paul Kamau, in London today.",
			[]string{"meeting 2025-09-26 Ana Soto+Tom Hart", "meeting 2025-09-26 Paul Kamau+Tom Hart"}},
	})
}
