package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestUnnamedCounterpart checks that a contact with "his Chilean
// counterpart" whom the text does not name has that country as its other
// side, while a named counterpart stays the person (names invented).
func TestUnnamedCounterpart(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"an unnamed counterpart", "", "", "2020-08-22",
			"Foreign Minister Tariq Halim met with his Chilean counterpart on Friday in Santiago.",
			[]string{"meeting 2020-08-21 Chile+Tariq Halim"}},
		{"held talks with the counterpart", "", "", "2020-08-22",
			"Defence Minister Tariq Halim held talks with his Chilean counterpart on Friday.",
			[]string{"talks 2020-08-21 Chile+Tariq Halim"}},
		{"a named counterpart is the person", "", "", "2020-08-22",
			"Foreign Minister Tariq Halim met with his Chilean counterpart Ana Ruiz on Friday in Santiago.",
			[]string{"meeting 2020-08-21 Ana Ruiz+Tariq Halim"}},
		{"a meeting ahead is no contact", "", "", "2020-08-22",
			"Foreign Minister Tariq Halim will meet his Chilean counterpart next week.",
			nil},
		{"a subject not named in the sentence", "", "Peruvian president pays respects to late King Olaf Brandt", "2022-09-18",
			"On Sunday, Peruvian President Ana Ferraz paid her respects to the late King Olaf Brandt of Norway. Prime Ministers of Iceland and Denmark have also met with their Norwegian counterpart for brief talks.",
			nil},
	})
}

// TestDemonymPairSubject checks that two demonyms and a plural office as
// the subject of a contact ("Peruvian and Chilean defence ministers
// signed") make the two countries its sides, and that other plurals
// (firms) or demonyms in a topic do not.
func TestDemonymPairSubject(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"ministers held talks", "", "", "2014-11-21",
			"Peruvian and Chilean defence ministers held talks on Thursday.",
			[]string{"talks 2014-11-20 Chile+Peru"}},
		{"ministers signed", "", "", "2014-11-21",
			"Peruvian and Chilean defence ministers signed a military cooperation agreement Thursday.",
			[]string{"signing 2014-11-20 Chile+Peru"}},
		{"the foreign ministers met", "", "", "2014-11-21",
			"The Peruvian and Chilean foreign ministers met in Lima on Thursday.",
			[]string{"meeting 2014-11-20 Chile+Peru"}},
		{"firms are no sides", "", "", "2014-11-21",
			"Peruvian and Chilean firms signed 12 agreements on Thursday.",
			nil},
		{"demonyms of a topic", "", "", "2014-11-21",
			"Foreign Minister Ana Ruiz of Chile met President Tomas Berg of Peru on Thursday to discuss Peruvian and Chilean trade.",
			[]string{"meeting 2014-11-20 Ana Ruiz+Tomas Berg"}},
	})
}

// TestCountryBesideName checks that the country a text gives right after
// a person's name, in brackets or after "for" in a signing, is the one the
// person acts for, and that "for" outside a signing gives none (names
// invented).
func TestCountryBesideName(t *testing.T) {
	runPersonCountries(t, "2017-08-19", []personCountryCase{
		{"Ana Ruiz (Peru) met President Ivan Petrov on Friday.", []string{"Ana Ruiz|PE", "Ivan Petrov|"}},
		{"High Commissioners Tomas Berg (Chile) and Ana Ruiz (Peru) presented their diplomatic papers to President Ivan Petrov on Friday.", []string{"Ana Ruiz|PE", "Ivan Petrov|", "Tomas Berg|CL"}},
		{"The agreement was signed by Minister Tomas Berg for Chile and Minister Ana Ruiz for Peru.", []string{"Ana Ruiz|PE", "Tomas Berg|CL"}},
		{"Minister Tomas Berg thanked Minister Ana Ruiz for Chile's support.", []string{"Ana Ruiz|", "Tomas Berg|"}},
		{"Minister Tomas Berg met Minister Ana Ruiz for Chile talks.", []string{"Ana Ruiz|", "Tomas Berg|"}},
	})
}

