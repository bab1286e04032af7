package extract

import (
	"sort"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// allContacts lists the held contacts as engagementSummary writes them and
// the invitations (contacts ahead) with "pending " before them.
func allContacts(f *accord.ArticleFacts) []string {
	out := engagementSummary(f)
	names := map[string]string{}
	for _, a := range f.Actors {
		names[a.ID] = a.Name
	}
	for _, e := range f.Invitations {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, names[p])
		}
		sort.Strings(ps)
		out = append(out, "pending "+string(e.Type)+" "+strings.Join(ps, "+"))
	}
	sort.Strings(out)
	return out
}

// runContacts is runSourced with the contacts ahead too.
func runContacts(t *testing.T, tests []sourcedCase) {
	t.Helper()
	runSourcedBy(t, tests, "contacts", allContacts)
}

// TestContactsAheadOneByOne24 checks that contacts ahead with several
// persons, in the plural or "respectively", are one contact with each, as
// held ones are (names invented).
func TestContactsAheadOneByOne24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"respectively", "The Presidency", "", "2026-05-12",
			"President Arlo Venn today departed on a working visit to Zambia and Botswana.\n\nIn a statement, the Presidency said Venn will hold consultative meetings with President Bera Tisk and President Ola Brim respectively.",
			[]string{"pending meeting Arlo Venn+Bera Tisk", "pending meeting Arlo Venn+Ola Brim", "visit 2026-05 Arlo Venn+Bera Tisk"}},
		{"meetings with a list", "Manila Bulletin", "", "2026-05-12",
			"President Arlo Venn will hold meetings with Canadian Prime Minister Bera Tisk, Cambodian Prime Minister Ola Brim, Vietnamese Prime Minister Kai Dorn, and South Korean President Lina Marr on the sidelines of the summit.",
			[]string{"pending meeting Arlo Venn+Bera Tisk", "pending meeting Arlo Venn+Kai Dorn", "pending meeting Arlo Venn+Lina Marr", "pending meeting Arlo Venn+Ola Brim"}},
	})
}

// TestReportedOfficeSubject24 checks that an official who reports "the
// chief executive met with A" or "the President was scheduled to meet A"
// is no side: the office holder named before is (names invented).
func TestReportedOfficeSubject24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"chief executive, list", "Philstar", "", "2026-05-12",
			"President Arlo Venn of the Philippines is set to hold bilateral meetings with at least four leaders at the regional summit in September.\n\nForeign Affairs Assistant Secretary Mira Sol said the chief executive will meet with Korean President Bera Tisk, Cambodian Prime Minister Ola Brim, and Vietnamese Prime Minister Kai Dorn.",
			[]string{"pending meeting Arlo Venn+Bera Tisk", "pending meeting Arlo Venn+Kai Dorn", "pending meeting Arlo Venn+Ola Brim"}},
		{"the president, that", "Philippine News Agency", "", "2026-07-11",
			"President Arlo Venn of the Philippines will have at least two bilateral meetings on the sidelines of the regional summits in Cambodia next week.\n\nAssistant Secretary Mira Sol added that the President was scheduled to meet with the Prime Minister of Cambodia, Prime Minister Kai Dorn, as a matter of courtesy.",
			[]string{"pending meeting Arlo Venn+Kai Dorn"}},
	})
}

// TestPossessedMeetingWith24 checks that "In his meeting with B, A said"
// after A's meeting with C is A's other contact, with B, and that "both
// sides" in what A says are A and B (names invented).
func TestPossessedMeetingWith24(t *testing.T) {
	const lead = "PUTRAJAYA, May 11 -- Prime Minister Arlo Venn today held a series of bilateral meetings with senior leaders on the sidelines of the regional ministers' meeting.\n\n"
	runContacts(t, []sourcedCase{
		{"two meetings", "Bernama", "", "2026-05-12",
			lead + "During his meeting with Australian Foreign Minister Bera Tisk, Venn said both countries should boost trade.\n\nIn his meeting with Chinese Foreign Minister Ola Brim, Venn said both sides discussed various aspects of ties.",
			[]string{"meeting 2026-05-11 Arlo Venn+Bera Tisk", "meeting 2026-05-11 Arlo Venn+Ola Brim"}},
		{"opening the text", "Bernama", "", "2026-05-12",
			"PUTRAJAYA, May 11 -- During his meeting with Australian Foreign Minister Bera Tisk, Prime Minister Arlo Venn said both countries should boost trade.\n\nIn his meeting with Chinese Foreign Minister Ola Brim, Venn said both sides discussed various aspects of ties.",
			[]string{"meeting 2026-05-11 Arlo Venn+Bera Tisk", "meeting 2026-05-11 Arlo Venn+Ola Brim"}},
		{"the same contact taken up", "Bernama", "", "2026-05-12",
			"PUTRAJAYA, May 11 -- Prime Minister Arlo Venn met Chinese Foreign Minister Ola Brim today.\n\nIn his meeting with Brim, Venn said both sides discussed various aspects of ties.",
			[]string{"meeting 2026-05-11 Arlo Venn+Ola Brim"}},
	})
}

