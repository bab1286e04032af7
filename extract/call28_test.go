package extract

import "testing"

// TestListedCalls28 checks that a leader's calls with a list of
// counterparts of as many countries are one call with each where the
// readout tells them apart outside the naming sentence or before its call
// phrase: "separate phone talks with", calls announced in the sentence
// before ("held phone calls with European leaders … She spoke with A, B
// and C"), a sentence going on from another call ("Later she spoke with
// …"), a later sentence about the call with one of them alone, a headline
// in the plural; and that a list with none of these, or said to be one
// call ("trilateral"), stays one call (names invented).
func TestListedCalls28(t *testing.T) {
	const (
		host = "Prime Minister Arlo Venn of Hungary"
		list = "Prime Minister Bera Tisk of Austria, Prime Minister Ola Brim of Czechia and President Kai Dorn of Poland"
	)
	each := []string{"phone_call 2031-02-17 Arlo Venn+Bera Tisk", "phone_call 2031-02-17 Arlo Venn+Kai Dorn", "phone_call 2031-02-17 Arlo Venn+Ola Brim"}
	all := []string{"phone_call 2031-02-17 Arlo Venn+Bera Tisk+Kai Dorn+Ola Brim"}
	runContacts(t, []sourcedCase{
		{"separate phone talks", "Pacific News Agency", "", "2031-02-17",
			host + " held separate phone talks with " + list + " on Monday.", each},
		{"calls announced, named next", "Pacific News Agency", "", "2031-02-17",
			host + " held phone calls with European leaders on Monday. He spoke with " + list + ".", each},
		{"a round of calls, a pronoun", "Pacific News Agency", "", "2031-02-17",
			host + " made a round of calls to European leaders on Monday. He spoke with " + list + ".", each},
		{"later, after another call", "Pacific News Agency", "", "2031-02-17",
			host + " spoke with Chancellor Lina Marr of Germany on Monday. Later he spoke with " + list + ".",
			[]string{"phone_call 2031-02-17 Arlo Venn+Bera Tisk", "phone_call 2031-02-17 Arlo Venn+Kai Dorn", "phone_call 2031-02-17 Arlo Venn+Lina Marr", "phone_call 2031-02-17 Arlo Venn+Ola Brim"}},
		{"one call told alone later", "Pacific News Agency", "", "2031-02-17",
			host + " spoke with " + list + " on Monday.\n\nIn a conversation with Prime Minister Tisk, Venn discussed energy supplies.", each},
		{"a headline of calls", "Pacific News Agency", "PM's calls with leaders of Austria, Czechia and Poland", "2031-02-17",
			host + " spoke with " + list + " on Monday.", each},
		{"a separate call told later: the list stays one call", "Pacific News Agency", "", "2031-02-17",
			host + " spoke with " + list + " on Monday.\n\nIn a separate call with Prime Minister Tisk, Venn discussed energy supplies.", all},
		{"no cue: one call", "Pacific News Agency", "", "2031-02-17",
			host + " spoke with " + list + " on Monday. The leaders discussed energy supplies.", all},
		{"leaders announced, calls in the plural next", "Pacific News Agency", "", "2031-02-17",
			host + " spoke with leaders of three countries on Monday. Venn held phone conversations with " + list + ".", each},
		{"a trilateral call after calls announced", "Pacific News Agency", "", "2031-02-17",
			host + " held phone calls with European leaders on Monday. He held a trilateral call with " + list + ".", all},
	})
}

// TestGuestsApart28 checks that a reception of guests of several countries
// is one reception per guest country ("received courtesy calls from
// Ambassadors A, B and C", "A, B and C paid courtesy calls on D"), and that
// guests of one country, or a reception said to be joint, stay one (names
// invented).
func TestGuestsApart28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"courtesy calls from three envoys", "Pacific News Agency", "", "2031-05-23",
			"President Arlo Venn of the Philippines on Monday received courtesy calls from Japanese Ambassador Bera Tisk, South Korean Ambassador Ola Brim and Indian Ambassador Kai Dorn in Manila.",
			[]string{"reception 2031-05-19 Arlo Venn+Bera Tisk", "reception 2031-05-19 Arlo Venn+Kai Dorn", "reception 2031-05-19 Arlo Venn+Ola Brim"}},
		{"the envoys as subject", "Pacific News Agency", "", "2031-05-23",
			"Japanese Ambassador Bera Tisk, South Korean Ambassador Ola Brim and Indian Ambassador Kai Dorn paid courtesy calls on President Arlo Venn of the Philippines on Monday.",
			[]string{"reception 2031-05-19 Arlo Venn+Bera Tisk", "reception 2031-05-19 Arlo Venn+Kai Dorn", "reception 2031-05-19 Arlo Venn+Ola Brim"}},
		{"guests of one country", "Pacific News Agency", "", "2031-05-23",
			"President Arlo Venn of the Philippines on Monday received a courtesy call from US Secretary of State Bera Tisk and US Secretary of Defense Ola Brim in Manila.",
			[]string{"reception 2031-05-19 Arlo Venn+Bera Tisk+Ola Brim"}},
		{"a joint courtesy call", "Pacific News Agency", "", "2031-05-23",
			"Japanese Ambassador Bera Tisk and South Korean Ambassador Ola Brim paid a joint courtesy call on President Arlo Venn of the Philippines on Monday.",
			[]string{"reception 2031-05-19 Arlo Venn+Bera Tisk+Ola Brim"}},
	})
}

