package extract

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestListedCounterparts17 checks contacts with a list of counterparts of
// different countries in one sentence: a call, a "bilateral" talk or a
// meeting of each, never one contact of all.
func TestListedCounterparts17(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"telephone conversations with three counterparts", "", "", "2025-05-09",
			"Prime Minister Karim Osman of Malaysia wrote in a post last night following telephone conversations with three of his counterparts – Australian Prime Minister Tom Barker, Fijian Prime Minister Joeli Naivalu and Thai Prime Minister Somchai Wongsa.",
			[]string{"phone_call 2025-05-08 Joeli Naivalu+Karim Osman", "phone_call 2025-05-08 Karim Osman+Somchai Wongsa", "phone_call 2025-05-08 Karim Osman+Tom Barker"}},
		{"calls each with its own day", "", "", "2022-03-16",
			"South Korean President-elect Han Min-jun on Wednesday spoke with Australian Prime Minister Tom Barker on the phone. It was Han's fourth call with a foreign leader. He spoke with United States President Carl Hobbs on Thursday, Japanese Prime Minister Kenji Mori on Friday and British Prime Minister Alan Pike on Monday.",
			[]string{"phone_call 2022-03-10 Carl Hobbs+Han Min-jun", "phone_call 2022-03-11 Han Min-jun+Kenji Mori", "phone_call 2022-03-14 Alan Pike+Han Min-jun", "phone_call 2022-03-16 Han Min-jun+Tom Barker"}},
		{"bilateral talks with two guests", "", "", "2023-09-08",
			"Prime Minister Ravi Mehta of India on Friday held bilateral talks with his Mauritian counterpart Paul Ramdin and Bangladesh Prime Minister Rashida Karim.",
			[]string{"talks 2023-09-08 Paul Ramdin+Ravi Mehta", "talks 2023-09-08 Rashida Karim+Ravi Mehta"}},
		{"a trilateral stays one", "", "", "2023-09-08",
			"Prime Minister Ravi Mehta of India on Friday held trilateral talks with Mauritian Prime Minister Paul Ramdin and Bangladesh Prime Minister Rashida Karim.",
			[]string{"talks 2023-09-08 Paul Ramdin+Rashida Karim+Ravi Mehta"}},
		{"counterparts of one country stay one", "", "", "2023-09-08",
			"Prime Minister Ravi Mehta of India on Friday held bilateral talks with Mauritian President Anil Gopal and Mauritian Prime Minister Paul Ramdin.",
			[]string{"talks 2023-09-08 Anil Gopal+Paul Ramdin+Ravi Mehta"}},
		{"calls held jointly stay one", "", "", "2025-05-09",
			"Prime Minister Karim Osman of Malaysia last night held telephone conversations jointly with Australian Prime Minister Tom Barker, Fijian Prime Minister Joeli Naivalu and Thai Prime Minister Somchai Wongsa.",
			[]string{"phone_call 2025-05-08 Joeli Naivalu+Karim Osman+Somchai Wongsa+Tom Barker"}},
	})
}

// TestStaffOfAPrincipal17 checks that one named as a principal's staff
// ("A's spokesperson B", "A's special envoy B") acts for A's country, and
// that a counterpart ("A's counterpart B") does not.
func TestStaffOfAPrincipal17(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"a leader's spokesperson",
			"South Korean President Han Min-jun spoke with Australian Prime Minister Tom Barker on the phone on Wednesday, Han's spokesperson Park So-ra said.",
			[]string{"Park So-ra|KR"}},
		{"a leader's special envoy",
			"French President Luc Moreau received Brazilian President Ana Ferraz's special envoy Paulo Reis at the Elysee Palace on Monday.",
			[]string{"Paulo Reis|BR"}},
		{"his spokeswoman",
			"South Korean President Han Min-jun spoke with Japanese Prime Minister Kenji Mori on Friday, according to a written briefing by his spokeswoman Park So-ra.",
			[]string{"Park So-ra|KR"}},
		{"a counterpart is no staff",
			"President Luc Moreau of France met Prime Minister Carl Hobbs of Canada in Paris on Monday, and Moreau's counterpart Jan Novak of Czechia in Prague on Tuesday.",
			[]string{"Jan Novak|CZ"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Leaders meet", "2023-09-13", tc.body)))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("got %q, want %q", got, w)
				}
			}
		})
	}
}

