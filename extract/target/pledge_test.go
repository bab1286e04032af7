package target

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestCommits7 checks the rules for commitments as leaders' offices and
// ministries state them (sentences invented for the rules; sums and
// programmes are made up, countries are real so that they are known).
func TestCommits7(t *testing.T) {
	tests := []struct {
		name, home, published string
		gov                   bool
		sents                 []string
		countries             []string
		want                  []accord.Target // Metric is words the metric must hold
	}{
		{"a sum still to be given in the passive is no report", "", "2029-02-09", false,
			[]string{"Japan conveyed that by March 2031, public-private assistance of 500 billion yen will be provided to Viet Nam."},
			[]string{"JP", "VN"},
			[]accord.Target{{Metric: "public-private assistance", Value: 500e9, Unit: "JPY", Comparator: "eq", Deadline: "2031", Holders: []string{"JP"}}}},
		{"a money level between two countries speaking of economic ties is their trade", "", "2029-02-22", false,
			[]string{"I am primarily referring to economic projects, of course.", "It is our ambition to reach the level of US$150 billion in 2031."},
			[]string{"RU", "CN"},
			[]accord.Target{{Metric: "trade", Value: 150e9, Unit: "USD", Comparator: "eq", Deadline: "2031", Holders: []string{"CN", "RU"}}}},
		{"a sum over the years ahead is a pledge whatever past verb announced it", "CA", "2026-10-31", true,
			[]string{"In June, Canada doubled its international climate finance commitment from the $1.5 billion announced in 2020 to $3.1 billion over the next five years."},
			[]string{"CA"},
			[]accord.Target{{Metric: "climate finance commitment", Value: 3.1e9, Unit: "CAD", Comparator: "eq", Period: "2026-2031", Holders: []string{"CA"}}}},
		{"a multiplier of a contribution names its purpose", "CA", "2026-10-27", true,
			[]string{"This includes passing new laws and doubling Canada's financial contribution to support climate action in developing countries."},
			[]string{"CA"},
			[]accord.Target{{Metric: "financial contribution to support climate action", Value: 2, Unit: "times", Comparator: "eq", Holders: []string{"CA"}}}},
		{"what is worth the sum is what it measures", "", "2027-01-13", false,
			[]string{"Japan will help support the creation of business opportunities in Viet Nam worth 2 trillion yen, an official said."},
			[]string{"JP", "VN"},
			[]accord.Target{{Metric: "business opportunities in Viet Nam", Value: 2e12, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a restatement named by its verb alone is the same sum", "", "2027-01-13", false,
			[]string{"Japan will help support the creation of business opportunities in Viet Nam worth 2 trillion yen, an official said.",
				"Japan will support to create business opportunities approximately 2 trillion yen level over the next five years."},
			[]string{"JP", "VN"},
			[]accord.Target{{Metric: "business opportunities in Viet Nam", Value: 2e12, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a sum as the subject of a future passive measures its purpose; the quoted person commits", "", "2027-10-30", false,
			[]string{"According to Prime Minister Kenji Sato, a total of ¥2 trillion will be coursed through in the next five years to fund infrastructure projects in Viet Nam."},
			[]string{"VN", "JP"},
			[]accord.Target{{Metric: "funding for infrastructure projects in Viet Nam", Value: 2e12, Unit: "JPY", Comparator: "eq", Period: "2027-2032", Holders: []string{"JP"}}}},
		{"invited specialists are counted", "", "2029-10-29", false,
			[]string{"Prime Minister Sato stated that, next year, Japan would launch a new invitation program for forty Kenyan specialists of specific areas."},
			[]string{"JP", "KE"},
			[]accord.Target{{Metric: "specialists", Value: 40, Unit: "count", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a goal others' efforts work toward is not the supporter's", "CA", "2026-10-31", true,
			[]string{"He also reiterated Canada's support for ongoing efforts under the convention, toward the target of 30 per cent global land and marine conservation by 2030."},
			[]string{"CA"}, nil},
		{"a bare dollar in a foreign outlet is the one holder's dollar", "", "2026-06-13", false,
			[]string{"Canada will double its climate finance commitment to $3.1 billion over the next five years, the Prime Minister said."},
			[]string{"CA"},
			[]accord.Target{{Metric: "climate finance commitment", Value: 3.1e9, Unit: "CAD", Comparator: "eq", Period: "2026-2031", Holders: []string{"CA"}}}},
		{"a hyphenated scale", "CA", "2025-11-27", true,
			[]string{"The government will put in $2.4-billion over five years for clean energy in developing countries."},
			[]string{"CA"},
			[]accord.Target{{Metric: "clean energy", Value: 2.4e9, Unit: "CAD", Comparator: "eq", Period: "2025-2030", Holders: []string{"CA"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinSentences(tt.sents)
			got := ExtractIn("a1", text, sents, tt.published, tt.countries, Context{Home: tt.home, Government: tt.gov})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestSpanQualifier checks that a pledge's span of years ahead is its
// qualifier, the same however the number is written.
func TestSpanQualifier(t *testing.T) {
	for _, s := range []string{
		"Japan will provide 2 trillion yen over the next five years for ports in Viet Nam.",
		"Japan will provide 2 trillion yen in the next 5 years for ports in Viet Nam.",
	} {
		text, sents := joinSentences([]string{s})
		got := ExtractIn("a1", text, sents, "2027-01-13", []string{"JP", "VN"}, Context{})
		if len(got) != 1 || got[0].Qualifier != "over the next 5 years" {
			t.Errorf("%q: got %+v, want one target over the next 5 years", s, got)
		}
	}
}

// TestPairsAndLevels checks a pair's metric stated with its partner and
// the current level a goal starts from.
func TestPairsAndLevels(t *testing.T) {
	tests := []struct {
		name, published string
		sents           []string
		countries       []string
		want            []accord.Target
	}{
		{"trade with a partner is the speaker's country's and the partner's", "2029-11-15",
			[]string{"Russian President Vladimir Putin called the $300 billion target in bilateral trade with China realistic during his visit to Brazil."},
			[]string{"RU", "BR"},
			[]accord.Target{{Metric: "bilateral trade", Value: 300e9, Unit: "USD", Comparator: "eq", Holders: []string{"CN", "RU"}}}},
		{"the level trade stands at is no target and does not cut the goal from its deadline", "2029-07-30",
			[]string{"India and Britain have agreed to double their bilateral trade - currently at 9 billion pounds - by 2034."},
			[]string{"IN", "GB"},
			[]accord.Target{{Metric: "bilateral trade", Value: 2, Unit: "times", Comparator: "eq", Deadline: "2034", Holders: []string{"GB", "IN"}}}},
		{"from current levels to a goal: the goal", "2029-09-28",
			[]string{"India and Pakistan today agreed to more than double bilateral trade within three years, from current levels of $3.1 billion to about $7 billion."},
			[]string{"IN", "PK"},
			[]accord.Target{
				{Metric: "bilateral trade", Value: 2, Unit: "times", Comparator: "eq", Holders: []string{"IN", "PK"}},
				{Metric: "bilateral trade", Value: 7e9, Unit: "USD", Comparator: "approx", Holders: []string{"IN", "PK"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sents := joinSentences(tt.sents)
			got := ExtractIn("a1", text, sents, tt.published, tt.countries, Context{})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestSpanOfAnotherClause checks that a span of years ahead in the next
// clause does not make a reported figure a pledge.
func TestSpanOfAnotherClause(t *testing.T) {
	text, sents := joinSentences([]string{"Two-way trade has reached $12 billion and will grow over the next five years."})
	if got := ExtractIn("a1", text, sents, "2027-01-13", []string{"JP", "VN"}, Context{}); len(got) != 0 {
		t.Errorf("got %+v, want no target", got)
	}
}

// TestCurrencyNameIsNoCountry checks that "US dollars" names a currency,
// not a holder: the United States holds nothing in a text about India and
// Afghanistan.
func TestCurrencyNameIsNoCountry(t *testing.T) {
	text, sents := joinSentences([]string{"Prime Minister Singh announced a fresh aid package for Afghanistan.",
		"Of the new aid package, 100 million US dollars will be for the third phase of the programme of small development projects."})
	got := ExtractIn("a1", text, sents, "2011-05-12", []string{"IN", "AF"}, Context{})
	if len(got) != 1 || slices.Contains(got[0].Holders, "US") {
		t.Errorf("got %+v, want one target the United States does not hold", got)
	}
}
