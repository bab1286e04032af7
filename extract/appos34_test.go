package extract

import "testing"

// TestObjectApposition34 checks a title and its holder in apposition as the
// object of a sentence that opens with a phrase and no comma ("During his
// visit Prime Minister A called on the President of X, Dr. B and …"): the
// subject and its verb come first, so the title is the object's, not a
// fronted phrase's (names invented).
func TestObjectApposition34(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"courtesy calls after an opener without a comma", "", "Visit of the Prime Minister of Norway", "2021-03-10",
			"Prime Minister of Norway, Mr. Arlen Dovic paid an official visit to Chile from March 8-10, 2021. During his visit Prime Minister Dovic called on the President of Chile, Dr. Marta Oskel and the Vice President of Chile, Jonas Pereth.",
			[]string{"reception 2021-03-10 Arlen Dovic+Jonas Pereth", "reception 2021-03-10 Arlen Dovic+Marta Oskel", "visit 2021-03 Arlen Dovic+Marta Oskel"}},
		{"a place opener without a comma", "", "Prime Minister in Chile", "2021-03-10",
			"In Santiago Prime Minister Arlen Dovic of Norway called on the President of Chile, Dr. Marta Oskel and the Vice President of Chile, Jonas Pereth.",
			[]string{"reception 2021-03-10 Arlen Dovic+Jonas Pereth", "reception 2021-03-10 Arlen Dovic+Marta Oskel"}},
	})
}