// TestCallVerbs28 checks that "called A and B" (a call verb right before
// the list) is a call with each, that "called up A" is a call, and that
// the leaders of a list of countries are called one by one where the text
// says "a series of phone conversations" or the sentence before says the
// leader "called four European leaders"; "spoke with the leaders of A, B
// and C" alone stays one call (names invented).
func TestCallVerbs28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"called two leaders", "Pacific News Agency", "", "2031-02-22",
			"President Arlo Venn of Ireland called Prime Minister Bera Tisk of India and President Ola Brim of Chile on Friday.",
			[]string{"phone_call 2031-02-21 Arlo Venn+Bera Tisk", "phone_call 2031-02-21 Arlo Venn+Ola Brim"}},
		{"called up", "Pacific News Agency", "", "2031-02-22",
			"President Arlo Venn of Ireland on Friday called up Prime Minister Bera Tisk of India to congratulate him.",
			[]string{"phone_call 2031-02-21 Arlo Venn+Bera Tisk"}},
		{"called up reservists: no contact", "Pacific News Agency", "", "2031-02-22",
			"The army of Ireland called up reservists on Friday.",
			nil},
		{"a series of conversations with the leaders of", "Pacific News Agency", "", "2031-02-22",
			"President Arlo Venn of Ireland held a series of phone conversations with the leaders of Chile, Finland and Canada on Friday.",
			[]string{"phone_call 2031-02-21 Arlo Venn+Canada", "phone_call 2031-02-21 Arlo Venn+Chile", "phone_call 2031-02-21 Arlo Venn+Finland"}},
		{"called four leaders, named next by country", "Pacific News Agency", "", "2031-02-22",
			"On Friday, President Arlo Venn of Ireland called four European leaders. He spoke with the leaders of Germany, Poland, Croatia and Sweden.",
			[]string{"phone_call 2031-02-21 Arlo Venn+Croatia", "phone_call 2031-02-21 Arlo Venn+Germany", "phone_call 2031-02-21 Arlo Venn+Poland", "phone_call 2031-02-21 Arlo Venn+Sweden"}},
		{"the leaders of three countries: one call", "Pacific News Agency", "", "2031-02-22",
			"On Friday, President Arlo Venn of Ireland spoke with the leaders of Germany, Poland and Croatia.",
			[]string{"phone_call 2031-02-21 Arlo Venn+Croatia+Germany+Poland"}},
	})
}

// TestOfficeTail28 checks that a call with "the Prime Ministers of A and B
// and the President of C" (offices of countries joined after a plural one)
// is one call with each country, the holder where the sentence names them
// by office alone, and that "the presidents of C and D" after it adds those
// countries (the caller invented; "the President of Portugal" is the
// holder the office table knows on the day, the plural offices stay
// countries).
func TestOfficeTail28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"plural then singular", "Pacific News Agency", "", "2031-02-19",
			"President Arlo Venn of Chile spoke with the Prime Ministers of Spain and Italy and the President of Portugal on Monday.",
			[]string{"phone_call 2031-02-17 António José Seguro+Arlo Venn", "phone_call 2031-02-17 Arlo Venn+Italy", "phone_call 2031-02-17 Arlo Venn+Spain"}},
		{"plural then plural", "Pacific News Agency", "", "2031-02-19",
			"President Arlo Venn of Chile spoke with the prime ministers of Spain and Italy, and the presidents of Portugal and Finland on Monday.",
			[]string{"phone_call 2031-02-17 Arlo Venn+Finland", "phone_call 2031-02-17 Arlo Venn+Italy", "phone_call 2031-02-17 Arlo Venn+Portugal", "phone_call 2031-02-17 Arlo Venn+Spain"}},
	})
}

