package extract

import "testing"

// TestSentCongratulations26 checks that a leader who "has sent his
// sincere congratulations" or "his heartfelt condolences" to a person or
// to a country's government and people sent a message; the adjectives and
// the possessive do not hide it (names invented).
func TestSentCongratulations26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"congratulations to a person", "The Presidency (South Africa)", "President congratulates Prime Minister Ana Ruiz of Peru", "2022-09-06",
			"President Tomas Ndlovu has sent his sincere congratulations to Ms Ana Ruiz following her appointment by President Luis Vega as Prime Minister of Peru.\n\nSouth Africa and Peru enjoy strong relations.",
			[]string{"message 2022-09-06 Ana Ruiz+Tomas Ndlovu"}},
		{"condolences to a government and people", "The Presidency (South Africa)", "President Ndlovu sends message of condolences to Peru", "2022-10-30",
			"President Tomas Ndlovu has, on behalf of the government and the people of South Africa, sent his heartfelt condolences to the government and the people of Peru following the floods in the capital, Lima.\n\nPresident Ndlovu wished all those injured speedy recoveries.",
			[]string{"message 2022-10-30 Peru+Tomas Ndlovu"}},
		{"plain", "The Presidency (South Africa)", "", "2022-10-30",
			"President Tomas Ndlovu sent condolences to Peruvian President Luis Vega following the floods.",
			[]string{"message 2022-10-30 Luis Vega+Tomas Ndlovu"}},
	})
}
