package extract

import "testing"

// TestVisitingGuestContact checks that a contact whose sentence marks one
// side as visiting ("his visiting Chilean counterpart A", "with visiting
// Chilean Foreign Minister A") holds that side's visit to the other's
// country, whatever outlet tells it, and that "visiting" leaves no visit
// where the contact is elsewhere. Invented names.
func TestVisitingGuestContact(t *testing.T) {
	tests := []sourcedCase{
		// The host of no country read: the place of the talks is his.
		{"his visiting counterpart, talks in the host's capital", "", "", "2023-05-09",
			"President Bera Tisk and his visiting Chilean counterpart Arlo Venn held talks in Lima on May 8, noting the growth of trade since the partnership of 2015.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Peru"}},
		{"talks with a visiting minister, his title before the name", "", "", "2023-05-09",
			"Foreign Minister Bera Tisk of Peru had talks on May 8 in Lima with visiting Chilean Minister of Foreign Affairs Arlo Venn, pledging to expand trade.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"a visiting prime minister opens the sentence", "", "", "2023-05-09",
			"Visiting Chilean Prime Minister Arlo Venn held talks with President Bera Tisk of Peru on Monday.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"a meeting in a third country's city is no visit of either", "", "", "2023-05-09",
			"President Bera Tisk of Peru met visiting Chilean President Arlo Venn in Madrid on Monday.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"a visiting guest met on the sidelines of a summit the host holds", "", "", "2023-05-09",
			"President Bera Tisk of Peru met visiting Chilean President Arlo Venn on the sidelines of the Andean Summit in Lima on Monday.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestOwnerByOfficeCountryVisit checks "the <demonym> <office>'s <country>
// visit", as agencies name a guest's trip beside the talks they report: the
// visitor is the one person of that nationality in a contact. Invented
// names.
func TestOwnerByOfficeCountryVisit(t *testing.T) {
	tests := []sourcedCase{
		{"the office's country visit in the contact's sentence", "", "", "2023-05-09",
			"President Bera Tisk of Peru met Chilean Foreign Minister Arlo Venn on Monday during the Chilean minister's Peru visit.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"the final day of the guest's country visit, a sentence later", "", "", "2023-05-09",
			"President Bera Tisk of Peru met Chilean Prime Minister Arlo Venn on Monday. The talks came on the final day of the Chilean Prime Minister's Peru visit.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"a country visit of a nationality no contact names: none", "", "", "2023-05-09",
			"President Bera Tisk of Peru met Chilean Prime Minister Arlo Venn on Monday. They spoke of the Bolivian Prime Minister's Peru visit.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestVisitingAnaphor checks "the visiting <nationality> <office>" with no
// name after it: the guest is the party to a contact of that nationality
// or office. Invented names.
func TestVisitingAnaphor(t *testing.T) {
	tests := []sourcedCase{
		{"the visiting minister by nationality", "", "", "2023-05-09",
			"President Bera Tisk of Peru met Chilean Foreign Minister Arlo Venn on Monday. Later in the day, Minister Cara Dunn also called on the visiting Chilean minister.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"the visiting emir by office", "", "", "2023-05-09",
			"President Bera Tisk of Peru and Emir Arlo Venn of Qatar held talks on Monday. The highest civil award was conferred upon the visiting emir.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"an office both sides hold names no guest", "", "", "2023-05-09",
			"President Bera Tisk of Peru and President Arlo Venn of Chile held talks on Monday. A banquet was held for the visiting President.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestVisitingGuestLaterSentence checks that a visiting guest of a contact
// told after the lead, in a remark's attribution, makes no visit (the
// references leave it unannotated). Invented names.
func TestVisitingGuestLaterSentence(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a press briefing with a visiting minister in the third sentence", "", "", "2023-05-09",
			"Peru and Chile signed a logistics arrangement on Monday. The signing follows the meeting of their leaders in April. \"We welcomed the signing,\" Foreign Minister Bera Tisk of Peru said during the joint press briefing with visiting Chilean Foreign Minister Arlo Venn.",
			[]string{"press_conference 2023-05-08 Arlo Venn+Bera Tisk", "signing 2023-05-08 Chile+Peru"}},
	})
}

// TestAppositiveVisit checks a visit told as the circumstance of a contact,
// set off by commas ("he and B, in an unannounced visit Thursday to C,
// talked about"): the contact's guest visits. Invented names.
func TestAppositiveVisit(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"an unannounced visit as the contact's circumstance", "", "Tisk Meets with Chilean Foreign Minister", "2023-05-12",
			"President Bera Tisk of Peru said that he and Chilean Foreign Minister Arlo Venn, in an unannounced visit Thursday to Lima, talked about a variety of topics. \"Our partnership is strong,\" Venn said in a statement after meeting with Tisk.",
			[]string{"meeting 2023-05-12 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
	})
}

// TestPresenceVisit checks a stay told by presence and purpose: "A is in
// Lima for a six-day visit", "B, who is in Peru for an official visit",
// "is in Lima, capital of Peru, for the second leg of his trip". Invented
// names.
func TestPresenceVisit(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"is in a capital for a visit", "", "", "2023-05-09",
			"Chilean President Arlo Venn is in Lima for a six-day visit which will see him meet President Bera Tisk of Peru.",
			[]string{"visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"is in a country for a visit, the contact a sentence later", "", "", "2023-05-09",
			"Chilean President Arlo Venn is in Peru for a six-day visit. He met President Bera Tisk of Peru on Monday.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"a leg of a tour", "", "", "2023-05-09",
			"Chilean President Arlo Venn is in Lima, capital of Peru, for the second leg of his trip to South America. He met President Bera Tisk of Peru on Monday.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"at home for a purpose is no visit", "", "", "2023-05-09",
			"Chilean President Arlo Venn is in Santiago for a visit by President Bera Tisk of Peru.",
			nil},
	})
}

// TestArrivedHereNoDateline checks "A arrived here … on a four-day visit"
// in a text with no dateline: A's contact with a person of another
// country names the host. Invented names.
func TestArrivedHereNoDateline(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"arrived here on a visit, the talks in the sentence before", "", "", "2023-05-09",
			"President Bera Tisk of Peru and Chilean President Arlo Venn held extensive talks on Monday. Venn arrived here on Sunday night on a four-day visit, his first to Peru.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"arrived here with no contact: no host", "", "", "2023-05-09",
			"Chilean President Arlo Venn arrived here on Sunday night on a four-day visit.",
			nil},
	})
}

// TestPresenceVisitOfficeSubject checks "The Vice President is in Peru
// for a six day visit" with the guest named elsewhere: the party to a
// contact holding that office. Invented names.
func TestPresenceVisitOfficeSubject(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a stay whose subject is an office", "", "", "2023-05-09",
			"President Bera Tisk of Peru met Chilean Vice President Arlo Venn on Monday. The Vice President is in Peru for a six day visit.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
	})
}