// TestTheLateIsNoParty17 checks that one named as "the late" or "late"
// (who has died) takes no part in a contact of the day and leads none:
// respects paid to the late King are no meeting with him.
func TestTheLateIsNoParty17(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"respects paid to the late", "", "Chilean president pays respects to late King Olaf Brandt, meets Norwegian PM", "2022-09-18",
			"On Sunday afternoon, Chilean President Ana Ferraz and First Gentleman Jorge Ferraz paid their respects to the late King Olaf Brandt of Norway. Prime Ministers of Iceland and Denmark have also met with their Norwegian counterpart for brief talks.",
			nil},
		{"a former holder still calls", "", "Readout of the President's Call with Former Prime Minister of Norway Erik Sand", "2022-11-07",
			"President Tom Walker of the United States spoke today with former Prime Minister of Norway Erik Sand to congratulate him on his party's victory.",
			[]string{"phone_call 2022-11-07 Erik Sand+Tom Walker"}},
	})
}

// TestCambodianAndBruneiHonorifics17 checks that Khmer and Bruneian
// honorifics before a name ("Samdech Akka Moha Sena Padei Techo",
// "Samdech Techo", "Dato Seri Setia") are no part of it.
func TestCambodianAndBruneiHonorifics17(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the long Khmer honorific", "", "", "2017-11-14",
			"Cambodian Prime Minister Samdech Akka Moha Sena Padei Techo Sok Vanna met with Japanese Prime Minister Kenji Mori yesterday in Manila.",
			[]string{"meeting 2017-11-13 Kenji Mori+Sok Vanna"}},
		{"the short Khmer honorific", "", "", "2017-11-14",
			"Samdech Techo Sok Vanna, Prime Minister of Cambodia, met with Japanese Prime Minister Kenji Mori yesterday in Manila.",
			[]string{"meeting 2017-11-13 Kenji Mori+Sok Vanna"}},
		{"a Bruneian honorific", "", "", "2022-07-01",
			"Philippine President Jose Reyes received Brunei's Second Minister of Foreign Affairs Dato Seri Setia Awang Jaafar at Malacanang Palace on Friday.",
			[]string{"reception 2022-07-01 Awang Jaafar+Jose Reyes"}},
	})
}

// TestForeignHolderKeepsNoHomeCountry17 checks that a release of a
// government about no other country gives its own country to the persons
// it names, but not to one the office table knows as another country's
// holder only ("Queen Elizabeth II" in a US release after her reign).
func TestForeignHolderKeepsNoHomeCountry17(t *testing.T) {
	x := newX(t)
	a := &accord.Article{ID: "t", Published: "2023-09-08", URL: "https://www.whitehouse.gov/briefing-room/statements-releases/2023/09/08/x/",
		Title: "Statement on the anniversary",
		Body:  "Today Secretary Jane Cole and I remember Her Majesty Queen Elizabeth II, whose reign spanned seventy years."}
	got := personCountries(x.Extract(a))
	if slices.Contains(got, "Elizabeth II|US") {
		t.Errorf("got %q, want no US for Elizabeth II", got)
	}
}

// TestBilateralDiscussions17 checks "held bilateral discussions with",
// with a leader or with the delegation a leader leads.
func TestBilateralDiscussions17(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"with a leader", "", "", "2022-10-06",
			"Ethiopian Prime Minister Dawit Alemu held bilateral discussions with Kenyan President Peter Mwangi in Addis Ababa today.",
			[]string{"talks 2022-10-06 Dawit Alemu+Peter Mwangi"}},
		{"with the delegation a leader leads", "", "", "2022-10-06",
			"Prime Minister Dawit Alemu of Ethiopia and his delegation held bilateral discussions with the delegation of the Republic of Kenya led by President Peter Mwangi today.",
			[]string{"talks 2022-10-06 Dawit Alemu+Peter Mwangi"}},
	})
}

