package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestTwoLevelsOfOneMeasure checks two goals of one measure in a sentence:
// the first keeps a time of its own ("in the near future") rather than the
// second's deadline; the second, the object of "reaching" after "and",
// measures what the first does, past an apposition and a manner phrase
// ("in a balanced and sustainable direction"). Figures invented.
func TestTwoLevelsOfOneMeasure(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a time of its own", "PE", false, []string{"PE", "CL"},
			"The leaders agreed on the goal of raising their bilateral trade turnover to 40 billion USD in the near future and 60 billion USD by 2032 in a balanced and sustainable manner.",
			[]accord.Target{
				{Metric: "bilateral trade turnover", Value: 40e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}},
				{Metric: "bilateral trade turnover", Value: 60e9, Unit: "USD", Comparator: "eq", Deadline: "2032", Holders: []string{"CL", "PE"}},
			}},
		{"reaching the next level", "PE", false, []string{"PE", "CL"},
			"The two leaders pledged to work toward boosting bilateral trade turnover to 40 billion USD by 2027, coinciding with the 10th anniversary of the Peru-Chile Free Trade Agreement, and reaching 60 billion USD by 2032 in a balanced and sustainable direction.",
			[]accord.Target{
				{Metric: "bilateral trade turnover", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2027", Holders: []string{"CL", "PE"}},
				{Metric: "bilateral trade turnover", Value: 60e9, Unit: "USD", Comparator: "eq", Deadline: "2032", Holders: []string{"CL", "PE"}},
			}},
	})
}

// TestRaisingIt checks that a level verb's pronoun object ("raising it to
// $60 billion by 2032") takes up the measure of the sentence before.
// Figures invented.
func TestRaisingIt(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"raising it", "PE", false, []string{"PE", "CL"},
			"The two prime ministers on Tuesday agreed to increase bilateral trade turnover to US$40 billion by 2027. They also committed to raising it to $60 billion by 2032.",
			[]accord.Target{
				{Metric: "bilateral trade turnover", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2027", Holders: []string{"CL", "PE"}},
				{Metric: "trade", Value: 60e9, Unit: "USD", Comparator: "eq", Deadline: "2032", Holders: []string{"CL", "PE"}},
			}},
	})
}

// TestSplitInfinitiveCue checks that a goal after a list clause is read
// when its infinitive is split by an adverb ("in a bid to soon raise").
// Figures invented.
func TestSplitInfinitiveCue(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"to soon raise", "PE", false, []string{"PE", "CL"},
			"The two leaders agreed to bolster cooperation in such important areas like agriculture, while creating favorable conditions for their goods to enter each other's markets in a bid to soon raise the two-way trade to US$7 billion.",
			[]accord.Target{{Metric: "two-way trade", Value: 7e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
	})
}

// TestShareAndForecast checks that a percent in apposition to a sum ("$5.2
// billion, approximately 40 percent of the total") is that sum's share and
// no goal, and that a quantity a portfolio "is forecasted to help reduce"
// is a forecast, not a commitment. Figures invented.
func TestShareAndForecast(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a share in apposition", "US", true, []string{"US", "CL"},
			"The partners will provide USD $3.1 billion to the vaccine fund, approximately 35 percent of the total contributions from government donors.",
			[]accord.Target{{Metric: "provision for vaccine", Value: 3.1e9, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"a forecast", "US", true, []string{"US", "CL"},
			"The targeted portfolio is forecasted to help reduce 3 million metric tonnes of carbon dioxide emissions over its lifetime.",
			nil},
	})
}

// TestNextYear checks that "next year" dates a goal to the year after
// publication (2026 here), and "over the next year" gives no year.
// Figures invented.
func TestNextYear(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"next year", "CL", true, []string{"CL", "PE"},
			"The President confirmed Chile would provide US$1.3 billion in reconstruction aid next year.",
			[]accord.Target{{Metric: "reconstruction aid", Value: 1.3e9, Unit: "USD", Comparator: "eq", Deadline: "2026", Holders: []string{"CL"}}}},
		{"by next year", "CL", true, []string{"CL", "PE"},
			"The two presidents agreed to raise bilateral trade to US$9 billion by next year.",
			[]accord.Target{{Metric: "bilateral trade", Value: 9e9, Unit: "USD", Comparator: "eq", Deadline: "2026", Holders: []string{"CL", "PE"}}}},
	})
}

// TestHelpedPeople checks that a country's people helped to reach a share
// ("help Ruritanians generate 60 percent of its clean energy") make the
// share that country's goal, whoever helps. Figures invented.
func TestHelpedPeople(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a people helped", "US", true, []string{"US", "PE"},
			"Investing in solar energy projects. It's going to help Peruvians generate 60 percent of its clean energy by 2027.",
			[]accord.Target{{Metric: "clean energy", Value: 60, Unit: "percent", Comparator: "eq", Deadline: "2027", Holders: []string{"PE"}}}},
	})
}

