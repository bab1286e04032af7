package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

// TestTopicListNoLead checks that a transcript's list of topics ("A's
// visit to B; critical minerals; C; Indo-Pacific") does not lead the
// transcript: a person named in it as a topic is not the other side of the
// speaker's "we" (names invented).
func TestTopicListNoLead(t *testing.T) {
	withSato := func(f *accord.ArticleFacts) []string {
		var out []string
		for _, e := range engagementSummary(f) {
			if strings.Contains(e, "Kenji Sato") {
				out = append(out, e)
			}
		}
		return out
	}
	runSourcedBy(t, []sourcedCase{
		{"topic list", "Prime Minister of Australia", "Opening remarks - Australia Japan Leaders' Meeting", "2022-10-22",
			"His Excellency Taro Okabe’s visit to Australia; critical minerals; net zero by 2050; Kenji Sato; Indo-Pacific\n\nMARA DELL, PRIME MINISTER OF AUSTRALIA: I begin by acknowledging the traditional owners of the land on which we're meeting. I'm absolutely delighted to welcome you, Prime Minister, to Australia for our bilateral meeting.",
			nil},
	}, "engagements with the topic", withSato)
	runSourced(t, []sourcedCase{
		{"a lead parted by semicolons", "Prime Minister of Australia", "Readout", "2022-10-22",
			"Prime Minister Mara Dell met Kenji Sato of Japan today; they discussed trade; they agreed to meet again.",
			[]string{"meeting 2022-10-22 Kenji Sato+Mara Dell"}},
	})
}

// TestOpeningClauseOtherSide checks that the other side of a contact told
// in an opening clause ("Following the telephone conversation with A, B
// met with C") is not a party to the main clause's contact, whatever the
// two contacts' kinds (names invented).
func TestOpeningClauseOtherSide(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"call, then a meeting", "President of Russia", "Telephone conversation with President of France", "2019-04-02",
			"Ivan Morozov had a telephone conversation with President of France Paul Girard on the French side's initiative.\n\nThe leaders discussed trade.\n\nFollowing the telephone conversation with President of France Paul Girard, Ivan Morozov met with Italian Ambassador Carlo Bruni.",
			[]string{"meeting 2019-04-02 Carlo Bruni+Ivan Morozov", "phone_call 2019-04-02 Ivan Morozov+Paul Girard"}},
		{"call, then a meeting at home", "President of Russia", "Telephone conversation with President of France", "2019-04-02",
			"Ivan Morozov had a telephone conversation with President of France Paul Girard on the French side's initiative.\n\nFollowing the telephone conversation with French President Paul Girard, Russian President Ivan Morozov met with Russian First Deputy Prime Minister Oleg Lebedev.",
			[]string{"phone_call 2019-04-02 Ivan Morozov+Paul Girard"}},
	})
}

// TestRecalledVisitInStatement checks three ways a ministers' statement
// recalls a leader's earlier visit, none of them a visit of the ministers
// or of the statement's month: a visit framing the sentence takes the date
// inside the frame; "welcomed the visit of B to C" welcomes a visit, not B;
// "the commitments made during the visit" (a participle without "-ed")
// recalls it (names invented).
func TestRecalledVisitInStatement(t *testing.T) {
	const lead = "Secretary of State Ann Kerr hosted Minister for Foreign Affairs Lia Wong on August 6 in Annapolis.\n\n"
	meeting := "meeting 2024-08-06 Ann Kerr+Lia Wong"
	runSourced(t, []sourcedCase{
		{"frame", "Department of Foreign Affairs and Trade", "Joint Statement on Ministerial Consultations", "2024-08-06",
			lead + "During the visit of Prime Minister Mara Dell to the United States in October 2023, the two sides signed an agreement.",
			[]string{meeting}},
		{"welcomed the visit", "Department of Foreign Affairs and Trade", "Joint Statement on Ministerial Consultations", "2024-08-06",
			lead + "The principals welcomed the visit of Prime Minister Mara Dell to the United States in October 2023.",
			[]string{meeting}},
		{"made during", "Department of Foreign Affairs and Trade", "Joint Statement on Ministerial Consultations", "2024-08-06",
			lead + "The principals welcomed actions by both governments that build upon the commitments made during the visit of Prime Minister Mara Dell to the United States and her meeting with President Tom Walker in October 2023.",
			[]string{meeting}},
	})
}

