package extract

import "testing"

// TestConventions15 checks, with invented names, conventions of leaders'
// offices read in session 15: a clock note between a date and its comma
// ("On May 2 local time (May 3, Taipei time), …") still opens the
// paragraph's day; "arrives in" a country in a headline is a visit; a
// "when" clause dated that day is the report's own occasion, not a contact
// recalled; and a contact placed "ahead of" another in one sentence has
// only its own parties; "counterparts from …, including A, B and C" and
// "bilateral meetings with the leaders of A, B and C" are meetings with
// each, a call to "the leaders of A, B and C" one call.
func TestConventions15(t *testing.T) {
	tests := []sourcedCase{
		{"a clock note between the date and its comma: the local day", "Office of the President", "Vice President Tom Reid meets incoming President Luis Vega", "2022-01-27",
			"On the evening of January 26 local time (morning of January 27 Taipei time), Vice President Tom Reid presented a letter from his President to incoming Chilean President Luis Vega.\n\nDuring their meeting, President Vega praised the support of the United States.",
			[]string{"meeting 2022-01-26 Luis Vega+Tom Reid"}},
		{"a headline's arrival in a country is a visit of it", "Office of the President", "Vice President Tom Reid arrives in Chile for presidential inauguration", "2022-01-27",
			"The delegation led by Vice President Tom Reid landed at the air base after a flight of more than six hours.",
			[]string{"visit 2022-01 Chile+Tom Reid"}},
		{"a when clause dated today is the occasion reported, a visit beside it", "Pacific News Agency", "Prime Ministers meet in Chile", "2022-04-19",
			"Prime Minister Ana Ruiz and Chilean counterpart Luis Vega discussed global and regional challenges when they met in Santiago today.\n\nAna Ruiz is visiting Chile and Peru, accompanied by a delegation of business leaders.",
			[]string{"meeting 2022-04-19 Ana Ruiz+Luis Vega", "visit 2022-04 Ana Ruiz+Luis Vega"}},
		{"a when clause of another year still recalls", "Pacific News Agency", "Ana Ruiz speaks with President Vega", "2022-04-19",
			"Prime Minister Ana Ruiz spoke with President Luis Vega of Chile today. They recalled the warm talks they held when they met in Santiago in 2019.",
			[]string{"phone_call 2022-04-19 Ana Ruiz+Luis Vega"}},
		{"a courtesy call ahead of a meeting with another: each its own parties", "Pacific News Agency", "Prime Ministers meet in Chile", "2022-04-19",
			"Prime Minister Ana Ruiz and Chilean counterpart Luis Vega discussed global and regional challenges when they met in Santiago today.\n\nAna Ruiz is visiting Chile and Peru, accompanied by a delegation of business leaders.\n\nThe Prime Minister received a ceremonial welcome and called on Chile's Senate President Tomas Ibarra, ahead of her meeting with President Vega.",
			[]string{"meeting 2022-04-19 Ana Ruiz+Luis Vega", "reception 2022-04-19 Ana Ruiz+Tomas Ibarra", "visit 2022-04 Ana Ruiz+Luis Vega"}},
		{"counterparts from a group, including countries listed: a meeting with each", "Pacific News Agency", "Prime Minister concludes summit", "2017-11-11",
			"Canadian Prime Minister Tom Reid today concluded his participation in the Pacific Leaders' Meeting.\n\nThe Prime Minister also met with his counterparts from other member economies, including Chile, Peru and Mexico, to discuss issues of mutual interest.",
			[]string{"meeting 2017-11-11 Chile+Tom Reid", "meeting 2017-11-11 Mexico+Tom Reid", "meeting 2017-11-11 Peru+Tom Reid"}},
		{"bilateral meetings with the leaders of countries: a meeting with each", "Pacific News Agency", "Prime Minister concludes summit", "2017-11-11",
			"Canadian Prime Minister Tom Reid today concluded his participation in the Pacific Leaders' Meeting.\n\nThe Prime Minister also held bilateral meetings with the leaders of Chile, Peru and Mexico.",
			[]string{"meeting 2017-11-11 Chile+Tom Reid", "meeting 2017-11-11 Mexico+Tom Reid", "meeting 2017-11-11 Peru+Tom Reid"}},
		{"a call to the leaders of countries, not said bilateral, is one call of all", "Pacific News Agency", "Prime Minister's call with leaders", "2023-01-26",
			"Prime Minister Tom Reid of Canada spoke to the leaders of Chile, Peru and Mexico yesterday afternoon.",
			[]string{"phone_call 2023-01-25 Chile+Mexico+Peru+Tom Reid"}},
		{"a welcome ceremony the host holds for a guest, then their talks: two events", "Pacific News Agency", "Prime Minister hosts welcome ceremony for Chilean counterpart", "2025-02-26",
			"New Zealand Prime Minister Ana Ruiz hosted a welcome ceremony on Wednesday afternoon for her Chilean counterpart Luis Vega, who is paying an official visit to New Zealand.\n\nFollowing the ceremony, the two Prime Ministers held talks.",
			[]string{"reception 2025-02-26 Ana Ruiz+Luis Vega", "talks 2025-02-26 Ana Ruiz+Luis Vega", "visit 2025-02 Ana Ruiz+Luis Vega"}},
		{"intergovernmental consultations co-chaired by two leaders are their talks", "Pacific News Agency", "Joint Statement: 4th Chile-Peru Inter-Governmental Consultations", "2024-10-25",
			"Prime Minister Ana Ruiz of Peru and President Luis Vega of Chile co-chaired the fourth round of Chile-Peru Inter-Governmental Consultations on 25 October 2024 in Lima.",
			[]string{"talks 2024-10-25 Ana Ruiz+Luis Vega"}},
		{"a joint press event is a press conference", "Pacific News Agency", "Chilean-Peruvian governmental consultations in Santiago", "2022-05-02",
			"President Luis Vega of Chile met Prime Minister Ana Ruiz of Peru in Santiago for the sixth Chilean-Peruvian governmental consultations. At a joint press event on Monday afternoon, President Vega and Prime Minister Ruiz gave a positive assessment of the consultations.",
			[]string{"press_conference 2022-05-02 Ana Ruiz+Luis Vega", "talks 2022-05-02 Ana Ruiz+Luis Vega"}},
		{"a president received by a president, then their talks: talks", "Pacific News Agency", "President Vega receives President Ruiz", "2024-09-11",
			"Today at the palace, Chilean President Luis Vega received President of Peru Ana Ruiz. President Ruiz is on an official visit to Chile.\n\nThe spokesman said the two Presidents held a closed session of talks, followed by an expanded meeting of the two delegations.",
			[]string{"talks 2024-09-11 Ana Ruiz+Luis Vega", "visit 2024-09 Ana Ruiz+Luis Vega"}},
		{"a courtesy call with a discussion stays a reception", "Pacific News Agency", "President Ruiz calls on President Vega", "2024-05-31",
			"President of Peru Ana Ruiz called on Chilean President Luis Vega at the palace today. President Vega and President Ruiz had a good discussion on climate change.",
			[]string{"reception 2024-05-31 Ana Ruiz+Luis Vega"}},
		{"a headline's trip to attend a gathering is no visit of the country", "Ministry of Foreign Affairs of Peru", "Visit of Minister of Foreign Affairs Ana Ruiz to the USA to attend the 78th UN General Assembly, 17-23 September 2023", "2023-09-23",
			"Minister of Foreign Affairs Ana Ruiz visited the US to accompany President Luis Vega at the 78th Session of the United Nations General Assembly.\n\nMinister Ruiz met with Tom Hale, Minister of Foreign Affairs of New Zealand, on 17 September.",
			[]string{"meeting 2023-09-17 Ana Ruiz+Tom Hale"}},
		{"a joint press conference of the home leader a headline names by office and a guest it pairs", "Prime Minister's Office, Government of India (pmindia.gov.in)", "Press Statement by PM during the India – Chile Joint Press Conference", "2025-02-13",
			"Your Excellency President Vega,\nDelegates from both countries,\nFriends from the media,\nFirst of all, I would like to express my heartfelt gratitude to my dear friend, Chilean President Luis Vega, for the gracious welcome and hospitality.",
			[]string{"meeting 2025-02-13 Luis Vega+Narendra Modi", "press_conference 2025-02-13 Luis Vega+Narendra Modi"}}, // the office table's Prime Minister that day
		{"a joint press conference of the home country and a guest the headline pairs", "Prime Minister's Office of Peru", "Press Statement by PM during the Peru – Chile Joint Press Conference", "2025-02-13",
			"Your Excellency President Vega,\nDelegates from both countries,\nFriends from the media,\nFirst of all, I would like to express my heartfelt gratitude to my dear friend, Chilean President Luis Vega, for the gracious welcome and hospitality.",
			[]string{"meeting 2025-02-13 Luis Vega+Peru", "press_conference 2025-02-13 Luis Vega+Peru"}},
		{"a prime minister's own press conference after a call is his alone (session 22)", "Prime Minister's Office of Japan", "Press Conference by the Prime Minister after the Japan-Chile Summit Telephone Talk", "2021-01-28",
			"PRIME MINISTER: I have just held a telephone talk with President Luis Vega of Chile.",
			[]string{"phone_call 2021-01-28 Luis Vega+Yoshihide Suga", "press_conference 2021-01-28 Yoshihide Suga"}}, // the office table's Prime Minister that day
		// (Session 27: the visit a preview headline announces is recorded,
		// as the annotators of dev49, dev50, dev52, dev60 and dev61 record
		// it; the meeting stays ahead.)
		{"a meeting that is the subject of a future clause is ahead", "Pacific News Agency", "Foreign Minister Ravi Menon To Visit Peru", "2024-03-24",
			"LIMA 24 March 2024 – Chile's Foreign Minister Ravi Menon will undertake his second visit to Peru on 25 - 27 March 2024. In addition to advancing trade, the foreign minister's meeting with Peruvian Foreign Minister Ana Ruiz will focus on maritime cooperation.",
			[]string{"visit 2024-03 Ana Ruiz+Ravi Menon"}},
		{"after a meeting, what will follow leaves the meeting held", "Pacific News Agency", "Foreign Minister Ravi Menon meets Foreign Minister Ruiz", "2024-03-24",
			"Chile's Foreign Minister Ravi Menon met Peruvian Foreign Minister Ana Ruiz today. After the meeting with Minister Ruiz the two ministers will sign an agreement.",
			[]string{"meeting 2024-03-24 Ana Ruiz+Ravi Menon"}},
		{"a contact praised, then the subject's next act with 'and will', stays held", "The White House", "Joint Statement by President Tom Reid and Prime Minister Ana Ruiz", "2023-03-24",
			"President Tom Reid of the United States and Prime Minister Ana Ruiz of Peru praised the meeting with Chilean President Luis Vega on March 10 and will cooperate closely.",
			[]string{"meeting 2023-03-10 Ana Ruiz+Luis Vega+Tom Reid"}},
	}
	runSourced(t, tests)
}