// TestFarewellCalls28 checks that an envoy's farewell or introductory call
// on a leader is a reception of the leader and the envoy, as a courtesy
// call is, and that "an introductory call with" an official stays a phone
// call (names invented).
func TestFarewellCalls28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"paid a farewell call on", "Pacific News Agency", "", "2031-02-19",
			"Ambassador Bera Tisk of Sweden paid a farewell call on Prime Minister Arlo Venn of India on Monday.",
			[]string{"reception 2031-02-17 Arlo Venn+Bera Tisk"}},
		{"received a farewell call from", "Pacific News Agency", "", "2031-02-19",
			"Prime Minister Arlo Venn of India received a farewell call from Ambassador Bera Tisk of Sweden on Monday.",
			[]string{"reception 2031-02-17 Arlo Venn+Bera Tisk"}},
		{"an introductory call on", "Pacific News Agency", "", "2031-02-19",
			"Ambassador Bera Tisk of Sweden paid an introductory call on Prime Minister Arlo Venn of India on Monday.",
			[]string{"reception 2031-02-17 Arlo Venn+Bera Tisk"}},
		{"an introductory call with: a phone call", "Pacific News Agency", "", "2031-02-19",
			"National Security Advisor Arlo Venn of the United States held an introductory call with National Security Advisor Bera Tisk of Sweden on Monday.",
			[]string{"phone_call 2031-02-17 Arlo Venn+Bera Tisk"}},
	})
}

// TestSpokeInACall28 checks that "A and B spoke in a call on Sunday" is a
// call of the two, dated by the text (names invented).
func TestSpokeInACall28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"spoke in a call", "Pacific News Agency", "", "2031-08-26",
			"Prime Minister Arlo Venn of Norway and Prime Minister Bera Tisk of India spoke in a call on Sunday, during which both leaders affirmed the ties between their countries.",
			[]string{"phone_call 2031-08-24 Arlo Venn+Bera Tisk"}},
		{"spoke in a video call with", "Pacific News Agency", "", "2031-08-26",
			"Prime Minister Arlo Venn of Norway spoke in a video call with Prime Minister Bera Tisk of India on Sunday.",
			[]string{"video_call 2031-08-24 Arlo Venn+Bera Tisk"}},
	})
}

// TestReceivedPlaceCall28 checks that "received in <city> today a phone
// call from A" (the Gulf agencies' word order: place and day between the
// verb and its object) is a phone call only, and a message so received no
// reception of A, while
// "received in <city> A" stays a reception (names invented).
func TestReceivedPlaceCall28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"a phone call received in a city", "Pacific News Agency", "", "2031-03-04",
			"Crown Prince Arlo Venn of Oman received in Muscat today a phone call from President Bera Tisk of France.",
			[]string{"phone_call 2031-03-04 Arlo Venn+Bera Tisk"}},
		{"a written message received in a city", "Pacific News Agency", "", "2031-03-04",
			"Crown Prince Arlo Venn of Oman received in Muscat today a written message from President Bera Tisk of France.",
			nil},
		{"a guest received in a city", "Pacific News Agency", "", "2031-03-04",
			"Crown Prince Arlo Venn of Oman received in Muscat today Foreign Minister Bera Tisk of France.",
			[]string{"reception 2031-03-04 Arlo Venn+Bera Tisk"}},
	})
}

// TestVideoCalls28 checks that "held video calls with A, B and C" (plural)
// are video calls, one with each, as "phone calls with" are phone calls
// (names invented).
func TestVideoCalls28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"video calls with three", "Pacific News Agency", "", "2031-02-19",
			"Prime Minister Arlo Venn of Hungary held video calls with Prime Minister Bera Tisk of Austria, Prime Minister Ola Brim of Czechia and President Kai Dorn of Poland on Monday.",
			[]string{"video_call 2031-02-17 Arlo Venn+Bera Tisk", "video_call 2031-02-17 Arlo Venn+Kai Dorn", "video_call 2031-02-17 Arlo Venn+Ola Brim"}},
	})
}

// TestRespectiveCounterparts28 checks that "his Lao and Cambodian
// counterparts A and B" (or "Austrian and Czech Prime Ministers A and B")
// gives A the first country and B the second, with or without commas, and
// that one demonym before "counterpart A" still gives A its country (names
// invented).
func TestRespectiveCounterparts28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"counterparts, names between commas", "Pacific News Agency", "", "2031-02-19",
			"Prime Minister Arlo Venn of Viet Nam held phone talks with his Lao and Cambodian counterparts, Tomas Keller and Jan Novak, on Monday.",
			[]string{"phone_call 2031-02-17 Arlo Venn+Jan Novak", "phone_call 2031-02-17 Arlo Venn+Tomas Keller"}},
	})
	runPersonCountries(t, "2031-02-19", []personCountryCase{
		{"Prime Minister Arlo Venn of Viet Nam held a video conference with his Lao and Cambodian counterparts Tomas Keller and Jan Novak on Monday.", []string{"Arlo Venn|VN", "Jan Novak|KH", "Tomas Keller|LA"}},
		{"Prime Minister Arlo Venn of Hungary held talks with Austrian and Czech Prime Ministers Tomas Keller and Jan Novak on Monday.", []string{"Arlo Venn|HU", "Jan Novak|CZ", "Tomas Keller|AT"}},
		{"Prime Minister Arlo Venn of Hungary held talks with his Austrian counterpart Tomas Keller on Monday.", []string{"Arlo Venn|HU", "Tomas Keller|AT"}},
	})
}
