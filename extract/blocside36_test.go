package extract

import "testing"

// TestBlocSideSummit36 checks a summit whose name joins a partner and a
// regional bloc ("the EU-CELAC Summit", "the ASEAN-Australia Special
// Summit", "the Canada-CARICOM Summit"): the summit of the partner and the
// bloc, as of a union of states and its partner (the references code
// [EU, CELAC], [von der Leyen, ASEAN], [Trudeau, Caribbean Community]). A
// bloc's chair already at the summit speaks for it; a summit ahead or the
// venue of another contact is none. Invented names, real countries and
// blocs.
func TestBlocSideSummit36(t *testing.T) {
	tests := []sourcedCase{
		{"a union and a bloc", "Wire", "Leaders meet in Brussels", "2031-07-19",
			"The third EU-CELAC Summit took place in Brussels on 17 July 2031.",
			[]string{"summit 2031-07-17 Community of Latin American and Caribbean States+European Union"}},
		{"a country's leader and a bloc", "Wire", "Caribbean leaders in Ottawa", "2031-10-18",
			"Prime Minister Ana Soto of Canada opened the first Canada-CARICOM Summit in Ottawa on Thursday.",
			[]string{"summit 2031-10-16 Ana Soto+Caribbean Community"}},
		{"a bloc named first, a country without a person", "Wire", "Declaration", "2031-03-06",
			"The member states of ASEAN and Australia gathered in Melbourne on 6 March 2031 for the ASEAN-Australia Special Summit.",
			[]string{"summit 2031-03-06 Association of Southeast Asian Nations+Australia"}},
		{"the bloc's chair speaks for it", "Wire", "Leaders meet in Brussels", "2031-07-19",
			"The EU-CELAC Summit was co-chaired by the President of the European Council, Marc Dufort, and Prime Minister Kofi Mensah of Jamaica on 17 July 2031.",
			[]string{"summit 2031-07-17 Kofi Mensah+Marc Dufort"}},
		{"ahead", "Wire", "Leaders to meet", "2031-07-10",
			"Prime Minister Ana Soto of Canada will attend the EU-CELAC Summit in Brussels next week.",
			nil},
		{"the venue of a bilateral meeting", "Wire", "Leaders meet in Tokyo", "2031-12-17",
			"Prime Minister Ana Soto of Japan met President Kofi Mensah of Indonesia on 17 December 2031 on the sidelines of the ASEAN-Japan Commemorative Summit.",
			[]string{"meeting 2031-12-17 Ana Soto+Kofi Mensah"}},
	}
	runSourced(t, tests)
}

// TestSummitDatelineDay36 checks a summit sentence that gives its day
// twice, in a dateline and as a weekday ("Lima, March 6 (Wire): A on
// Thursday attended the 9th ASEAN-India Summit"): one day, the summit's.
// Invented names, real countries.
func TestSummitDatelineDay36(t *testing.T) {
	tests := []sourcedCase{
		{"dateline and weekday the same day", "Wire", "Leader at the summit", "2031-03-06",
			"New Delhi [India], March 6 (Wire): Prime Minister Ana Soto of India on Thursday attended the 9th ASEAN-India Summit.",
			[]string{"summit 2031-03-06 Ana Soto+Association of Southeast Asian Nations"}},
		{"two days: none", "Wire", "Leader at the summit", "2031-03-06",
			"New Delhi [India], March 6 (Wire): Prime Minister Ana Soto of India on Tuesday attended the 9th EU-India Summit.",
			nil},
	}
	runTyped(t, tests, "summits", "summit")
}

// TestBlocGathering36 checks a leader's part in a regional bloc's own
// gathering told in a text's lead, held: "A attended the 60th Pacific
// Islands Forum Leaders' Meeting", "returned … after a trip to C, where he
// participated in the 45th Ordinary Session of the Assembly of … the
// African Union": the summit of the leader and the bloc (the references
// code [A, Pacific Islands Forum]), dated by its month when its days run
// over a range or the day told is another verb's. Told ahead, or a
// gathering of ministers, it is none. Invented names, real countries and
// blocs.
func TestBlocGathering36(t *testing.T) {
	tests := []sourcedCase{
		{"attended the bloc's leaders' meeting", "Wire", "Leaders meet in Apia", "2031-09-12",
			"Prime Minister Ana Soto of Australia attended the 60th Pacific Islands Forum (PIF) Leaders' Meeting in Apia from 10 to 11 September.",
			[]string{"summit 2031-09 Ana Soto+Pacific Islands Forum"}},
		{"participated in the bloc's assembly, after returning", "Wire", "President returns", "2031-02-20",
			"President Kofi Mensah of Ghana returned to Accra on Monday after a four-day trip to Addis Ababa, where he participated in the 45th Ordinary Session of the Assembly of Heads of State and Government of the African Union (AU).",
			[]string{"summit 2031-02 African Union+Kofi Mensah"}},
		{"under a signature 'Rt. Honourable A' (an honorific, not a qualifier of the office)", "Wire", "Support for the Pacific", "2031-09-11",
			"While attending the 60th Pacific Islands Forum Leaders' Meeting in Apia, Prime Minister Ana Soto of Canada today announced new funding.\n\n—Rt. Honourable Ana Soto, Prime Minister of Canada",
			[]string{"summit 2031-09-11 Ana Soto+Pacific Islands Forum"}},
		{"a lower-case name, its noun first", "Wire", "PM at the Heads meeting", "2031-02-20",
			"Prime Minister Kofi Mensah of Jamaica is attending the 60th regular meeting of the conference of heads of government of CARICOM, held in Barbados.",
			[]string{"summit 2031-02 Caribbean Community+Kofi Mensah"}},
		{"joined the bloc's leaders at its summit", "Wire", "PM at the summit", "2031-06-22",
			"Prime Minister Ana Soto of Viet Nam joined other ASEAN leaders at the plenary session of the 58th ASEAN Summit in Bangkok on June 22.",
			[]string{"summit 2031-06-22 Ana Soto+Association of Southeast Asian Nations"}},
		{"a lower-case meeting of ministers", "Wire", "Ministers meet", "2031-07-12",
			"Prime Minister Ana Soto of Viet Nam attended the annual meeting of foreign ministers of ASEAN in Vientiane on 10 July.",
			nil},
		{"ahead", "Wire", "Leaders to meet in Apia", "2031-09-02",
			"Prime Minister Ana Soto of Australia will be attending the 60th Pacific Islands Forum Leaders' Meeting in Apia next week.",
			nil},
		{"a gathering of ministers", "Wire", "Ministers meet", "2031-07-12",
			"Foreign Minister Ana Soto of Viet Nam attended the 64th ASEAN Foreign Ministers' Meeting in Vientiane on 10 July.",
			nil},
	}
	runTyped(t, tests, "summits", "summit")
}
