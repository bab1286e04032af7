package view

import "testing"

func TestExpandCountries(t *testing.T) {
	tests := []struct{ in, want string }{
		{"trade", "trade"},
		// As typed, then the other names: a name holding another
		// ("Socialist Republic of Viet Nam") or equal to it without
		// diacritics ("Việt Nam") finds nothing more.
		{"Vietnam", `"Vietnam" OR "Viet Nam"`},
		{"Viet Nam", `"Viet Nam" OR "Vietnam"`},
		{"Việt Nam", `"Việt Nam" OR "Vietnam"`},
		{`"viet nam" trade`, `"viet nam" OR "Vietnam" "trade"`},
		{"Socialist Republic of Viet Nam", `"Viet Nam" OR "Vietnam"`},
		// Countries joined by a hyphen: one clause each. "Korea" is held in
		// the name of North Korea: searched only when typed.
		{"U.S.-ROK", `"U.S." OR "United States" OR "USA" "ROK" OR "Republic of Korea" OR "South Korea"`},
		{"US-Korea", `"United States" OR "U.S." OR "USA" "Korea" OR "RoK"`},
		{"Japan OR Korea", `"Japan" OR "Korea" OR "RoK"`},
		{"trade -Japan", `"trade" -"Japan"`},
		{"us", "us"},                 // a word, not the country
		{"rok", "rok"},               // lower case: not the abbreviation
		{"well-known", "well-known"}, // hyphenated words stay
		{`"unclosed`, `"unclosed`},
		{"-Japan", "-Japan"}, // no word to find: the store says so
	}
	for _, tt := range tests {
		if got := ExpandCountries(tt.in); got != tt.want {
			t.Errorf("ExpandCountries(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
