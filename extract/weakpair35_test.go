package extract

import "testing"

// TestPairedWeakCountry35 checks that a country whose name is also a common
// word or a name (Turkey, Georgia, Jordan) is read as a country when "and"
// joins it to another country, the pair of sides reports name ("Iran and
// Turkey have signed 10 agreements"), and not when it is a bird or a family
// name (names invented).
func TestPairedWeakCountry35(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"country and Turkey signed", "Agency", "News", "2024-05-15",
			"Chile and Turkey have signed 10 cooperation agreements in Santiago on Monday.",
			[]string{"signing 2024-05-13 Chile+Türkiye"}},
		{"Turkey and country signed", "Agency", "News", "2024-05-15",
			"Turkey and Peru signed a number of agreements late Monday in the Peruvian capital.",
			[]string{"signing 2024-05-13 Peru+Türkiye"}},
		{"Georgia and a country signed", "Agency", "News", "2024-05-15",
			"Georgia and Chile signed five agreements on Monday.",
			[]string{"signing 2024-05-13 Chile+Georgia"}},
		{"guard: the bird", "Agency", "News", "2024-05-15",
			"The President pardoned the Thanksgiving Turkey and Chile sent a delegation on Monday.",
			nil},
		{"guard: a family name", "Agency", "News", "2024-05-15",
			"Arlo Jordan and Chile signed five agreements on Monday.",
			nil},
	})
}
