package extract

import "testing"

// TestHeldOwnSummit32 checks "held his first summit with A on the 27th":
// the subject's contact with A (two leaders' summit, typed as "held a
// summit with" is), dated by the ordinal day of the report's month.
// Invented names, real countries.
func TestHeldOwnSummit32(t *testing.T) {
	tests := []sourcedCase{
		{"held his first summit with", "Wire", "Leaders meet", "2031-10-28",
			"President Tom Reid of the United States held his first summit with Prime Minister Aiko Mori of Japan on Monday in Tokyo.",
			[]string{"meeting 2031-10-27 Aiko Mori+Tom Reid"}},
		{"on the 27th at a place", "Wire", "Leaders meet", "2031-10-28",
			"President Tom Reid of the United States held a summit with Prime Minister Aiko Mori of Japan on the 27th at the State Guest House in Tokyo.",
			[]string{"meeting 2031-10-27 Aiko Mori+Tom Reid"}},
		{"an ordinal day of a later date is last month's", "Wire", "Leaders meet", "2031-10-28",
			"President Tom Reid of the United States met Prime Minister Aiko Mori of Japan on the 30th in Tokyo.",
			[]string{"meeting 2031-09-30 Aiko Mori+Tom Reid"}},
		{"a floor is no day", "Wire", "Leaders meet", "2031-10-28",
			"President Tom Reid of the United States met Prime Minister Aiko Mori of Japan on the 5th floor of the palace.",
			[]string{"meeting 2031-10-28 Aiko Mori+Tom Reid"}},
		{"a summit ahead is none", "Wire", "Leaders to meet", "2031-10-28",
			"President Tom Reid of the United States will hold his first summit with Prime Minister Aiko Mori of Japan next week.",
			nil},
	}
	runSourced(t, tests)
}

// TestUnionMeetingSummit32 checks a union's leaders' talks with one partner
// that the text calls a summit with the bare word: the summit. A past
// summit ("the last Summit in July"), one ahead, one the talks are on the
// sidelines of, or a named other gathering leave the talks a meeting.
// Invented names, real countries.
func TestUnionMeetingSummit32(t *testing.T) {
	const vdl = "European Commission President Anna Verlaine and European Council President Marc Dufort"
	summit := "summit 2031-03-06 Anna Verlaine+Marc Dufort+Tomas Rivera"
	meeting := "meeting 2031-03-06 Anna Verlaine+Marc Dufort+Tomas Rivera"
	tests := []sourcedCase{
		{"kicking off a summit", "Wire", "Union leaders meet Chilean president", "2031-03-06",
			vdl + " met President Tomas Rivera of Chile in Santiago on Thursday, kicking off a tense summit.",
			[]string{summit}},
		{"a press conference after the summit", "Wire", "Chile hosts union leaders", "2031-03-06",
			"President Tomas Rivera of Chile hosted " + vdl + " in Santiago on Thursday. The three leaders held a joint press conference after the summit.",
			[]string{summit, "press_conference 2031-03-06 Anna Verlaine+Marc Dufort+Tomas Rivera"}},
		{"the last summit is another", "Wire", "Union leaders meet Chilean president", "2031-03-06",
			vdl + " met President Tomas Rivera of Chile in Santiago on Thursday. They welcomed the momentum of the last Summit in July 2030.",
			[]string{meeting}},
		{"a summit ahead is another", "Wire", "Union leaders meet Chilean president", "2031-03-06",
			vdl + " met President Tomas Rivera of Chile in Santiago on Thursday ahead of the summit.",
			[]string{meeting}},
		{"talks at a named gathering", "Wire", "Union leaders meet Chilean president", "2031-03-06",
			vdl + " met President Tomas Rivera of Chile on Thursday during a two-day NATO summit in Vilnius. The summit closed on Friday.",
			[]string{meeting}},
	}
	runSourced(t, tests)
}

// TestHeadlineSummitRetype32 checks that a headline's summit makes a body
// meeting of three countries its summit only where the meeting's sentence
// names a summit: "hosted A, B and C for the first Leaders' Summit" is the
// summit; "A met with B and C" under "Summit wraps up" is a meeting held at
// it. Invented names, real countries.
func TestHeadlineSummitRetype32(t *testing.T) {
	tests := []sourcedCase{
		{"a meeting at the headline's summit", "Wire", "Leaders' summit wraps up in Lisbon", "2031-06-12",
			"Prime Minister Ana Soto of Canada met with President Pedro Sousa of Brazil and President Kofi Mensah of Ghana.",
			[]string{"meeting 2031-06-12 Ana Soto+Kofi Mensah+Pedro Sousa"}},
		{"hosted for the summit", "The White House", "Fact Sheet: Coral Leaders' Summit", "2031-06-12",
			"President Tom Reid hosted Prime Minister Sione Tupou of Tonga, President Ana Remeliik of Palau and Prime Minister Ratu Vula of Fiji for the first-ever Coral Leaders' Summit.",
			[]string{"summit 2031-06-12 Ana Remeliik+Ratu Vula+Sione Tupou+Tom Reid"}},
	}
	runSourced(t, tests)
}

// TestG7NoContact32 checks that a bare "G7" or "Group of Seven" names the
// gathering, not a contact of its seven members: a leader who attended the
// G7 Summit has no contact of the seven, nor does a sentence about the
// forum; after "with the", the G7 is a party ("a call with the G7") as
// "G7 leaders" are. Invented names.
func TestG7NoContact32(t *testing.T) {
	tests := []sourcedCase{
		{"attended the G7 summit", "Prime Minister's Office of Japan", "Prime Minister attends the G7 Lakeside Summit", "2031-05-20",
			"On May 20, Prime Minister Kenji Mori attended the G7 Lakeside Summit.",
			nil},
		{"the Group of Seven is a forum", "Wire", "G7 summit wraps up", "2031-05-20",
			"The Group of Seven is an intergovernmental forum consisting of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States.",
			nil},
		{"a call with the G7 is one with its members", "The White House", "Readout of President Reid's call with the G7", "2031-10-02",
			"Today, President Tom Reid of the United States joined a call with the G7 to discuss the attack against a neighbour.",
			[]string{"phone_call 2031-10-02 Canada+France+Germany+Italy+Japan+Tom Reid+United Kingdom"}},
	}
	runSourced(t, tests)
}

// TestOfficeListSummit32 checks a summit whose other sides a sentence
// names as the plural office holders of a list of countries, no person
// named there ("The Summit was attended by the Prime Ministers of A, B, C,
// D and E"): the summit of those countries and the document's lead person,
// named attending a summit, of another country. Ahead, none. Invented
// names, real countries.
func TestOfficeListSummit32(t *testing.T) {
	lead := "Prime Minister Ravi Menon of India attended the India-Nordic Summit on Wednesday in Oslo. "
	tests := []sourcedCase{
		{"attended by the prime ministers of a list", "Wire", "Prime Minister attends summit", "2031-05-07",
			lead + "The 2nd India-Nordic Summit was attended by the Prime Ministers of Denmark, Iceland, Finland, Sweden and Norway.",
			[]string{"summit 2031-05-07 Denmark+Finland+Iceland+Norway+Ravi Menon+Sweden"}},
		{"a summit ahead names no sides", "Wire", "Prime Minister to attend summit", "2031-05-07",
			"Prime Minister Ravi Menon of India will attend the India-Nordic Summit next week. The summit will be attended by the Prime Ministers of Denmark, Iceland, Finland, Sweden and Norway.",
			nil},
	}
	runSourced(t, tests)
}