// TestNoContactFromPassingMentions checks five ways a sentence names a
// contact that did not take place that day (names invented): contacts
// counted over years ("have met several times"), a hotel named after a
// king ("the King David Hotel" is no person), a numbered gathering of a
// group a visit comes before, a signing that is pursued ("accelerating the
// signing of"), and a reception that is the manner of a welcome ("This is
// indeed a warm reception").
func TestNoContactFromPassingMentions(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"met several times", "Ministry of Foreign Affairs of China", "Li Wen meets Indian minister", "2019-09-25",
			"Foreign Minister Li Wen met with Indian External Affairs Minister Raj Mehta in New York on September 24.\n\nLi said that since 2014, President Zhao Min and Prime Minister Arun Das have met several times and reached important consensus.",
			[]string{"meeting 2019-09-24 Li Wen+Raj Mehta"}},
		{"a telescope named after a person", "The White House", "Fact Sheet: Space Cooperation", "2023-07-05",
			"President Tom Walker met with Prime Minister Arun Das of India today. The leaders welcomed data sharing from the Ada Lynn Brook Space Telescope.",
			[]string{"meeting 2023-07-05 Arun Das+Tom Walker"}},
		{"a hotel named after a king", "Government Press Office", "PM Cohen meets PM Das", "2017-07-05",
			"Prime Minister Avi Cohen held a working meeting and lunch with Indian Prime Minister Arun Das at the King David Hotel in Jerusalem.",
			[]string{"meeting 2017-07-05 Arun Das+Avi Cohen"}},
		{"a numbered gathering", "VietnamPlus", "President visits Thailand", "2022-11-16",
			"Bangkok (VNA) – Thai Prime Minister Somchai Wong hosted a welcome ceremony for President Tran Van Minh in Bangkok on November 16.\n\nPresident Minh is the first foreign senior leader to visit Thailand before the 29th Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting.",
			[]string{"reception 2022-11-16 Somchai Wong+Tran Van Minh"}},
		{"a signing pursued", "VOV", "PMs hold phone talks", "2020-11-06",
			"Prime Minister Tran Van Minh held phone talks with Thai Prime Minister Somchai Wong on November 6.\n\nPrime Minister Minh hopes to strengthen trade with Thailand, whilst accelerating the signing of co-operation documents between various localities.",
			[]string{"phone_call 2020-11-06 Somchai Wong+Tran Van Minh"}},
		{"a warm reception", "Prime Minister of Australia", "Joint press conference, Hanoi", "2019-08-23",
			"PRIME MINISTER DELL: Thank you very much Prime Minister Minh. This is indeed a warm reception and we thank you very much for the hospitality.",
			[]string{"press_conference 2019-08-23 Dell"}},
	})
}

// TestHeadsGatheringIsSummit checks that a gathering named by heads or
// leaders in the plural ("the Commonwealth Heads of Government meeting")
// stays a summit when two states' persons are read with it, not their
// bilateral meeting (names invented).
func TestHeadsGatheringIsSummit(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"heads of government meeting", "Prime Minister of Australia", "Press conference - Apia, Samoa", "2024-10-25",
			"MARA DELL, PRIME MINISTER: I've just come from the opening session of the Commonwealth Heads of Government meeting here in Samoa. And the speech of King Otto Brand of Norway was, of course, a highlight.",
			[]string{"press_conference 2024-10-25 Mara Dell", "summit 2024-10-25 Mara Dell+Otto Brand"}},
	})
}

