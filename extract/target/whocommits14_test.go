package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestWhoCommits14 checks who holds a target, and whether it is one, in
// conventions of fact sheets and trade releases: the exporter holds its
// exports, a joint programme is both sides', a seller's name on a deal is
// not the buyer's commitment, a subject beats a possessor told around it,
// the parts of a reported sum and a running total are no targets. Names,
// figures and dates are invented; the firms are real names of the embedded
// firm list, as a reader would meet them.
func TestWhoCommits14(t *testing.T) {
	usd := func(metric string, v float64, holders ...string) accord.Target {
		return accord.Target{Metric: metric, Value: v, Unit: "USD", Comparator: "eq", Holders: holders}
	}
	runSourcedTargets(t, []sourcedTarget{
		{"the exporter, not the destination, holds exports (our exports, in a release)", "NZ", true, []string{"NZ", "EU"},
			"The Kestrel Agreement will increase our exports to the EU by $2.1 billion per year by 2034.",
			[]accord.Target{{Metric: "exports", Value: 2.1e9, Unit: "NZD", Comparator: "eq", Deadline: "2034", Period: "annual", Holders: []string{"NZ"}}}},
		{"an agreement named after a country does not commit that country", "NZ", true, []string{"NZ", "EU"},
			"The EU FTA will increase our exports by $2.1 billion per year by 2034.",
			[]accord.Target{{Metric: "exports", Value: 2.1e9, Unit: "NZD", Comparator: "eq", Deadline: "2034", Period: "annual", Holders: []string{"NZ"}}}},
		{"a country before its exports holds them", "EU", true, []string{"EU", "NZ"},
			"Once the accord applies, EU annual exports will grow by €3.7 billion.",
			[]accord.Target{{Metric: "exports", Value: 3.7e9, Unit: "EUR", Comparator: "eq", Holders: []string{"EU"}}}},
		{"a report of modelling is not part of what is measured", "NZ", true, []string{"NZ", "EU"},
			"Modelling suggests exports to the European Union will increase by $2.1 billion per annum.",
			[]accord.Target{{Metric: "exports", Value: 2.1e9, Unit: "NZD", Comparator: "eq", Period: "annual", Holders: []string{"NZ"}}}},
		{"a joint programme counted in one side's dollars is both sides'", "", false, []string{"AU", "SG"},
			"Launched the joint A$35 million Blue Harbour Innovation Programme, to fund research between Singaporean and Australian firms.",
			[]accord.Target{{Metric: "Blue Harbour Innovation Programme", Value: 35e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU", "SG"}}}},
		{"a firm's investment is its country's, not that of the country it builds in", "US", true, []string{"US", "KR"},
			"Microsoft will invest $7 billion through 2032 to build the ROK's data centres.",
			[]accord.Target{{Metric: "investment", Value: 7e9, Unit: "USD", Comparator: "eq", Deadline: "2032", Holders: []string{"US"}}}},
		{"a subject in the amount's own clause beats a possessor welcomed before it", "US", true, []string{"US", "AU"},
			"The President welcomed Australia's contributions to the Quad, where the United States intends to provide $2.5 million to support regional banking reform.",
			[]accord.Target{usd("banking reform", 2.5e6, "US")}},
		{"the parts of a sum provided since a year are a report", "US", true, []string{"US", "ID"},
			"Since 2009, the United States has provided over $4.4 billion in assistance to Indonesia, which includes more than $1 billion to advance health outcomes and over $0.9 billion to promote growth.",
			nil},
		{"a total an order is brought to is a report", "US", true, []string{"US", "KR"},
			"The order will include a mix of jets, bringing the airline's total order this year to more than 140 airplanes.",
			nil},
		{"a seller's name on a deal: the buyer of the sentence before commits", "US", true, []string{"US", "JP"},
			"The leaders welcomed the announcement by Toyota of a purchase order of 90 Caterpillar machines. The Caterpillar commitment is valued at U.S. $4 billion.",
			[]accord.Target{usd("Caterpillar commitment", 4e9, "JP")}},
		{"a bare deal is named by what it buys", "US", true, []string{"US", "JP"},
			"To run these machines, Toyota will also purchase Honeywell control systems in a separate deal valued at $1.9 billion.",
			[]accord.Target{usd("purchase of Honeywell control systems", 1.9e9, "JP")}},
		{"two firms' deals of one size in a list are two deals", "US", true, []string{"US", "KR"},
			"Fact sheet:\n\n- Microsoft will invest $6 billion through 2031 to build data infrastructure in Korea.\n- Samsung announced a $6 billion infrastructure plan to expand a plant in Texas.",
			[]accord.Target{{Metric: "investment", Value: 6e9, Unit: "USD", Comparator: "eq", Deadline: "2031", Holders: []string{"US"}}, usd("infrastructure", 6e9, "KR")}},
		{"tariffs of one rate on different goods stay apart", "US", true, []string{"US", "KR"},
			"The United States will apply a tariff rate of 12 percent on originating goods of the ROK. The United States will reduce its sectoral tariffs on trucks, timber, and wood of the ROK to 12 percent. For any tariffs imposed on medicines, the United States intends to apply to goods of the ROK a tariff rate no greater than 12 percent.",
			[]accord.Target{
				{Metric: "tariff rate on ROK", Value: 12, Unit: "percent", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "tariffs on trucks of ROK", Value: 12, Unit: "percent", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "tariff rate on medicines of ROK", Value: 12, Unit: "percent", Comparator: "lte", Holders: []string{"US"}}}},
		{"the country a sum is provided to is the recipient; a group's leaders commit as its members", "US", true, []string{"US", "FR"},
			"G7 leaders announced a plan to provide Moldova with $20 billion in new financing.",
			[]accord.Target{usd("financing", 20e9, "CA", "DE", "FR", "GB", "IT", "JP", "US")}},
		{"bilateral assistance is one donor's, not a pair's", "GB", true, []string{"GB", "IT"},
			"At the Summit, the Prime Minister will declare up to £310 million in bilateral assistance to Moldova.",
			[]accord.Target{{Metric: "bilateral assistance", Value: 310e6, Unit: "GBP", Comparator: "lte", Holders: []string{"GB"}}}},
		{"a foundation's share added with \"with … providing\" is no country's", "AU", true, []string{"AU", "US"},
			"The Australian Government will contribute $12.5 million to this partnership, with the Harbourview Foundation providing an additional $8.2 million.",
			[]accord.Target{{Metric: "partnership", Value: 12.5e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"a fiscal year is the deadline; a phrase with including keeps its clause's subject", "US", true, []string{"US", "JP"},
			"The United States welcomes the steps Japan is taking, including its plans to increase the budget for its defense capabilities to two percent of GDP in Japanese Fiscal Year (JFY) 2029.",
			[]accord.Target{{Metric: "budget", Value: 2, Unit: "percent", Comparator: "eq", Deadline: "2029", Holders: []string{"JP"}}}},
		{"whom money works with is not what it is for", "US", true, []string{"US", "IN"},
			"The United States is pledging over $61.5 million to partner with eleven countries in the region to strengthen capacity to respond to outbreaks.",
			[]accord.Target{{Metric: "capacity", Value: 61.5e6, Unit: "USD", Comparator: "gte", Holders: []string{"US"}}}},
		{"a pair's named partnership as subject commits both", "US", true, []string{"US", "AE"},
			"The U.S.-UAE Partnership for Green Shipping (PGS) is set to mobilize $40 billion in financing by 2033.",
			[]accord.Target{{Metric: "financing", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2033", Holders: []string{"AE", "US"}}}},
		{"our new partnership, in a text of its two parties, commits both", "US", true, []string{"US", "AE"},
			"Our new Partnership for Green Shipping (PGS) will catalyze $40 billion in clean shipping financing in both countries.",
			[]accord.Target{usd("clean shipping financing", 40e9, "AE", "US")}},
		{"a package welcomed with a perfect is a commitment, its possessor's", "ZA", true, []string{"ZA", "EU"},
			"President Ana Ruiz has welcomed the European Union's €3.1 billion Blue Corridor Investment Package aimed at supporting ports.",
			[]accord.Target{{Metric: "Blue Corridor Investment Package", Value: 3.1e9, Unit: "EUR", Comparator: "eq", Holders: []string{"EU"}}}},
		{"the near future is a time, not what is measured", "", false, []string{"VN", "PH"},
			"He voiced his belief that bilateral trade will reach US$12 billion in the near future.",
			[]accord.Target{usd("bilateral trade", 12e9, "PH", "VN")}},
		{"a number and a half in words; sharing doses a speaker is able to share", "US", true, []string{"US", "ID"},
			"The United States is very pleased to be able to share six and a half million doses of vaccine with Indonesia.",
			[]accord.Target{{Metric: "doses", Value: 6.5e6, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		{"a pledge to a fund names the fund", "US", true, []string{"US", "JP"},
			"President Tom Reid thanked Prime Minister Kenji Sato for Japan's historic $1.3 billion pledge to the Global Fund.",
			[]accord.Target{usd("pledge to Global Fund", 1.3e9, "JP")}},
		{"a pledge of up to an amount to a fund", "JP", true, []string{"JP", "US"},
			"The Prime Minister announced a Japanese pledge of up to $1.3 billion to the Global Fund.",
			[]accord.Target{{Metric: "pledge to Global Fund", Value: 1.3e9, Unit: "USD", Comparator: "lte", Holders: []string{"JP"}}}},
		{"a bare amount is named by what it builds", "US", true, []string{"US", "CA"},
			"Both countries will work on fuel corridors, drawing on CAD $1.6 billion to build a network of fast chargers.",
			[]accord.Target{{Metric: "network of fast chargers", Value: 1.6e9, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"an investment of up to an amount keeps its name before its purpose", "US", true, []string{"US", "ID"},
			"The Government of Indonesia plans to partner with ExxonMobil on an investment of up to $12 billion to boost industrial growth.",
			[]accord.Target{{Metric: "investment", Value: 12e9, Unit: "USD", Comparator: "lte", Holders: []string{"ID"}}}},
	})
}