// TestBilateralsHeadline24 checks that a headline's "bilateral talks with
// leaders from A, B and five other countries" is no one contact of them
// all: the body tells each (names invented).
func TestBilateralsHeadline24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"bilateral talks with a list", "Bernama", "Venn holds bilateral talks with leaders from China, Australia and five other countries", "2026-05-12",
			"PUTRAJAYA, May 11 -- Prime Minister Arlo Venn today held a series of bilateral meetings with senior leaders and representatives from seven countries on the sidelines of the regional ministers' meeting.\n\nIn his meeting with Chinese Foreign Minister Ola Brim, Venn said both sides discussed various aspects of ties.\n\nDuring his meeting with Australian Foreign Minister Bera Tisk, Venn said both countries should boost trade.",
			[]string{"meeting 2026-05-11 Arlo Venn+Bera Tisk", "meeting 2026-05-11 Arlo Venn+Ola Brim"}},
	})
}

// TestSummitAhead24 checks that a summit named after a meeting as its time
// mark ("in advance of the Summit, to discuss priorities for the Summit")
// does not make the meeting that summit (names invented).
func TestSummitAhead24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"in advance of", "Prime Minister of Canada", "", "2026-06-26",
			"Today, Prime Minister Arlo Venn met with the Prime Minister of the United Kingdom, Bera Tisk, in advance of the G7 Summit, to discuss their expectations and shared priorities for the Summit.",
			[]string{"meeting 2026-06-26 Arlo Venn+Bera Tisk"}},
		{"met for the summit", "Prime Minister of Canada", "", "2026-06-26",
			"Today, Prime Minister Arlo Venn met with the Prime Minister of the United Kingdom, Bera Tisk, in London for the 10th Canada-United Kingdom Summit.",
			[]string{"summit 2026-06-26 Arlo Venn+Bera Tisk"}},
	})
}

// TestNumberedBilateralSummit24 checks that "their 19th bilateral Summit"
// of a union and a country is a summit of a series, not a summit meeting
// of two leaders (names invented).
func TestNumberedBilateralSummit24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"numbered", "European Commission", "", "2026-11-24",
			"On 23 and 24 November, the European Union and Norway held their 19th bilateral Summit.\n\nThe President of the European Commission Ola Brim and the President of the European Council Bera Tisk joined Prime Minister Arlo Venn in Bergen to advance the strategic partnership.",
			[]string{"summit 2026-11-24 Arlo Venn+Bera Tisk+Ola Brim"}},
	})
}

// TestOwnReport24 checks that "PM A said he spoke with B, C and D" keeps A
// as a side: the reporter tells of his own contact, unlike "Spokesperson E
// said PM A spoke with B and C" (names invented).
func TestOwnReport24(t *testing.T) {
	const lead = "SINGAPORE - Prime Minister Arlo Venn of Singapore hit the ground running on his first day.\n\n"
	runContacts(t, []sourcedCase{
		{"said he spoke", "AsiaOne", "", "2024-05-17",
			lead + "PM Venn said he spoke with Malaysian Prime Minister Bera Tisk, Indonesian President Ola Brim and Japanese Prime Minister Kai Dorn, and thanked them for their good wishes.",
			[]string{"phone_call 2024-05-17 Arlo Venn+Bera Tisk+Kai Dorn+Ola Brim"}},
		{"said that she spoke", "AsiaOne", "", "2024-05-17",
			"SINGAPORE - Foreign Minister Lina Marr of Singapore said that she spoke today with Malaysian Foreign Minister Bera Tisk, Indonesian Foreign Minister Ola Brim and Japanese Foreign Minister Kai Dorn.",
			[]string{"phone_call 2024-05-17 Bera Tisk+Kai Dorn+Lina Marr+Ola Brim"}},
	})
}

