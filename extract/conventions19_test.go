package extract

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// Session 19 rules, from reading dev38 (leaders' offices and other
// governments), each with invented names.

// TestOneCountryOfficePublisher19 checks that a publisher named by an
// office only one country has ("Department of the Taoiseach") is that
// country's government, as a publisher naming the country is.
func TestOneCountryOfficePublisher19(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct {
		source string
		want   home
	}{
		{"Department of the Taoiseach (Dáil reply, as republished on a TD's website)", home{country: "IE", government: true, office: officeLeader}},
		{"Department of the Tánaiste (statement)", home{country: "IE", government: true, office: officeMinister}},
		{"Department of the Prime Minister (statement)", home{}}, // an office many countries have
	} {
		a := &accord.Article{Source: tt.source}
		if got := x.lx.outlets.home(a); got != tt.want {
			t.Errorf("%q: home %+v, want %+v", tt.source, got, tt.want)
		}
	}
	runSourced(t, []sourcedCase{
		{"the answering Taoiseach's I is the Taoiseach of the day", "Department of the Taoiseach (Dáil reply)", "Taoiseach | Recent conversation with the Norwegian Prime Minister", "2016-06-11",
			"Question\n\nTo ask the Taoiseach to report on his recent conversation with the Norwegian prime minister.\n\nREPLY\n\nOn 10 April, I spoke by phone with Norwegian Prime Minister Lena Berg. We discussed trade.",
			[]string{"phone_call 2016-04-10 Enda Kenny+Lena Berg"}},
	})
}

// TestHeldNamedSummit19 checks that a summit named with its parties
// ("the 12th Japan-European Union (EU) Summit") that the subject held is a
// summit, as "held a summit with" is, and that one named in passing is
// not.
func TestHeldNamedSummit19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"held the named summit with visitors", "", "", "2026-05-04",
			"On May 3, Mr. SATO Kenji, Prime Minister of Japan, held the 12th Japan-European Union (EU) Summit with H.E. Mr. Pierre Dubois, President of the European Council, who was visiting Japan.",
			[]string{"summit 2026-05-03 Pierre Dubois+Sato Kenji", "visit 2026-05 Pierre Dubois+Sato Kenji"}},
		{"the parties held their summit", "", "", "2026-05-04",
			"We, the Leaders of the European Union (EU) and Norway, held our 5th EU-Norway Summit in Oslo on 3 May 2026 and concluded the following.",
			[]string{"summit 2026-05-03 European Union+Norway"}},
		{"a summit ahead, not held", "", "", "2026-05-04",
			"Prime Minister Lena Berg of Norway discussed preparations for the next Norway-EU Summit with her ministers.",
			nil},
	})
}

// TestNamedChannel19 checks that a standing dialogue named as the way
// cooperation runs ("through the Foreign Ministers' Strategic Dialogue")
// is no round of talks held, and that a strategic dialogue held still is.
func TestNamedChannel19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a channel of cooperation", "", "", "2026-05-04",
			"Norway and Chile concur on exploring further cooperation in security, notably through the Foreign Ministers' Strategic Dialogue and the Norway-Chile Defence Dialogue.",
			nil},
		{"a dialogue held", "", "", "2026-05-04",
			"Foreign Minister Tom Walker of Chile and Foreign Minister Lena Berg of Norway held a strategic dialogue in Oslo on May 3.",
			[]string{"talks 2026-05-03 Lena Berg+Tom Walker"}},
	})
}

// TestClockConversion19 checks that a bracketed clock conversion ("7:50
// p.m. (4:50 a.m. on May 2, JST)") dates nothing even alone in its
// sentence: the contact is of the local day told before.
func TestClockConversion19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the conversion alone in its sentence", "", "", "2026-05-02",
			"On May 1, commencing at 6:05 p.m. local time (3:05 a.m. on May 2, JST), Prime Minister Kenji Sato held a Summit Meeting with President Tom Walker of Chile. Prime Minister Sato made a joint press announcement with President Walker, commencing at 7:50 p.m. (4:50 a.m. on May 2, JST).",
			[]string{"meeting 2026-05-01 Kenji Sato+Tom Walker", "press_conference 2026-05-01 Kenji Sato+Tom Walker"}},
		{"a bracket that is no conversion still dates", "", "", "2026-05-03",
			"Prime Minister Kenji Sato made a joint press announcement with President Tom Walker of Chile (on May 2).",
			[]string{"press_conference 2026-05-02 Kenji Sato+Tom Walker"}},
	})
}

