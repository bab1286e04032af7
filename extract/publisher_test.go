package extract

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestPublisherPrincipal checks whose "I" a government's text speaks in:
// a transcript's speaker's; on a minister's site, never the head of
// government's, with invented guests.
func TestPublisherPrincipal(t *testing.T) {
	tests := []sourcedCase{
		{"a two-speaker transcript: each turn's I is its speaker's", "Minister for Foreign Affairs of Australia (transcript)", "Bilateral Press Conference", "2018-02-10",
			"TOM REID: Thank you for coming along, Foreign Minister.\n\nJULIE BISHOP: Thank you, Minister. Last night I met Prime Minister Lena Berg of Norway at a dinner in Oslo.",
			[]string{"meeting 2018-02-09 Julie Bishop+Lena Berg"}},
		{"a foreign minister's release: I, unnamed, is the country's side, not the head of government", "Minister for Foreign Affairs of Australia", "Meeting in Canberra", "2018-02-10",
			"I met Prime Minister Lena Berg of Norway in Canberra today to discuss trade.",
			[]string{"meeting 2018-02-10 Australia+Lena Berg"}},
		{"a defence department's release: I is no head of government", "Department of Defence (Australia)", "Meeting in Canberra", "2018-02-10",
			"I met Prime Minister Lena Berg of Norway in Canberra today to discuss trade.",
			[]string{"meeting 2018-02-10 Australia+Lena Berg"}},
		{"the leader's own office: I is the head of government", "Prime Minister of Australia", "Meeting in Canberra", "2018-02-10",
			"I met Prime Minister Lena Berg of Norway in Canberra today to discuss trade.",
			[]string{"meeting 2018-02-10 Lena Berg+Malcolm Turnbull"}},
	}
	runSourced(t, tests)
}

// TestPublisherOffice checks how a publisher's name or host tells whose
// office it is.
func TestPublisherOffice(t *testing.T) {
	x := newX(t)
	tests := []struct{ source, url, want string }{
		{"Minister for Foreign Affairs of Australia (transcript, E&OE)", "", "Minister of Foreign Affairs"},
		{"Department of Foreign Affairs (Philippines)", "", "Minister of Foreign Affairs"},
		{"U.S. Department of State (Office of the Spokesperson)", "", "Minister of Foreign Affairs"},
		{"Department of National Defense, Philippines (release)", "", officeMinister},
		{"Prime Minister's Office, 10 Downing Street (speech)", "", officeLeader},
		{"MerrionStreet.ie (Irish Government News Service, Department of the Taoiseach)", "", officeLeader},
		{"The White House, Office of the Press Secretary", "", officeLeader},
		{"New Zealand Government (release of Rt Hon A B, Prime Minister)", "", officeLeader},
		{"", "https://www.mofa.go.jp/press/release/x.html", "Minister of Foreign Affairs"},
		{"", "https://www.example.gov.au/x", ""},
	}
	for _, tt := range tests {
		a := &accord.Article{Source: tt.source, URL: tt.url}
		if got := x.lx.outlets.publisherOffice(a); got != tt.want {
			t.Errorf("%q %q: office %q, want %q", tt.source, tt.url, got, tt.want)
		}
	}
}

