package extract

import "testing"

// TestHostsNamedTogether35 checks a reception whose two hosts are named
// together before the verb, one of them of no country read ("King A and
// Crown Prince B received Emir C"): one reception of the hosts and the
// guest, as "A and B received C" is read elsewhere; before, the host of no
// country was taken for the host of guests of two countries and the
// reception split into a pair of the two hosts and a pair of no one's
// country (names invented).
func TestHostsNamedTogether35(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"king and crown prince receive an emir", "", "King receives Emir", "2024-05-21",
			"Jordanian King Adamor and Crown Prince Belisar on Tuesday received Kuwaiti Emir Corvan Talib at the airport.",
			[]string{"reception 2024-05-21 Adamor+Belisar+Corvan Talib"}},
		{"the visiting guest after two hosts", "", "King receives Emir", "2024-05-21",
			"Jordanian King Adamor II and Crown Prince Belisar Hamdan on Tuesday received the visiting Kuwaiti Emir Corvan Talib.",
			[]string{"reception 2024-05-21 Adamor II+Belisar Hamdan+Corvan Talib"}},
	}, "receptions", "reception")
}

// TestWelcomeBeforeTalks35 checks two leaders whose meeting or talks the
// body tells, and then the host's receiving the guest on arrival: the
// references code the leaders' meeting or talks (the welcome ceremony is
// its opening), where the reception had retyped it; a minister received
// by a leader stays a reception (names invented).
func TestWelcomeBeforeTalks35(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"meeting under way, reception on arrival told after", "", "Leaders meet", "2015-04-06",
			"Meeting between Pakistani Prime Minister Tarsen Vell and Sri Lankan President Corvan Talib is underway in Islamabad.\n\nBoth the leaders held a one on one meeting which was later followed by delegation level talks.\n\nEarlier, the Sri Lankan President was accorded a warm reception at the official reception ceremony on his arrival at the Prime Minister House. Prime Minister Vell received the distinguished guest.",
			[]string{"meeting 2015-04-06 Corvan Talib+Tarsen Vell"}},
		{"talks, then received", "", "Leaders meet", "2015-04-06",
			"Pakistani Prime Minister Tarsen Vell on Monday held talks with Sri Lankan President Corvan Talib in Islamabad.\n\nEarlier, Prime Minister Vell received President Talib at the Prime Minister House.",
			[]string{"talks 2015-04-06 Corvan Talib+Tarsen Vell"}},
		{"guard: a minister met, then received", "", "Minister calls", "2015-04-06",
			"Pakistani Prime Minister Tarsen Vell on Monday met Sri Lankan Foreign Minister Corvan Talib in Islamabad.\n\nPrime Minister Vell received the minister at the Prime Minister House.",
			[]string{"reception 2015-04-06 Corvan Talib+Tarsen Vell"}},
	}, "contacts", "reception", "meeting", "talks")
}

// TestCounterpartNoCourtesyCall35 checks a minister's meeting with one the
// sentence calls his counterpart: a meeting of peers, though the
// counterpart's title elsewhere ("Chancellor", the foreign minister's in
// Spanish America) reads as a leader's; a foreign minister's meeting with
// a president stays a courtesy call (names invented).
func TestCounterpartNoCourtesyCall35(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"counterpart titled Chancellor later", "", "Minister meets counterpart", "2019-02-27",
			"Chilean Foreign Minister Tarsen Vell met his Mexican counterpart, Corvan Talib, on Tuesday in Mexico City.\n\nMinister Vell then thanked Chancellor Talib for the talks.",
			[]string{"meeting 2019-02-26 Corvan Talib+Tarsen Vell"}},
		{"guard: a foreign minister meets a president", "", "Minister meets leader", "2019-02-27",
			"Chilean Foreign Minister Tarsen Vell met Mexican President Corvan Talib on Tuesday in Mexico City.",
			[]string{"reception 2019-02-26 Corvan Talib+Tarsen Vell"}},
	}, "contacts", "reception", "meeting", "talks")
}

// TestCeremonyFollowedByTalks35 checks a ceremonial reception told in a
// joint statement and "This was followed by bilateral talks between A and
// B": the talks are the next contact of the day, not the reception told
// again, and the references code the two leaders' talks for that day, the
// arrival ceremony no reception of its own (names invented).
func TestCeremonyFollowedByTalks35(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"ceremonial reception, then talks", "", "Joint statement", "2025-08-06",
			"At the invitation of the Prime Minister of India, Tarsen Vell, the President of Chile, Corvan Talib, paid a State Visit to India on 4-8 August 2025.\n\nOn 5 August 2025, President Talib was accorded a ceremonial reception at the forecourt of the Presidential Palace. This was followed by bilateral talks between President Talib and Prime Minister Vell.",
			[]string{"talks 2025-08-05 Corvan Talib+Tarsen Vell"}},
		{"guard: this was their first meeting retells the talks", "", "Joint statement", "2025-08-06",
			"Chilean President Corvan Talib held talks with Indian Prime Minister Tarsen Vell in New Delhi on 5 August 2025. This was their first meeting since the election.",
			[]string{"talks 2025-08-05 Corvan Talib+Tarsen Vell"}},
	}, "contacts", "reception", "meeting", "talks")
}

// TestHeadlineStartVerbs35 checks a title-case headline's verb of starting
// or ending a trip after an office ("German President Starts State Visit
// To UK"): a verb, no person's name (names invented).
func TestHeadlineStartVerbs35(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"starts", "", "Chilean President Starts State Visit To Norway", "2025-12-03",
			"OSLO, Dec 3 -- Chilean President Corvan Talib commenced Wednesday a state visit to Norway.",
			[]string{"visit 2025-12 Corvan Talib+Norway"}},
		{"embarks", "", "Chilean President Embarks On State Visit To Norway", "2025-12-03",
			"OSLO, Dec 3 -- Chilean President Corvan Talib commenced Wednesday a state visit to Norway.",
			[]string{"visit 2025-12 Corvan Talib+Norway"}},
	}, "visits", "visit")
}

// TestLeaderAbroadMeetsMinister35 checks a head of state's meetings during
// his state visit abroad, reported under his capital's dateline: the host
// country's minister he meets there pays no courtesy call on him (the
// references code the meetings); at home the call stands (names invented).
func TestLeaderAbroadMeetsMinister35(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"state visit abroad, home dateline", "https://www.pna.gov.ph/articles/1", "President reports productive state visit", "2024-03-17",
			"MANILA -- Philippine President Tarsen Vell reported a productive three-day state visit to the Czech Republic.\n\nIn the three-day state visit, President Vell had a productive meeting with Czech President Corvan Talib and First Lady Ilse Marrow, Czech Prime Minister Oren Dask and Czech Foreign Minister Mira Selden.",
			[]string{"meeting 2024-03-17 Corvan Talib+Tarsen Vell", "meeting 2024-03-17 Oren Dask+Tarsen Vell", "meeting 2024-03-17 Mira Selden+Tarsen Vell"}},
		{"guard: the minister met at home", "https://www.pna.gov.ph/articles/2", "President receives minister", "2024-03-17",
			"MANILA -- Philippine President Tarsen Vell had a productive meeting with Czech Foreign Minister Mira Selden on Friday.",
			[]string{"reception 2024-03-15 Mira Selden+Tarsen Vell"}},
	}, "contacts", "reception", "meeting", "talks")
}