// TestTripPurposeSummit24 checks that a summit a trip is for, named beside
// a contact of the trip ("held a Summit Meeting with B during his visit to
// Seoul for the Trilateral Summit"), is no contact the sentence reports,
// while a summit attended stays one (names invented).
func TestTripPurposeSummit24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"visit for the summit", "Prime Minister's Office of Japan (Kantei)", "", "2026-05-26",
			"On May 26, Mr. SATO Kenji, Prime Minister of Japan held a Summit Meeting with H.E. Mr. Arlo Venn, President of the Republic of Korea (ROK) during his visit to Seoul for the Japan-China-ROK Trilateral Summit.",
			[]string{"meeting 2026-05-26 Arlo Venn+Sato Kenji", "visit 2026-05 Arlo Venn+Sato Kenji"}},
		{"visiting to attend", "Prime Minister's Office of Japan (Kantei)", "", "2026-06-14",
			"On June 14, Prime Minister Kenji Sato, who is visiting Apulia to attend the G7 Summit, held informal talks with H.E. Mr. Arlo Venn, President of the French Republic.",
			[]string{"talks 2026-06-14 Arlo Venn+Kenji Sato"}},
	})
}

// TestVenueCountryNoSide24 checks that an unnamed first-person speaker's
// side is not the country the contact is held in ("in Vientiane, Lao PDR"),
// nor the other person's own (names invented).
func TestVenueCountryNoSide24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"city and country of the venue", "Statements", "", "2024-10-09",
			"I had a productive four-eye meeting with the Prime Minister of Singapore, Arlo Venn, following the conclusion of the first day of the ASEAN Summits in Vientiane, Lao PDR.",
			[]string{}},
		{"venue after in", "Statements", "", "2024-10-09",
			"I had a productive meeting with the Prime Minister of Singapore, Arlo Venn, at the summit in Laos.",
			[]string{}},
	})
}

// TestAlongWithSpeaker24 checks that "Along with the Deputy Prime Minister,
// A, I welcome B to Australia" makes A no side of B's visit nor of the
// leaders' one-on-one meeting, and that a "Joint statement" headline over
// spoken turns is a joint press event, while a written joint statement is
// not (names invented).
func TestAlongWithSpeaker24(t *testing.T) {
	const turns = "SUBJECTS: Australia-Norway Relations.\nARLO VENN, PRIME MINISTER OF AUSTRALIA: Along with the Deputy Prime Minister and Defence Minister, Bera Tisk, I am very pleased to welcome Norway's Defence Minister and importantly, the Prime Minister-elect of Norway, Ola Brim to Australia. I look forward to working closely with you, Prime Minister-elect Brim. And that's been confirmed by the one-on-one leaders' meeting that we had today, but also the discussions that we had with senior members of my Cabinet and your delegation. Our countries will continue to strengthen our ties.\nOLA BRIM, PRIME MINISTER-ELECT OF NORWAY: Thank you, Prime Minister. I am honoured to be here."
	runContacts(t, []sourcedCase{
		{"spoken joint statement", "Prime Minister of Australia", "Joint statement - Parliament House, Canberra", "2024-08-20", turns,
			[]string{"meeting 2024-08-20 Arlo Venn+Ola Brim", "press_conference 2024-08-20 Arlo Venn+Ola Brim", "visit 2024-08 Arlo Venn+Ola Brim"}},
		{"written joint statement", "Prime Minister of Australia", "Joint statement - Australia and Norway", "2024-08-20",
			"Prime Minister Arlo Venn of Australia and Prime Minister Ola Brim of Norway met in Canberra today. The leaders reaffirmed the partnership between their countries.",
			[]string{"meeting 2024-08-20 Arlo Venn+Ola Brim"}},
	})
}