// TestMinistryReportConventions checks four conventions of ministries'
// reports (names invented): "On the 20th, …" dates a contact by the day
// of the report's month; a room named after what is held in it
// ("Reception Hall, Malacañan Palace") is a place, no reception; two
// leaders' summit "on the sidelines of the G20 Summit" is their meeting;
// "his visit to C, his first visit to a foreign state in 2017" is one
// visit, not a second of the year.
func TestMinistryReportConventions(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"on the 20th", "Ministry of Foreign Affairs of Japan", "Foreign Minister's visit to Australia", "2010-02-24",
			"Foreign Minister Taro Okabe visited Australia from February 19 to 22.\n\nOn the 20th, he had a meeting with Mr. Tom Hale, Minister for Defence of Australia, in Sydney.",
			[]string{"meeting 2010-02-20 Taro Okabe+Tom Hale", "visit 2010-02 Taro Okabe+Tom Hale"}},
		{"a room named after a contact", "Presidential Communications Office", "Joint Press Statement with Prime Minister Taro Okabe", "2017-01-12",
			"Reception Hall, Malacañan Palace\n\nPresident Ana Cruz of the Philippines and Prime Minister Taro Okabe of Japan held a joint press conference after their talks.",
			[]string{"press_conference 2017-01-12 Ana Cruz+Taro Okabe", "talks 2017-01-12 Ana Cruz+Taro Okabe"}},
		{"a summit on the sidelines", "Office of the Prime Minister of Japan", "Japan-Russia summit on the sidelines of the G20 Hamburg Summit (briefing)", "2017-07-07",
			"Japanese Prime Minister Taro Okabe and Russian President Ivan Morozov held a summit this afternoon on the sidelines of the G20 Summit in Hamburg, Germany. During their 50-minute summit, the two leaders had extensive discussions.",
			// ("had … discussions" reads as their talks too, as "held
			// discussions" does; the record joins the two, one class.)
			[]string{"meeting 2017-07-07 Ivan Morozov+Taro Okabe", "talks 2017-07-07 Ivan Morozov+Taro Okabe"}},
		{"a visit in apposition", "Presidential Communications Office", "Joint press statements", "2017-01-12",
			"President Ana Cruz of the Philippines welcomed Prime Minister Taro Okabe of Japan in Manila today. Prime Minister Okabe said that his visit to the Philippines, his first visit to a foreign state in 2017, shows the importance of the partnership.",
			[]string{"visit 2017-01 Ana Cruz+Taro Okabe"}},
	})
}

// TestKinNotJoinedByOffice checks that a relative the speaker names by
// kinship ("my husband, President Tom Kerr") is not joined with a holder
// of another office of the family name ("Secretary Kerr") (names
// invented).
func TestKinNotJoinedByOffice(t *testing.T) {
	x := newX(t)
	a := article("Remarks With Foreign Minister Lan Vu", "2010-07-22", "SECRETARY KERR: Thank you very much. I have observed our relationship ever since my husband, President Tom Kerr, took steps to normalize our relations.\n\nMINISTER VU: Thank you, Secretary Kerr.")
	a.Source = "U.S. Department of State"
	f := x.Extract(a)
	for _, p := range f.Actors {
		if p.Name == "Tom Kerr" && slices.Contains(p.Aliases, "Secretary Kerr") {
			t.Errorf("the Secretary joined to her husband: %+v", p)
		}
	}
}

// TestIdentityJoins checks two joins that made wrong identities (names
// invented): "Prime Minister A, the Amir of Qatar, and President B" is a
// list, so A takes no country from the Amir's office; a headline word glued
// to a function word ("President BidenAnd Prime Minister") is split.
func TestIdentityJoins(t *testing.T) {
	x := newX(t)
	a := article("Readout", "2024-05-16", "National Security Advisor Tom Hale also relayed that the President continues to engage with Prime Minister Rami Levy, the Amir of Qatar, and President Omar Said to reach a ceasefire.")
	a.Source = "The White House"
	for _, p := range x.Extract(a).Actors {
		if p.Name == "Rami Levy" && p.Country == "QA" {
			t.Errorf("a list item took the next item's country: %+v", p)
		}
	}
	b := article("Remarks by President KerrAnd Prime Minister Dimas of GreeceBefore Bilateral Meeting", "2022-05-16", "PRESIDENT KERR: Welcome, Mr. Prime Minister.")
	b.Source = "The White House"
	for _, p := range x.Extract(b).Actors {
		if strings.HasSuffix(p.Name, "And") {
			t.Errorf("a glued function word in a name: %+v", p)
		}
	}
}