// TestCurrencyRestated checks that a sum restated in another currency after
// ", or about" is the same commitment, not a second one. Figures invented.
func TestCurrencyRestated(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"or about in dollars", "JP", true, []string{"JP", "PE"},
			"He also told his counterpart that Japan is ready to provide about 27.5 billion yen in loans, or about 200 million dollars, to fund projects in Peru.",
			[]accord.Target{{Metric: "loans", Value: 27.5e9, Unit: "JPY", Comparator: "approx", Holders: []string{"JP"}}}},
	})
}

// TestFlowFromTo checks that money named flowing "from A to B" is A's when
// A's side states it, and both sides' when the two leaders set it together
// (session 27: dev50, dev59 and the outlets reference all hold such a goal
// by both), while a route "that extends from A to B" gives no holder.
// Figures invented.
func TestFlowFromTo(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"investment from one to the other", "PE", true, []string{"PE", "CL"},
			"The two leaders expressed their intention to realize 4 trillion yen of public and private investment and financing from Peru to Chile in the next five years.",
			[]accord.Target{{Metric: "public and private investment", Value: 4e12, Unit: "JPY", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL", "PE"}}}},
		{"a route is no flow", "US", true, []string{"US", "PE", "CL"},
			"The United States will provide $2 billion for railway lines that extend from Peru to Chile.",
			[]accord.Target{{Metric: "railway lines", Value: 2e9, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
	})
}

// TestGoalFromBaseline checks that a goal raised "from" a baseline of a
// past year is a goal ("to £40 billion by 2030 from £24 billion in 2022",
// "from … in 2022 to … by 2030"), the baseline no goal, and a sum of a past
// year still a report. Figures invented.
func TestGoalFromBaseline(t *testing.T) {
	trade := []accord.Target{{Metric: "bilateral trade", Value: 40e9, Unit: "GBP", Comparator: "eq", Deadline: "2030", Holders: []string{"GB", "PE"}}}
	runSourcedTargets(t, []sourcedTarget{
		{"baseline after", "GB", true, []string{"GB", "PE"},
			"The leaders agreed to raise bilateral trade to £40 billion by 2030 from £24 billion in 2022.", trade},
		{"baseline before", "GB", true, []string{"GB", "PE"},
			"The leaders agreed to raise bilateral trade from £24 billion in 2022 to £40 billion by 2030.", trade},
		{"a past sum", "GB", true, []string{"GB", "PE"},
			"The UK provided £24 million in 2022 to the fund.", nil},
	})
}

// TestResultFromBaseline checks that a result told from a past baseline
// ("cut the rate from nearly 30% in 2019 to 14% in 2022") stays a report.
func TestResultFromBaseline(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a result", "US", true, []string{"US", "PE"},
			"In Peru, these efforts have cut the poverty rate in half, from nearly 30% in 2019 to 14% in 2025.", nil},
	})
}

// TestFirmsInvestment checks that investment "by" or "from" the firms of a
// country ("by Peruvian companies", "from Peruvian firms") is that
// country's, whoever welcomes or announces it. Figures invented.
func TestFirmsInvestment(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"by firms", "GB", true, []string{"GB", "PE"},
			"The two leaders welcomed the investment of over 300 billion yen by Peruvian companies in the UK announced today.",
			[]accord.Target{{Metric: "investment", Value: 300e9, Unit: "JPY", Comparator: "gte", Holders: []string{"PE"}}}},
		{"from firms", "GB", true, []string{"GB", "PE"},
			"The Prime Minister announced £1.2 billion of investment from Peruvian firms into the UK, creating over 3,000 jobs.",
			[]accord.Target{{Metric: "investment", Value: 1.2e9, Unit: "GBP", Comparator: "eq", Holders: []string{"PE"}}}},
	})
}

// TestSpanStartingIn checks that "over four years, starting in 2024-25" is a
// four-year period from the publication year, not the fiscal year alone,
// and that a year or such an aside before "to support …" leaves the
// purpose the measure. Figures invented.
func TestSpanStartingIn(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"over years starting in", "CA", true, []string{"CA", "PE"},
			"Canada is committing $250 million over four years, starting in 2025-26, to support clean energy projects in Peru.",
			[]accord.Target{{Metric: "support for clean energy projects", Value: 250e6, Unit: "CAD", Comparator: "eq", Period: "2025-2029", Holders: []string{"CA"}}}},
		{"in a fiscal year", "CA", true, []string{"CA", "PE"},
			"Canada will provide $250 million in 2025-26 to support clean energy projects in Peru.",
			[]accord.Target{{Metric: "support for clean energy projects", Value: 250e6, Unit: "CAD", Comparator: "eq", Period: "2025-2026", Holders: []string{"CA"}}}},
	})
}
