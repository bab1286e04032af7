package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestWhoCommits4 checks rules of who commits to what, and what is no
// commitment, written from how government releases, fact sheets and joint
// statements word them (sentences invented for the rules).
func TestWhoCommits4(t *testing.T) {
	tests := []struct {
		name, home, published string
		gov                   bool
		sents                 []string
		countries             []string
		want                  []accord.Target // Metric is a word the metric must hold
	}{
		{"own release: the home country's possession is no object", "CA", "2023-09-21", true,
			[]string{"He condemned the Russian regime's war against Ukraine.", "He also reaffirmed Canada's support for the UN, announcing a $12 million contribution to support programs such as UNICEF."},
			[]string{"CA", "RU", "UA"},
			[]accord.Target{{Metric: "contribution", Value: 12e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"a year before the goal noun is its deadline", "AU", "2023-04-20", true,
			[]string{"Our 2035 target – 50 per cent below 2005 levels – will require ambitious action, but we are determined to achieve it."},
			[]string{"AU"},
			[]accord.Target{{Metric: "below 2005 levels", Value: 50, Unit: "percent", Comparator: "eq", Deadline: "2035", Holders: []string{"AU"}}}},
		{"the effect of a measure is no commitment", "AU", "2023-04-20", true,
			[]string{"We passed a law that caps their emissions. This reform will mean they cut emissions by nearly 4 per cent every year."},
			[]string{"AU"}, nil},
		{"an apposition describing a sum is no target", "CA", "2022-09-23", true,
			[]string{"Prime Minister Okafor announced $900 million in new funding for the Global Health Fund.", "This funding, a 25 per cent increase from the last pledge, will fight these diseases."},
			[]string{"CA"},
			[]accord.Target{{Metric: "funding", Value: 9e8, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"a share of GDP restated as a commitment is one target", "GB", "2025-02-25", true,
			[]string{"The Prime Minister announced that the UK will increase its defence spending to 2.5 per cent of GDP by 2027.", "\"We will deliver our commitment to spend 2.5 per cent of GDP on defence,\" the Prime Minister said."},
			[]string{"GB"},
			[]accord.Target{{Metric: "defence", Value: 2.5, Unit: "percent", Comparator: "eq", Deadline: "2027", Holders: []string{"GB"}}}},
		{"companies welcomed by the leaders hold their investment", "US", "2025-02-13", true,
			[]string{"The leaders welcomed plans by Indian companies to make investments worth approximately USD 5 billion in the United States."},
			[]string{"US", "IN"},
			[]accord.Target{{Metric: "investment", Value: 5e9, Unit: "USD", Comparator: "approx", Holders: []string{"IN"}}}},
		{"companies that are only named hold nothing", "US", "2024-06-13", true,
			[]string{"To replicate the tender that awarded French company Atlantic Logistics the port concession, USAID announced a $1 million technical assistance partnership with the Ministry of Transport."},
			[]string{"US", "AO"},
			[]accord.Target{{Metric: "partnership", Value: 1e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"a demonym's companies that act hold their money", "US", "2024-06-13", true,
			[]string{"Japanese firms will invest $3 billion in semiconductor plants in the United States."},
			[]string{"US", "JP"},
			[]accord.Target{{Metric: "semiconductor", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a country that is the subject of an earlier clause does not commit", "CA", "2024-09-10", true,
			[]string{"Indonesia is Canada's largest trading partner in the region, and the Prime Minister announced $40 million to support clean energy projects."},
			[]string{"CA", "ID"},
			[]accord.Target{{Metric: "clean energy", Value: 40e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"'with X committing' names who commits", "GB", "2024-09-10", true,
			[]string{"Japan and the UK agreed to deepen cooperation, with the UK committing £20 million to a new research fund."},
			[]string{"GB", "JP"},
			[]accord.Target{{Metric: "research", Value: 20e6, Unit: "GBP", Comparator: "eq", Holders: []string{"GB"}}}},
		{"the channel and a proviso are not the object", "US", "2024-09-10", true,
			[]string{"The United States intends to provide $12 million through USAID, subject to Congressional notification, to strengthen Vietnam's cybersecurity."},
			[]string{"US", "VN"},
			[]accord.Target{{Metric: "cybersecurity", Value: 12e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"money to a country's sector is the giver's", "NZ", "2024-09-10", true,
			[]string{"New Zealand will provide $15 million over three years to Fiji's health sector, Foreign Minister Brown announced."},
			[]string{"NZ", "FJ"},
			[]accord.Target{{Metric: "health sector", Value: 15e6, Unit: "NZD", Comparator: "eq", Period: "2024-2027", Holders: []string{"NZ"}}}},
		{"an expected effect is no commitment", "GB", "2024-09-10", true,
			[]string{"The free trade agreement is expected to boost bilateral trade by £25.5 billion a year in the long run."},
			[]string{"GB", "IN"}, nil},
		{"a currency code before the dollar sign says whose dollar", "US", "2023-03-24", true,
			[]string{"Canada will provide up to CAD $250 million for semiconductor projects."},
			[]string{"US", "CA"},
			[]accord.Target{{Metric: "semiconductor projects", Value: 250e6, Unit: "CAD", Comparator: "lte", Holders: []string{"CA"}}}},
		{"a written-out foreign dollar is its country's money", "US", "2023-03-24", true,
			[]string{"Both countries will develop cross-border fuel corridors, drawing on CAD $1.2 billion in funding from the Zero Emission Vehicle Infrastructure Program."},
			[]string{"US", "CA"},
			[]accord.Target{{Metric: "funding", Value: 1.2e9, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"a tariff on the publisher's exports is the other side's", "GB", "2025-05-08", true,
			[]string{"Car export tariffs will reduce from 27.5% to 10%."},
			[]string{"GB", "US"},
			[]accord.Target{{Metric: "export tariffs", Value: 10, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"the subject adopts another's goal", "US", "2016-06-29", true,
			[]string{"As part of the agreement, Mexico will adopt Canada's ambitious goal to reduce methane emissions from the oil and gas sector by 40 percent by the year 2025."},
			[]string{"US", "CA", "MX"},
			[]accord.Target{{Metric: "methane emissions", Value: 40, Unit: "percent", Comparator: "eq", Deadline: "2025", Holders: []string{"MX"}}}},
		{"countries that join together to set a goal hold it", "US", "2016-06-29", true,
			[]string{"Today, the United States, Canada, and Mexico joined together to set a goal to achieve 50 percent clean power by 2025."},
			[]string{"US", "CA", "MX"},
			[]accord.Target{{Metric: "clean power", Value: 50, Unit: "percent", Comparator: "eq", Deadline: "2025", Holders: []string{"CA", "MX", "US"}}}},
		{"a forecast is no commitment", "IN", "2006-11-21", true,
			[]string{"The bilateral trade between India and China is expected to be around $50 billion in 2010."},
			[]string{"IN", "CN"}, nil},
		{"a second amount with its own verb has its own object", "AU", "2023-04-20", true,
			[]string{"We are investing $2 billion in a new hydrogen program and will provide $50 million to help Pacific nations build climate resilience."},
			[]string{"AU"},
			[]accord.Target{
				{Metric: "hydrogen", Value: 2e9, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}},
				{Metric: "Pacific", Value: 5e7, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"a demonym after 'in' is where money goes, not whose it is", "US", "2023-04-26", true,
			[]string{"Netflix announced that it will invest $2.5 billion in Korean content over the next four years."},
			[]string{"US", "KR"},
			[]accord.Target{{Metric: "Korean content", Value: 2.5e9, Unit: "USD", Comparator: "eq", Period: "2023-2027", Holders: []string{"US"}}}},
		{"a demonym after 'for' is who benefits", "US", "2024-05-23", true,
			[]string{"The State Department intends to provide $18 million to help build the Kenyan criminal justice system."},
			[]string{"US", "KE"},
			[]accord.Target{{Metric: "justice", Value: 18e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"a demonym before funding words is whose money it is", "US", "2023-03-24", true,
			[]string{"The corridor will draw on $1.2 billion in Canadian funding."},
			[]string{"US", "CA"},
			[]accord.Target{{Metric: "Canadian funding", Value: 1.2e9, Unit: "USD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"a tariff on a demonym's goods has that counterpart", "US", "2023-04-26", true,
			[]string{"The United States will reduce its tariff on Korean automobiles to 12.5 percent."},
			[]string{"US", "KR"},
			[]accord.Target{{Metric: "Korea", Value: 12.5, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"money mobilised under a programme to support an object", "EU", "2024-03-18", true,
			[]string{"President Meyer announced today that the EU will mobilise €500 million under Global Gateway to support the energy transition in Viet Nam."},
			[]string{"EU", "VN"},
			[]accord.Target{{Metric: "energy transition", Value: 5e8, Unit: "EUR", Comparator: "eq", Holders: []string{"EU"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinSentences(tt.sents)
			got := ExtractIn("a1", text, sents, tt.published, tt.countries, Context{Home: tt.home, Government: tt.gov})
			checkTargets(t, got, tt.want)
		})
	}
}