// TestDiplomaticPapers checks that envoys presenting "their diplomatic
// papers" to a head of state are received, as with credentials: each
// envoy of their own country (guests of several countries are received
// one by one, as the references code them; session 28).
func TestDiplomaticPapers(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"papers of two envoys", "", "", "2017-08-19",
			"High Commissioners Tomas Berg (Chile) and Ana Ruiz (Peru) presented their diplomatic papers to President Ivan Petrov at State House on Friday.",
			[]string{"reception 2017-08-18 Ana Ruiz+Ivan Petrov", "reception 2017-08-18 Ivan Petrov+Tomas Berg"}},
		{"papers of one envoy", "", "", "2017-08-19",
			"Ambassador Tomas Berg of Chile presented his diplomatic papers to President Ivan Petrov of Kenya on Friday.",
			[]string{"reception 2017-08-18 Ivan Petrov+Tomas Berg"}},
	})
}

// TestCounterpartsOneByOne checks that guests of whom one is called a
// counterpart are met one by one (a counterpart is the other side of a
// bilateral contact), while guests met "for a trilateral meeting" stay one
// meeting; and that a bracketed gloss of an office keeps the country after
// it (names invented).
func TestCounterpartsOneByOne(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"two counterparts", "", "", "2024-12-27",
			"Defence Minister Omar Haddad of Jordan on Friday met his Chilean counterpart Ana Ruiz and his Peruvian counterpart Tomas Berg.",
			[]string{"meeting 2024-12-27 Ana Ruiz+Omar Haddad", "meeting 2024-12-27 Omar Haddad+Tomas Berg"}},
		{"a counterpart and an office with a gloss", "", "", "2024-12-27",
			"Defence Minister Omar Haddad of Jordan on Friday met his Chile counterpart Ana Ruiz and Secretary of National Defence (Defence Minister) of Peru, Tomas Berg.",
			[]string{"meeting 2024-12-27 Ana Ruiz+Omar Haddad", "meeting 2024-12-27 Omar Haddad+Tomas Berg"}},
		{"a trilateral stays one", "", "", "2024-12-27",
			"President Omar Haddad of Jordan on Friday met President Ana Ruiz of Chile and President Tomas Berg of Peru for a trilateral meeting.",
			[]string{"meeting 2024-12-27 Ana Ruiz+Omar Haddad+Tomas Berg"}},
	})
	x := newX(t)
	got := personCountries(x.Extract(article("", "2024-12-27", "Minister Omar Haddad met Secretary of National Defence (Defence Minister) of Peru, Tomas Berg, on Friday.")))
	if !slices.Contains(got, "Tomas Berg|PE") {
		t.Errorf("gloss: got %q, want Tomas Berg|PE", got)
	}
}

// TestOfficeDress checks more dress of names and offices: honorifics
// before each name of a plural title ("Former Foreign Ministers Mr. A and
// Mr. B"), a country alone after an appositive office ("A, Federal
// Minister for Foreign Affairs, Germany,"), and that a country followed by
// "and" starts a list instead (names invented).
func TestOfficeDress(t *testing.T) {
	runPersonCountries(t, "2024-03-15", []personCountryCase{
		{"Former Foreign Ministers Mr. Tomas Berg and Mr. Ana Ruiz attended the ceremony.", []string{"Ana Ruiz|", "Tomas Berg|"}},
		{"Ana Ruiz, Federal Minister for Foreign Affairs, Germany, met Tomas Berg on Friday.", []string{"Ana Ruiz|DE", "Tomas Berg|"}},
		{"Ana Ruiz, Foreign Minister, Chile, met Tomas Berg on Friday.", []string{"Ana Ruiz|CL", "Tomas Berg|"}},
		{"Ana Ruiz, Foreign Minister, Chile, and Peru signed the accord.", []string{"Ana Ruiz|"}},
		{"The President met the Ambassador of Sudan, Omar al-Haddad Sirraj, on Friday.", []string{"Omar al-Haddad Sirraj|SD"}},
		{"Head of the European Commission Anna Lindqvist called President Tom Walker of the United States.", []string{"Anna Lindqvist|", "Tom Walker|US"}},
	})
}

