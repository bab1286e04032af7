package extract

import "testing"

// TestTourStops28 checks that a visit phrase whose destination is a list
// of countries is a visit to each ("a working visit to A and B", "pay
// official visits to A, B, C and D"), as annotators record a tour; the
// further stops of a tour under way ("is visiting A and B") are ahead,
// those of one told as done held (names invented).
func TestTourStops28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"concluded tour of three", "Press Trust", "PM returns home", "2024-11-22",
			"Prime Minister Arlo Venn of India was on the final leg of his five-day three-nation visit to Nigeria, Brazil and Guyana.",
			[]string{"visit 2024-11 Arlo Venn+Nigeria", "visit 2024-11 Arlo Venn+Brazil", "visit 2024-11 Arlo Venn+Guyana"}},
		{"paid official visits", "Press Trust", "PM returns home", "2018-08-30",
			"Indian Prime Minister Arlo Venn paid official visits to Zambia, Kenya and Ghana in August.",
			[]string{"visit 2018-08 Arlo Venn+Zambia", "visit 2018-08 Arlo Venn+Kenya", "visit 2018-08 Arlo Venn+Ghana"}},
		{"under way: the next stop is ahead", "Press Trust", "PM in Zambia", "2018-08-09",
			"Indian Prime Minister Arlo Venn is visiting Zambia and Kenya.",
			[]string{"visit 2018-08 Arlo Venn+Zambia"}},
		{"a possessive is no stop", "Press Trust", "PM in Zambia", "2018-08-09",
			"Indian Prime Minister Arlo Venn paid a working visit to Zambia and Kenya's envoy attended the talks.",
			[]string{"visit 2018-08 Arlo Venn+Zambia"}},
		{"plural visits recalled", "Department of Trade", "Remarks", "2024-03-18",
			"I am pleased to share that last week, Prime Minister Arlo Venn of India returned to Europe for official visits to Germany and the Czech Republic.",
			nil},
		{"preview of a tour, a stop's state skipped", "Ministry of Foreign Affairs of India", "Prime Minister to Pay Official Visits to Hong Kong, Brunei Darussalam and Malaysia", "2023-10-07",
			"Prime Minister Arlo Venn of India is scheduled to pay official visits to Hong Kong Special Administrative Region of the People's Republic of China, Brunei Darussalam and Malaysia during 8-12 October 2023.",
			[]string{"visit 2023-10 Arlo Venn+Hong Kong", "visit 2023-10 Arlo Venn+Brunei", "visit 2023-10 Arlo Venn+Malaysia"}},
	})
}

// TestCountryBeforeVisit28 checks that a visit named by its country before
// the word ("wrapping up his two-day Sri Lanka visit", "concluded his
// Tuvalu trip") is read, and that a visit concluded "after" is the one
// ending, not one before it (names invented).
func TestCountryBeforeVisit28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"his country visit", "Press Trust", "PM concludes visit", "2015-03-15",
			"Prime Minister of India Arlo Venn left for home last evening after wrapping up his two-day Sri Lanka visit.",
			[]string{"visit 2015-03 Arlo Venn+Sri Lanka"}},
		{"his country trip", "Press Trust", "PM concludes visit", "2015-03-15",
			"Indian Prime Minister Arlo Venn concluded his Tuvalu trip on Saturday.",
			[]string{"visit 2015-03 Arlo Venn+Tuvalu"}},
		{"after concluding his visit to", "Press Trust", "PM returns", "2015-03-15",
			"Indian Prime Minister Arlo Venn returned home after concluding his state visit to Norway.",
			[]string{"visit 2015-03 Arlo Venn+Norway"}},
		{"a visit recalled after", "Press Trust", "PM remarks", "2015-03-15",
			"Indian Prime Minister Arlo Venn said after his visit to Norway that ties were strong.",
			nil},
		{"a country visit recalled", "Press Trust", "PM remarks", "2015-03-15",
			"Indian Prime Minister Arlo Venn said the Norway visit last year was useful.",
			nil},
	})
}

// TestLaterVisitTold28 checks that a visit whose own sentence names its
// country ("arrived in Brunei on Tuesday for a two-day official visit")
// keeps it when a later sentence tells another visit of the same person
// ("made his first official visit as prime minister to Indonesia on Jan 8
// and 9") (names invented).
func TestLaterVisitTold28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a later sentence's visit", "The Straits Times", "Malaysia PM arrives in Brunei for two-day official visit", "2023-01-10",
			"BANDAR SERI BEGAWAN - Malaysia's Prime Minister Arlo Venn arrived in Brunei on Tuesday for a two-day official visit, his second official trip abroad since being appointed prime minister in November.\n\nMr Venn is slated to have an audience with Sultan Kai Dorn on Wednesday.\n\nHe is expected to make an official visit to Singapore by the end of January. Mr Venn made his first official visit as prime minister to Indonesia on Jan 8 and 9.",
			[]string{"visit 2023-01 Arlo Venn+Brunei"}},
	})
}

