package extract

import "testing"

// TestElapsedPhraseEarlierContact checks that a contact noun an elapsed
// opener dates the report's contact from ("spoke by phone today, one day
// after A's meeting with C", "the day after meetings with C") is that
// earlier contact, not one held on the day, nor one of three with the
// day's sides. A clause with its own verb after the span keeps its
// contact. Invented names.
func TestElapsedPhraseEarlierContact(t *testing.T) {
	tests := []sourcedCase{
		{"one day after a possessor's meeting", "", "", "2019-04-10",
			"President Mika Talvo of Norland and President Jon Orrin of Estavia spoke by phone today, one day after Talvo's meeting with Kovan President Ilya Brask in Sochi.",
			[]string{"phone_call 2019-04-10 Jon Orrin+Mika Talvo"}},
		{"two days after talks", "", "", "2019-04-10",
			"President Mika Talvo of Norland spoke with President Jon Orrin of Estavia by telephone today, two days after Orrin's talks with Kovan President Ilya Brask in Geneva.",
			[]string{"phone_call 2019-04-10 Jon Orrin+Mika Talvo"}},
		{"the day after meetings", "", "", "2023-05-03",
			"President Jon Orrin of Estavia held talks with Defence Minister Lena Sorel of Norland in Kova today. Orrin came to Kova the day after meetings with President Mika Talvo of Norland at the palace.",
			[]string{"talks 2023-05-03 Jon Orrin+Lena Sorel"}},
		// Right on main too: a clause with its own verb after the span.
		{"days after an election a leader met", "", "", "2019-04-10",
			"Two days after the election President Mika Talvo of Norland met President Jon Orrin of Estavia in Kova.",
			[]string{"meeting 2019-04-10 Jon Orrin+Mika Talvo"}},
	}
	runSourced(t, tests)
}

// TestPressOfficerBriefing checks that a briefing or news conference a
// spokesperson or press secretary gives is not a press conference of the
// leaders it tells of ("At a press briefing held on Tuesday, Press
// Secretary A confirmed that B spoke to C"; "spokesperson A said at a
// regular news conference"); a joint press conference a spokesperson
// tells of is the leaders'. Invented names.
func TestPressOfficerBriefing(t *testing.T) {
	tests := []sourcedCase{
		{"a press secretary's briefing on a call", "https://example.org/c1", "Talvo spoke to Orrin, palace confirms", "2017-02-15",
			"At a press briefing held on Tuesday, Norland Press Secretary Ivo Kant confirmed that President Mika Talvo of Norland spoke to President Jon Orrin of Estavia on Monday.",
			[]string{"phone_call 2017-02-13 Jon Orrin+Mika Talvo"}},
		{"a spokesperson's news conference", "", "", "2021-06-01",
			"President Mika Talvo of Norland is open to holding talks with President Jon Orrin of Estavia but no talks are currently planned, Norland Press Secretary Ivo Kant said at a regular news conference on Tuesday.",
			nil},
		// Right on main too: a joint press conference a spokesman tells of.
		{"a joint press conference a spokesman tells of", "", "", "2021-06-01",
			"President Mika Talvo of Norland and President Jon Orrin of Estavia held a joint press conference in Kova on Tuesday, spokesman Ivo Kant said.",
			[]string{"press_conference 2021-06-01 Jon Orrin+Mika Talvo"}},
	}
	runSourced(t, tests)
}

// TestWishedContact checks that a contact only wished for or arranged
// ("expressed a desire for such a meeting", "the willingness for A's
// meeting with me", "arrangements for a meeting between A and B") is not
// read as held (future_cues: "desire", "willingness", "readiness",
// "arrangements"). Invented names.
func TestWishedContact(t *testing.T) {
	tests := []sourcedCase{
		{"a desire for a meeting", "", "Spokesman says no specifics yet about the meeting between Talvo and Orrin", "2025-02-21",
			"There are no specifics yet about the meeting between President Mika Talvo of Norland and President Jon Orrin of Estavia, spokesman Ivo Kant said. He stressed that both presidents expressed a desire for such a meeting to take place.",
			nil},
		{"no time for the arrangements for a meeting", "", "", "2013-09-28",
			"President Mika Talvo of Norland returned from Kova on Saturday. He said that there was not enough time to make the necessary arrangements for a meeting between President Jon Orrin of Estavia and him in Kova.",
			nil},
		{"the willingness for a possessor's meeting", "", "", "2013-09-28",
			"President Mika Talvo of Norland said the first news on the Estavians' willingness for President Jon Orrin's meeting with him came on Friday.",
			nil},
	}
	runSourced(t, tests)
}

// TestPressOfficerFar checks (right on main too) that a leader's press
// conference stays when a spokesperson is named far from it in the
// sentence. Invented names.
func TestPressOfficerFar(t *testing.T) {
	tests := []sourcedCase{
		{"a press conference told long before the spokesperson", "", "", "2021-06-01",
			"President Mika Talvo of Norland held a press conference in Kova on Tuesday after his talks with President Jon Orrin of Estavia on trade, energy, transport and the border, which the two sides will continue next month, according to spokesman Ivo Kant.",
			[]string{"press_conference 2021-06-01 Mika Talvo", "talks 2021-06-01 Jon Orrin+Mika Talvo"}},
	}
	runSourced(t, tests)
}