// TestCallsByRank checks the type of a courtesy call by the ranks of its
// sides, and that a headline's contact takes the body's day, with
// invented names.
func TestCallsByRank(t *testing.T) {
	tests := []sourcedCase{
		{"a deputy minister's courtesy call on a minister is a meeting", "", "", "2022-06-13",
			"Deputy Foreign Minister Ivan Petrenko of Ukraine paid a courtesy call on Foreign Affairs Secretary Maria Santos of the Philippines on 9 June 2022.",
			[]string{"meeting 2022-06-09 Ivan Petrenko+Maria Santos"}},
		{"a minister's courtesy call on a head of state is a reception", "", "", "2022-06-13",
			"Foreign Minister Ivan Petrenko of Ukraine paid a courtesy call on President Maria Santos of the Philippines on 9 June 2022.",
			[]string{"reception 2022-06-09 Ivan Petrenko+Maria Santos"}},
		{"the day before 'as part of' a visit is the call's", "", "", "2022-06-13",
			"Deputy Foreign Minister Ivan Petrenko of Ukraine paid a courtesy call on Foreign Affairs Secretary Maria Santos of the Philippines on 9 June 2022 as part of the former's working visit in Manila.",
			[]string{"meeting 2022-06-09 Ivan Petrenko+Maria Santos", "visit 2022-06 Ivan Petrenko+Maria Santos"}},
		{"a headline's call, one side named by office and dated by publication, takes the body's day and names", "", "Courtesy Call of the Deputy Foreign Minister of Ukraine on Foreign Affairs Secretary Maria Santos", "2022-06-13",
			"Ukrainian Deputy Foreign Minister Ivan Petrenko paid a courtesy call on Foreign Affairs Secretary Maria Santos on 9 June 2022 as part of the former's working visit in Manila.",
			[]string{"meeting 2022-06-09 Ivan Petrenko+Maria Santos", "visit 2022-06 Ivan Petrenko+Philippines"}},
		{"a warm welcome given a guest is no reception", "Prime Minister's Office, 10 Downing Street", "PM statement at press conference with Prime Minister Ravi Kumar", "2022-04-22",
			"The Prime Minister gave a statement at a joint press conference with Indian Prime Minister Ravi Kumar.\n\nAnd I had an amazing reception in the city.\n\nThis morning we have had wonderful talks.",
			[]string{"press_conference 2022-04-22 Boris Johnson+Ravi Kumar", "talks 2022-04-22 Boris Johnson+Ravi Kumar"}},
	}
	runSourced(t, tests)
}

// TestSpeakerPlans checks that a speaker's "I" makes no contact of what
// the speaker proposes or recalls, with invented names.
func TestSpeakerPlans(t *testing.T) {
	tests := []sourcedCase{
		{"talks the speaker suggested are not held", "Minister for Foreign Affairs of Australia (transcript)", "Remarks", "2018-02-10",
			"TOM REID: Thank you, Minister.\n\nJULIE BISHOP: I suggested that there be direct talks between President Ivan Petrenko of Ukraine and President Omar Haddad of Lebanon.",
			nil},
		{"a visit the speaker remembers is recalled", "Minister for Foreign Affairs of Australia (transcript)", "Remarks", "2018-02-10",
			"TOM REID: Thank you, Minister.\n\nJULIE BISHOP: Minister, I remember your last brave, historical visit to Kyiv.",
			nil},
	}
	runSourced(t, tests)
}

// TestRepublicLeaderByFamilyName checks that "President B" names the
// holder whose family name is B, never one whose given name B is: a
// republic's president is named by family name (a monarch or an emir may
// be named by given name). The office table is real; the day is one when
// a president of one country bore as given name the family name of a
// president of an institution.
func TestRepublicLeaderByFamilyName(t *testing.T) {
	x := newX(t)
	a := article("Meeting between Prime Minister Kishida and President Michel of the European Council", "2022-06-27",
		"Prime Minister Kishida met with President Michel for about 30 minutes. President Michel expressed his gratitude.")
	got := persons(x.Extract(a))
	if _, ok := got["Michel Aoun"]; ok {
		t.Errorf("persons %v: President Michel read as a president whose given name is Michel", got)
	}
}

// TestReceptionHeld checks that a reception held with or by someone stays
// a reception, with invented names.
func TestReceptionHeld(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a reception given by a leader for a guest", "", "", "2022-04-22",
			"President Maria Santos of the Philippines had a reception for Prime Minister Tom Reid of New Zealand today.",
			[]string{"reception 2022-04-22 Maria Santos+Tom Reid"}},
	})
}