// TestPassiveSignings checks that a passive signing of documents after the
// day's talks ("several documents were signed in the presence of the two
// leaders", "Two agreements were signed") is a signing of the talks' two
// sides, the leaders when they witness it, and that documents signed at a
// time of their own are none (names invented).
func TestPassiveSignings(t *testing.T) {
	const talks = "Prime Minister Ana Ruiz of Chile held talks with President Tomas Berg of Peru in Lima on Thursday. "
	runSourced(t, []sourcedCase{
		{"in the presence of the two leaders", "", "", "2024-03-15",
			talks + "After the talks, several documents were signed in the presence of the two leaders.",
			[]string{"signing 2024-03-14 Ana Ruiz+Tomas Berg", "talks 2024-03-14 Ana Ruiz+Tomas Berg"}},
		{"agreements were signed", "", "", "2024-03-15",
			talks + "Two major agreements on trade and energy were signed, the ministry said.",
			[]string{"signing 2024-03-14 Chile+Peru", "talks 2024-03-14 Ana Ruiz+Tomas Berg"}},
		{"a memorandum was also signed", "", "", "2024-03-15",
			talks + "A memorandum of understanding on education was also signed.",
			[]string{"signing 2024-03-14 Chile+Peru", "talks 2024-03-14 Ana Ruiz+Tomas Berg"}},
		{"signed in a year of its own", "", "", "2024-03-15",
			talks + "The free trade agreement was signed in 2015.",
			[]string{"talks 2024-03-14 Ana Ruiz+Tomas Berg"}},
		{"signed last year", "", "", "2024-03-15",
			talks + "They said several agreements were signed last year.",
			[]string{"talks 2024-03-14 Ana Ruiz+Tomas Berg"}},
		{"a participle of the past", "", "", "2024-03-15",
			talks + "The agreement, signed in 2019, expires next year.",
			[]string{"talks 2024-03-14 Ana Ruiz+Tomas Berg"}},
	})
}

// TestTrilateralAfterBilateral checks that a trilateral meeting the two
// sides of the day's talks then hold with a third is a contact of its own,
// its subject read across an opening "After the bilateral talks," clause;
// and that one a minister took office under is no party (names invented).
func TestTrilateralAfterBilateral(t *testing.T) {
	const talks = "Foreign Minister Omar Haddad of Jordan held talks with his Chilean counterpart Ana Ruiz in Lima on Saturday. "
	runSourced(t, []sourcedCase{
		{"after the bilateral talks", "", "", "2024-11-15",
			talks + "After the bilateral talks, Haddad and Ruiz held a trilateral meeting with Peruvian Foreign Minister Tomas Berg.",
			[]string{"meeting 2024-11-09 Ana Ruiz+Omar Haddad+Tomas Berg", "talks 2024-11-09 Ana Ruiz+Omar Haddad"}},
		{"later", "", "", "2024-11-15",
			talks + "Later, Haddad and Ruiz held a trilateral meeting with Peruvian Foreign Minister Tomas Berg.",
			[]string{"meeting 2024-11-09 Ana Ruiz+Omar Haddad+Tomas Berg", "talks 2024-11-09 Ana Ruiz+Omar Haddad"}},
		{"a trilateral to come", "", "", "2024-11-15",
			talks + "Haddad and Ruiz will hold a trilateral meeting with Peruvian Foreign Minister Tomas Berg next month.",
			[]string{"talks 2024-11-09 Ana Ruiz+Omar Haddad"}},
		{"took office under", "", "", "2024-11-15",
			"Foreign Minister Omar Haddad of Jordan and his Chilean counterpart, Ana Ruiz, have held talks on the sidelines of the summit in Peru, the ministry said Friday. The top diplomats of the two nations held a meeting in Lima on Thursday. It marked the first meeting between Haddad and Ruiz since the top Chilean diplomat took office last month under President Tomas Berg.",
			[]string{"meeting 2024-11-14 Ana Ruiz+Omar Haddad"}},
	})
}

// TestLeaderQuotedAfterTalks checks an agency's report of a leader
// speaking after talks: "the two leaders" where the lead names the other
// only in a possessive are the two the sentence before named, and "Today
// we have witnessed the signing", quoted in a report published the day
// after, is a signing of the two on the talks' day (names invented).
func TestLeaderQuotedAfterTalks(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the two leaders after a possessive lead", "", "", "2022-05-21",
			"President Tomas Berg of Peru said his Chilean counterpart Ana Ruiz's state visit to Peru was significant. Berg was speaking after the two leaders held talks in Lima following the arrival of the Chilean delegation to the country on Friday.",
			[]string{"talks 2022-05-20 Ana Ruiz+Tomas Berg", "visit 2022-05 Ana Ruiz+Tomas Berg"}},
		{"we have witnessed the signing", "", "", "2022-05-21",
			"President Tomas Berg of Peru and President Ana Ruiz of Chile held talks in Lima on Friday. \"Today we have witnessed the signing of an additional six agreements,\" Berg said.",
			[]string{"signing 2022-05-20 Ana Ruiz+Tomas Berg", "talks 2022-05-20 Ana Ruiz+Tomas Berg"}},
		{"a quotation opened a sentence before", "", "", "2022-05-21",
			"President Tomas Berg of Peru and President Ana Ruiz of Chile held talks in Lima on Friday. \"During my visit to Santiago in December, we signed nine agreements. Today we have witnessed the signing of an additional six agreements,\" Berg said.",
			[]string{"signing 2022-05-20 Ana Ruiz+Tomas Berg", "talks 2022-05-20 Ana Ruiz+Tomas Berg"}},
		{"today unquoted is the page's day", "", "", "2022-05-21",
			"President Tomas Berg of Peru and President Ana Ruiz of Chile held talks in Lima on Friday. Today the two leaders witnessed the signing of six agreements.",
			[]string{"signing 2022-05-21 Ana Ruiz+Tomas Berg", "talks 2022-05-20 Ana Ruiz+Tomas Berg"}},
	})
}

