package extract

import "testing"

// TestLowerTitleAfterCountry28 checks that an office written in lower case,
// as agency copy writes it, right after a country or its demonym and before
// two or three capitalised words is the title of that name, whether or not
// the given name is a known one ("Slovak foreign minister A B"); and that a
// lower-case office with no country before it, or with no name after it,
// makes no one (names invented).
func TestLowerTitleAfterCountry28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"demonym office name opens the sentence", "ANI", "News", "2024-03-05",
			"Slovak foreign minister Jurko Blatnik met Indian external affairs minister Ravi Menon in New Delhi on Monday.",
			[]string{"meeting 2024-03-04 Jurko Blatnik+Ravi Menon"}},
		{"demonym office name as the object", "ANI", "News", "2024-03-05",
			"External Affairs Minister Ravi Menon met Slovak foreign minister Jurko Blatnik in New Delhi on Monday.",
			[]string{"meeting 2024-03-04 Jurko Blatnik+Ravi Menon"}},
		{"demonym office name, possessive", "Reuters", "News", "2024-03-05",
			"Japanese prime minister Tarokichi Anzai held talks with Ravi Menon in Tokyo on Monday.",
			[]string{"talks 2024-03-04 Ravi Menon+Tarokichi Anzai"}},
		{"country name office name", "PTI", "News", "2024-03-05",
			"Prime Minister Ravi Menon held a phone call with Slovakia prime minister Jurko Blatnik on Monday.",
			[]string{"phone_call 2024-03-04 Jurko Blatnik+Ravi Menon"}},
		{"three name words", "Bernama", "News", "2024-03-05",
			"Prime Minister Ravi Menon met Angolan president Tomás Kilamba Nzuzi in Luanda on Monday.",
			[]string{"meeting 2024-03-04 Ravi Menon+Tomás Kilamba Nzuzi"}},
	})
}

// TestLowerTitleGuards28 checks what the rule leaves alone: a lower-case
// office after a demonym with no name after it, or a day of the week where
// the name would be (names invented).
func TestLowerTitleGuards28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"no name after the office", "ANI", "News", "2024-03-05",
			"The Slovak foreign minister met officials in New Delhi on Monday.",
			nil},
		{"a weekday after the office", "ANI", "News", "2024-03-05",
			"Indian officials met the Slovak foreign minister Monday in New Delhi.",
			nil},
	})
}

// TestLowerTitleCountry28 checks the person's country from the demonym or
// country before a lower-case office, and that an office with no country
// before it ("foreign minister A B", "the prime minister A B") gives none
// (names invented).
func TestLowerTitleCountry28(t *testing.T) {
	runPersonCountries(t, "2024-03-05", []personCountryCase{
		{"Slovak foreign minister Jurko Blatnik said ties were strong.", []string{"Jurko Blatnik|SK"}},
		{"He spoke with Japanese prime minister Tarokichi Anzai's envoy on Monday.", []string{"Tarokichi Anzai|JP"}},
		{"Japan's prime minister Tarokichi Anzai said ties were strong.", []string{"Tarokichi Anzai|JP"}},
		{"Slovak former prime minister Jurko Blatnik said ties were strong.", []string{"Jurko Blatnik|SK"}},
		{"Officials said foreign minister Jurko Blatnik would travel.", []string{}},
		{"Officials said the country's prime minister Jurko Blatnik would travel.", []string{}},
		{"Officials said the prime minister Tarokichi Anzai would travel.", []string{}},
	})
}
