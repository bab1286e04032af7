package extract

import "testing"

// TestReturnAfterVisit checks a visit told by the visitor's way home:
// "returned home after a three-day visit to C", "landed in <home> after his
// visit to C" report that visit over (held, that month), not one recalled
// before it. Invented names.
func TestReturnAfterVisit(t *testing.T) {
	tests := []sourcedCase{
		{"returned home after a visit, the talks held there", "", "", "2023-05-08",
			"Prime Minister Arlo Venn of Chile returned home on Monday after a three-day official visit to Peru, where he held talks with Peruvian President Bera Tisk.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"returned home after visiting the country", "", "", "2023-05-08",
			"Prime Minister Arlo Venn of Chile returned home on Monday after visiting Peru, where he held talks with Peruvian President Bera Tisk.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"landed at home after his visit, no contact", "", "", "2023-05-08",
			"Prime Minister Arlo Venn of Chile landed in Santiago on Sunday afternoon after his three-day visit to Peru.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"returned home after a whirlwind trip", "", "", "2023-05-08",
			"Prime Minister Arlo Venn of Chile returned home on Monday after a whirlwind 36-hour trip to Peru.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		// Right on main too: a visit recalled by its own words stays recalled.
		{"returned home after a visit last year: none held", "", "", "2023-05-08",
			"Prime Minister Arlo Venn of Chile returned home on Monday, a year after a visit to Peru last year.",
			nil},
	}
	runSourced(t, tests)
}

// TestVisitsToStops checks a trip's several stops told by "visits to A
// and B" or "a visit to A and B" in a report of its end: a visit to each,
// the contacts of each stop with its host. Invented names.
func TestVisitsToStops(t *testing.T) {
	tests := []sourcedCase{
		{"concluding visits to two countries", "", "", "2023-05-30",
			"Prime Minister Arlo Venn of Chile arrived in Santiago on May 29, concluding visits to Peru and Bolivia from May 20 to 28.\n\nWhile in Peru from May 20-23, the Prime Minister and President Bera Tisk of Peru held talks.",
			[]string{"talks 2023-05-20 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bolivia"}},
		{"wrapped up her visits", "", "", "2023-05-30",
			"Prime Minister Cara Dunn of Chile wrapped up her visits to Peru and Bolivia on Monday.",
			[]string{"visit 2023-05 Bolivia+Cara Dunn", "visit 2023-05 Cara Dunn+Peru"}},
		{"returned from a visit to two countries", "", "", "2023-05-30",
			"President Cara Dunn of Chile returned to Santiago on Tuesday from her state visit to Peru and Bolivia.",
			[]string{"visit 2023-05 Bolivia+Cara Dunn", "visit 2023-05 Cara Dunn+Peru"}},
		{"returned after a visit to two countries", "", "", "2023-05-30",
			"President Cara Dunn of Chile returned home on Tuesday after a nine-day visit to Peru and Bolivia.",
			[]string{"visit 2023-05 Bolivia+Cara Dunn", "visit 2023-05 Cara Dunn+Peru"}},
	}
	runSourced(t, tests)
}

// TestWrapUpEndDayNear checks that the contacts of a visit reported over
// keep their month when the sentence's only day is another's, a month or
// more back ("before her tenure comes to an end on July 25", read as last
// July). Invented names.
func TestWrapUpEndDayNear(t *testing.T) {
	tests := []sourcedCase{
		{"a tenure's end is no visit's end", "", "", "2023-05-09",
			"Wrapping up the last tour before her tenure comes to an end on July 25, President Cara Dunn of Chile returned here on Tuesday after a nine-day visit to Peru.\n\nIn Peru, Dunn held discussions with her counterpart Bera Tisk of Peru.",
			[]string{"talks 2023-05-09 Bera Tisk+Cara Dunn", "visit 2023-05 Bera Tisk+Cara Dunn"}},
	}
	runSourced(t, tests)
}

// TestAirportOfTitledName checks that an airport named for a titled person
// ("King A International Airport") names no person: the guest's arrival
// there is no reception by him. Invented names.
func TestAirportOfTitledName(t *testing.T) {
	tests := []sourcedCase{
		{"King's airport, the guest received by the foreign minister", "", "", "2023-05-08",
			"President Arlo Venn of Chile arrived in Lima on Monday on a state visit to Peru. He was received at King Tarek International Airport by Foreign Minister Bera Tisk.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"Sheikh's air base", "", "", "2023-05-08",
			"President Arlo Venn of Chile arrived in Lima on Monday on a state visit to Peru. He landed at Sheikh Tarek Air Base, where he was received by Foreign Minister Bera Tisk.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
	}
	runSourced(t, tests)
}

// TestAnnouncedDayAhead checks that a day told with "will" in a month
// more than one ahead of publication is this year's ("will pay an official
// visit to C on May 19 and 20", published in March), and one two months or
// more behind it next year's ("will visit C on January 5", published in
// November). Invented names.
func TestAnnouncedDayAhead(t *testing.T) {
	tests := []sourcedCase{
		{"a preview's visit two months ahead", "", "President Cara Dunn to Pay Official Visit to Lima", "2010-03-21",
			"The Presidency reports that President Cara Dunn of Chile will pay an official visit to Lima on May 19 and 20 in response to an invitation by Peruvian President Bera Tisk.",
			[]string{"visit 2010-05 Bera Tisk+Cara Dunn"}},
		{"a preview's visit in January, published in November", "", "President Cara Dunn to Pay Official Visit to Lima", "2010-11-21",
			"The Presidency reports that President Cara Dunn of Chile will pay an official visit to Lima on January 19 and 20 in response to an invitation by Peruvian President Bera Tisk.",
			[]string{"visit 2011-01 Bera Tisk+Cara Dunn"}},
	}
	runSourced(t, tests)
}

// TestArrivedAtAirportIn checks an arrival told by the airport of a place
// ("arrived at the A International Airport in Lima", "arrived last night at
// the airport in Lima"): the visitor came to that place's country, as
// "arrived in Lima" says it. Invented names.
func TestArrivedAtAirportIn(t *testing.T) {
	tests := []sourcedCase{
		{"an airport in a capital, on a visit", "", "", "2023-05-08",
			"President Arlo Venn of Chile arrived at the Tarek Doss International Airport in Lima on Monday night on a three-day visit.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"the time between the verb and the airport, a meeting ahead", "", "", "2023-05-08",
			"President Arlo Venn of Chile arrived last night at the airport in Lima. He will meet Peruvian President Bera Tisk on Tuesday.",
			[]string{"visit 2023-05 Arlo Venn+Bera Tisk"}},
		// Right on main too: an airport at home is no visit.
		{"an arrival home at the airport", "", "", "2023-05-08",
			"President Arlo Venn of Chile arrived at the airport in Santiago on Monday night.",
			nil},
	}
	runSourced(t, tests)
}

// TestVisitsCommendedNotOwned checks that "commended the Prime Minister for
// his visits to A and B", in another's readout, makes no visit of the
// commending subject: plural visits are owned only when told over. Right on
// main too (guards the plural of TestVisitsToStops). Invented names.
func TestVisitsCommendedNotOwned(t *testing.T) {
	tests := []sourcedCase{
		{"visits commended in a call's readout", "", "", "2024-08-26",
			"President Arlo Venn of Chile spoke today with Prime Minister Cara Dunn of Peru. The President commended the Prime Minister for his historic visits to Bolivia and Ecuador, the first by a Peruvian Prime Minister in decades.",
			[]string{"phone_call 2024-08-26 Arlo Venn+Cara Dunn"}},
	}
	runSourced(t, tests)
}