// TestSinceAndInvitedBy checks that a date opening a span before the
// contact ("the first visit … since 2018, A met B on Friday") does not date
// it, and that a visitor "invited by" the host, set off by commas, is on a
// visit under way, not one invited (names invented).
func TestSinceAndInvitedBy(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"since a year before the contact", "", "", "2023-10-28",
			"Foreign Minister Lin Tao of China told President Tom Walker of the United States that ties matter, Xinhua reported on Saturday. In the first visit by a Chinese foreign minister to Washington since 2018, veteran diplomat Lin met Walker for an hour on Friday.",
			[]string{"reception 2023-10-27 Lin Tao+Tom Walker", "visit 2023-10 Lin Tao+Tom Walker"}},
		{"invited by, between commas", "", "", "2016-01-27",
			"Foreign Minister Lin Tao of China and Secretary of State Tom Walker of the United States held talks in Beijing on Wednesday morning. Walker, invited by Lin, is paying a two-day visit to Beijing beginning Tuesday.",
			[]string{"talks 2016-01-27 Lin Tao+Tom Walker", "visit 2016-01 Lin Tao+Tom Walker"}},
		{"an invitation still pending", "", "", "2016-01-27",
			"Foreign Minister Lin Tao of China and Secretary of State Tom Walker of the United States held talks in Beijing on Wednesday morning. Lin invited Walker to pay a visit to Beijing next year.",
			[]string{"talks 2016-01-27 Lin Tao+Tom Walker"}},
	})
}

// TestPlaceDateNotAhead checks that a contact the text does not date takes
// no day from a sentence about something ahead at the same place ("are
// expected to hold summit talks in San Francisco on Thursday") and so is
// the dated report of the same meeting (names invented).
func TestPlaceDateNotAhead(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a summit expected at the place", "", "", "2023-11-16",
			"The top diplomats of Peru and Chile discussed cooperation in a meeting on the margins of the APEC Summit in San Francisco.\n\nAccording to Lima's foreign ministry on Thursday, minister Tomas Berg had a breakfast meeting with his Chilean counterpart Ana Ruiz on Wednesday, local time.\n\nChile's news agency reported earlier that President Omar Diaz of Peru and President Lena Vidal of Chile are expected to hold summit talks in San Francisco on Thursday, local time.",
			[]string{"meeting 2023-11-15 Ana Ruiz+Tomas Berg"}},
	})
}

// TestSaidDayGivesWay checks that a headline's talks, confirmed by a body
// sentence dated only by the day the ministry spoke ("have held talks …,
// the ministry said Friday"), take the day a later sentence gives ("The
// top diplomats of the two nations held a meeting in Lima on Thursday";
// names invented).
func TestSaidDayGivesWay(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the said day gives way", "", "FM Berg, Chilean counterpart hold talks on sidelines of summit", "2024-11-15",
			"Peruvian Foreign Minister Tomas Berg and his Chilean counterpart, Ana Ruiz, have held talks on the sidelines of the Asia Pacific Economic Cooperation meeting in Peru, Lima's foreign ministry said Friday.\n\nThe top diplomats of the two nations held a meeting in Lima on Thursday to discuss bilateral ties, according to the ministry.\n\nIt marked the first in-person meeting between Berg and Ruiz since the top Chilean diplomat took office last month.",
			[]string{"talks 2024-11-14 Ana Ruiz+Tomas Berg"}},
	})
}

