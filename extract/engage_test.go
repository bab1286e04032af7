package extract

import (
	"strings"
	"testing"
)

// TestEngagementRules checks the engagement rules for other governments'
// phrasing, with sentences written for the test in the style of ministry
// readouts, joint statements and remarks.
func TestEngagementRules(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, published, body string
		want                         []string // type date participants-count
		refs, invites                int
	}{
		{"met for the Nth summit is the summit", "", "2025-05-22",
			"President of the European Council Anna Berg, President of the European Commission Paul Weber and President of the Republic of Korea Kim Min-jun met in Seoul on 22 May for the 12th Summit between the European Union and the Republic of Korea.",
			[]string{"summit 2025-05-22 3"}, 0, 0},
		{"a meeting on the margins of a summit is a meeting", "", "2023-05-20",
			"President Joe Biden met with Prime Minister Fumio Kishida of Japan on the margins of the G7 Summit in Hiroshima.",
			[]string{"meeting 2023-05-20 2"}, 0, 0},
		{"a summit held, its sides by who represented them", "", "2025-05-04",
			"On 4 May 2025, the first Nordic-Japan Summit was held in Oslo. It was chaired by Prime Minister Jonas Gahr Støre of Norway. Japan was represented by Prime Minister Shigeru Ishiba.",
			[]string{"summit 2025-05-04 2"}, 0, 0},
		{"an upcoming summit is no contact", "", "2022-07-15",
			"President Joe Biden spoke today with King Abdullah II of Jordan. The leaders discussed the upcoming Summit with the Gulf Cooperation Council.",
			[]string{"phone_call 2022-07-15 2"}, 0, 0},
		{"the courtesy call of a guest on the host", "", "2024-07-30",
			"President Ferdinand R. Marcos Jr. on Tuesday thanked the United States for its support.\n\nThe President made the remarks during the courtesy call of Foreign Minister Ana Ruiz of Chile at the palace.",
			[]string{"reception 2024-07-30 2"}, 0, 0},
		{"a visit under way is dated by its month", "", "2024-04-18",
			"President Ferdinand R. Marcos Jr. met Prime Minister Christopher Luxon today.\n\nPrime Minister Luxon is currently in Manila for a two-day visit to the Philippines from April 18 to 19.",
			[]string{"meeting 2024-04-18 2", "visit 2024-04 2"}, 0, 0},
		{"a relative clause's time before the verb is not the calls'", "World leaders greet Prime Minister Jon Arvel", "2024-03-04",
			"On his first day in office, Prime Minister Jon Arvel received messages from leaders of a number of countries. The prime minister, who took oath of office earlier this afternoon, received telephone calls from Dr. Tomas Vrel, President of Ruritania and Dr. Karel Obst, Prime Minister of Moldova on Monday.",
			[]string{"phone_call 2024-03-04 2", "phone_call 2024-03-04 2"}, 0, 0},
		{"a relative clause's past cue leaves the main clause's meeting held", "", "2021-06-10",
			"President Ana Ruiz, who arrived in Lima earlier this week, met Prime Minister Ravi Das today.",
			[]string{"visit 2021-06 2", "meeting 2021-06-10 2"}, 0, 0},
		{"a sentence naming no one passes the subject on to the next 'He'", "", "2024-03-04",
			"Prime Minister Jon Arvel took office today. The ceremony was brief. He received a telephone call from President Emil Dask of Chile.",
			[]string{"phone_call 2024-03-04 2"}, 0, 0},
		{"a telephonic conversation is a call", "", "2020-04-04",
			"Prime Minister Ravi Das had a telephonic conversation today with H.E. Ana Ruiz, President of Chile.",
			[]string{"phone_call 2020-04-04 2"}, 0, 0},
		{"a summit two leaders hold on the sidelines of a gathering is their meeting", "", "2018-09-24",
			"President Ana Ruiz and President Ivan Petrov held a summit on the sidelines of the United Nations General Assembly this afternoon.",
			[]string{"meeting 2018-09-24 2"}, 0, 0},
		{"a summit held by three leaders stays a summit", "", "2018-09-24",
			"President Ana Ruiz, President Ivan Petrov and Prime Minister Ravi Das held a summit in Lima today.",
			[]string{"summit 2018-09-24 3"}, 0, 0},
		{"visiting a country to attend a gathering is no visit of it", "", "2023-09-09",
			"On September 9, Prime Minister Kenji Sato of Japan, who is visiting Rome, Italy, to attend the G7 Summit, held a meeting with Prime Minister Ana Ruiz of Chile.",
			[]string{"meeting 2023-09-09 2"}, 0, 0},
		{"visiting a country for talks with its leader is a visit", "", "2023-09-09",
			"On September 9, Prime Minister Kenji Sato of Japan, who is visiting Chile, held talks with President Ana Ruiz.",
			[]string{"visit 2023-09 2", "talks 2023-09-09 2"}, 0, 0},
		{"a visit whose days began before the report is under way", "", "2017-10-23",
			"Prime Minister Tan Boon Hock met President Ana Ruiz in Santiago today. Prime Minister Tan was on an official working visit to Chile from 21 to 26 October 2017.",
			[]string{"meeting 2017-10-23 2", "visit 2017-10 2"}, 0, 0},
		{"a visit whose days begin after the report is ahead", "", "2017-10-13",
			"Prime Minister Tan Boon Hock spoke with President Ana Ruiz today. Prime Minister Tan will be on an official working visit to Chile from 21 to 26 October 2017.",
			[]string{"phone_call 2017-10-13 2"}, 0, 1}, // the visit ahead is pending (session 24)
		{"a telephone conversation", "", "2025-12-22",
			"Prime Minister Narendra Modi held a telephone conversation with Prime Minister Anthony Albanese of Australia today.",
			[]string{"phone_call 2025-12-22 2"}, 0, 0},
		{"a summit telephone talk", "", "2025-03-03",
			"Prime Minister Shigeru Ishiba held a summit telephone talk with President Lee Jae Myung of the Republic of Korea.",
			[]string{"phone_call 2025-03-03 2"}, 0, 0},
		{"a headline's call that the body says was a meeting", "Prime Minister Tom Hale's call with Prime Minister Ana Ruiz of Chile", "2025-03-17",
			"Prime Minister Tom Hale met Prime Minister Ana Ruiz of Chile at Downing Street today. The leaders discussed trade.",
			[]string{"meeting 2025-03-17 2"}, 0, 0},
		{"PM is the Prime Minister", "", "2016-08-02",
			"PM Tom Hale held a joint press conference with US President Ana Ruiz at the White House on 2 August 2016.",
			[]string{"press_conference 2016-08-02 2"}, 0, 0},
		{"a visit across two months is of the month it began, whichever day reports it", "", "2016-08-02",
			"Prime Minister Tom Hale held a joint press conference with President Ana Ruiz in Washington on 2 August 2016. Prime Minister Hale was on an official visit to the United States from 31 July to 5 August 2016.",
			[]string{"press_conference 2016-08-02 2", "visit 2016-07 2"}, 0, 0},
		{"a call on a head of state, and a meeting, by one subject", "", "2024-09-05",
			"Prime Minister Ravi Das of India arrived today. He called on President Lim Wei, and met Prime Minister Tan Boon Hock.",
			[]string{"reception 2024-09-05 2", "meeting 2024-09-05 2"}, 0, 0},
		{"hosted to lunch", "", "2024-09-05",
			"Prime Minister Tan Boon Hock hosted Prime Minister Ravi Das of India to lunch.",
			[]string{"reception 2024-09-05 2"}, 0, 0},
		{"a forum hosted by someone hosts no one named", "", "2023-10-26",
			"Finance Secretary Ana Cruz represented the Philippines at the Forum hosted by President Maria Berg from October 25 to 26 in Brussels.",
			nil, 0, 0},
		{"called on countries is no call", "", "2023-10-26",
			"President Maria Berg called on all UN Member States to implement the resolutions.",
			nil, 0, 0},
		{"bilateral meetings", "", "2022-11-15",
			"President Budi Santoso Monday held bilateral meetings with President Ana Ruiz at the hotel.",
			[]string{"meeting 2022-11-14 2"}, 0, 0},
		{"spoke this evening by telephone", "", "2010-05-17",
			"President Ana Ruiz and Korean President Lee Min-ho spoke this evening by telephone about the alliance.",
			[]string{"phone_call 2010-05-17 2"}, 0, 0},
		{"a summit agreed for the near future is ahead", "", "2024-11-07",
			"President Lee Min-ho spoke by phone with President Ana Ruiz and agreed to hold a bilateral summit in the near future.",
			[]string{"phone_call 2024-11-07 2"}, 0, 1},
		{"talks of a forum's framework are a topic", "", "2016-01-07",
			"President Lee Min-ho received a telephone call from President Ana Ruiz. They discussed obligations in the framework of the Six-Party Talks.",
			[]string{"phone_call 2016-01-07 2"}, 0, 0},
		{"a nickname is a name of theirs", "President Budi Holds Meetings", "2022-11-15",
			"President Budi “Bud” Santoso on Monday held a bilateral meeting with President Ana Ruiz. President Bud thanked her.",
			[]string{"meeting 2022-11-14 2"}, 0, 0},
		{"the briefer of a call is no side of it", "", "2024-11-07",
			"President Lee Min-ho made his first phone call to President-elect Ana Ruiz.\n\nDeputy Adviser Kim Jae-won told a news briefing that day, \"President Lee held a phone conversation with President-elect Ruiz for about 12 minutes.\"",
			[]string{"phone_call 2024-11-07 2"}, 0, 0},
		// (A visit the headline dates by one day, which no length or span
		// makes longer, is of that day: visitday.go.)
		{"a headline's visit to a funeral: the deceased is no side, and the visit is of the headline's day", "Visit of Prime Minister Tom Hale to Japan for the State Funeral of Former Japanese Prime Minister Sato Ken, 27 September 2022", "2022-09-27",
			"Prime Minister Tom Hale attended the State Funeral in Tokyo this afternoon. Prime Minister Hale also met Japanese Prime Minister Kenji Mori.",
			[]string{"visit 2022-09-27 2", "meeting 2022-09-27 2"}, 0, 0},
		{"a visitor's meetings with two hosts, one by one", "", "2015-11-24",
			"Prime Minister Ravi Das of India, who is on an official visit to Singapore, received a ceremonial welcome this morning. He called on President Lim Wei and had meetings with Prime Minister Tan Boon Hock and Emeritus Senior Minister Goh Ah Kow.",
			[]string{"visit 2015-11 2", "reception 2015-11-24 2", "meeting 2015-11-24 2", "meeting 2015-11-24 2"}, 0, 0},
		{"two hosts separately hosted the guest", "", "2024-09-05",
			"Prime Minister Ravi Das met Prime Minister Tan Boon Hock. Prime Minister Tan and Senior Minister Goh Ah Kow separately hosted Prime Minister Das to meals.",
			[]string{"meeting 2024-09-05 2", "meeting 2024-09-05 2"}, 0, 0},
		{"a name after a title's country and a chain of honorifics", "", "2024-09-05",
			"Prime Minister Ravi Das called on President of the Republic of Singapore His Excellency Mr Lim Wei.",
			[]string{"reception 2024-09-05 2"}, 0, 0},
		{"a reporter's question reports no contact", "", "2021-09-24",
			"SENIOR ADMINISTRATION OFFICIAL: The President will meet Prime Minister Ravi Das tomorrow.\n\nQ    Yes, thank you very much. I wanted to know why this call is only on the bilat with Prime Minister Das and not on the call with Prime Minister Ken Sato as well.\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you for the question.",
			nil, 0, 0},
		{"a question asks", "", "2024-10-22",
			"Did President Ana Ruiz meet Prime Minister Ken Sato of Japan in Tokyo yesterday?",
			nil, 0, 0},
		{"two leaders met at a named gathering: the gathering is the venue", "", "2024-10-25",
			"Prime Minister Tom Hale met Australian Prime Minister Ana Ruiz at the Commonwealth Heads of Government Meeting today.",
			[]string{"meeting 2024-10-25 2"}, 0, 0},
		{"a call, and the earlier talks between others whose outcomes it follows up", "", "2022-07-05",
			"During a phone talk, Prime Minister Ravi Das and his counterpart Prime Minister Tom Hale agreed to implement the outcomes of the online talks between General Secretary Ken Sato and President Ana Ruiz on June 8.",
			[]string{"phone_call 2022-07-05 2"}, 1, 0},
		{"welcomed by a host", "", "2023-05-05",
			"Prime Minister Tom Hale said it was great to be welcomed by Prime Minister Ana Ruiz at her office today.",
			[]string{"meeting 2023-05-05 2"}, 0, 0},
		{"a decision welcomed by someone is no contact", "", "2023-05-05",
			"The decision was welcomed by Prime Minister Ana Ruiz.",
			nil, 0, 0},
		{"his first official overseas visit", "", "2023-12-20",
			"Prime Minister Tom Hale hosted Prime Minister Ana Ruiz in Australia on her first official overseas visit.",
			[]string{"meeting 2023-12-20 2", "visit 2023-12 2"}, 0, 0},
		{"talks via videoconference are one video call, ahead", "", "2021-12-14",
			"On December 15, President Ivan Petrov will hold talks with President Ana Ruiz, via videoconference.",
			nil, 0, 1},
		{"will meet with is a meeting ahead", "", "2018-09-18",
			"President Ivan Petrov will meet with First Vice Premier Han Bo in the Kremlin on Tuesday, his press secretary said.",
			nil, 0, 1},
		{"statements for the press after talks", "Press statements following talks with Prime Minister Ken Sato of Japan", "2017-09-07",
			"President Ivan Petrov and Prime Minister Ken Sato made statements for the press following talks.",
			[]string{"press_conference 2017-09-07 2", "talks 2017-09-07 2"}, 0, 0},
		{"a summit meeting held over the telephone is a call", "", "2017-08-15",
			"Prime Minister Ken Sato held a summit meeting with President Ana Ruiz of the United States over the telephone for about 30 minutes.",
			[]string{"phone_call 2017-08-15 2"}, 0, 0},
		{"a visit of a month gone by is recalled", "", "2022-06-28",
			"Prime Minister Ken Sato met Prime Minister Tom Hale today. Prime Minister Sato thanked him for the hospitality he received during his visit to the United Kingdom in May.",
			[]string{"meeting 2022-06-28 2"}, 1, 0},
		{"a visit under way whose invitation was accepted is held", "", "2017-06-01",
			"President Ivan Petrov: I am pleased to welcome Prime Minister of India Ravi Das to Russia on his official visit, and to thank him for accepting our invitation.",
			[]string{"visit 2017-06 2"}, 0, 0},
		{"a telephone meeting is a call", "", "2024-10-22",
			"Mr. SATO Ken, Minister for Foreign Affairs of Japan, held an approximately 20-minute telephone meeting with Hon. Maria Cruz, Secretary for Foreign Affairs of the Republic of the Philippines.",
			[]string{"phone_call 2024-10-22 2"}, 0, 0},
		{"the summit a visitor is in town to attend is the occasion, not a plan", "", "2014-11-08",
			"Mr. Ken Sato, Minister for Foreign Affairs, held a Japan-Chile foreign ministers' meeting with H.E. Mr. Pablo Rojas, Minister of Foreign Affairs of the Republic of Chile, in Beijing, the People's Republic of China, where he was visiting to attend the APEC Ministerial Meeting.",
			[]string{"meeting 2014-11-08 2"}, 0, 0},
		{"a summit a leader will travel to attend is not held", "", "2014-11-08",
			"Prime Minister Ken Sato spoke by telephone with President Pablo Rojas of Chile. Prime Minister Sato will travel to Beijing next week to attend the APEC Leaders' Meeting.",
			[]string{"phone_call 2014-11-08 2"}, 0, 0},
		{"met last April is a reference", "", "2024-06-10",
			"You will recall that President Ferdinand Marcos Jr. and Prime Minister Christopher Luxon met here in Manila last April.",
			nil, 1, 0},
		{"unnamed signers are the countries named", "", "2024-06-10",
			"The Philippines and New Zealand agreed to deepen defence cooperation with the signing of a logistics arrangement, Foreign Affairs Secretary Enrique Manalo said Monday.",
			[]string{"signing 2024-06-10 2"}, 0, 0},
		{"signed by the persons named", "", "2023-07-31",
			"The Joint Declaration was signed by Ambassador Luc Martin and Environment Secretary Maria Santos.",
			[]string{"signing 2023-07-31 2"}, 0, 0},
		{"a country's own signing is an accession", "", "2023-11-30",
			"President Joe Biden met with President João Lourenço of Angola today. He congratulated President Lourenço on Angola's signing of the Artemis Accords.",
			[]string{"meeting 2023-11-30 2"}, 0, 0},
		{"negotiations discussed are a topic", "", "2023-02-10",
			"Secretary of State Antony Blinken spoke yesterday with Foreign Minister Catherine Colonna of France. The two also discussed ongoing negotiations between Armenia and Azerbaijan.",
			[]string{"phone_call 2023-02-09 2"}, 0, 0},
		{"a visitor's calls on several hosts, one by one", "", "2024-06-11",
			"During his visit to Manila, Foreign Minister Winston Peters met President Ferdinand Marcos Jr., Foreign Secretary Enrique Manalo and Defence Secretary Gilberto Teodoro.",
			[]string{"visit 2024-06 2", "reception 2024-06-11 2", "meeting 2024-06-11 2", "meeting 2024-06-11 2"}, 0, 0},
		{"a meeting and the warm reception of one day are one reception", "", "2024-07-30",
			"President Ferdinand R. Marcos Jr. met with Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin at the palace on Tuesday.\n\nBlinken and Austin thanked Marcos for the warm reception.",
			[]string{"reception 2024-07-30 3"}, 0, 0},
		{"a dialogue the guests are in town to attend is ahead", "", "2024-07-30",
			"Secretary Antony Blinken and Secretary Lloyd Austin are currently in the Philippines to attend the Philippines-United States Ministerial Dialogue on Tuesday.",
			nil, 0, 1},
		{"the headline names a press conference and a summit", "Press statement by President Anna Berg at the joint press conference with President Kim Min-jun following the EU-Republic of Korea Summit", "2023-05-22",
			"Dear President Kim,\n\nThank you for hosting us here in Korea today.",
			[]string{"press_conference 2023-05-22 2", "summit 2023-05-22 2"}, 0, 0},
		{"the speaker's summit with the side the headline names", "Press remarks by President Anna Berg following the EU-Japan summit", "2023-07-13",
			"Mr President, it was a pleasure to meet you for our 30th EU-Japan Summit.",
			[]string{"summit 2023-07-13 2"}, 0, 0},
		{"the speaker is I", "Remarks of Foreign Secretary Enrique Manalo for the Joint Press Briefing with Foreign Minister Winston Peters of New Zealand", "2024-06-10",
			"Good afternoon.\n\nForeign Minister Peters and I had a long and fruitful discussion on the work ahead.",
			[]string{"press_conference 2024-06-10 2", "talks 2024-06-10 2"}, 0, 0},
		{"a guest's visit by its owner", "", "2024-06-11",
			"President Ferdinand R. Marcos Jr. received Foreign Minister Winston Peters of New Zealand on Tuesday.\n\nThe President expressed elation over Peters' visit.",
			[]string{"reception 2024-06-11 2", "visit 2024-06 2"}, 0, 0},
		{"a summit meeting of a leader who is visiting", "Japan-Philippines Summit Meeting", "2025-04-29",
			"On April 29, Mr. ISHIBA Shigeru, Prime Minister of Japan, who is visiting the Philippines, held a Japan-Philippines Summit Meeting with H.E. Ferdinand R. Marcos, Jr., President of the Republic of the Philippines.",
			[]string{"meeting 2025-04-29 2", "visit 2025-04 2"}, 0, 0},
		{"a fact sheet about last week's state visit", "", "2024-05-30",
			"During last week's State Visit, President Joe Biden and President William Ruto of Kenya launched a new partnership on digital trade.",
			[]string{"visit 2024-05 2"}, 0, 0},
		{"visiting guests who are not named", "", "2024-05-20",
			"President Lai Ching-te received Prime Minister Feleti Teo of Tuvalu on May 20, together with other guests who were visiting Taiwan.",
			[]string{"reception 2024-05-20 2"}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article(tt.title, tt.published, tt.body))
			var got []string
			for _, e := range f.Engagements {
				got = append(got, string(e.Type)+" "+e.Date+" "+itoa(len(e.Participants)))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("engagements %q, want %q", got, tt.want)
			}
			if len(f.References) != tt.refs || len(f.Invitations) != tt.invites {
				t.Errorf("references %d invitations %d, want %d %d", len(f.References), len(f.Invitations), tt.refs, tt.invites)
			}
		})
	}
}

