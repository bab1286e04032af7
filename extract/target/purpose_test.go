package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestCommits5 checks rules for restated goals and for several sums given in
// one release, written from how ministries' releases and readouts word them
// (sentences invented for the rules).
func TestCommits5(t *testing.T) {
	tests := []struct {
		name, home, published string
		gov                   bool
		sents                 []string
		countries             []string
		want                  []accord.Target // Metric is a word the metric must hold
	}{
		{"a goal stated after a list of examples names its own measure", "", "2021-05-04", false,
			[]string{"The minister asked Chile to open its market to Thai fruit, such as mangoes and lychees in the near future, helping to soon achieve the goal of increasing two-way business turnover to USD50 billion."},
			[]string{"TH", "CL"},
			[]accord.Target{{Metric: "turnover", Value: 50e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "TH"}}}},
		{"an opening place phrase is not who commits", "NZ", "2024-05-24", true,
			[]string{"In Fiji, New Zealand met with officials to discuss eye health, and its intention to donate $12.5 million into an eye clinic in Suva."},
			[]string{"NZ", "FJ"},
			[]accord.Target{{Metric: "donation", Value: 12.5e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"the government's country by name is giving now", "NZ", "2024-05-24", true,
			[]string{"New Zealand is also putting in $7 million to help Samoa respond to rising seas."},
			[]string{"NZ", "WS"},
			[]accord.Target{{Metric: "Samoa", Value: 7e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"a country named inside the subject is not giving", "US", "2024-05-24", true,
			[]string{"The new law here in America is delivering $3 billion to road projects."},
			[]string{"US"}, nil},
		{"a sum that will go to a project funds it", "NZ", "2024-05-24", true,
			[]string{"Over $4 million will go to the next phase of the Tonga water supply project to improve water security."},
			[]string{"NZ", "TO"},
			[]accord.Target{{Metric: "phase of the Tonga water supply project", Value: 4e6, Unit: "NZD", Comparator: "gte", Holders: []string{"NZ"}}}},
		{"a sum that will be used to build names what is built", "AU", "2024-05-24", true,
			[]string{"The $2 million will be used to build new classrooms in Timor-Leste."},
			[]string{"AU", "TL"},
			[]accord.Target{{Metric: "classrooms", Value: 2e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"a further sum with its own purpose", "NZ", "2017-03-24", true,
			[]string{"The Government has committed $3.2 million in capital funding to open the consulate and a further $6.4 million to cover running costs over the next four years."},
			[]string{"NZ", "PT"},
			[]accord.Target{
				{Metric: "capital funding", Value: 3.2e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}},
				{Metric: "running costs", Value: 6.4e6, Unit: "NZD", Comparator: "eq", Period: "2017-2021", Holders: []string{"NZ"}}}},
		{"'we'll' is 'we will'", "AU", "2024-05-31", true,
			[]string{"We'll provide $15 million to the Pacific Climate Resilience Fund."},
			[]string{"AU", "FJ"},
			[]accord.Target{{Metric: "Pacific Climate Resilience", Value: 15e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"a resulting rate after a report and an aside, and a second rate of one value for other goods", "TH", "2025-07-25", true,
			[]string{"First, for rice and rice products, both key industries for Thailand, we have reached an agreement to cut by half the 30 percent tariff imposed since March, bringing the total tariff rate to 12 percent, including the rate that was already in place.",
				"Next, concerning reciprocal tariffs, we succeeded in limiting the tariff rate imposed on Thailand to 12 percent, down from the 30 percent originally planned."},
			[]string{"TH", "US"},
			[]accord.Target{
				{Metric: "on rice and rice products", Value: 12, Unit: "percent", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "imposed on Thailand", Value: 12, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"a rise reported before a result clause stays a report", "TH", "2025-07-25", true,
			[]string{"Exports grew 20 percent last year, bringing the total to $10 billion."},
			[]string{"TH", "US"}, nil},
		{"a tariff negotiated down to zero is a rate of 0 percent", "GB", "2025-05-08", true,
			[]string{"The Prime Minister negotiated the 20% tariff on British ceramics down to zero, the Trade Secretary said."},
			[]string{"GB", "US"},
			[]accord.Target{{Metric: "tariff", Value: 0, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"zero without a tariff is no rate", "GB", "2025-05-08", true,
			[]string{"The Prime Minister will bring the backlog down to zero, he told reporters."},
			[]string{"GB"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinSentences(tt.sents)
			got := ExtractIn("a1", text, sents, tt.published, tt.countries, Context{Home: tt.home, Government: tt.gov})
			checkTargets(t, got, tt.want)
		})
	}
}