// TestLeadersCalledApart checks that calls "with the leaders of A, B and C"
// that the text tells apart ("in separate statements", "The phone calls
// between …") are one call each, with the leader the text names for a
// country (titled, or the one person of that country, "B's Name"), while
// without such words they stay one call of all (names invented).
func TestLeadersCalledApart(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"separate statements", "", "", "2024-04-09",
			"President Omar Haddad of Jordan on Tuesday spoke over the phone with the leaders of Peru, Chile and Bolivia to exchange greetings, his office said in separate statements.\n\nHaddad conveyed his condolences to Chilean Prime Minister Ana Ruiz.\n\nThe phone calls between Haddad and Peru's Tomas Berg also addressed bilateral relations.",
			[]string{"phone_call 2024-04-09 Ana Ruiz+Omar Haddad", "phone_call 2024-04-09 Bolivia+Omar Haddad", "phone_call 2024-04-09 Omar Haddad+Tomas Berg"}},
		{"one call of all", "", "", "2024-04-09",
			"President Omar Haddad of Jordan on Tuesday spoke over the phone with the leaders of Peru, Chile and Bolivia about the crisis.",
			[]string{"phone_call 2024-04-09 Bolivia+Chile+Omar Haddad+Peru"}},
	})
}

// TestGroupInClauseOnContact checks that "the two leaders" in a clause on
// the contact ("a telephone call from A, in which the two leaders
// reaffirmed …") names its two sides, not the lead's persons (names
// invented).
func TestGroupInClauseOnContact(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"in which the two leaders", "", "", "2024-03-04",
			"Prime Minister Ana Ruiz of Chile received telephone calls from President Tomas Berg of Peru on Monday. Earlier, she also received a telephone call from President Omar Haddad of Jordan in which the two leaders had reaffirmed their desire to work together.",
			[]string{"phone_call 2024-03-04 Ana Ruiz+Omar Haddad", "phone_call 2024-03-04 Ana Ruiz+Tomas Berg"}},
	})
}

// TestHeAfterOfficeSubject checks that "he", after an opening adverb, in
// a sentence following one whose subject is an office alone ("The prime
// minister thanked both leaders"), is the person first introduced with
// that office, not another prime minister the text names (names
// invented).
func TestHeAfterOfficeSubject(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"he after the prime minister", "", "", "2024-03-04",
			"On his first day in office, Prime Minister Omar Haddad received messages from leaders of many countries.\n\nThe prime minister received telephone calls from Dr. Lin Tao, President of China and Dr. Ana Ruiz, Prime Minister of Chile on Monday.\n\nThe two leaders congratulated him on assuming office.\n\nThe prime minister thanked both leaders for their felicitations.\n\nEarlier, he also received a telephone call from President Tomas Berg of Peru.",
			[]string{"phone_call 2024-03-04 Ana Ruiz+Omar Haddad", "phone_call 2024-03-04 Lin Tao+Omar Haddad", "phone_call 2024-03-04 Omar Haddad+Tomas Berg"}},
	})
}

// TestPresentAtMeeting checks that those "present" at a meeting told
// before ("A one-on-one meeting … with Vice President A and Minister B
// present") take part in it, not in a meeting of their own, while a
// meeting "with" persons and no "present" stays its own (names invented).
func TestPresentAtMeeting(t *testing.T) {
	const lead = "On June 7 (local time), Prime Minister Kenji Arata, who was visiting Lima, Peru, held a Japan-Peru Summit Meeting with the Honorable Tomas Berg, President of Peru. The overview of the meeting is as follows. "
	runSourced(t, []sourcedCase{
		{"present at the meeting", "", "Japan-Peru Summit Meeting", "2018-06-07",
			lead + "(A one-on-one meeting commencing at around 12:10 p.m. for approximately 45 minutes with the Honorable Ana Ruiz, Vice President of Peru, and Mr. Taro Mori, Minister for Foreign Affairs present; and a working lunch commencing at around 12:55 p.m.).",
			[]string{"meeting 2018-06-07 Ana Ruiz+Kenji Arata+Taro Mori+Tomas Berg", "visit 2018-06 Kenji Arata+Tomas Berg"}},
		{"a meeting of its own", "", "Japan-Peru Summit Meeting", "2018-06-07",
			lead + "Later, Foreign Minister Taro Mori held a meeting with Vice President Ana Ruiz of Peru.",
			[]string{"meeting 2018-06-07 Ana Ruiz+Taro Mori", "meeting 2018-06-07 Kenji Arata+Tomas Berg", "visit 2018-06 Kenji Arata+Tomas Berg"}},
	})
}

