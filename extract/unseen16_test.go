package extract

import "testing"

// TestGuestWelcomedOrReceived16 checks contacts told with words the phrase
// table did not reach: the guest's participle after "received" ("received
// visiting Minister A"), a welcome at or in a named building ("welcomed
// Minister A at the Istana"), "held discussion with" without an article and
// an adjective before "discussion" ("an engaging discussion").
func TestGuestWelcomedOrReceived16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"received visiting", "", "", "2023-09-12",
			"Prime Minister Tran Van Lam of Viet Nam received visiting Mongolian Minister of Justice Batbold Enkh in Hanoi on September 12.",
			// The visiting minister's visit too (session 31, visiting.go).
			[]string{"reception 2023-09-12 Batbold Enkh+Tran Van Lam", "visit 2023-09 Batbold Enkh+Tran Van Lam"}},
		{"welcomed at a seat of government", "", "", "2021-09-14",
			"Prime Minister Goh Wei Ming of Singapore welcomed Chinese Foreign Minister Zhao Lin at the Istana this morning.",
			[]string{"meeting 2021-09-14 Goh Wei Ming+Zhao Lin"}},
		{"welcomed in a palace", "", "", "2021-09-14",
			"President Ana Ruiz of Chile welcomed Peruvian Foreign Minister Luis Vega in the Moneda Palace today.",
			[]string{"meeting 2021-09-14 Ana Ruiz+Luis Vega"}},
		{"held discussion with, no article", "", "", "2019-01-28",
			"Prime Minister Dawit Alemu of Ethiopia held discussion with Kenyan President Peter Mwangi on the upcoming summit.",
			[]string{"talks 2019-01-28 Dawit Alemu+Peter Mwangi"}},
		{"an adjective before discussion", "", "", "2022-07-07",
			"Prime Minister Goh Wei Ming of Singapore had a substantive discussion with South African Foreign Minister Thandi Zulu on regional developments.",
			[]string{"talks 2022-07-07 Goh Wei Ming+Thandi Zulu"}},
		{"an, then an adjective, before discussion", "", "", "2022-07-07",
			"Prime Minister Goh Wei Ming of Singapore had an engaging discussion with South African Foreign Minister Thandi Zulu on regional developments.",
			[]string{"talks 2022-07-07 Goh Wei Ming+Thandi Zulu"}},
		{"an audience still", "", "", "2022-07-07",
			"Prime Minister Goh Wei Ming of Singapore had an audience with King Omar Rashid of Jordan today.",
			[]string{"reception 2022-07-07 Goh Wei Ming+Omar Rashid"}},
	})
}

// TestWelcomedInACityIsNoMeeting16 checks that a welcome "in" a city (not
// a building) stays no meeting of its own: the visit tells of it.
func TestWelcomedInACityIsNoMeeting16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"welcomed the decision in a city", "", "", "2021-09-14",
			"President Ana Ruiz of Chile welcomed the decision of Peru in Santiago today.",
			nil},
	})
}

// TestDeniedContacts16 checks that a contact denied in its clause ("has
// never held talks with", "did not hold a press conference") and a press
// conference "of his own" are no contacts, while "not only met A" is one.
func TestDeniedContacts16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"never held talks", "", "", "2023-03-05",
			"French President Luc Moreau has never held talks with Iranian President Reza Karimi.",
			nil},
		{"a press conference of his own", "", "", "2022-03-05",
			"Finnish President Antti Laine answered questions in a press conference of his own after he met US President Tom Walker on Friday.",
			[]string{"meeting 2022-03-04 Antti Laine+Tom Walker"}},
		{"not only met", "", "", "2023-03-05",
			"French President Luc Moreau not only held talks with Iranian President Reza Karimi in Paris today.",
			[]string{"talks 2023-03-05 Luc Moreau+Reza Karimi"}},
	})
}

// TestLeadersSignDocuments16 checks that two leaders of two countries as
// the subject of "signed memoranda / an agreement" sign it with each
// other; one leader, or two of one country, sign with no one named.
func TestLeadersSignDocuments16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a leader and his counterpart", "", "", "2021-12-06",
			"President Sipho Dlamini of South Africa and his Ghanaian counterpart President Kofi Mensah signed memoranda of understanding on transport on Sunday.",
			[]string{"signing 2021-12-05 Kofi Mensah+Sipho Dlamini"}},
		{"one leader", "", "", "2021-12-06",
			"President Sipho Dlamini of South Africa signed a memorandum on transport on Sunday.",
			nil},
	})
}

// TestFatherNameDiffers16 checks that two names of one family written with
// their lineage ("Omar bin Zaid Al Rami", "Omer bin Hamad bin Tahir Al
// Rami") stay two persons: the host of a reception is not the adviser in
// its attendance list.
func TestFatherNameDiffers16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"an adviser of the host's family", "", "", "2024-09-10",
			"Emirati President Sheikh Omar bin Zaid Al Rami today received Philippine Secretary Jose Santos in Abu Dhabi. The meeting was attended by Sheikh Omer bin Hamad bin Tahir Al Rami, Advisor for Special Affairs.",
			[]string{"reception 2024-09-10 Jose Santos+Omar bin Zaid Al Rami"}},
	})
}

