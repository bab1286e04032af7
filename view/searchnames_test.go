package view

import "testing"

func TestExpandCountries(t *testing.T) {
	tests := []struct{ in, want string }{
		{"trade", "trade"},
		{"Vietnam", `"Viet Nam" OR "Socialist Republic of Viet Nam" OR "Vietnam" OR "Việt Nam"`},
		{"Viet Nam", `"Viet Nam" OR "Socialist Republic of Viet Nam" OR "Vietnam" OR "Việt Nam"`},
		{`"viet nam" trade`, `"Viet Nam" OR "Socialist Republic of Viet Nam" OR "Vietnam" OR "Việt Nam" "trade"`},
		{"U.S.-ROK", `"United States" OR "United States of America" OR "U.S." OR "USA" OR "U.S.A." "Republic of Korea" OR "RoK" OR "South Korea" OR "Korea"`},
		{"US-Korea", `"United States" OR "United States of America" OR "U.S." OR "USA" OR "U.S.A." "Republic of Korea" OR "RoK" OR "South Korea" OR "Korea"`},
		{"us", "us"},                 // a word, not the country
		{"rok", "rok"},               // lower case: not the abbreviation
		{"well-known", "well-known"}, // hyphenated words stay
		{"trade -Japan", `"trade" -"Japan"`},
		{"Japan OR Korea", `"Japan" OR "Republic of Korea" OR "RoK" OR "South Korea" OR "Korea"`},
		{`"unclosed`, `"unclosed`},
		{"-Japan", "-Japan"}, // no word to find: the store says so
	}
	for _, tt := range tests {
		if got := ExpandCountries(tt.in); got != tt.want {
			t.Errorf("ExpandCountries(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
