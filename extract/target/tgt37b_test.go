package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestHyphenatedSum37b checks a sum written as one hyphenated adjective,
// as Xinhua and the papers that follow its style write loans and grants
// ("a 100-million-yuan loan", "the 46.3-billion-yen loan", "a
// 10-million-U.S.-dollar grant", "a 10-million-New Zealand dollar
// fund"): the scale and the currency are the sum's; a hyphenated count
// that names no currency stays no sum. Names and figures invented.
func TestHyphenatedSum37b(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"scale and currency in one word", "", false, []string{"CN", "NP"},
			"China will provide a 70-million-yuan grant for the Pokhara water project.",
			[]accord.Target{{Metric: "grant", Value: 70e6, Unit: "CNY", Comparator: "eq", Holders: []string{"CN"}}}},
		{"decimal sum in yen", "", false, []string{"JP", "LK"},
			"Japan will extend a 23.4-billion-yen loan for the Galle port expansion.",
			[]accord.Target{{Metric: "loan", Value: 23.4e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"U.S.-dollar hyphenated", "", false, []string{"CN", "LA"},
			"China will offer a 230-million-U.S.-dollar concessional loan for the Vientiane ring road.",
			[]accord.Target{{Metric: "concessional loan", Value: 230e6, Unit: "USD", Comparator: "eq", Holders: []string{"CN"}}}},
		{"a two-word currency after the hyphen", "", false, []string{"NZ", "FJ"},
			"New Zealand will provide a 14-million-New Zealand dollar grant for the Suva clinics.",
			[]accord.Target{{Metric: "grant", Value: 14e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"a singular euro after the sum", "", false, []string{"CN", "RS"},
			"China will provide a loan of 35 million euro for the Nis bypass.",
			[]accord.Target{{Metric: "loan", Value: 35e6, Unit: "EUR", Comparator: "eq", Holders: []string{"CN"}}}},
		{"US-dollars written as one hyphenated word", "", false, []string{"CN", "ER"},
			"China will provide a 16-million-US-dollars grant for the Keren hospital.",
			[]accord.Target{{Metric: "grant", Value: 16e6, Unit: "USD", Comparator: "eq", Holders: []string{"CN"}}}},
		{"a bare dollar read in the outlet's country", "AU", false, []string{"AU", "FJ"},
			"Australia will provide a 9-million-dollar grant for the Lautoka wharf.",
			[]accord.Target{{Metric: "grant", Value: 9e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"guard: a hyphenated count names no currency", "", false, []string{"CN", "NP"},
			"China will support a 12-million-member farmers' union in the Terai.",
			nil},
	})
}

// TestDottedRupeeSign37b checks the rupee sign written as an abbreviation
// with its period ("Rs. 450 crore", "Rs.450 crore"): the period neither
// ends the sentence nor parts the sign from the sum. Names and figures
// invented.
func TestDottedRupeeSign37b(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"Rs. then a space", "", false, []string{"IN", "BT"},
			"India will provide a grant of Rs. 450 crore for the Gelephu hydropower project.",
			[]accord.Target{{Metric: "grant", Value: 4.5e9, Unit: "INR", Comparator: "eq", Holders: []string{"IN"}}}},
		{"Rs. glued to the sum", "", false, []string{"IN", "BT"},
			"India will provide a loan of Rs.450 crore for the Gelephu hydropower project.",
			[]accord.Target{{Metric: "loan", Value: 4.5e9, Unit: "INR", Comparator: "eq", Holders: []string{"IN"}}}},
		{"Rs. on a Sri Lankan outlet is the rupee of Sri Lanka", "LK", false, []string{"IN", "LK"},
			"India will provide Rs. 450 million for the Jaffna housing project.",
			[]accord.Target{{Metric: "provision", Value: 450e6, Unit: "LKR", Comparator: "eq", Holders: []string{"IN"}}}},
	})
}

// TestWelcomeVerbBase37b checks that a welcoming verb in its base form
// after "to" ("spoke … to applaud Ghana's decision to approve $N", "to
// commend") makes the welcomed possessor the sum's holder, as its past
// form does. Names and figures invented.
func TestWelcomeVerbBase37b(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"to applaud the possessor's decision", "", false, []string{"PE", "GH", "TG"},
			"President Ana Ruiz of Peru spoke today with Prime Minister Kofi Mensah to applaud Ghana's historic decision at the summit today to approve $30 billion in additional support to Togo.",
			[]accord.Target{{Metric: "support", Value: 30e9, Unit: "USD", Comparator: "eq", Holders: []string{"GH"}}}},
		{"to commend the possessor's decision", "", false, []string{"PE", "GH", "TG"},
			"President Ana Ruiz of Peru called Prime Minister Kofi Mensah to commend Ghana's bold decision at the summit today to approve $30 billion in additional support to Togo.",
			[]accord.Target{{Metric: "support", Value: 30e9, Unit: "USD", Comparator: "eq", Holders: []string{"GH"}}}},
	})
}

// TestCodeBracketAndRate37b checks two brackets of loan releases: a sum
// whose currency's code follows in brackets before its conversion
// ("165,319 million Japanese Yen (JPY) (approximately $1.27 billion)") is
// one sum, the conversion no second target; and an exchange rate told
// inside a conversion ("at Tk 119.50 per dollar") is no sum. Names and
// figures invented.
func TestCodeBracketAndRate37b(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"code bracket, then the conversion", "", false, []string{"JP", "BD"},
			"Under the 51st ODA Loan Package, the Government of Japan will provide 123,456 million Japanese Yen (JPY) (approximately $0.95 billion) for the Khulna rail project.",
			[]accord.Target{{Metric: "provision", Value: 123456e6, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"an exchange rate inside the conversion", "", false, []string{"JP", "BD"},
			"Japan has agreed to provide Bangladesh with a loan of $312.4 million (approximately Tk 3,810 crore at Tk 122.00 per dollar) for the Khulna rail project.",
			[]accord.Target{{Metric: "loan", Value: 312.4e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
	})
}