// TestTitleChainAfterApposition checks that a title apposed to a name
// ("Excellency Tom Walker, U.S. Secretary of State,") is not also the first
// of the next person's chain of titles ("…, Deputy Prime Minister and
// Minister of Foreign Affairs Tran Van Binh"), who kept it with its country
// (names invented).
func TestTitleChainAfterApposition(t *testing.T) {
	x := newX(t)
	a := article("Joint Press Availability by Secretary of State Walker with Vietnamese Deputy Prime Minister and Foreign Minister Tran Van Binh", "2013-12-16", "MODERATOR: Excellency Tom Walker, U.S. Secretary of State, Deputy Prime Minister and Minister of Foreign Affairs Tran Van Binh, ladies and gentlemen.")
	a.Source = "U.S. Department of State"
	for _, p := range x.Extract(a).Actors {
		if p.Name == "Tran Van Binh" && (p.Country == "US" || slices.Contains(p.Roles, "Secretary of State")) {
			t.Errorf("the apposed title joined the next chain: %+v", p)
		}
	}
}

// TestListOfNamesAndTitles checks a list "Dr. A, Minister of Foreign
// Affairs, Tuan B, Minister of Economy": each title is the name's before it,
// not the next name's (names invented).
func TestListOfNamesAndTitles(t *testing.T) {
	x := newX(t)
	a := article("Summit Meeting", "2023-11-05", "The Summit Meeting was attended on the Malaysian side by Dr. Ali Rahman, Minister of Foreign Affairs, Tuan Mohd Razak, Minister of Economy, and others.")
	a.Source = "Ministry of Foreign Affairs of Japan"
	roles := map[string][]string{}
	for _, p := range x.Extract(a).Actors {
		roles[p.Name] = p.Roles
	}
	if !slices.Contains(roles["Ali Rahman"], "Minister of Foreign Affairs") || slices.Contains(roles["Tuan Mohd Razak"], "Minister of Foreign Affairs") || !slices.Contains(roles["Tuan Mohd Razak"], "Minister of Economy") {
		t.Errorf("titles of a list: %v", roles)
	}
}

// TestHeadlineTimeWordEndsOffice checks that a headline's capitalised
// preposition of time ends an office's complement: "Amir of the State of
// Qatar Before Bilateral Meeting" is the Amir (names invented).
func TestHeadlineTimeWordEndsOffice(t *testing.T) {
	x := newX(t)
	a := article("Remarks by President Tom Walker and His Highness Sheikh Karim bin Ali Al Nasser, Amir of the State of Qatar Before Bilateral Meeting", "2022-01-31", "PRESIDENT WALKER: Welcome, Your Highness.")
	a.Source = "The White House"
	for _, p := range x.Extract(a).Actors {
		for _, r := range p.Roles {
			if strings.Contains(r, "Before") {
				t.Errorf("the office ran over the headline's occasion: %+v", p)
			}
		}
	}
}

// TestFacilityNamedAfterPerson checks that a telescope or an observatory
// named after a person is no person (names invented).
func TestFacilityNamedAfterPerson(t *testing.T) {
	x := newX(t)
	a := article("Fact Sheet: Space Cooperation", "2023-07-05", "The leaders welcomed data sharing from the Ada Lynn Brook Space Telescope and the Vera K. Holt Observatory.")
	a.Source = "The White House"
	for _, p := range x.Extract(a).Actors {
		if p.Type == "person" {
			t.Errorf("a facility read as a person: %+v", p)
		}
	}
}

// TestEarlySigningAhead checks that "the early signing of" a document, on
// which two sides agree, is a signing ahead, none held (names invented).
func TestEarlySigningAhead(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the early signing", "VietnamPlus", "Viet Nam, New Zealand talk trade", "2017-07-27",
			"Wellington (VNA) – Deputy Prime Minister Tran Van Minh held talks with Deputy Prime Minister Anna Reid in Wellington on July 27.\n\nThe two sides reached a consensus on the early signing of the 2017-2020 Action Programme.",
			[]string{"talks 2017-07-27 Anna Reid+Tran Van Minh"}},
	})
}