// TestBanquetHostedBy19 checks that a banquet a leader hosts for a guest
// ("attended a dinner banquet hosted by President A") is a reception of
// the two, also when the guest is a vice president, whose courtesy call
// would be a meeting.
func TestBanquetHostedBy19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a banquet hosted by the host", "", "", "2026-05-02",
			"Prime Minister Kenji Sato of Japan attended a dinner banquet hosted by President Tom Walker of Chile on May 1.",
			[]string{"reception 2026-05-01 Kenji Sato+Tom Walker"}},
		{"a vice president at a banquet", "", "", "2026-05-02",
			"On the evening of May 1, Vice President Ana Lin of Taiwan attended a welcome banquet hosted by President Tom Walker of Chile.",
			[]string{"reception 2026-05-01 Ana Lin+Tom Walker"}},
		{"a state banquet for a vice president", "", "", "2026-05-02",
			"President Tom Walker of Chile hosted a state banquet for Vice President Ana Lin of Taiwan on May 1.",
			[]string{"reception 2026-05-01 Ana Lin+Tom Walker"}},
	})
}

// TestGladToBeIn19 checks that a visitor "pleased to be in" a capital
// reports the visit, and that "pleased to be in a position to" does not.
func TestGladToBeIn19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"pleased to be in the capital", "", "", "2026-05-02",
			"President Tom Walker of Chile said he was pleased to be in Oslo as the two countries mark 50 years of relations.",
			[]string{"visit 2026-05 Norway+Tom Walker"}},
		{"pleased to be in a position", "", "", "2026-05-02",
			"President Tom Walker of Chile said he was pleased to be in a position to support Norway.",
			nil},
	})
}

// TestHeadlinePairSides19 checks that the headline's pair ("Norway-Chile
// Leaders' Meeting") are the sides of its meeting: a third country's
// leader a speaker names by office in passing ("the President of Peru",
// the holder of the day) is no party.
func TestHeadlinePairSides19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a third country's leader named in passing", "Prime Minister of Fiji (transcript)", "Norway-Fiji Leaders' Meeting", "2025-06-13",
			"TOM WALKER, PRIME MINISTER OF FIJI: It is a great honour for us to receive Prime Minister Lena Berg, and we were honoured when she called me on her way out to visit the President of Peru.\nLENA BERG, PRIME MINISTER OF NORWAY: Thank you so much, Prime Minister. Here in the hotel so far, 100 per cent of people I have met have been Norwegian.",
			[]string{"meeting 2025-06-13 Lena Berg+Tom Walker"}},
	})
}

// TestOpeningPastCue19 checks that a past cue opening the sentence,
// capitalised there ("Reflecting on the summit … this week"), makes its
// contact recalled, as it does in lower case, and that one before a comma
// ("Since the election, A met B today") does not.
func TestOpeningPastCue19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"reflecting on a summit", "", "PM meeting with Prime Minister of Norway", "2026-07-01",
			"Prime Minister Tom Walker met Prime Minister Lena Berg of Norway in London today. Reflecting on the Commonwealth Heads of Government Meeting and the summit in Madrid this week, the leaders discussed current challenges.",
			[]string{"meeting 2026-07-01 Lena Berg+Tom Walker"}},
		{"a cue in another clause", "", "", "2026-07-01",
			"Since the election, Prime Minister Tom Walker of Chile met Prime Minister Lena Berg of Norway in Oslo today.",
			[]string{"meeting 2026-07-01 Lena Berg+Tom Walker"}},
	})
}

