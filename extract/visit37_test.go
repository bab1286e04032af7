package extract

import "testing"

// TestInvitationTakenUpAndTourEnded checks a visit told "on/upon the
// invitation of B" (a visit made, as with "at the invitation of B"), a
// tour told as ended by "upon the conclusion of", and a tour whose days
// all lie before publication: one held visit to each stop, not the first
// stop only. Names invented.
func TestInvitationTakenUpAndTourEnded(t *testing.T) {
	tests := []sourcedCase{
		{"reached C on a visit on the invitation of B", "", "", "2021-02-23",
			"Chilean President Tomas Ravel on Tuesday reached Peru on a two-day official visit on the invitation of his Peruvian counterpart Ana Quispe.",
			[]string{"visit 2021-02 Ana Quispe+Tomas Ravel"}},
		{"arrived in C upon the invitation of B", "", "", "2021-02-23",
			"Chilean President Tomas Ravel arrived in Lima on Tuesday for a two-day official visit upon the invitation of Peruvian President Ana Quispe.",
			[]string{"visit 2021-02 Ana Quispe+Tomas Ravel"}},
		{"upon the conclusion of his State visit to C, D and E", "", "", "2016-06-17",
			"Following is the statement by the President of Chile, Tomas Ravel, upon the conclusion of his State visit to Peru, Bolivia and Ecuador (June 12 to 18, 2016).",
			[]string{"visit 2016-06 Peru+Tomas Ravel", "visit 2016-06 Bolivia+Tomas Ravel", "visit 2016-06 Ecuador+Tomas Ravel"}},
		{"a tour of C, D and E whose days are over", "", "", "2012-09-09",
			"This was the outcome of a three-nation friendly and working tour of Peru, Bolivia and Ecuador by Chilean President Tomas Ravel from Wednesday September 5, 2012, to Friday September 7, 2012.",
			[]string{"visit 2012-09 Peru+Tomas Ravel", "visit 2012-09 Bolivia+Tomas Ravel", "visit 2012-09 Ecuador+Tomas Ravel"}},
		// Right on both: a tour under way keeps its stops ahead pending.
		{"is visiting C and D: the stop ahead pending", "", "", "2022-04-19",
			"Chilean President Tomas Ravel is visiting Peru and Bolivia as part of his first overseas trip this year.",
			[]string{"visit 2022-04 Peru+Tomas Ravel"}},
		// Right on both: an invitation offered stays a visit ahead.
		{"invited on the invitation: a visit ahead", "", "", "2021-02-23",
			"Chilean President Tomas Ravel will visit Peru next month on the invitation of Peruvian President Ana Quispe.",
			nil},
	}
	runSourced(t, tests)
}

// TestLeaderNotSpouse checks that "President A", named by the family name
// alone, stays apart from a spouse the text introduces only as such ("first
// lady B A" in lower case, "his wife B A"): the leader is a side of the
// meeting, not the spouse. Names invented.
func TestLeaderNotSpouse(t *testing.T) {
	tests := []sourcedCase{
		{"first lady in lower case", "", "", "2019-05-25",
			"Chilean President Ravel met Peruvian President Ana Quispe in Lima on Saturday. The president and first lady Maria Ravel were greeted by officials.",
			[]string{"meeting 2019-05-25 Ana Quispe+Ravel"}},
		{"his wife", "", "", "2019-05-25",
			"Chilean President Ravel met Peruvian President Ana Quispe in Lima on Saturday. He was accompanied by his wife Maria Ravel.",
			[]string{"meeting 2019-05-25 Ana Quispe+Ravel"}},
		// Right on both: the leader's full name joins his short form.
		{"full name given", "", "", "2019-05-25",
			"Chilean President Tomas Ravel met Peruvian President Ana Quispe in Lima on Saturday. President Ravel was accompanied by his wife Maria Ravel.",
			[]string{"meeting 2019-05-25 Ana Quispe+Tomas Ravel"}},
	}
	runSourced(t, tests)
}

// TestLeftPlaceEndsVisit checks a departure that ends a visit whose phrase
// names no place ("A left Peru on Friday, bringing an end to his state
// visit", "departed from Lima, concluding his visit", "after the
// conclusion of his visit to the country"): a visit to the place left,
// not nothing, and not a co-traveller as host. Names invented.
func TestLeftPlaceEndsVisit(t *testing.T) {
	tests := []sourcedCase{
		{"left C, bringing an end to his visit", "", "", "2023-11-03",
			"Chilean President Tomas Ravel left Peru on Friday, bringing an end to his four-day state visit.",
			[]string{"visit 2023-11 Peru+Tomas Ravel"}},
		{"departed from a capital, concluding his visit", "", "", "2023-11-03",
			"Chilean President Tomas Ravel departed from Lima on Friday, concluding his four-day state visit.",
			[]string{"visit 2023-11 Peru+Tomas Ravel"}},
		{"after the conclusion of his visit to the country", "", "", "2023-11-03",
			"Chilean President Tomas Ravel left Peru on Friday after the conclusion of his four-day state visit to the country.",
			[]string{"visit 2023-11 Peru+Tomas Ravel"}},
		{"a co-traveller is no host", "", "", "2023-11-03",
			"Chilean President Tomas Ravel and Foreign Minister Jorge Pinto left Peru on Friday, bringing an end to their four-day state visit.",
			[]string{"visit 2023-11 Peru+Tomas Ravel"}},
		// Right on both: the visit phrase names its own place.
		{"concluding his visit to C: C kept", "", "", "2023-11-03",
			"Chilean President Tomas Ravel left Lima on Friday, concluding his four-day state visit to Peru.",
			[]string{"visit 2023-11 Peru+Tomas Ravel"}},
		// Right on both: a departure with no end of a visit tells none.
		{"left C, a visit announced", "", "", "2023-11-03",
			"Before he left Chile, President Tomas Ravel said the end of the war was near and announced a visit to Peru next month.",
			nil},
	}
	runSourced(t, tests)
}

// TestCoTravellersVisit checks a visit told of two compatriots travelling
// together ("A and Foreign Minister B arrived in C for a three-day
// visit", "A and his wife B", "A and First Lady B departed from C after
// wrapping up their visit"): the first named's visit to C, not nothing
// (a visitor and a host of one country) nor a co-traveller as host.
// Names invented.
func TestCoTravellersVisit(t *testing.T) {
	tests := []sourcedCase{
		{"leader and minister arrived in C", "", "", "2015-01-27",
			"Chilean President Tomas Ravel and Chilean Foreign Minister Jorge Pinto arrived in India on Tuesday for a three-day visit.",
			[]string{"visit 2015-01 India+Tomas Ravel"}},
		{"leader and his wife arrived in C", "", "", "2015-01-27",
			"Chilean President Tomas Ravel and his wife Maria Ravel arrived in India on Tuesday for a three-day visit.",
			[]string{"visit 2015-01 India+Tomas Ravel"}},
		{"leader and first lady of one country departed from C", "", "", "2015-01-27",
			"Chilean President Tomas Ravel and Chilean First Lady Maria Ravel departed from India on Tuesday after wrapping up their three-day visit.",
			[]string{"visit 2015-01 India+Tomas Ravel"}},
		// Right on both: compatriots meeting abroad hold a meeting, and a
		// visit abroad names no compatriot as its host.
		{"compatriots meet abroad", "", "", "2015-01-27",
			"Chilean President Tomas Ravel met Chilean Foreign Minister Jorge Pinto in India on Tuesday during his three-day visit.",
			[]string{"meeting 2015-01-27 Jorge Pinto+Tomas Ravel"}},
	}
	runSourced(t, tests)
}
