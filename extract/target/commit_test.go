package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestCommitments checks how diplomatic text states who commits to what
// (sentences invented for the rules): ranges, baselines, a leader "of" a
// country, joint money, multipliers on counts, a headline restated.
func TestCommitments(t *testing.T) {
	tests := []struct {
		name, home string
		gov        bool
		sents      []string
		countries  []string
		want       []accord.Target // Metric is a word the metric must hold
	}{
		{"range with the word percent", "", false, []string{"Norway intends to cut emissions 40-45 percent below 1990 levels by 2030."}, []string{"NO"},
			[]accord.Target{{Metric: "emissions", Value: 40, Unit: "percent", Comparator: "gte", Deadline: "2030", Holders: []string{"NO"}}}},
		{"range with two signs is one target", "", false, []string{"Chile intends to reduce its emissions by 30%-35% below its 2010 level by 2030."}, []string{"CL"},
			[]accord.Target{{Metric: "emissions", Value: 30, Unit: "percent", Comparator: "gte", Deadline: "2030", Holders: []string{"CL"}}}},
		{"a baseline is not the goal", "", false, []string{"Peru will raise the share of renewables in power from 20 percent to 45 percent by 2030."}, []string{"PE"},
			[]accord.Target{{Metric: "power", Value: 45, Unit: "percent", Comparator: "eq", Deadline: "2030", Holders: []string{"PE"}}}},
		{"a leader of another country commits it", "US", true, []string{"At the same time, President Ortega of Mexico announced targets to increase the clean energy share to 35 percent by 2030."}, []string{"US", "MX"},
			[]accord.Target{{Metric: "energy", Value: 35, Unit: "percent", Comparator: "eq", Deadline: "2030", Holders: []string{"MX"}}}},
		{"a headline restated with its deadline", "", false, []string{"Leader Announces Target to Cut Pollution by 30 Percent", "Today Sweden announced a new target to cut net pollution 30 percent below 2010 levels by 2035."}, []string{"SE"},
			[]accord.Target{{Metric: "pollution", Value: 30, Unit: "percent", Comparator: "eq", Deadline: "2035", Holders: []string{"SE"}}}},
		{"a joint investment is both parties'", "NZ", true, []string{"The Fund will be supported by an initial joint investment of $8 million over four years."}, []string{"NZ", "FJ"},
			[]accord.Target{{Metric: "joint investment", Value: 8e6, Unit: "NZD", Comparator: "eq", Period: "2024-2028", Holders: []string{"FJ", "NZ"}}}},
		{"doubling a count", "FR", true, []string{"This includes doubling French troop numbers in upcoming exercises."}, []string{"FR", "IN"},
			[]accord.Target{{Metric: "troop numbers", Value: 2, Unit: "times", Comparator: "eq", Holders: []string{"FR"}}}},
		{"a target named by its value, this year", "CA", true, []string{"Prime Minister Okoro shared his government's plan to modernise the armed forces – meeting the NATO 2 per cent target this year."}, []string{"CA"},
			[]accord.Target{{Metric: "NATO 2 per cent target", Value: 2, Unit: "percent", Comparator: "eq", Deadline: "2024", Holders: []string{"CA"}}}},
		{"an additional share will be dedicated", "CA", true, []string{"An additional 1.5 per cent of GDP will be dedicated to investments in resilient infrastructure."}, []string{"CA"},
			[]accord.Target{{Metric: "investments in resilient infrastructure", Value: 1.5, Unit: "percent", Comparator: "eq", Holders: []string{"CA"}}}},
		{"a named instrument, then its size", "NZ", true, []string{"We will open talks on access to our regional lending facility, PACER.", "It is NZ$300 million."}, []string{"NZ", "TO"},
			[]accord.Target{{Metric: "PACER regional lending facility", Value: 300e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"a year in the goal, another after and", "", false, []string{"Austria has put forward a target to achieve a 45-50 percent reduction from 2010 levels in net pollution in 2032 and to reach net-zero pollution no later than 2048."}, []string{"AT"},
			[]accord.Target{{Metric: "reduction", Value: 45, Unit: "percent", Comparator: "gte", Deadline: "2032", Holders: []string{"AT"}}}},
		{"range after by, with to", "", false, []string{"Ghana intends to cut its emissions by 15 to 18 percent below 2015 levels by 2030."}, []string{"GH"},
			[]accord.Target{{Metric: "emissions", Value: 15, Unit: "percent", Comparator: "gte", Deadline: "2030", Holders: []string{"GH"}}}},
		{"range after by, two signs", "", false, []string{"Ghana intends to cut its emissions by 15% to 18% below 2015 levels by 2030."}, []string{"GH"},
			[]accord.Target{{Metric: "emissions", Value: 15, Unit: "percent", Comparator: "gte", Deadline: "2030", Holders: []string{"GH"}}}},
		{"a projection is no commitment", "US", true, []string{"As we build the clean economy, key minerals for batteries and other clean energy technologies, such as graphite, are projected to increase in demand by 300-500% in the coming decades."}, []string{"US"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinSentences(tt.sents)
			got := ExtractIn("a1", text, sents, "2024-06-01", tt.countries, Context{Home: tt.home, Government: tt.gov})
			checkTargets(t, got, tt.want)
		})
	}
}