// TestRenewedDocument19 checks that an adjective of a document's state
// ("a renewed Statement of Partnership", "a revised Memorandum") stands
// between "signed a" and its name, as "new" does.
func TestRenewedDocument19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a renewed statement", "", "", "2026-02-12",
			"During the delegation's final stop in Oslo, Minister Tom Walker of Chile and Norwegian Prime Minister Lena Berg signed a renewed Statement of Partnership.",
			[]string{"signing 2026-02-12 Lena Berg+Tom Walker"}},
		{"a revised memorandum", "", "", "2026-02-12",
			"Minister Tom Walker of Chile and Norwegian Prime Minister Lena Berg signed a revised Memorandum of Understanding on fisheries.",
			[]string{"signing 2026-02-12 Lena Berg+Tom Walker"}},
	})
}

// TestStayAndUnnamedParties19 checks a reply of a minister's own trips:
// "While in B, I met A" is of the day of the trip told just before, and
// meetings with parties the text leaves unnamed ("the Executive as a
// whole", "the new First Ministers") are no contacts of its principals.
func TestStayAndUnnamedParties19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a stay dated by the trip, unnamed parties", "Minister for Foreign Affairs of Australia", "Recent discussions with the Norwegian Prime Minister", "2018-03-05",
			"I was very pleased to travel to Bergen on 5 February to meet with the new First and deputy First Ministers.\n\nWhile in Bergen, I met with Prime Minister Lena Berg of Norway. We discussed trade.\n\nIn my meeting with the new First and deputy First Ministers, I confirmed our support.\n\nI also met with the Executive as a whole.",
			[]string{"meeting 2018-02-05 Australia+Lena Berg"}},
		{"a body met after a call: no contact of the principals", "Prime Minister of Australia", "Recent discussions with the Norwegian Prime Minister", "2018-03-05",
			"I met with Prime Minister Lena Berg of Norway in Bergen on 3 March.\n\nWe had also spoken by phone on 8 February about trade.\n\nI also met with the Executive as a whole.",
			[]string{"meeting 2018-03-03 Lena Berg+Malcolm Turnbull", "phone_call 2018-02-08 Lena Berg+Malcolm Turnbull"}},
		{"plural offices unnamed: no contact of the principals", "Prime Minister of Australia", "Recent discussions with the Norwegian Prime Minister", "2018-03-05",
			"I met with Prime Minister Lena Berg of Norway in Bergen on 3 March.\n\nWe had also spoken by phone on 8 February about trade.\n\nIn my meeting with the new First and deputy First Ministers, I confirmed our support.",
			[]string{"meeting 2018-03-03 Lena Berg+Malcolm Turnbull", "phone_call 2018-02-08 Lena Berg+Malcolm Turnbull"}},
		{"a named party still meets", "Minister for Foreign Affairs of Australia", "Recent discussions", "2018-03-05",
			"I also met with the Foreign Minister of Norway, Lena Berg, in Canberra today.",
			[]string{"meeting 2018-03-05 Australia+Lena Berg"}},
	})
}

// TestPastOccasionOpening19 checks that an opening adverbial of a past
// occasion ("On my last visit,") makes the clause's contact recalled, and
// that one of the present occasion ("On this visit,") does not.
func TestPastOccasionOpening19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"on my last visit", "Prime Minister of Australia", "Speech at the opening of Australia House", "2018-03-05",
			"I met with Prime Minister Lena Berg of Norway in Oslo today.\n\nOn my last visit, Prime Minister Lena Berg and I signed a Joint Statement on trade.",
			[]string{"meeting 2018-03-05 Lena Berg+Malcolm Turnbull"}},
		{"on this visit", "Prime Minister of Australia", "Speech at the opening of Australia House", "2018-03-05",
			"I met with Prime Minister Lena Berg of Norway in Oslo today.\n\nOn this visit, Prime Minister Lena Berg and I signed a Joint Statement on trade.",
			[]string{"meeting 2018-03-05 Lena Berg+Malcolm Turnbull", "signing 2018-03-05 Lena Berg+Malcolm Turnbull", "visit 2018-03 Lena Berg+Malcolm Turnbull"}},
	})
}