// TestAlongWithCoSubject24 checks that "A, along with B, met C" keeps B, a
// co-subject of a leader's rank who met C (session 29: one of lower rank,
// here a foreign minister with the prime minister, goes with A, as the
// golds leave accompanying officials out; see meet29_test.go), unlike a
// speaker's "Along with B, I welcome C" (names invented).
func TestAlongWithCoSubject24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"co-subject", "", "", "2025-04-04",
			"Today, Prime Minister Arlo Venn of Norway, along with Prime Minister Bera Tisk of Sweden, met President Ola Brim of Finland in Oslo.",
			[]string{"meeting 2025-04-04 Arlo Venn+Bera Tisk+Ola Brim"}},
	})
}

// TestSignedToday24 checks that a document named before "signed today"
// ("the new Partnership signed today") is a signing of the day between the
// two countries of the text, while one signed in an earlier year is not
// (names invented).
func TestSignedToday24(t *testing.T) {
	const lead = "New Delhi: Prime Minister Arlo Venn of India and UK Prime Minister Bera Tisk held a virtual meeting today.\n\n"
	runContacts(t, []sourcedCase{
		{"signed today", "British High Commission", "", "2021-05-04",
			lead + "Bera Tisk said: \"With the help of the new Partnership signed today, we will double the value of our trading partnership with India.\"",
			[]string{"signing 2021-05-04 India+United Kingdom", "video_call 2021-05-04 Arlo Venn+Bera Tisk"}},
		{"signed in an earlier year", "British High Commission", "", "2021-05-04",
			lead + "Bera Tisk said: \"With the help of the Partnership signed in 2015, we will double the value of our trading partnership with India.\"",
			[]string{"video_call 2021-05-04 Arlo Venn+Bera Tisk"}},
	})
}

// TestCompanionsAndWelcomeMeal24 checks that those who go with a visitor
// ("Joined by his spouse, …, and accompanied by Ambassador A and Secretary
// B, PM C commenced his visit") are no principals and no sides, and that a
// host's welcome of the guest at a meal ("warmly welcomed PM C in a state
// dinner banquet") is a reception (names invented).
func TestCompanionsAndWelcomeMeal24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"accompanied by, welcomed in a banquet", "Embassy of Japan in the Philippines", "Prime Minister Sato arrives in Manila for Summit", "2023-11-03",
			"On 3 November 2023, Prime Minister SATO Kenji arrived in the Philippines for the Japan-Philippines Summit Meeting, marking his first official visit to the country as Prime Minister of Japan. Joined by his spouse, Mrs. SATO Yumi, and accompanied by Ambassador ARAI Taro and Philippine Secretary of Transportation Bera Tisk, Prime Minister Sato commenced his visit by paying tribute through a wreath-laying ceremony at the Jose Rizal Monument in the City of Manila.\n\nPhilippine President Arlo Venn warmly welcomed Prime Minister Sato in a state dinner banquet held at the Malacanang Palace.",
			[]string{"reception 2023-11-03 Arlo Venn+Sato Kenji", "visit 2023-11 Arlo Venn+Sato Kenji"}},
		{"a meeting joined by", "", "", "2023-11-03",
			"Prime Minister Arlo Venn of Norway met President Ola Brim of Finland in Oslo today. The meeting was joined by Foreign Minister Bera Tisk of Norway.",
			[]string{"meeting 2023-11-03 Arlo Venn+Bera Tisk+Ola Brim"}},
	})
}

// TestReceivedVisitFrom24 checks "received a courtesy visit from",
// "received an honorary visit from" (a courtesy call: a reception) and
// "received a visit from" (a meeting, which a head of state's minister
// guest makes a reception) (names invented).
func TestReceivedVisitFrom24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"honorary visit", "MINA", "", "2021-10-18",
			"Jakarta, MINA - Indonesian President Arlo Venn received an honorary visit from Malaysian Foreign Minister Bera Tisk at the Merdeka Palace, Jakarta on Monday.\n\nDuring the meeting, the President said Malaysia is a close neighbor of Indonesia.",
			[]string{"reception 2021-10-18 Arlo Venn+Bera Tisk"}},
		{"courtesy visit", "MINA", "", "2021-10-18",
			"Jakarta, MINA - Indonesian President Arlo Venn received a courtesy visit from Malaysian Foreign Minister Bera Tisk at the Merdeka Palace, Jakarta on Monday.",
			[]string{"reception 2021-10-18 Arlo Venn+Bera Tisk"}},
		{"a leader's visit", "Medcom", "", "2021-10-18",
			"Jakarta - Indonesian President Arlo Venn received a visit from Prime Minister of Malaysia Bera Tisk and his delegation at the Merdeka Palace, Jakarta, on Monday.",
			[]string{"meeting 2021-10-18 Arlo Venn+Bera Tisk"}},
	})
}