// TestDateBasis checks that a report says whether the text dates the
// contact or the publication date stands in.
func TestDateBasis(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct{ body, want string }{
		{"President Joe Biden spoke yesterday with Prime Minister Keir Starmer of the United Kingdom.", "text"},
		{"President Joe Biden spoke with Prime Minister Keir Starmer of the United Kingdom.", "published"},
	} {
		f := x.Extract(article("", "2024-11-10", tt.body))
		if len(f.Engagements) != 1 || len(f.Engagements[0].Reports) != 1 {
			t.Fatalf("%q: engagements %+v", tt.body, f.Engagements)
		}
		if got := f.Engagements[0].Reports[0].DateBasis; got != tt.want {
			t.Errorf("%q: date basis %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestUnnamedOfficeSide checks that an office named without its holder on
// its own government's site stands for that country.
func TestUnnamedOfficeSide(t *testing.T) {
	x := newX(t)
	a := article("PM call with President Anna Weber: 12 March 2024", "2024-03-12",
		"The Prime Minister spoke to President Anna Weber of Germany this evening.\n\nThe leaders looked forward to meeting in person at the upcoming G20 Summit.")
	a.URL = "https://www.gov.uk/government/news/pm-call-with-president-anna-weber-12-march-2024"
	f := x.Extract(a)
	if len(f.Engagements) != 1 {
		t.Fatalf("engagements %+v", f.Engagements)
	}
	e := f.Engagements[0]
	if e.Type != "phone_call" || e.Date != "2024-03-12" || strings.Join(e.Countries, ",") != "DE,GB" {
		t.Errorf("got %s %s %v %v, want phone_call 2024-03-12 [DE GB]", e.Type, e.Date, e.Participants, e.Countries)
	}
}

// TestGenericTalkUnderMeetingHeadline checks that "spoke with" in the
// readout of a meeting is that meeting, not a call besides.
func TestGenericTalkUnderMeetingHeadline(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("Readout of President Biden's Meeting with Prime Minister Anna Weber of Germany", "2021-06-12",
		"President Joe Biden spoke today with Prime Minister Anna Weber of Germany at the G7 summit."))
	var got []string
	for _, e := range f.Engagements {
		got = append(got, string(e.Type)+" "+e.Date)
	}
	if strings.Join(got, "|") != "meeting 2021-06-12" {
		t.Errorf("engagements %q, want one meeting", got)
	}
}

// TestLeadersOfficeStyles checks the engagement rules for the house styles
// of leaders' offices (the Kremlin, No 10, the Kantei, pm.gov.au), with
// sentences written for the test.
func TestLeadersOfficeStyles(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, url, title, published, body string
		want                              []string // type date participants-count
	}{
		{"a group of countries as the other side takes part country by country", "", "", "2025-04-04",
			"Today, European Commission President Anna Weber, along with the President of the European Council, Luc Marin, met the three Presidents of the Baltic states in Riga.",
			[]string{"meeting 2025-04-04 5"}},
		{"a group named as a topic of a two-sided contact adds no one", "", "", "2025-04-04",
			"Prime Minister Anna Hart of New Zealand met President John Miller of the United States to discuss the security of the Baltic states.",
			[]string{"meeting 2025-04-04 2"}},
		{"a cue before the clause's comma is another phrase's", "", "", "2025-03-04",
			"In line with a previous agreement, President Ivan Sokolov of Russia had a telephone conversation with President of the United States John Miller.",
			[]string{"phone_call 2025-03-04 2"}},
		{"the parties' discussion in a call readout is the call", "", "", "2025-03-04",
			"President Ivan Sokolov of Russia had a telephone conversation with President of the United States John Miller.\n\nThe parties had a detailed discussion of the situation in the region.",
			[]string{"phone_call 2025-03-04 2"}},
		{"a day name before a name is a date", "", "", "2025-03-07",
			"On Friday Ivan Sokolov had a telephone conversation with President of the United States John Miller.",
			[]string{"phone_call 2025-03-07 2"}},
		{"received at a place, then the guest; his talks before are another contact", "", "", "2025-03-04",
			"President Ivan Sokolov received in the Kremlin US Secretary of State John Miller. Mr Miller arrived for a meeting with the President after his talks with Foreign Minister Pavel Orlov.",
			[]string{"reception 2025-03-04 2", "talks 2025-03-04 2"}},
		{"a foreign minister's meeting with the leader at home is a courtesy call", "https://www.gov.uk/government/news/pm-meeting-with-us-secretary-of-state-john-miller", "", "2019-01-10",
			"The Prime Minister met the US Secretary of State, John Miller, today at Downing Street.",
			[]string{"reception 2019-01-10 2"}},
		{"a foreign minister's meeting with a leader abroad is a meeting", "", "", "2023-05-22",
			"Secretary of State John Miller met today with New Zealand Prime Minister Anna Hart in Port Moresby.",
			[]string{"meeting 2023-05-22 2"}},
		{"a title the home government lacks is not its leader", "https://www.gov.uk/government/news/pm-meeting-with-prime-minister-sato", "", "2019-01-10",
			"The Prime Minister met with Kenji Sato, the Prime Minister of Japan, in Osaka.\n\nThe Prime Minister said he looked forward to the State Visit of the Emperor to the UK later in the month.",
			[]string{"meeting 2019-01-10 2"}},
		{"the occasion of a planned act is ahead", "", "", "2017-09-04",
			"On September 3, Prime Minister Kenji Sato held a telephone talk with President Ivan Sokolov of Russia. The two leaders agreed that they will discuss the issue at this week's summit meeting in Vladivostok.",
			[]string{"phone_call 2017-09-03 2"}},
		{"welcomed a guest to the country is the guest's visit", "", "", "2022-10-06",
			"Prime Minister Anthony Albanese welcomed the Prime Minister of Tuvalu, Feleti Teo, to Australia for bilateral talks in Canberra today.",
			[]string{"visit 2022-10 2", "talks 2022-10-06 2"}},
		{"a leaders' dialogue held is talks", "", "", "2024-02-10",
			"Prime Minister Feleti Teo and Prime Minister Anthony Albanese held the third Tuvalu-Australia Annual Leaders' Dialogue on 8 February 2024 in Canberra.",
			[]string{"talks 2024-02-08 2"}},
		{"a visitor and host of one country are no contact", "https://japan.kantei.go.jp/101_kishida/diplomatic/202407/06uk.html", "", "2024-07-06",
			"Prime Minister Kishida expressed his gratitude for the warm welcome on the occasion of the visit to the United Kingdom by the Emperor.",
			nil},
		{"a transcript's speaker label is I; two meetings in one sentence", "https://www.pm.gov.au/media/press-conference", "Press conference", "2024-10-25",
			"ANTHONY ALBANESE, PRIME MINISTER: I had a bilateral meeting with the Prime Minister of Fiji, Josefa Vula, this morning, after which, I had a bilateral meeting with the Prime Minister of Tuvalu, Feleti Teo.",
			[]string{"meeting 2024-10-25 2", "meeting 2024-10-25 2"}},
		{"a headline's press statements after talks named by two demonyms", "http://en.kremlin.ru/events/president/transcripts/1", "Press statements following Russian-Indian talks", "2017-06-01",
			"President of Russia Ivan Petrov: Mr Prime Minister, ladies and gentlemen,\n\nI am pleased to welcome Prime Minister of India Ravi Das.\n\nPrime Minister of India Ravi Das: Thank you.",
			[]string{"press_conference 2017-06-01 2", "meeting 2017-06-01 2"}}, // the talks the statements follow
		{"a Prime Minister's untitled release speaks as I and names a counterpart by given name", "https://japan.kantei.go.jp/101_kishida/statement/202210/_00011.html", "Japan-Australia Joint Press Announcement", "2022-10-22",
			"I very much appreciate the kind invitation to visit this city.\n\nAnthony and I signed a new Joint Declaration on Security Cooperation just now.",
			[]string{"press_conference 2022-10-22 2", "signing 2022-10-22 2", "meeting 2022-10-22 2"}},
		{"a four-word headline cue: statements for the press", "http://en.kremlin.ru/events/president/transcripts/3", "Statements for the press and answers to journalists’ questions following Russian-Chilean talks", "2021-03-02",
			"President of Chile Ana Ruiz: I would like to welcome you, President Petrov.\n\nPresident of Russia Ivan Petrov: Thank you.",
			[]string{"press_conference 2021-03-02 2", "meeting 2021-03-02 2"}},
		{"a headline's call with one guest on a government's site, the body's own leader the other side", "http://en.kremlin.ru/events/president/news/1", "Telephone conversation with President of Chile Ana Ruiz", "2021-03-02",
			"During the telephone conversation, Ivan Petrov, President of Russia, conveyed his congratulations to President of Chile Ana Ruiz.",
			[]string{"phone_call 2021-03-02 2"}},
		{"a headline's visit with one guest keeps the host rule", "http://en.kremlin.ru/events/president/news/2", "Official visit of President of Chile Ana Ruiz", "2021-03-02",
			"Ivan Petrov, President of Russia, held talks with President of Chile Ana Ruiz, who is in Russia on an official visit.",
			[]string{"visit 2021-03 2", "talks 2021-03-02 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, tt.published, tt.body)
			a.URL = tt.url
			f := x.Extract(a)
			var got []string
			for _, e := range f.Engagements {
				got = append(got, string(e.Type)+" "+e.Date+" "+itoa(len(e.Participants)))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("engagements %q, want %q", got, tt.want)
			}
		})
	}
}
