package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestLevelSought checks that a level verb in its base or -ing form before
// "to" and an amount states a level sought, with no goal word around it,
// and that a clause of its own after the amount ("as the volume doubled")
// does not make the amount a report. Sentences and figures are invented.
func TestLevelSought(t *testing.T) {
	tests := []struct {
		name, published string
		sents           []string
		countries       []string
		want            []accord.Target // Metric is a word the metric must hold
	}{
		{"should take measures to lift trade to", "2021-03-02",
			[]string{"Chile and Peru should take measures to soon lift the annual bilateral trade to 7 billion USD, President Luis Vega said."},
			[]string{"CL", "PE"},
			[]accord.Target{{Metric: "bilateral trade", Value: 7e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
		{"the importance of increasing trade to", "2022-06-14",
			[]string{"President Luis Vega stressed the importance of increasing the volume of bilateral trade with Peru to $3 billion."},
			[]string{"CL", "PE"},
			[]accord.Target{{Metric: "bilateral trade", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
		{"the verb is not the metric", "2022-06-14",
			[]string{"The two countries should raise bilateral trade to $4 billion."},
			[]string{"CL", "PE"},
			[]accord.Target{{Metric: "bilateral trade", Value: 4e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
		{"a past form is a report", "2022-06-14",
			[]string{"Chile and Peru raised bilateral trade to $4 billion."},
			[]string{"CL", "PE"}, nil},
		{"a perfect is a report", "2022-06-14",
			[]string{"Chile and Peru have lifted bilateral trade to $4 billion."},
			[]string{"CL", "PE"}, nil},
		{"a noun after an article is no verb", "2022-06-14",
			[]string{"The two ministers welcomed the increase of bilateral trade to $4 billion."},
			[]string{"CL", "PE"}, nil},
		{"a clause of its own after a targeted amount", "2022-06-14",
			[]string{"Chile and Peru will reach their targeted $6 billion bilateral trade volume as the volume doubled since the previous year, the Chilean president said."},
			[]string{"CL", "PE"},
			[]accord.Target{{Metric: "trade", Value: 6e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
		{"a conditional is a proposal", "2022-06-14",
			[]string{"The proposed rule would lower that fee to less than $8 for most cards in Chile."},
			[]string{"CL"}, nil},
		{"a share of something measures that thing", "2022-06-14",
			[]string{"Engineers in Chile are working to expand radio coverage to 90 percent of the Chilean population."},
			[]string{"CL"}, nil},
		{"a report in the amount's own clause stays a report", "2022-06-14",
			[]string{"Bilateral trade between Chile and Peru reached $6 billion as the two economies recovered."},
			[]string{"CL", "PE"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinSentences(tt.sents)
			got := ExtractIn("a1", text, sents, tt.published, tt.countries, Context{})
			checkTargets(t, got, tt.want)
		})
	}
}
