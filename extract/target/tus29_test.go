package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestListedParts29 checks the parts of a package an agency lists in one
// sentence: after the first part, which its verb commits, the later sums
// stand after a comma, semicolon or "and" and are the same giver's. A sum
// after a new clause ("while Zembla will provide …") is not a part.
// Names and figures invented.
func TestListedParts29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"three parts, comma list", "US", true, []string{"US", "ZM"},
			"These agreements provide $17 million in additional funding for programs on rural growth, $12.4 million to improve primary schooling, and $61.5 million to improve clinics.",
			[]accord.Target{
				{Metric: "funding", Value: 17e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "improvement for primary schooling", Value: 12.4e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "improvement for clinics", Value: 61.5e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
			}},
		{"two channels joined by and", "US", true, []string{"US", "ZM"},
			"This assistance includes more than $413 million through the Department of State's Bureau of Population, Refugees, and Migration and more than $1.7 billion through the United States Agency for International Development's Bureau for Humanitarian Assistance.",
			[]accord.Target{
				{Metric: "assistance", Value: 413e6, Unit: "USD", Comparator: "gte", Holders: []string{"US"}},
				{Metric: "assistance", Value: 1.7e9, Unit: "USD", Comparator: "gte", Holders: []string{"US"}},
			}},
	})
}

// TestNowTotals29 checks sums reached so far: "now totals $X" and a running
// total "to nearly $X" whose possessor stands before "total" ("bring
// DFC's total approved projects … to nearly $4 billion") are reports, not
// new commitments. Names and figures invented.
func TestNowTotals29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"now totals", "US", true, []string{"US", "ZM"},
			"With the amendments, the Agency's 2024 assistance investment in Zambia now totals $317 million.",
			nil},
		{"possessor before total, hedged sum", "US", true, []string{"US", "ZM"},
			"The newly announced loans bring the Corporation's total approved projects in Fiscal Year 2026 to nearly $6 billion.",
			nil},
	})
}

// TestFundingOwner29 checks a sum "in" or "of" a country's funding noun:
// "$X in additional U.S. humanitarian assistance" is the United States'
// though the sentence names another country first (where it was
// announced, whom it helps). Names and figures invented.
func TestFundingOwner29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"announced during a visit elsewhere", "US", true, []string{"US", "ZM", "PE"},
			"During a visit to Cusco, Peru, U.S. Secretary of State Mara Ellison announced nearly $217 million in additional U.S. humanitarian assistance to respond to the crisis in Zambia.",
			[]accord.Target{{Metric: "U.S. humanitarian assistance", Value: 217e6, Unit: "USD", Comparator: "approx", Holders: []string{"US"}}}},
	})
}

// TestFundingOwnerForms29 checks the other forms of a giver named on the
// money: the possessor of the sum ("the Agency's $X contribution to this
// bilateral agreement" is not both countries'), "US" written in capitals
// before the funding noun (not the pronoun "us"), and the currency said
// twice ("$X U.S. dollars in development assistance"). Names and figures
// invented.
func TestFundingOwnerForms29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"possessor of the sum", "US", true, []string{"US", "ZM"},
			"USAID's $145 million contribution to this bilateral agreement reaffirms the two countries' continued partnership.",
			[]accord.Target{{Metric: "contribution", Value: 145e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"US in capitals", "US", true, []string{"US", "ZM"},
			"The new amendment will add $8 million of US assistance to Zambia.",
			[]accord.Target{{Metric: "US assistance", Value: 8e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"currency said twice", "US", true, []string{"US", "ZM"},
			"Today I want to announce $145 million U.S. dollars in development assistance to Zambia from USAID.",
			[]accord.Target{{Metric: "development assistance", Value: 145e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
	})
}

// TestValuedAppositive29 checks a drawdown valued in an appositive: "our
// 31st drawdown … since August 2021, valued at $X" commits the sum as
// "… and is valued at" does; the "since" counts drawdowns. Names and
// figures invented.
func TestValuedAppositive29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"valued at after a comma", "US", true, []string{"US", "MD"},
			"I am authorizing our 17th drawdown of U.S. arms and equipment for Moldova since August 2021, valued at $265 million.",
			[]accord.Target{{Metric: "drawdown", Value: 265e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"a past contract valued: a report", "US", true, []string{"US", "MD"},
			"The 2019 contract, valued at $265 million, was completed last year.",
			nil},
	})
}

// TestIncludedParts29 checks a package a sentence opens with and the sums
// it "includes": "The humanitarian assistance includes nearly $X for A;
// nearly $Y to support B" are parts of the giver's package, not bare
// purposes. A report's subject ("Trade with Zambia includes …") names no
// funding and stays unread. Names and figures invented.
func TestIncludedParts29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"funding subject includes parts", "US", true, []string{"US", "ZM", "MW"},
			"The humanitarian assistance includes nearly $238 million for the Zambia regional response; nearly $117 million to support refugees in Malawi; and $86 million for migration efforts in the region.",
			[]accord.Target{
				{Metric: "humanitarian assistance", Value: 238e6, Unit: "USD", Comparator: "approx", Holders: []string{"US"}},
				{Metric: "support for refugees", Value: 117e6, Unit: "USD", Comparator: "approx", Holders: []string{"US"}},
				{Metric: "migration efforts", Value: 86e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
			}},
		{"a trade subject: no package", "US", true, []string{"US", "ZM"},
			"Trade with Zambia includes $238 million for copper.",
			nil},
	})
}

// TestEqualParts29 checks two parts of one sentence of the same size: "$X
// for A, and $X to B" are two commitments, not one restated. (A guard:
// main reads both; the listed-part rule first joined them.) Names and
// figures invented.
func TestEqualParts29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"two parts of one size", "US", true, []string{"US", "ZM"},
			"The Administration intends to provide $400,000 for a new Budget Integrity Program to make district budgets transparent, and $400,000 to broaden the reach of civic advocacy.",
			[]accord.Target{
				{Metric: "Budget Integrity Program", Value: 4e5, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "broaden", Value: 4e5, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
			}},
	})
}
