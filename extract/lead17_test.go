package extract

import "testing"

// TestLead17 checks rules the lead wrote in session 17 from how leaders'
// offices word their releases (guests' names invented; the publishing
// government's holder comes from the office table).
func TestLead17(t *testing.T) {
	tests := []sourcedCase{
		// The foreign holder the headline names, named again in the same
		// sentence, is not the bare title: "the Prime Minister spoke to
		// Prime Minister A" is the site's own.
		{"bare title beside the named foreign holder of that office", "Prime Minister's Office, 10 Downing Street", "Readout of PM call with Prime Minister Vega of Chile: 26 July 2021", "2021-07-26",
			"This evening the Prime Minister spoke to Prime Minister Vega of Chile, who congratulated him.\n\nThe leaders discussed trade.",
			[]string{"phone_call 2021-07-26 Boris Johnson+Vega"}},
		// Statements, in the plural, after talks: both leaders' press event.
		{"press statements following talks", "President of Russia", "Press statements following talks with President of Chile Luis Vega", "2019-06-29",
			"June 29, 2019, Santiago\n\nPresident of Chile Luis Vega: President Putin, I would like to welcome you once again.\n\nPresident of Russia Vladimir Putin: Mr President, friends, our talks were held in a constructive atmosphere.",
			[]string{"press_conference 2019-06-29 Luis Vega+Vladimir Putin", "talks 2019-06-29 Luis Vega+Vladimir Putin"}},
		// A headline's bilateral meeting of two countries whose persons the
		// body never names: the countries; the label "PRIME MINISTER:" on
		// the Prime Minister's site is the Prime Minister of the day
		// (label32.go, session 32), the guest's side stays the country.
		{"country pair meeting over an unnamed transcript", "Prime Minister of Australia", "Opening remarks - Australia-Chile Bilateral Meeting", "2023-11-17",
			"PRIME MINISTER: Prime Minister, it is wonderful to meet with you again and to continue our discussion.",
			[]string{"meeting 2023-11-17 Anthony Albanese+Chile"}},
		// A media statement read aloud, its speaker thanking the guest just
		// before the welcome: both leaders' press event (the welcome, their
		// meeting).
		{"media statement addressing the guest before the welcome", "Prime Minister of Australia", "Media Statement - Perth", "2022-10-22",
			"ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: Well, thanks very much, President Luis Vega of Chile. Once again, welcome to Australia.\n\nOur thoughts are with the people of the flooded towns.",
			// The host's "welcome to Australia" tells the guest's visit (session 29, rem29).
			[]string{"meeting 2022-10-22 Anthony Albanese+Luis Vega", "press_conference 2022-10-22 Anthony Albanese+Luis Vega", "visit 2022-10 Anthony Albanese+Luis Vega"}},
		// One leader's statement by name is no joint press event (the welcome
		// is their meeting).
		{"a press statement by one leader", "European Commission", "Press Statement by President Ana Ruiz", "2023-07-31",
			"Thank you very much, President Vega. Thank you very much for welcoming me here in Chile.",
			[]string{"meeting 2023-07-31 Ana Ruiz+Vega"}},
		// An editor's bracket restates "today".
		{"today with a bracketed day", "Prime Minister's Office, 10 Downing Street", "PM call with President Vega of Chile", "2025-02-17",
			"The Prime Minister spoke to President Luis Vega of Chile today [16 February].",
			[]string{"phone_call 2025-02-16 Keir Starmer+Luis Vega"}},
		// A summit meeting of three countries or more is their summit.
		{"a summit meeting of four countries", "", "Chile-U.S. Joint Leaders' Statement", "2022-05-23",
			"Today, Chile and the United States affirm a partnership.\n\nIt is in this spirit that President of Chile Luis Vega welcomed Joseph R. Biden, Jr to Chile in his first visit as President of the United States. President Biden commended President Vega's global leadership, including in the Chile-Peru-Mexico-U.S. Summit meeting.",
			[]string{"summit 2022-05-23 Joe Biden+Luis Vega+Mexico+Peru", "visit 2022-05 Joe Biden+Luis Vega"}},
		// A delegation met is its country's side.
		{"a meeting with a country's delegation", "", "Readout of Talks in Lima", "2025-11-23",
			"Today, Secretary of State Ana Ruiz of Chile and Minister Jorge Soto of Chile held a productive meeting with the Bolivian delegation to review the draft agreement.",
			[]string{"meeting 2025-11-23 Ana Ruiz+Bolivia+Jorge Soto"}},
		// What a sentence opened by a span up to now reports is recalled;
		// a signature "toward" which the sides work is ahead.
		{"a past span opening the sentence", "Prime Minister's Office, 10 Downing Street", "PM to agree accord with Chile", "2023-05-17",
			"In the last six months, we have completed negotiations to join the trade bloc and signed a defence agreement with Chile.",
			nil},
		{"toward an early signature", "", "Chile-Peru Summit Telephone Talk", "2022-11-04",
			"On November 4, President Luis Vega of Chile held a summit telephone talk with President Jorge Soto of Peru. The two leaders concurred to accelerate the consultation toward an early signature of a Reciprocal Access Agreement.",
			[]string{"phone_call 2022-11-04 Jorge Soto+Luis Vega"}},
		// A delegation a visiting president leads, met: the two leaders'
		// meeting, as three of the four released golds of this wording
		// have it (meetdeleg37.go); a delegation welcomed or greeted, or
		// one a minister leads, is received (SCHEMA: a leader receives a
		// delegation).
		{"met with a delegation led by a visiting president", "", "President Soto meets President Vega of Chile", "2024-05-21",
			"On the afternoon of May 21, President Jorge Soto of Peru met with a delegation led by President Luis Vega of Chile and his wife.",
			[]string{"meeting 2024-05-21 Jorge Soto+Luis Vega"}},
		// A monarch's meeting with a visitor is an audience, a reception.
		{"received by a queen", "Prime Minister of Canada", "Prime Minister concludes visit to Chile", "2018-04-20",
			"While in Santiago, Prime Minister Ana Ruiz of Canada was received by Queen Maria of Chile at the palace.",
			[]string{"reception 2018-04-20 Ana Ruiz+Maria", "visit 2018-04 Ana Ruiz+Maria"}},
		{"met a king", "", "Remarks in Santiago", "2022-09-18",
			"Yesterday, Prime Minister Ana Ruiz of Canada met King Pedro of Chile at the palace. She had an audience of an hour.",
			[]string{"reception 2022-09-17 Ana Ruiz+Pedro"}},
		{"a king met as a guest is met", "", "Readout of the President's meeting with King Pedro of Chile", "2022-09-18",
			"President Luis Vega of Peru met today with His Majesty King Pedro of Chile at the Palace in Lima.",
			[]string{"meeting 2022-09-18 Luis Vega+Pedro"}},
	}
	runSourced(t, tests)
}

// TestLeadGivenNameVocative checks that a bare given name a speech
// addresses ("President A, dear Cyril") is the holder the office table
// names in full with that word before the family name, not a person of
// its own; and that a given name no holder of the text bears stays apart.
// (The guest is a holder of the office table; the speaker is invented.)
func TestLeadGivenNameVocative(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body    string
		want, notWant []string
	}{
		{"dear and the holder's middle name",
			"President Ramaphosa, dear Cyril,\nThank you for receiving me in Pretoria today.\nDear Cyril, we spoke about trade.",
			[]string{"Matamela Cyril Ramaphosa|ZA"}, []string{"Cyril|"}},
		{"a given name of no holder of the text",
			"President Ramaphosa, dear Pieter,\nThank you for receiving me in Pretoria today.",
			[]string{"Matamela Cyril Ramaphosa|ZA"}, []string{"Matamela Cyril Ramaphosa Pieter|ZA"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := article("Statement by President Ana Ruiz with South African President Ramaphosa", "2024-05-10", tc.body)
			got := personCountries(x.Extract(a))
			checkPersonCountries(t, got, tc.want, tc.notWant)
		})
	}
}