// TestSeparateTalksWithLeadersOf24 checks that "held separate (bilateral
// summit) talks with the leaders of A, B, C and D" is one contact with each
// country, while "held talks with the leaders of A, B, C and D" (together
// or one by one, the text does not say) makes none (names invented).
func TestSeparateTalksWithLeadersOf24(t *testing.T) {
	each := []string{"talks 2024-07-10 Arlo Venn+Canada", "talks 2024-07-10 Arlo Venn+Finland", "talks 2024-07-10 Arlo Venn+Netherlands", "talks 2024-07-10 Arlo Venn+Sweden"}
	runContacts(t, []sourcedCase{
		{"separate bilateral summit talks", "KBS World", "", "2024-07-11",
			"President Arlo Venn of Korea held separate bilateral summit talks with the leaders of Canada, the Netherlands, Sweden and Finland on Wednesday.", each},
		{"separate talks", "KBS World", "", "2024-07-11",
			"President Arlo Venn of Korea held separate talks with the leaders of Canada, the Netherlands, Sweden and Finland on Wednesday.", each},
		{"talks, no cue", "KBS World", "", "2024-07-11",
			"President Arlo Venn of Korea held talks with the leaders of Canada, the Netherlands, Sweden and Finland on Wednesday.", []string{}},
	})
}

// TestJointActOfVisit24 checks that a visit's two sides who did something
// together on a day the sentence names ("A and B, on a state visit, on May
// 29 reaffirmed …") met that day, where the text names no contact of
// theirs; an agreement with no day of its own is no meeting (names
// invented).
func TestJointActOfVisit24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"reaffirmed on Thursday", "Presidential Communications Office", "", "2024-04-18",
			"Philippine President Arlo Venn and New Zealand Prime Minister Bera Tisk reaffirmed on Thursday their commitment to maintaining and strengthening the defense engagements of the two countries.\n\nIn a joint statement, both President Venn and Prime Minister Tisk, who is on an official visit to the Philippines, acknowledged the strong existing bilateral defense cooperation between the Philippines and New Zealand.",
			[]string{"meeting 2024-04-18 Arlo Venn+Bera Tisk", "visit 2024-04 Arlo Venn+Bera Tisk"}},
		{"state visit, on May 29", "Korea.net", "", "2024-05-30",
			"Korean President Arlo Venn and UAE President Sheikh Bera bin Tisk Al Nahyan, on a state visit to Korea, on May 29 reaffirmed the UAE's pledge of investment in Korea.",
			[]string{"meeting 2024-05-29 Arlo Venn+Bera bin Tisk Al Nahyan", "visit 2024-05 Arlo Venn+Bera bin Tisk Al Nahyan"}},
		{"no day", "Korea.net", "", "2024-05-30",
			"Korean President Arlo Venn and UAE President Sheikh Bera bin Tisk Al Nahyan, on a state visit to Korea, reaffirmed the UAE's pledge of investment in Korea.",
			[]string{"visit 2024-05 Arlo Venn+Bera bin Tisk Al Nahyan"}},
	})
}

// TestMeetingTakesUpReception24 checks that "During the meeting, …" after
// a courtesy visit received takes up that reception (no new meeting of the
// persons its sentence names), while "the talks with B" names a contact of
// its own (names invented).
func TestMeetingTakesUpReception24(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"the meeting after a courtesy visit", "MINA", "", "2021-10-18",
			"Jakarta, MINA - Indonesian President Arlo Venn received an honorary visit from Malaysian Foreign Minister Bera Tisk at the Merdeka Palace, Jakarta on Monday.\n\nDuring the meeting, the President said Malaysia is a close neighbor of Indonesia.\n\nAfter the meeting, Foreign Minister Lina Marr, who was also present to accompany the President, said Malaysian Prime Minister Ola Brim plans to visit Indonesia in November.",
			[]string{"reception 2021-10-18 Arlo Venn+Bera Tisk"}},
	})
}
