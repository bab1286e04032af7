package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestParticipleAgent37 checks that the agent of a giving participle that
// describes a sum ("the $N loan pledged by A", "a plan announced by A's
// export agency to establish a $N facility", "announcements made by A …,
// especially … $N") holds the sum, not the leaders who welcome it, the
// speaker who urges its use or the recipient; and that a participle of
// its own clause ("was announced by") or another country's subject after
// the agent leave the holder as before. Names and figures invented.
func TestParticipleAgent37(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"welcomed the loan pledged by", "", false, []string{"KE", "JP"},
			"Kenya welcomed the $430 million loan pledged by Japan for the Mombasa rail link.",
			[]accord.Target{{Metric: "loan", Value: 430e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"both leaders welcomed a package announced by", "", false, []string{"KE", "JP"},
			"The two leaders welcomed the $615 million package announced by Japan for Kenya's ports.",
			[]accord.Target{{Metric: "package", Value: 615e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a plan announced by an agency named by its country", "", false, []string{"ID", "AU"},
			"Both leaders welcomed a plan announced by Export Finance Australia to establish a US$170 million credit facility with Indonesia's power utility.",
			[]accord.Target{{Metric: "credit facility", Value: 170e6, Unit: "USD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"announcements made by, far before the sum", "", false, []string{"GH", "IN"},
			"I urged the governments of the three countries to take full advantage of announcements made by India for Africa during the summit, especially the new training scholarships as well as US $ 740 million grant assistance.",
			[]accord.Target{{Metric: "grant assistance", Value: 740e6, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
		{"guard: another country's subject after the agent", "", false, []string{"KE", "JP"},
			"Both sides welcomed the rail package announced by Japan on Monday, while Kenya will add $45 million for the port.",
			[]accord.Target{{Metric: "port", Value: 45e6, Unit: "USD", Comparator: "eq", Holders: []string{"KE"}}}},
	})
}

// TestReportAdverbCue37 checks that a report adverb right before a giving
// verb ("has so far offered", "has to date pledged", "has thus far
// committed") makes the sum a report of what was given, as "has already
// committed" does, while a future verb after it in the sentence still
// commits. Figures invented.
func TestReportAdverbCue37(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"so far offered", "", false, []string{"IN"},
			"Under the partnership, India has so far offered lines of credit worth US$ 6.38 billion.",
			nil},
		{"to date pledged", "", false, []string{"NO"},
			"Norway has to date pledged $47 million to the reef fund.",
			nil},
		{"thus far committed", "", false, []string{"CA"},
			"Canada has thus far committed $215 million to the initiative.",
			nil},
		{"a further sum after the report", "", false, []string{"KR"},
			"Korea has so far pledged $23 million and will provide a further $11 million to the reef fund.",
			[]accord.Target{{Metric: "provision for reef", Value: 11e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
	})
}

// TestFiscalYearSpan37 checks that a span written as two fiscal years,
// "from 2019–2020 to 2023–2024", is the period from the first one's start
// to the last one's end, and that one fiscal year alone stays itself.
// Figures invented.
func TestFiscalYearSpan37(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"bracketed from-to fiscal years", "", false, []string{"CA", "ML"},
			"Canada will provide $17,000,000 (from 2025–2026 to 2029–2030) for maternal health in Mali.",
			[]accord.Target{{Metric: "provision for maternal health", Value: 17e6, Unit: "CAD", Comparator: "eq", Period: "2025-2030", Holders: []string{"CA"}}}},
		{"short fiscal years", "", false, []string{"CA", "ML"},
			"Canada will provide $17 million from 2025-26 to 2028-29 for maternal health in Mali.",
			[]accord.Target{{Metric: "provision", Value: 17e6, Unit: "CAD", Comparator: "eq", Period: "2025-2029", Holders: []string{"CA"}}}},
		{"one fiscal year", "", false, []string{"CA", "ML"},
			"Canada will provide $17 million in 2025-26 for maternal health in Mali.",
			[]accord.Target{{Metric: "provision for maternal health", Value: 17e6, Unit: "CAD", Comparator: "eq", Period: "2025-2026", Holders: []string{"CA"}}}},
	})
}

// TestProvidedWith37 checks that a bare sum given "with" after its
// recipient ("will provide Jordan with $N") is read as
// provision to that recipient, that a noun after the sum still names it,
// and that a recipient that is no country is left as before. Figures
// invented.
func TestProvidedWith37(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"provide X with a bare sum", "", false, []string{"US", "JO"},
			"The United States will provide Jordan with $7.25 billion over the next six years.",
			[]accord.Target{{Metric: "provision to Jordan", Value: 7.25e9, Unit: "USD", Comparator: "eq", Period: "2025-2031", Holders: []string{"US"}}}},
		{"an additional sum", "", false, []string{"DE", "UA"},
			"Germany will provide Ukraine with an additional €640 million.",
			[]accord.Target{{Metric: "provision to Ukraine", Value: 640e6, Unit: "EUR", Comparator: "eq", Holders: []string{"DE"}}}},
		{"a noun after the sum names it", "", false, []string{"DE", "UA"},
			"Germany will provide Ukraine with €640 million in winter aid.",
			[]accord.Target{{Metric: "winter aid", Value: 640e6, Unit: "EUR", Comparator: "eq", Holders: []string{"DE"}}}},
		{"guard: no country before with", "", false, []string{"DE"},
			"The ministry will provide farmers with €640 million.",
			nil},
	})
}

// TestAsSumOf37 checks that "as the sum of X" after a sum names the sum
// by X, as "as X" does ("USD 700 million as concessional line of
// credit"): the words that only introduce a sum are skipped after "as"
// as they are before a sum. Figures invented.
func TestAsSumOf37(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"as the sum of", "", false, []string{"JP"},
			"Japan will invest US$ 26 billion as the sum of public and private financial contribution.",
			[]accord.Target{{Metric: "public and private financial contribution", Value: 26e9, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"as a total of", "", false, []string{"KR", "LA"},
			"Korea will provide $38 million as a total of grant aid to Laos.",
			[]accord.Target{{Metric: "grant aid", Value: 38e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
	})
}
