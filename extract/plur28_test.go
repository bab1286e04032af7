package extract

import "testing"

// TestDemonymCounterpartsListed28 checks that "met his Croatian and Latvian
// counterparts, A and B" (the countries as demonyms before the noun) reads A
// and B as persons of those countries in order, each met by the subject, as
// "his counterparts from Croatia and Latvia, A and B" does (names invented).
func TestDemonymCounterpartsListed28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"two demonyms", "ANI", "News", "2019-09-27",
			"External Affairs Minister Ravi Menon met his Croatian and Latvian counterparts, Ivo Horvat and Janis Ozols, in New York on Thursday.",
			[]string{"meeting 2019-09-26 Ivo Horvat+Ravi Menon", "meeting 2019-09-26 Janis Ozols+Ravi Menon"}},
		{"two demonyms, names end the sentence", "Sputnik", "News", "2020-09-10",
			"Foreign Minister Ravi Menon met earlier in the day with his Uzbek and Kazakh counterparts, Bekzod Tashev and Nurlan Amanov.",
			[]string{"meeting 2020-09-10 Bekzod Tashev+Ravi Menon", "meeting 2020-09-10 Nurlan Amanov+Ravi Menon"}},
		{"three demonyms", "ANI", "News", "2019-09-27",
			"Foreign Minister Ravi Menon met his Croatian, Latvian and Chilean counterparts, Ivo Horvat, Janis Ozols and Pablo Rojas, on Thursday.",
			[]string{"meeting 2019-09-26 Ivo Horvat+Ravi Menon", "meeting 2019-09-26 Janis Ozols+Ravi Menon", "meeting 2019-09-26 Pablo Rojas+Ravi Menon"}},
	})
}