// TestArrivalDay16 checks that a contact told in a sentence opening with
// "Upon arrival" or "There," takes the day of the arrival told just
// before, not the page's; a sentence with no such opening keeps the page's.
func TestArrivalDay16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"upon arrival", "", "", "2021-12-02",
			"President Sipho Dlamini of South Africa arrived in Abidjan on Wednesday evening for a two-day State Visit.\n\nUpon arrival at the airport, the President was welcomed by his Ivorian counterpart, President Yao Kouassi and then proceeded to the presidential pavilion for a meeting.",
			[]string{"visit 2021-12 Sipho Dlamini+Yao Kouassi", "meeting 2021-12-01 Sipho Dlamini+Yao Kouassi"}},
		{"there", "", "", "2019-08-22",
			"Russian President Ivan Petrov landed at Helsinki airport on Wednesday afternoon. The convoy headed to the Presidential Palace. There, Petrov was received by the President of Finland, Matti Korhonen.",
			[]string{"meeting 2019-08-21 Ivan Petrov+Matti Korhonen"}},
	})
}

// TestGuestsToldApart16 checks that "met A and B" (guests of two
// countries) is two meetings where later sentences tell a meeting with
// each apart, under a headline naming all three too; without such
// sentences it stays one.
func TestGuestsToldApart16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"told apart, under a headline", "", "PM Goh meets Saudi Crown Prince Fahd bin Nasser, Hong Kong Chief Executive Tam Wai", "2022-11-18",
			"BANGKOK – Singapore's Prime Minister Goh Wei Ming met Saudi Arabia's Crown Prince Fahd bin Nasser and Hong Kong's Chief Executive Tam Wai on Friday.\n\nDuring their meeting, PM Goh and Crown Prince Fahd reaffirmed the strong relations.\n\nDuring his meeting with Mr Tam Wai, PM Goh congratulated him on his election.",
			[]string{"meeting 2022-11-18 Fahd bin Nasser+Goh Wei Ming", "meeting 2022-11-18 Goh Wei Ming+Tam Wai"}},
		{"not told apart", "", "", "2022-11-18",
			"Singapore's Prime Minister Goh Wei Ming met Saudi Arabia's Crown Prince Fahd bin Nasser and Hong Kong's Chief Executive Tam Wai on Friday. They discussed regional developments.",
			[]string{"meeting 2022-11-18 Fahd bin Nasser+Goh Wei Ming+Tam Wai"}},
	})
}

// TestTenureDate16 checks that a date after "taking office" (sworn in,
// elected) dates the term, not the contact told before it.
func TestTenureDate16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"after taking office on a day", "", "", "2022-06-06",
			"President Budi Santoso of Indonesia received Australian Prime Minister Tom Walker at the palace on Monday. Walker's visit to Indonesia is his first bilateral visit after taking office as prime minister on May 23.",
			[]string{"reception 2022-06-06 Budi Santoso+Tom Walker", "visit 2022-06 Budi Santoso+Tom Walker"}},
	})
}

// TestLaterEventDate16 checks that a date in a clause of a gathering's own
// future ("the summit which will be held on …", "to be held on …") dates
// the gathering, not the contact told before it.
func TestLaterEventDate16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"which will be held on", "", "", "2019-01-28",
			"Prime Minister Dawit Alemu of Ethiopia held talks with Kenyan President Peter Mwangi on the preparations for the upcoming summit which will be held on 10-11 February 2019 in Addis Ababa.",
			[]string{"talks 2019-01-28 Dawit Alemu+Peter Mwangi"}},
	})
}

// TestPlaceOfAnotherClause16 checks that a place told after a ";" in
// another clause ("met on Thursday; A reported on his talks in Brussels")
// does not place the contact, while one in its own clause does.
func TestPlaceOfAnotherClause16(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct{ name, body, place string }{
		{"after a semicolon", "On Thursday, President Jan Nowak of Poland and President Ivan Bondar of Ukraine met; President Bondar reported on his recent talks in Brussels.", ""},
		{"in its own clause", "On Thursday, President Jan Nowak of Poland and President Ivan Bondar of Ukraine met in Warsaw; President Bondar reported on his recent talks.", "Warsaw"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("", "2023-02-10", tt.body))
			if len(f.Engagements) != 1 {
				t.Fatalf("engagements %q, want one", engagementSummary(f))
			}
			if got := f.Engagements[0].Place.Name; got != tt.place {
				t.Errorf("place %q, want %q", got, tt.place)
			}
		})
	}
}

// TestBetweenBothHeads16 checks that "the meeting between both heads of
// state", spoken of by two ministers on a call, is no meeting of theirs.
func TestBetweenBothHeads16(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"between both heads of state", "", "Foreign Minister Li Ming Holds Telephone Talks with Secretary of State Tom Baker of US", "2016-08-05",
			"On August 5, 2016, Foreign Minister Li Ming of China held telephone talks at request with Secretary of State Tom Baker of the US.\n\nLi Ming expressed that the upcoming meeting between President Zhang Wei and President Bill Carter in Hangzhou is the most important agenda.\n\nTom Baker stated that the meeting between both heads of state in Hangzhou is very important.",
			[]string{"phone_call 2016-08-05 Li Ming+Tom Baker"}},
	})
}
