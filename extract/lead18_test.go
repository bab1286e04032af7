package extract

import (
	"slices"
	"testing"
)

// TestLead18 checks rules the lead wrote in session 18 from how leaders'
// offices and the White House word their readouts (names invented; the
// publishing government's holder comes from the office table).
func TestLead18(t *testing.T) {
	tests := []sourcedCase{
		// A standing format named by its number of parties is no talks
		// held that day.
		{"the Six-Party Talks named", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Telephone Talk", "2016-09-13",
			"On September 13, Mr. Taro Sato, Prime Minister, held a telephone talk with Mr. Luis Vega, President of Chile.\n\nPrime Minister Sato stated that the tests violate joint statements of the Six-Party Talks.",
			[]string{"phone_call 2016-09-13 Luis Vega+Taro Sato"}},
		// A contact that times a clause "would" governs is ahead.
		{"would cooperate after the signing", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Telephone Talk", "2018-03-06",
			"On March 6, Mr. Taro Sato, Prime Minister of Japan, held a telephone talk with Mr. Luis Vega, President of Chile.\n\nThe two leaders shared the view that they would continue to cooperate closely after the signing of the Pact, and would work together to expand free trade.",
			[]string{"phone_call 2018-03-06 Luis Vega+Taro Sato"}},
		{"following the signing, held", "", "Chile-Peru Summit", "2018-03-06",
			"President Luis Vega of Chile and President Ana Ruiz of Peru met in Lima on March 6. Following the signing of the agreement, the two leaders held a joint press conference.",
			[]string{"meeting 2018-03-06 Ana Ruiz+Luis Vega", "press_conference 2018-03-06 Ana Ruiz+Luis Vega", "signing 2018-03-06 Ana Ruiz+Luis Vega"}},
		// A Cyrillic letter typed inside a Latin name is the Latin one.
		{"a Cyrillic lookalike in a headline's name", "", "Readout of President Vega's Meeting with Prime Minister Lund of Sweden and President Virtanӧ of Finland", "2022-05-19",
			"President Luis Vega of Chile met today with Prime Minister Eva Lund of Sweden and President Kalle Virtanö of Finland.",
			[]string{"meeting 2022-05-19 Eva Lund+Kalle Virtanö+Luis Vega"}},
		// One telephone talk "with A and B" under a headline naming a talk
		// with each country: two calls.
		{"headline names a call with each counterpart", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Telephone Talk and Japan-Peru Summit Telephone Talk", "2020-09-20",
			"On September 20, 2020, Mr. Taro Sato, Prime Minister of Japan, held a summit telephone talk with the Hon. Luis Vega, President of the Republic of Chile and the Honorable Ana Ruiz, President of the Republic of Peru. The overview of the talks is as follows.",
			[]string{"phone_call 2020-09-20 Ana Ruiz+Taro Sato", "phone_call 2020-09-20 Luis Vega+Taro Sato"}},
		{"a trilateral call stays one", "Ministry of Foreign Affairs of Japan", "Japan-Chile-Peru Trilateral Telephone Talk", "2020-09-20",
			"On September 20, 2020, Mr. Taro Sato, Prime Minister of Japan, held a telephone talk with the Hon. Luis Vega, President of Chile and the Honorable Ana Ruiz, President of Peru.",
			[]string{"phone_call 2020-09-20 Ana Ruiz+Luis Vega+Taro Sato"}},
		// A country's formal name: the Commonwealth of Australia, whose
		// prime minister is a counterpart of their own.
		{"the Commonwealth of Australia", "Ministry of Foreign Affairs of Japan", "Japan-Australia Summit Telephone Talk and Japan-Peru Summit Telephone Talk", "2020-09-20",
			"On September 20, 2020, Mr. Taro Sato, Prime Minister of Japan, held a summit telephone talk with the Hon. Sam Reid, MP, Prime Minister of the Commonwealth of Australia and the Honorable Ana Ruiz, President of the Republic of Peru.",
			[]string{"phone_call 2020-09-20 Ana Ruiz+Taro Sato", "phone_call 2020-09-20 Sam Reid+Taro Sato"}},
		// A speaker's label "NAME, OFFICE OF COUNTRY:" names a person even
		// when a word of the name is short enough to pass for an acronym.
		{"a label's short name word", "Prime Minister of Australia", "Joint press conference - Suva", "2024-08-28",
			"RAJ OTA, PRIME MINISTER OF FIJI: Good afternoon to you all.\n\nANTHONY ALBANESE, PRIME MINISTER: Thank you very much, Prime Minister.",
			[]string{"meeting 2024-08-28 Anthony Albanese+Raj Ota", "press_conference 2024-08-28 Anthony Albanese+Raj Ota"}},
		// A gathering "last year's" is recalled, not held on the day.
		{"signed at last year's leaders' meeting", "Prime Minister of Australia", "Entry into force of the Chile-Peru Treaty", "2024-08-28",
			"The Treaty was signed at last year's Pacific Islands Forum Leaders' Meeting in the Cook Islands by President Luis Vega of Chile and President Ana Ruiz of Peru.",
			nil},
	}
	runSourced(t, tests)
}

// TestLead18PostNominalCommas checks that a post-nominal set off by commas
// ("A, MP, Prime Minister of X, H.E. Mr. B, Prime Minister of Y") leaves the
// title to the name before it: B acts for Y, not X; and that an office's
// abbreviation in brackets keeps its title to the name after. Names
// invented.
func TestLead18PostNominalCommas(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct{ name, body, want string }{
		// An office's abbreviation in brackets between title and name.
		{"an abbreviation between title and name", "Today, U.S. National Security Advisor (APNSA) Sam Reid and Chilean National Security Advisor (NSA) Luis Vega chaired the second meeting of the initiative in Santiago.", "Luis Vega|CL"},
		{"MP between commas", "On May 24, Prime Minister Taro Sato hosted the meeting with The Honorable Sam Reid, MP, Prime Minister of the Commonwealth of Australia, H.E. Mr. Raj Varma, Prime Minister of India.", "Raj Varma|IN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Quad Leaders' Meeting", "2022-05-24", tc.body)))
			if !slices.Contains(got, tc.want) {
				t.Errorf("persons %q, want %q among them", got, tc.want)
			}
		})
	}
}
