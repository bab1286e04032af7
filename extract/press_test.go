package extract

import "testing"

// TestJointPressTranscript checks, with invented names, that the
// transcript of a joint press conference reports the talks it closes, and
// that a transcript without speaker labels takes its sides from the
// opening welcome of a guest by the publishing government.
func TestJointPressTranscript(t *testing.T) {
	tests := []sourcedCase{
		{"a labelled joint press conference closes a meeting", "Prime Minister's Office of Japan", "Joint Press Conference by Prime Minister Kenji Sato and President Luis Vega of Chile", "2023-06-02",
			"PRIME MINISTER SATO: I warmly welcome President Luis Vega of Chile to Tokyo.\n" +
				"PRESIDENT VEGA: Thank you, Prime Minister Sato, for your hospitality.",
			// "I warmly welcome … to Tokyo" is the host's welcome of the guest's visit (session 29).
			[]string{"meeting 2023-06-02 Kenji Sato+Luis Vega", "press_conference 2023-06-02 Kenji Sato+Luis Vega", "visit 2023-06 Kenji Sato+Luis Vega"}},
		{"a transcript without labels welcomes its guest", "Prime Minister of Australia", "Joint press conference - Parliament House, Canberra", "2023-06-02",
			"Well, thanks for joining us. It has been a delight to have my friend Prime Minister Tom Hale of New Zealand here in Australia, to welcome him on his first visit. " +
				"Today we talked about how our economies can grow together.",
			[]string{"meeting 2023-06-02 Australia+Tom Hale", "press_conference 2023-06-02 Australia+Tom Hale", "visit 2023-06 Australia+Tom Hale"}},
		{"talks the transcript reports are not doubled", "Prime Minister's Office of Japan", "Joint Press Conference by Prime Minister Kenji Sato and President Luis Vega of Chile", "2023-06-02",
			"PRIME MINISTER SATO: Today I held a summit meeting with President Luis Vega of Chile.\n" +
				"PRESIDENT VEGA: Thank you, Prime Minister Sato, for our meeting.",
			[]string{"meeting 2023-06-02 Kenji Sato+Luis Vega", "press_conference 2023-06-02 Kenji Sato+Luis Vega"}},
		{"a joint press occasion in a headline is a press conference", "Prime Minister's Office of Japan", "Prime Minister Sato's Remarks at the Joint Press Occasion with President Vega of Chile", "2023-06-02",
			"[Opening Statement by Prime Minister Kenji Sato]\nGood evening, everyone. I would like to thank President Luis Vega of Chile and the people of Chile.",
			[]string{"meeting 2023-06-02 Kenji Sato+Luis Vega", "press_conference 2023-06-02 Kenji Sato+Luis Vega"}},
		{"labels give the sides' countries only in their complements", "Prime Minister of Australia", "Transcript - Joint press conference", "2023-06-02",
			"THE HON LUIS VEGA, ACTING PRESIDENT OF THE REPUBLIC OF CHILE: Prime Minister Sato, ladies and gentlemen, good afternoon. Let me once again welcome Prime Minister Sato on his first official visit to Chile.\n\nPRIME MINISTER KENJI SATO: Thank you, Luis.",
			[]string{"meeting 2023-06-02 Kenji Sato+Luis Vega", "press_conference 2023-06-02 Kenji Sato+Luis Vega", "visit 2023-06 Kenji Sato+Luis Vega"}},
		{"a press conference opened by the guest on the host's site", "Prime Minister of Australia", "Press conference - Lima, Peru", "2025-08-09",
			"LUIS VEGA, PRESIDENT OF PERU: Good afternoon, everybody. As you know, the Prime Minister and I have just concluded our meeting.\n\nPRIME MINISTER: Thank you, Luis.",
			[]string{"meeting 2025-08-09 Anthony Albanese+Luis Vega", "press_conference 2025-08-09 Anthony Albanese+Luis Vega"}}, // the office table's Prime Minister that day
		{"a joint press availability in a headline, names possessed", "Ministry of Foreign Affairs, Singapore", "Transcript of Singapore Minister for Foreign Affairs Dr Ana Ruiz's and United States Secretary of State Tom Reid's Joint Press Availability, 16 June 2023", "2023-06-17",
			"United States Secretary of State Tom Reid: Ana, Foreign Minister, it is wonderful to have you here at the State Department.",
			[]string{"meeting 2023-06-16 Ana Ruiz+Tom Reid", "press_conference 2023-06-16 Ana Ruiz+Tom Reid"}},
		{"a news report of a press conference reports no talks", "Philippine News Agency", "Ministers sign pact", "2023-06-02",
			"Foreign Secretary Jose Cruz and Foreign Minister Tom Hale of New Zealand signed a mutual legal assistance treaty on Friday. Cruz said at a joint press conference that the treaty would help.",
			[]string{"press_conference 2023-06-02 Jose Cruz+Tom Hale"}},
	}
	runSourced(t, tests)
}