// TestHeadOfStateTitle checks "Head of State" and "Head of Government",
// titles that name a class of office rather than an office: before a name
// they make a person, and bare on a leader's site they are its principal,
// whatever the office is called there, with invented guests.
func TestHeadOfStateTitle(t *testing.T) {
	tests := []sourcedCase{
		{"Head of State before a name", "", "Telephone conversation", "2024-03-05",
			"Head of State Anna Kovac had a telephone conversation with Prime Minister Lena Berg of Norway.",
			[]string{"phone_call 2024-03-05 Anna Kovac+Lena Berg"}},
		{"the bare Head of State on a president's site is the president", "Official website of the President of the Republic of Kazakhstan", "Telephone conversation with the Prime Minister of Norway", "2024-03-05",
			"The Head of State had a telephone conversation with Prime Minister Lena Berg of Norway.",
			[]string{"phone_call 2024-03-05 Kassym-Jomart Tokayev+Lena Berg"}},
		{"Head of Government before a name", "", "Meeting in Oslo", "2024-03-05",
			"Head of Government Anna Kovac met Prime Minister Lena Berg of Norway in Oslo today.",
			[]string{"meeting 2024-03-05 Anna Kovac+Lena Berg"}},
	}
	runSourced(t, tests)
}

// TestWelcomeAndI checks a leader's release in the first person under a
// headline naming the guest, "I" after a sentence's opening word, and a
// welcome to a city, with invented guests.
func TestWelcomeAndI(t *testing.T) {
	tests := []sourcedCase{
		{"a headline naming the guest leaves I the leader's", "Prime Minister of Australia", "Meeting with President Luis Vega", "2023-07-05",
			"I met President Luis Vega of Chile in Canberra today to discuss trade.",
			[]string{"meeting 2023-07-05 Anthony Albanese+Luis Vega"}},
		{"I after an opening adverb is the pronoun", "Prime Minister of Australia", "Meeting in Canberra", "2023-07-05",
			"Today I met President Luis Vega of Chile in Canberra to discuss trade.",
			[]string{"meeting 2023-07-05 Anthony Albanese+Luis Vega"}},
		{"a welcome to a city is a meeting there", "", "Meeting in Wellington", "2023-07-05",
			"Prime Minister Tom Hale of New Zealand welcomed President Luis Vega of Chile to Wellington today.",
			[]string{"meeting 2023-07-05 Luis Vega+Tom Hale"}},
		{"a welcome to a country is a visit", "", "Visit", "2023-07-05",
			"Prime Minister Tom Hale of New Zealand welcomed President Luis Vega of Chile to New Zealand.",
			[]string{"visit 2023-07 Luis Vega+Tom Hale"}},
	}
	runSourced(t, tests)
}