// TestAnniversaryOfASigning17 checks that a signing counted from ("40
// years of the signing of the Treaty") is no signing of the day.
func TestAnniversaryOfASigning17(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"years of the signing", "", "", "2017-10-03",
			"President Tran Van Lam of Viet Nam received Lao Prime Minister Somsak Vong in Hanoi on October 3. He lauded the visit as the two countries celebrate 40 years of the signing of the Treaty of Amity and Cooperation.",
			// "the visit" the host lauds is the guest's own (session 20).
			[]string{"reception 2017-10-03 Somsak Vong+Tran Van Lam", "visit 2017-10 Somsak Vong+Tran Van Lam"}},
	})
}

// TestContactToldAgain17 checks that a sentence saying more of a contact
// just told ("This was his only bilateral meeting during his stay, where
// he arrived on Monday") is no contact of its own, of another day.
func TestContactToldAgain17(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"this was his only meeting", "", "", "2023-11-29",
			"The president-elect of Chile, Ana Ferraz, met with United States National Security Advisor Tom Walker on Tuesday at the White House. This was Ferraz's only bilateral meeting during her stay in the USA, where she arrived on Monday.",
			[]string{"meeting 2023-11-28 Ana Ferraz+Tom Walker"}},
		{"a former holder met is the other side, not the lead's", "", "", "2023-11-29",
			"The president-elect of Chile, Ana Ferraz, met with United States National Security Advisor Tom Walker on Tuesday at the White House. On Monday, Ferraz met with former United States President Carl Hobbs in New York.",
			[]string{"meeting 2023-11-27 Ana Ferraz+Carl Hobbs", "meeting 2023-11-28 Ana Ferraz+Tom Walker"}},
	})
}

// TestReceivedNewlySwornIn17 checks a guest's title after a modifier
// ("received the newly sworn-in President A", "received newly elected
// Prime Minister A"): the guest is received.
func TestReceivedNewlySwornIn17(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"newly sworn-in", "", "", "2021-04-20",
			"President Musa Dare of Nigeria received newly sworn-in Nigerien President Ali Mahamane at the State House in Abuja on Monday.",
			[]string{"reception 2021-04-19 Ali Mahamane+Musa Dare"}},
		{"the newly elected", "", "", "2021-04-20",
			"President Musa Dare of Nigeria received the newly elected Prime Minister of Niger Ali Mahamane at the State House in Abuja on Monday.",
			[]string{"reception 2021-04-19 Ali Mahamane+Musa Dare"}},
	})
}

// TestBothPrimeMinisters17 checks that "Both Prime Ministers" and "both
// presidents" name the two leaders just told of, as "both leaders" does.
func TestBothPrimeMinisters17(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"both prime ministers witnessed a signing", "", "", "2024-11-28",
			"Prime Minister Goh Wei Ming of Singapore met Thai Prime Minister Somchai Wongsa in Bangkok today. Both Prime Ministers also witnessed the signing of a Memorandum of Understanding on scholarships.",
			[]string{"meeting 2024-11-28 Goh Wei Ming+Somchai Wongsa", "signing 2024-11-28 Goh Wei Ming+Somchai Wongsa"}},
		{"both presidents witnessed a signing", "", "", "2024-11-28",
			"President Ana Ferraz of Chile met Peruvian President Luis Vega in Lima today. Both presidents witnessed the signing of three agreements.",
			[]string{"meeting 2024-11-28 Ana Ferraz+Luis Vega", "signing 2024-11-28 Ana Ferraz+Luis Vega"}},
	})
}
