package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestCommits6 checks the rules written from leaders' offices' and
// ministries' fact sheets, remarks and releases (sentences invented for the
// rules; programmes and sums are made up, countries are real so that they
// are known).
func TestCommits6(t *testing.T) {
	tests := []struct {
		name, home, published string
		gov                   bool
		sents                 []string
		countries             []string
		want                  []accord.Target // Metric is words the metric must hold
	}{
		{"megawatts measure generation capacity, whatever word stands next to them", "US", "2013-06-30", true,
			[]string{"With four partner countries in its first phase, the Sunrise Grid programme will add more than 5,000 megawatts of cleaner, more efficient generation capacity."},
			[]string{"US"},
			[]accord.Target{{Metric: "Sunrise Grid power generation capacity", Value: 5000, Unit: "MW", Comparator: "gte", Holders: []string{"US"}}}},
		{"a remarked goal worded around the figure names the programme of the sentence before", "US", "2015-07-25", true,
			[]string{"So our Lumen Power initiative has been bringing private capital to the continent.",
				"And our first goal was 4,000 megawatts; now we're looking at 12,000 megawatts, and we're well on our way."},
			[]string{"US"},
			[]accord.Target{
				{Metric: "Lumen Power power generation capacity", Value: 4000, Unit: "MW", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "Lumen Power power generation capacity", Value: 12000, Unit: "MW", Comparator: "eq", Holders: []string{"US"}}}},
		{"coordinated goals share the deadline that closes them", "US", "2016-07-20", true,
			[]string{"The work is putting us on course to increasing access to energy by 9,000 megawatts and add 7 million new electrical connections by 2030."},
			[]string{"US"},
			[]accord.Target{
				{Metric: "energy", Value: 9000, Unit: "MW", Comparator: "eq", Deadline: "2030", Holders: []string{"US"}},
				{Metric: "connections", Value: 7e6, Unit: "count", Comparator: "eq", Deadline: "2030", Holders: []string{"US"}}}},
		{"a deadline of a goal in a relative clause is not shared back", "US", "2023-11-30", true,
			[]string{"We will invest nearly $2 billion more in the region for roads and solar projects that will connect 5 million homes by 2027."},
			[]string{"US", "AO"},
			[]accord.Target{
				{Metric: "investment", Value: 2e9, Unit: "USD", Comparator: "approx", Holders: []string{"US"}},
				{Metric: "homes", Value: 5e6, Unit: "count", Comparator: "eq", Deadline: "2027", Holders: []string{"US"}}}},
		{"a programme in apposition names what 'It' goes on to promise", "US", "2013-06-30", true,
			[]string{"Today the President announced Bright Roads, a new initiative to connect rural towns.",
				"It will reach at least 3 million new households by 2028."},
			[]string{"US"},
			[]accord.Target{{Metric: "Bright Roads new households", Value: 3e6, Unit: "count", Comparator: "gte", Deadline: "2028", Holders: []string{"US"}}}},
		{"a programme launched by name", "US", "2016-07-20", true,
			[]string{"The President launched Clear Water Now in 2014 to bring water to rural towns.",
				"With Clear Water Now support, the work will add 2 million new connections by 2030."},
			[]string{"US"},
			[]accord.Target{{Metric: "Clear Water Now new connections", Value: 2e6, Unit: "count", Comparator: "eq", Deadline: "2030", Holders: []string{"US"}}}},
		{"company deals are not targets", "GB", "2022-04-21", true,
			[]string{"British and Chilean businesses will confirm more than £2 billion in new investments and export deals today, creating almost 9,000 jobs across the UK."},
			[]string{"GB", "CL"}, nil},
		{"the outlet's own businesses' deals are not targets", "GB", "2022-04-21", true,
			[]string{"British firms will confirm export deals worth more than £3 billion today."},
			[]string{"GB", "IN"}, nil},
		{"'increased' after a preposition is an adjective, not a report", "CA", "2018-11-18", true,
			[]string{"He also announced $15 million in new funding for increased technical assistance in small island states."},
			[]string{"CA"},
			[]accord.Target{{Metric: "funding", Value: 15e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"'That's why' opens the clause of the government giving", "CA", "2024-06-14", true,
			[]string{"That's why Canada is allocating $80 million to the Global Seed Fund."},
			[]string{"CA"},
			[]accord.Target{{Metric: "allocation", Value: 80e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"a joint declaration others issued does not make a release joint", "CA", "2024-06-14", true,
			[]string{"The leaders issued a joint declaration on food security.",
				"Canada is allocating $80 million to the Global Seed Fund."},
			[]string{"CA"},
			[]accord.Target{{Metric: "allocation", Value: 80e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"a grant given to one of the two signatories is the giver's", "", "2020-09-15", false,
			[]string{"The foreign ministers of the two countries will sign an agreement on providing a grant of CNY500 million to Mongolia."},
			[]string{"CN", "MN"},
			[]accord.Target{{Metric: "grant", Value: 500e6, Unit: "CNY", Comparator: "eq", Holders: []string{"CN"}}}},
		{"trade between two named countries is the goal of both", "", "2019-07-02", false,
			[]string{"Kazakhstan is willing to work with Turkey to reach the goal of 8 billion US dollars in trade between Turkey and Kazakhstan as soon as possible."},
			[]string{"KZ", "TR"},
			[]accord.Target{{Metric: "trade", Value: 8e9, Unit: "USD", Comparator: "eq", Holders: []string{"KZ", "TR"}}}},
		{"a first step shares the scale and currency of the next", "", "2021-03-17", false,
			[]string{"He noted that our bilateral trade volume target would first reach 4 and then 9 billion dollars."},
			[]string{"TR", "KZ"},
			[]accord.Target{
				{Metric: "bilateral trade volume", Value: 4e9, Unit: "USD", Comparator: "eq", Holders: []string{"KZ", "TR"}},
				{Metric: "bilateral trade volume", Value: 9e9, Unit: "USD", Comparator: "eq", Holders: []string{"KZ", "TR"}}}},
		{"annual two-way trade in the home currency is both sides' goal", "NZ", "2024-07-30", true,
			[]string{"He said the Plan of Action sets a new goal of NZ$4 billion in annual two-way trade by 2030."},
			[]string{"NZ", "ID"},
			[]accord.Target{{Metric: "two-way trade", Value: 4e9, Unit: "NZD", Comparator: "eq", Deadline: "2030", Holders: []string{"ID", "NZ"}}}},
		{"what a region will require is a need, not a goal", "US", "2013-06-30", true,
			[]string{"According to the energy agency, the region will require more than $200 billion in investment to achieve universal access by 2035."},
			[]string{"US"}, nil},
		{"a figure that climbed is a report", "AE", "2023-10-11", false,
			[]string{"Re-exports climbed 40% to reach US$3.2 billion in the first half of the year."},
			[]string{"AE", "US"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinSentences(tt.sents)
			got := ExtractIn("a1", text, sents, tt.published, tt.countries, Context{Home: tt.home, Government: tt.gov})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestPowerMetric checks the names of what power amounts measure.
func TestPowerMetric(t *testing.T) {
	x := &extractor{l: lexicon()}
	for _, tt := range []struct{ metric, unit, want string }{
		{"re looking", "MW", "power generation capacity"},
		{"cleaner", "MW", "power generation capacity"},
		{"MW", "MW", "power generation capacity"},
		{"clean energy", "GW", "clean energy"},
		{"offshore wind", "GW", "offshore wind"},
		{"solar generation capacity", "GW", "solar generation capacity"},
		{"Sunrise Grid", "MW", "Sunrise Grid power generation capacity"},
		{"Power Africa", "MW", "Power Africa power generation capacity"},
		{"bilateral trade", "USD", "bilateral trade"},
	} {
		if got := x.powerMetric(tt.metric, tt.unit); got != tt.want {
			t.Errorf("powerMetric(%q, %q) = %q, want %q", tt.metric, tt.unit, got, tt.want)
		}
	}
}

// TestBlocOutlet checks that a bloc's institution speaks for the bloc: its
// packages for regions it names no country of are the bloc's.
func TestBlocOutlet(t *testing.T) {
	for _, tt := range []struct {
		name, source string
		want         []accord.Target
	}{
		{"a Commission text's package is the EU's", "European Commission (remarks of Commissioner Ada Lind)",
			[]accord.Target{{Metric: "investment package", Value: 20e9, Unit: "EUR", Comparator: "approx", Period: "2021-2028", Holders: []string{"EU"}}}},
		{"a reproduction names its redistributor in brackets only", "Regional Daily (as reproduced from the European Commission)", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinSentences([]string{"For the Northern Rim, the Plan sets out a substantial investment package of almost EUR 20 billion in grants and loans over the next seven years."})
			got := ExtractIn("a1", text, sents, "2021-12-01", nil, Context{Source: tt.source})
			checkTargets(t, got, tt.want)
		})
	}
}