// TestInformalContacts checks the short, informal forms of an in-person
// contact that ministries and leaders' offices report beside formal talks,
// with invented names.
func TestInformalContacts(t *testing.T) {
	tests := []sourcedCase{
		{"a standing talk", "", "Summit Standing Talk", "2023-05-20",
			"Prime Minister Kenji Sato of Japan held a standing talk with President Luis Vega of Chile.",
			[]string{"meeting 2023-05-20 Kenji Sato+Luis Vega"}},
		{"a brief exchange on the sidelines", "", "Sidelines", "2023-05-20",
			"Prime Minister Kenji Sato of Japan had a brief exchange with President Luis Vega of Chile on the sidelines of the summit.",
			[]string{"meeting 2023-05-20 Kenji Sato+Luis Vega"}},
		{"a bilateral, the noun", "", "Bilateral", "2023-05-20",
			"Prime Minister Kenji Sato of Japan held a bilateral with President Luis Vega of Chile.",
			[]string{"meeting 2023-05-20 Kenji Sato+Luis Vega"}},
		{"a short conversation held is a contact", "", "Conversation", "2023-05-20",
			"Prime Minister Kenji Sato of Japan had a short conversation with President Luis Vega of Chile.",
			[]string{"talks 2023-05-20 Kenji Sato+Luis Vega"}},
		{"a short telephone conversation is a call", "", "Conversation", "2023-05-20",
			"Prime Minister Kenji Sato of Japan had a short telephone conversation with President Luis Vega of Chile.",
			[]string{"phone_call 2023-05-20 Kenji Sato+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestSidesNamedAfterBetween checks that "between A and B" names a
// contact's only sides, that a contact with an unnamed group is no one's,
// and that a counterpart after a comma before a verb is a second subject,
// with invented names.
func TestSidesNamedAfterBetween(t *testing.T) {
	tests := []sourcedCase{
		{"the briefer of a call between two leaders is no side", "", "Briefing by Aide to the President Ivan Sokolov following a telephone conversation between President Lena Berg of Norway and President Luis Vega of Chile", "2022-02-12",
			"The conversation lasted an hour.",
			[]string{"phone_call 2022-02-12 Lena Berg+Luis Vega"}},
		{"who a relative clause on a side names is no side", "", "Foreign Ministers' Meeting", "2022-05-23",
			"Foreign Minister Kenji Sato of Japan held a meeting with Foreign Minister Luis Vega of Chile, who is in Tokyo with President Ana Ruiz, on the sidelines of the forum today.",
			[]string{"meeting 2022-05-23 Kenji Sato+Luis Vega"}},
		{"talks with many unnamed colleagues are no contact", "", "Briefing", "2022-02-12",
			"President Lena Berg of Norway spoke with President Luis Vega of Chile today. Other ministers talked over the phone with many of their colleagues yesterday.",
			[]string{"phone_call 2022-02-12 Lena Berg+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestCounterpartNoApposition checks that "A, Chilean counterpart agree"
// gives A no Chilean country, while "met A, his Chilean counterpart, in"
// does, with invented names.
func TestCounterpartNoApposition(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct{ name, title, body, person, country string }{
		{"two subjects of a headline's verb", "PM Kenji Sato, Chilean counterpart agree to deepen trade", "They met in Tokyo today.", "Kenji Sato", ""},
		{"an apposition closed by a preposition", "Meeting", "Prime Minister Kenji Sato of Japan met Luis Vega, his Chilean counterpart, in Tokyo.", "Luis Vega", "CL"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ps := persons(x.Extract(article(tt.title, "2022-05-24", tt.body)))
			p, ok := ps[tt.person]
			if !ok {
				t.Fatalf("no person %q in %v", tt.person, keys(ps))
			}
			if p.Country != tt.country {
				t.Errorf("%s: country %q, want %q", tt.person, p.Country, tt.country)
			}
		})
	}
}

// TestLowerCaseTalksHeadline checks a headline that writes its talks in
// lower case, as some leaders' sites do ("Beginning of A-B talks"), over a
// transcript of the two leaders, with invented names.
func TestLowerCaseTalksHeadline(t *testing.T) {
	tests := []sourcedCase{
		{"lower-case talks of a country pair", "", "Beginning of Norway-Chile talks", "2024-05-16",
			"May 16, 2024, Oslo\n\nPresident of Norway Lena Berg: President Luis Vega, ministers, members of the delegation, welcome.\n\nPresident of Chile Luis Vega: Thank you.",
			[]string{"talks 2024-05-16 Lena Berg+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestSignedAndIssued checks a signing told with a second verb of the same
// document ("signed and issued a Joint Statement"), with invented names.
func TestSignedAndIssued(t *testing.T) {
	tests := []sourcedCase{
		{"signed and issued", "", "Talks", "2024-05-16",
			"President Lena Berg of Norway held talks with President Luis Vega of Chile in Oslo. The two heads of state jointly signed and issued a Joint Statement on the Partnership.",
			[]string{"signing 2024-05-16 Lena Berg+Luis Vega", "talks 2024-05-16 Lena Berg+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestHeadlineDayRange checks that a headline's range of days dates no
// single contact of the body, with invented names.
func TestHeadlineDayRange(t *testing.T) {
	tests := []sourcedCase{
		{"a range of days in the headline", "", "Visit of the Prime Minister of Chile to Norway (April 21-22, 2022)", "2022-04-22",
			"Prime Minister Luis Vega of Chile was welcomed at the palace on 22 April 2022.\n\nPrime Minister Lena Berg of Norway held bilateral consultations with the visiting Prime Minister, Luis Vega of Chile.",
			[]string{"talks 2022-04-22 Lena Berg+Luis Vega", "visit 2022-04 Lena Berg+Luis Vega"}},
	}
	runSourced(t, tests)
}
