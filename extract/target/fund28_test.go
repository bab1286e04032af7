package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestCreditLine28 checks lines of credit named by a funding phrase whose
// last or middle word is a stop word ("line", "of"): "a $2 billion credit
// line", "a $2-billion line of credit", "a credit line of US$1.1 billion",
// "a 12 billion U.S. dollar line of credit" are funding, and the phrase is
// their metric (not the verb's nominal, "provision"). A sum "in line with"
// a goal stays what it was. Names and figures invented.
func TestCreditLine28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a sum before credit line, present tense", "", false, []string{"IN", "KZ"},
			"India extends a USD 2 billion credit line to Kazakhstan.",
			[]accord.Target{{Metric: "credit line", Value: 2e9, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
		{"a hyphenated sum before line of credit", "", false, []string{"IN", "KZ"},
			"India will provide a $2-billion line of credit to Kazakhstan.",
			[]accord.Target{{Metric: "line of credit", Value: 2e9, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
		{"credit line of, past tense", "", false, []string{"IN", "KZ"},
			"India extended a credit line of US$1.1 billion to Kazakhstan.",
			[]accord.Target{{Metric: "credit line", Value: 1.1e9, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
		{"a sum in dollars as a modifier", "", false, []string{"CN", "KZ"},
			"China will set up a 12 billion U.S. dollar line of credit for Kazakhstan.",
			[]accord.Target{{Metric: "line of credit", Value: 12e9, Unit: "USD", Comparator: "eq", Holders: []string{"CN"}}}},
		{"a credit line of, to whom", "", false, []string{"CN", "KZ"},
			"China will provide Kazakhstan's banks with a credit line of $12 billion.",
			[]accord.Target{{Metric: "credit line", Value: 12e9, Unit: "USD", Comparator: "eq", Holders: []string{"CN"}}}},
		{"a sum given as a line of credit", "", false, []string{"IN", "KZ"},
			"India announced USD 700 million as concessional line of credit to Kazakhstan.",
			[]accord.Target{{Metric: "line of credit", Value: 700e6, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
		{"a sum given as a grant", "", false, []string{"IN", "KZ"},
			"India will give USD 7 million as a grant to Kazakhstan.",
			[]accord.Target{{Metric: "grant", Value: 7e6, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
		{"a sum given as a grant for a purpose", "", false, []string{"IN", "KZ"},
			"In addition, India committed USD 7 million as grant for supporting these schools.",
			[]accord.Target{{Metric: "grant", Value: 7e6, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
		{"Nepalese rupees by their sign", "", false, []string{"IN", "NP"},
			"The Prime Minister announced NRs 7,000 crore as concessional line of credit to Nepal.",
			[]accord.Target{{Metric: "line of credit", Value: 70e9, Unit: "NPR", Comparator: "eq", Holders: []string{"IN"}}}},
		{"a sum as a share: not funding", "", false, []string{"IN", "KZ"},
			"India will spend USD 7 million as a share of the budget.",
			[]accord.Target{{Metric: "spending", Value: 7e6, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
		{"a level in line with a goal", "", false, []string{"IN", "KZ"},
			"India will raise its budget to $2 billion in line with the plan.",
			[]accord.Target{{Metric: "budget", Value: 2e9, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
	})
}

// TestNotesConcerning28 checks the passive exchange of notes that Japan's
// missions write: "Notes were exchanged (in <city>) between A, Ambassador
// of Japan to X, and B, Minister of Finance, concerning grant aid of up to
// N yen" commits the issuer of the yen however long the parties' clause
// is, as "An agreement was signed between … concerning" does. Views
// exchanged about a loan, and notes exchanged in a year gone by, do not.
// Names and figures invented.
func TestNotesConcerning28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"notes exchanged between officials, concerning grant aid", "", false, []string{"JP", "MV"},
			"Notes were exchanged in Male between Mr. Taro Hinoki, Ambassador of Japan to Maldives, and Mr. Ahmed Faris, Minister of Finance, concerning grant aid of up to 740 million yen for the Project for Coastal Radars.",
			[]accord.Target{{Metric: "aid", Value: 740e6, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
		{"notes exchanged between governments, concerning a loan", "", false, []string{"JP", "MV"},
			"On 3 May, Notes were exchanged between the Government of Japan and the Government of Maldives concerning a Japanese ODA loan of up to 14.5 billion yen.",
			[]accord.Target{{Metric: "loan", Value: 14.5e9, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
		{"notes signed between governments", "", false, []string{"JP", "MV"},
			"Notes were signed between the Government of Japan and the Government of Maldives regarding a Japanese ODA loan of up to 14.5 billion yen.",
			[]accord.Target{{Metric: "loan", Value: 14.5e9, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
		{"views exchanged about a loan: no notes", "", false, []string{"JP", "MV"},
			"Views were exchanged between the Government of Japan and the Government of Maldives concerning a Japanese ODA loan of up to 14.5 billion yen.",
			nil},
		{"notes exchanged in a past year", "", false, []string{"JP", "MV"},
			"In 2019, Notes were exchanged between the Government of Japan and the Government of Maldives concerning a Japanese ODA loan of up to 14.5 billion yen.",
			nil},
	})
}

// TestLeaderGovernment28 checks a government or administration named by
// its leader's surname when the text names the leader nowhere else: the
// head of state or government of that name on the day (the office table)
// gives the country. A word no leader bears, and a country's name, stay as
// they were. The surnames are real leaders' (the table's knowledge); the
// figures are invented.
func TestLeaderGovernment28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"the Biden administration", "", false, []string{"PH", "VN", "US"},
			"The Biden administration will provide $75 million for coastal radars in the region.",
			[]accord.Target{{Metric: "provision", Value: 75e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"the Kishida government", "", false, []string{"PH", "VN", "JP"},
			"The Kishida government will provide $75 million for coastal radars in the region.",
			[]accord.Target{{Metric: "provision", Value: 75e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a ticket named by its head", "", false, []string{"PH", "VN", "IE"},
			"The Biden-Harris Administration will provide $75 million for coastal radars in the region.",
			[]accord.Target{{Metric: "provision", Value: 75e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"the Administration: no surname", "", false, []string{"PH", "VN", "US"},
			"The Administration will provide $75 million for coastal radars in the region.",
			[]accord.Target{{Metric: "provision", Value: 75e6, Unit: "USD", Comparator: "eq", Holders: []string{"PH"}}}},
		{"a word no leader bears: the article's first country, as before", "", false, []string{"PH", "VN", "JP"},
			"The Transitional government will provide $75 million for coastal radars in the region.",
			[]accord.Target{{Metric: "provision", Value: 75e6, Unit: "USD", Comparator: "eq", Holders: []string{"PH"}}}},
	})
}