// TestChattedWith checks that "chatted with" reports a contact like
// "spoke with", so an undated "spoke to each other" takes its day (names
// invented).
func TestChattedWith(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"chatted with on a day", "", "", "2020-10-11",
			"Prime Minister Ana Ruiz and President Tomas Berg spoke to each other and agreed to keep in close contact.\n\nOn October 10, the Prime Minister chatted with Berg about the pandemic.",
			[]string{"phone_call 2020-10-10 Ana Ruiz+Tomas Berg"}},
	})
}

// TestSignedAfterClause checks that the persons of a clause of time after
// a passive signing ("was signed Friday after A and B hammered out a
// compromise") are not its signers (names invented).
func TestSignedAfterClause(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"signed after they hammered out", "", "", "2014-09-08",
			"President Ivan Petrov of Russia and his Ukrainian counterpart Taras Koval agreed in a phone conversation Monday to continue dialogue, the Kremlin said. The truce deal between Kiev and the insurgents was signed Friday after Petrov and Koval hammered out a compromise.",
			[]string{"phone_call 2014-09-08 Ivan Petrov+Taras Koval"}},
	})
}

// TestWiderContactOtherSentence checks that a wider contact is one told in
// a later sentence: in "welcomed by Prime Minister B, our third meeting,
// … after successful meetings at the G20 … along with President C", the
// past meetings with C are no second contact of the day (names invented).
func TestWiderContactOtherSentence(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"past meetings in the same sentence", "", "Doorstop - London", "2023-05-05",
			"ANNA RUIZ, PRIME MINISTER OF CHILE: It was great to be welcomed by Prime Minister Tomas Berg of Peru, our third meeting, our first here at Number 10 after successful meetings at the G20 and also for the launch of the partnership in San Diego, along with President Tom Walker of the United States. Here today we discussed the relationship.",
			[]string{"meeting 2023-05-05 Anna Ruiz+Tomas Berg"}},
	})
}

// TestVisitsToldInCalls checks visits a call's readout tells: a visit to a
// third country in a coordinated phrase ("visit to and proactive
// engagement with Iran") and a visit "by" a third leader whose outcomes are
// explained are no visit of the call's two (names invented).
func TestVisitsToldInCalls(t *testing.T) {
	const call = "On June 14, Mr. Kenji Arata, Prime Minister of Japan, held a summit telephone talk with the Honorable Tom Walker, President of the United States of America. The overview of the talk is as follows.\n\n"
	runSourced(t, []sourcedCase{
		{"a visit to a third country", "", "Japan-U.S. Summit Telephone Talk", "2019-06-14",
			call + "1. In light of Prime Minister Arata's recent visit to Iran, the two leaders exchanged views on the situation in the Middle East. President Walker expressed appreciation for the Prime Minister's visit to and proactive engagement with Iran.",
			[]string{"phone_call 2019-06-14 Kenji Arata+Tom Walker"}},
		{"the outcomes of another's visit", "", "Japan-U.S. Summit Telephone Talk", "2019-06-14",
			call + "3. Prime Minister Arata took this opportunity to explain the outcomes of the visit to Japan by President Reza Karimi of the Islamic Republic of Iran.",
			[]string{"phone_call 2019-06-14 Kenji Arata+Tom Walker"}},
	})
}

// TestHostedForVisitDay checks that the day told after a visit a guest
// was hosted for ("hosted A for an official working visit in Washington
// on Thursday") dates the hosting too (names invented).
func TestHostedForVisitDay(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"hosted for a visit on Thursday", "", "", "2025-02-14",
			"President Tom Walker hosted Prime Minister Ana Ruiz of Chile for an official working visit in Washington DC, on Thursday (local time).",
			[]string{"meeting 2025-02-13 Ana Ruiz+Tom Walker", "visit 2025-02 Ana Ruiz+United States"}},
	})
}

// personCountryCase is a body and the persons with their countries
// ("Name|CC", sorted) expected from it.
type personCountryCase struct {
	body string
	want []string
}

// runPersonCountries extracts each case's body, published on day, and
// compares the persons and their countries.
func runPersonCountries(t *testing.T, day string, tests []personCountryCase) {
	t.Helper()
	x := newX(t)
	for _, tt := range tests {
		got := personCountries(x.Extract(article("", day, tt.body)))
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q:\n got %q\nwant %q", tt.body, got, tt.want)
		}
	}
}