// TestCallWording checks, with invented names, other governments' words
// for a call and a date that belongs to an opening clause's occasion.
func TestCallWording(t *testing.T) {
	tests := []sourcedCase{
		{"a telephone discussion is a call", "The Presidency, Republic of South Africa", "President Ana Ruiz on telephone discussion with President Luis Vega", "2025-08-07",
			"President Ana Ruiz of Chile has this afternoon, 7 August 2025, held a telephone discussion with President Luis Vega of Peru.",
			[]string{"phone_call 2025-08-07 Ana Ruiz+Luis Vega"}},
		{"the date of an opening clause's planned occasion is not the call's", "President of Russia", "Telephone conversation with President of Chile Luis Vega", "2019-11-25",
			"In view of the Andes format summit scheduled to take place on December 9, 2019 in Lima, Ivan Petrov had a telephone conversation with President of Chile Luis Vega at the Chilean side's initiative.",
			[]string{"phone_call 2019-11-25 Ivan Petrov+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestHostedBy checks, with invented names, that a visitor hosted by a
// leader (to a meal or not) meets the host, and that a forum "hosted by"
// someone is no meeting with the host.
func TestHostedBy(t *testing.T) {
	tests := []sourcedCase{
		{"hosted to tea by the host", "", "Visit", "2025-05-20",
			"President Ana Ruiz of Chile was hosted to lunch by President Luis Vega of Peru on Monday.",
			[]string{"meeting 2025-05-19 Ana Ruiz+Luis Vega"}},
		{"was hosted by the host", "", "Visit", "2025-05-20",
			"President Ana Ruiz of Chile was hosted by President Luis Vega of Peru on Monday.",
			[]string{"meeting 2025-05-19 Ana Ruiz+Luis Vega"}},
		{"a forum hosted by someone", "", "Forum", "2025-05-20",
			"Secretary Jose Cruz of the Philippines attended the Andes Forum hosted by President Luis Vega of Peru on Monday.",
			nil},
	}
	runSourced(t, tests)
}

// TestHeadlineParties checks, with invented names, a headline's call with
// a hyphenated title and a headline naming who reports the contact.
func TestHeadlineParties(t *testing.T) {
	tests := []sourcedCase{
		{"a call with a President-elect", "Prime Minister's Office, 10 Downing Street", "PM call with President-elect Vega of Chile: 10 November 2020", "2020-11-10",
			"In a call this afternoon the Prime Minister warmly congratulated Luis Vega on his election as President of Chile.",
			[]string{"phone_call 2020-11-10 Boris Johnson+Luis Vega"}}, // the office table's Prime Minister that day
		{"a spokesperson reports, not takes part", "The White House", "Readout from NSC Spokesperson Ana Soto on National Security Advisor Tom Reid's Meeting with Minister Luis Vega of Chile", "2021-05-10",
			"National Security Advisor Tom Reid met today with Minister Luis Vega of Chile at the White House.",
			[]string{"meeting 2021-05-10 Luis Vega+Tom Reid"}},
		{"a foreign spokesperson met is the counterpart", "The White House", "Readout of National Security Advisor Tom Reid's Meeting with Dr. Luis Vega", "2023-03-14",
			"National Security Advisor Tom Reid met today with Dr. Luis Vega, Spokesperson and Chief Advisor to the President of Chile.",
			[]string{"meeting 2023-03-14 Luis Vega+Tom Reid"}},
	}
	runSourced(t, tests)
}

// TestSigningUnderWay checks, with invented names, that a signing a fact
// sheet reports in the present progressive is held that day.
func TestSigningUnderWay(t *testing.T) {
	tests := []sourcedCase{
		{"two countries are signing a deal", "The White House", "Fact Sheet: President Anna Hart Brings Home Deals", "2025-10-29",
			"The United States and Chile are signing a Technology Prosperity Deal to expand bilateral science and technology cooperation.",
			[]string{"signing 2025-10-29 Chile+United States"}},
	}
	runSourced(t, tests)
}

// TestAheadOfAVisit checks, with invented names, that a visit named after
// "prior to" and its possessor is ahead, and that an informal chat of the
// night before is a meeting held.
func TestAheadOfAVisit(t *testing.T) {
	tests := []sourcedCase{
		{"prior to a possessor's visit", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Meeting", "2018-12-01",
			"On December 1, Prime Minister Kenji Sato held a summit meeting with President Luis Vega of Chile. They shared the view that a Foreign Ministers' Meeting will be arranged prior to Prime Minister Kenji Sato's visit to Chile early in the new year.",
			[]string{"meeting 2018-12-01 Kenji Sato+Luis Vega"}},
		{"an informal chat last night", "Prime Minister of Australia", "Doorstop - Lima", "2025-05-15",
			"I was very honoured last night that President Luis Vega of Peru came to the hotel and we sat down for an informal chat prior to the leaders' meeting that we'll hold this morning.",
			// The doorstop abroad is the Prime Minister's own press conference (session 22).
			[]string{"meeting 2025-05-14 Anthony Albanese+Luis Vega", "press_conference 2025-05-15 Australia"}}, // the office table's Prime Minister that day
	}
	runSourced(t, tests)
}

// TestJointPressStatementRead checks, with invented names, that a "Joint
// Press Statement" of two leaders read aloud (a speaker's label or a
// salutation opens it) is a press conference closing their talks, while one
// issued on paper, or one leader's "Press Statement", is not.
func TestJointPressStatementRead(t *testing.T) {
	tests := []sourcedCase{
		{"a joint press statement read by a labelled speaker", "Presidential Communications Office (Philippines)", "Joint Press Statement by President Jose Cruz and Prime Minister Tom Hale of New Zealand", "2023-05-04",
			"PRESIDENT JOSE CRUZ: Your Excellency Prime Minister Tom Hale; members of the press, good evening.\n\nPrime Minister Hale and I had a productive discussion on our bilateral cooperation.",
			[]string{"press_conference 2023-05-04 Jose Cruz+Tom Hale", "talks 2023-05-04 Jose Cruz+Tom Hale"}},
		{"a joint press statement issued on paper", "Presidential Communications Office (Philippines)", "Joint Press Statement by President Jose Cruz and Prime Minister Tom Hale of New Zealand", "2023-05-04",
			"President Jose Cruz and Prime Minister Tom Hale of New Zealand met in Manila on 4 May 2023 and discussed bilateral cooperation.",
			[]string{"meeting 2023-05-04 Jose Cruz+Tom Hale"}},
		{"one leader's press statement read aloud is no press conference", "European Commission", "Press Statement by President Ana Ruiz", "2023-05-04",
			"Thank you very much, President Jose Cruz of the Philippines. Thank you for welcoming me here in Manila.",
			[]string{"meeting 2023-05-04 Ana Ruiz+Jose Cruz"}}, // the welcome, no press conference
	}
	runSourced(t, tests)
}
