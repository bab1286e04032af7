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
