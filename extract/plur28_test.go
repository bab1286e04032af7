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

// TestPluralOfficeNamed28 checks that the holders of a plural office "of A
// and B", named after it with or without a comma, are persons of A and B
// in order and the sides of the contact the sentence tells, and that a list
// not of names after the office adds no one (names invented).
func TestPluralOfficeNamed28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"office of A and B, apposed pair", "News", "News", "2019-09-28",
			"Foreign ministers of Armenia and Kuwait, Ararat Petrosyan and Salem Al-Harbi, met on September 27 in New York.",
			[]string{"meeting 2019-09-27 Ararat Petrosyan+Salem Al-Harbi"}},
		{"office of A and B, pair without comma", "TASS", "News", "2017-08-07",
			"The Foreign Ministers of Russia and the USA Sergei Volkov and Thomas Whitfield began negotiations in Manila.",
			[]string{"talks 2017-08-07 Sergei Volkov+Thomas Whitfield"}},
		{"presidents of A and B, apposed pair, a call", "News", "News", "2019-09-28",
			"The presidents of Chile and Peru, Tomas Araya and Luis Quispe, held a phone call on Friday.",
			[]string{"phone_call 2019-09-27 Luis Quispe+Tomas Araya"}},
		{"office of A and B, pair with honorifics", "News", "News", "1998-07-30",
			"The prime ministers of Chile and Peru, Mr Tomas Araya and Mr Luis Quispe, held talks here yesterday.",
			[]string{"talks 1998-07-29 Luis Quispe+Tomas Araya"}},
		{"names in the next sentence (read before)", "News", "News", "2019-09-28",
			"The foreign ministers of Fiji and New Zealand met in Suva on Friday. The talks between Foreign Minister Jone Ratu and Foreign Minister Hamish Clark covered trade.",
			[]string{"meeting 2019-09-27 Hamish Clark+Jone Ratu"}},
	})
}
