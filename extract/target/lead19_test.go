package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestLead19 checks rules the lead wrote in session 19 from how fact
// sheets, remarks and a recipient's readouts word money (names and sums
// invented).
func TestLead19(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		// A sentence opening "In Fiscal Year N" dates the sum to that year:
		// the "In" is no part of the year's name.
		{"a sentence opening with the fiscal year", "US", true, []string{"US", "CL"},
			"In Fiscal Year 2025 alone, the Department of State is planning to provide Chile with more than $70 million in bilateral assistance.",
			[]accord.Target{{Metric: "bilateral assistance", Value: 70e6, Unit: "USD", Comparator: "gte", Deadline: "2025", Holders: []string{"US"}}}},
		// Spoken "17 more million" is 17 million more.
		{"a number, more, then its scale", "US", true, []string{"US", "CL"},
			"And I’m proud to announce that we’re making an additional one-time donation of 12 more million doses of Acme vaccine to Chile.",
			[]accord.Target{{Metric: "doses", Value: 12e6, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		// A drawdown of defence stocks is a funding package.
		{"a drawdown", "US", true, []string{"US", "CL"},
			"I just signed another $150 million drawdown from the Department of Defense for Chile.",
			[]accord.Target{{Metric: "drawdown", Value: 150e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		// A law named by its year does not date the sum to that year.
		{"a statute's year is no past date", "US", true, []string{"US", "CL"},
			"The United States intends to ensure that the tariff imposed pursuant to Section 88 of the Commerce Act of 1958 does not exceed 12 percent for copper goods of Chile.",
			[]accord.Target{{Metric: "copper goods", Value: 12, Unit: "percent", Comparator: "lte", Holders: []string{"US"}}}},
		{"a year after of is still a past date", "US", true, []string{"US", "CL"},
			"The tariff of 1958 did not exceed 12 percent for copper goods of Chile.",
			nil},
		// The shares of a sum "from" each country are each one's.
		{"shares from each country", "US", true, []string{"US", "CL"},
			"The two countries will launch a $300 million water compact, supported with $260 million from the United States and $40 million from Chile.",
			[]accord.Target{
				{Metric: "water compact", Value: 300e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "US"}},
				{Metric: "water compact", Value: 260e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "water compact", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}},
			}},
		{"a second share from a country", "GB", true, []string{"GB", "KE"},
			"The programme will be funded with £30 million from the United Kingdom and £5 million from Kenya.",
			[]accord.Target{
				{Metric: "programme", Value: 30e6, Unit: "GBP", Comparator: "eq", Holders: []string{"GB"}},
				{Metric: "programme", Value: 5e6, Unit: "GBP", Comparator: "eq", Holders: []string{"KE"}},
			}},
		// The recipient's release: aid "to our state" is the giver's.
		{"aid to our state in the recipient's release", "UA", true, []string{"UA", "US"},
			"The President noted the two recent packages: 1.5 billion dollars in security assistance and almost 9 billion dollars in aid to our state.",
			[]accord.Target{
				{Metric: "security assistance", Value: 1.5e9, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "aid to our state", Value: 9e9, Unit: "USD", Comparator: "approx", Holders: []string{"US"}},
			}},
		// A purchase of one country's goods is the buyer's, not the
		// origin's: "U.S. aircraft" are sold by the United States.
		{"the buyer of one country's goods", "US", true, []string{"US", "CL"},
			"The United States and Chile take note of the forthcoming commercial deals, including the procurement of 40 U.S. aircraft.",
			[]accord.Target{{Metric: "U.S. aircraft", Value: 40, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		// "increase by 40 percent, over the next years, the number of X":
		// the object after the amount is what grows.
		{"a change by a share with its object after", "US", true, []string{"US", "CL"},
			"Chile intends to increase by 40 percent over the next four years the number of jobs created by its firms in the United States.",
			[]accord.Target{{Metric: "number of jobs created", Value: 40, Unit: "percent", Comparator: "eq", Period: "2025-2029", Holders: []string{"CL"}}}},
		// A pledge made in the past "to donate" a sum is still a pledge.
		{"a pledge made earlier to donate", "US", true, []string{"US", "CL"},
			"The President made a pledge earlier this year to donate 300 million vaccine doses globally.",
			[]accord.Target{{Metric: "vaccine doses", Value: 300e6, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		{"donated earlier this year is a report", "US", true, []string{"US", "CL"},
			"The United States donated 300 million vaccine doses earlier this year.",
			nil},
		// Whoever made the pledge holds it, whatever the subject.
		{"the maker of a pledge after the noun", "US", true, []string{"US", "CL"},
			"Chile is slated to get more doses as part of the pledge the United States made at the summit earlier this year to donate 300 million vaccine doses globally.",
			[]accord.Target{{Metric: "vaccine doses", Value: 300e6, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		{"a possessor's pledge", "US", true, []string{"US", "CL"},
			"Chile is slated to get more doses as part of the United States' pledge to donate 300 million vaccine doses globally.",
			[]accord.Target{{Metric: "vaccine doses", Value: 300e6, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		// Goods made in the buyer's country are no purchase from it.
		{"made-in goods are the buyer's own", "US", true, []string{"US", "IN"},
			"The leaders welcomed joint support for a payment mechanism. This will accelerate the procurement of 5,000 made-in India electric buses.",
			[]accord.Target{{Metric: "made-in India electric buses", Value: 5000, Unit: "count", Comparator: "eq", Holders: []string{"IN"}}}},
		// Money "from" a fund named for a country is not that country's.
		{"from a fund named for a country", "US", true, []string{"US", "UA"},
			"USAID plans to provide an additional $10 million from Ukraine supplemental funding to support the energy grid.",
			[]accord.Target{{Metric: "provision", Value: 10e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		// The current fiscal year opening a report of what was done in it
		// makes no commitment.
		{"in the current fiscal year, approved", "US", true, []string{"US", "ET"},
			"In FY 2025, the Export-Import Bank approved an additional transaction of more than $300 million to support the sale of three aircraft to Ethiopia.",
			nil},
		{"a firm named for a country is no possessor country", "US", true, []string{"US", "IN"},
			"The leaders welcomed India’s Acme Steel USA’s plans to invest $90 million at its steel plant in Ohio.",
			[]accord.Target{{Metric: "investment", Value: 90e6, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
	})
}