// TestTravelledTo28 checks that "travelled to" a country, or a city of
// one, by a person the sentence names is a visit, as the readouts of a
// secretary's or adviser's travel tell one; a group's journey, one told
// as an experience ("have travelled to"), or one to no country is none
// (names invented).
func TestTravelledTo28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"travelled to a country", "The White House", "Readout of Secretary Arlo Venn's Travel to Brazil", "2022-12-05",
			"US Secretary of State Arlo Venn traveled to Brasilia, Brazil on Monday, December 5 for meetings with senior officials.",
			[]string{"visit 2022-12 Arlo Venn+Brazil"}},
		{"travelled to two countries", "The White House", "Readout of Secretary Arlo Venn's Travel", "2023-08-03",
			"On August 2, US Secretary of State Arlo Venn traveled to Gabon and Nigeria.",
			[]string{"visit 2023-08 Arlo Venn+Gabon", "visit 2023-08 Arlo Venn+Nigeria"}},
		{"a group's journey", "The White House", "Remarks by Vice President Arlo Venn", "2021-09-23",
			"Vice President Arlo Venn of the United States said: Over the years, many Americans have traveled to Ghana to remember the history of their roots.",
			nil},
		{"an experience", "The White House", "Remarks by President Arlo Venn", "2022-06-28",
			"President Arlo Venn of the United States said: I’ve travelled to Madrid as Vice President.",
			nil},
		{"no country", "The White House", "Readout", "2024-07-29",
			"The convening took place as US President Arlo Venn traveled to the Lyndon B. Johnson Presidential Library.",
			nil},
	})
}

// TestPlannedVisitVerb28 checks that the bare verb of a plan with the
// country after it ("is scheduled to visit A, B and C", "will visit A")
// is a visit ahead to each country, which a preview reports as its
// visits (names invented).
func TestPlannedVisitVerb28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a preview's tour", "Kyodo", "Venn to visit France, Italy, Canada from Jan 9-14", "2023-01-04",
			"Prime Minister Arlo Venn of Japan is scheduled to visit France, Italy and Canada from Jan 9-14, his office said Wednesday.",
			[]string{"visit 2023-01 Arlo Venn+France", "visit 2023-01 Arlo Venn+Italy", "visit 2023-01 Arlo Venn+Canada"}},
		{"a plan in a report: ahead", "Kyodo", "News", "2023-01-04",
			"Prime Minister Arlo Venn of Japan will visit France next week, his office said Wednesday.",
			nil},
	})
}

// TestOfficeCall28 checks that an "office call" with a leader (the
// Defense Department's word for a courtesy call) is held in person, not a
// telephone call (names invented).
func TestOfficeCall28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"office call", "U.S. Indo-Pacific Command", "Secretary visits Japan", "2024-12-12",
			"The Japan trip of US Defense Secretary Arlo Venn included an office call with Japanese Prime Minister Kai Dorn in Tokyo on December 10.",
			// (The headline's "visits Japan" is the trip: session 29.)
			[]string{"reception 2024-12-10 Arlo Venn+Kai Dorn", "visit 2024-12 Arlo Venn+Kai Dorn"}},
	})
}

// TestTourOf28 checks that "a three-nation tour of A, B and C" is a visit
// to each country, and "a tour of" a building none (names invented).
func TestTourOf28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"tour of three", "Press Trust", "PM returns home", "2024-11-22",
			"Prime Minister Arlo Venn of India left for home after wrapping up his three-nation tour of Nigeria, Brazil and Guyana.",
			[]string{"visit 2024-11 Arlo Venn+Nigeria", "visit 2024-11 Arlo Venn+Brazil", "visit 2024-11 Arlo Venn+Guyana"}},
		{"tour of a building", "The White House", "Remarks", "2023-07-19",
			"Israeli President Arlo Venn said to US Vice President Kai Dorn: you gave me a tour of the Knesset in Israel.",
			nil},
	})
}

// TestVisitedCountries28 checks that "visited A and B" is a visit to each,
// that a possessive ends the list, and that "landed in" a city is the
// visit's arrival as "arrived in" is (names invented).
func TestVisitedCountries28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"visited two", "Ministry of Foreign Affairs of Japan", "Foreign Minister visits Chile and Peru", "2024-05-14",
			"From May 10 to 13, Japanese Foreign Minister Kai Dorn visited Chile and Peru.",
			[]string{"visit 2024-05 Chile+Kai Dorn", "visit 2024-05 Kai Dorn+Peru"}},
		{"a possessive ends the list", "Ministry of Foreign Affairs of Japan", "News", "2024-05-14",
			"Japanese Foreign Minister Kai Dorn visited Chile and Peru's ambassador attended.",
			[]string{"visit 2024-05 Chile+Kai Dorn"}},
		{"landed in", "Kyodo", "British PM lands in Japan", "2024-05-14",
			"British Prime Minister Arlo Venn landed in Tokyo this morning.",
			[]string{"visit 2024-05 Arlo Venn+Japan"}},
	})
}

// TestTravelPreview28 checks that a release headed "Secretary A's Travel
// to C" or "A to Travel to C", whose body says "will travel to C", is a
// preview of a visit to C, and that "the freedom to travel to C" is none
// (names invented).
func TestTravelPreview28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"possessive travel headline", "U.S. Department of State", "Secretary Venn's Travel to Japan", "2024-07-22",
			"US Secretary of State Arlo Venn will travel to Japan from July 27 to 29.",
			[]string{"visit 2024-07 Arlo Venn+Japan"}},
		{"to travel headline", "Office of the Prime Minister", "Prime Minister Venn to Travel to Japan", "2024-07-22",
			"Canadian Prime Minister Arlo Venn will travel to Tokyo, Japan, from July 27 to 29.",
			[]string{"visit 2024-07 Arlo Venn+Japan"}},
		{"no plan", "U.S. Department of State", "Remarks", "2024-07-22",
			"US Secretary of State Arlo Venn said citizens value the freedom to travel to Japan.",
			nil},
	})
}
