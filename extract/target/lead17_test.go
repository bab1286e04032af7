package target

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// TestLead17 checks rules the lead wrote in session 17 from how releases word
// money and goals (names and sums invented).
func TestLead17(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		// A country hyphened to "non-" is denied, not named: the exports
		// are the possessor's, whom "its" takes up.
		{"non- country and its", "CA", true, []string{"CA", "KR"},
			"The Prime Minister set out Chile's new mission to double its non-U.S. exports in the next decade and the plan to draw new investment into Peru.",
			[]accord.Target{{Metric: "non-U.S. exports", Value: 2, Unit: "times", Comparator: "eq", Period: "2025-2035", Holders: []string{"CL"}}}},
		{"its after a possessor", "CA", true, []string{"CA", "KR"},
			"The leaders welcomed Chile's plan to triple its exports of copper within five years.",
			[]accord.Target{{Metric: "exports of copper", Value: 3, Unit: "times", Comparator: "eq", Holders: []string{"CL"}}}},
		// The government's country among a coordinated subject giving now.
		{"together X and Y are delivering", "NZ", true, []string{"NZ", "FJ"},
			"Together, New Zealand and Fiji are delivering more than $12 million in humanitarian assistance for the people of Tonga.",
			[]accord.Target{{Metric: "humanitarian assistance for the people", Value: 12e6, Unit: "NZD", Comparator: "gte", Holders: []string{"FJ", "NZ"}}}},
		{"in assistance is the assistance", "NZ", true, []string{"NZ", "FJ"},
			"We are providing $3 million in emergency aid to Fiji.",
			[]accord.Target{{Metric: "emergency aid", Value: 3e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		// What an amount backs is funded by it.
		{"supported by a combined sum", "US", true, []string{"US", "CL"},
			"Chile's space agency has launched a new satellite programme supported by $4.5 million to train engineers.",
			[]accord.Target{{Metric: "engineers", Value: 4.5e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		// A combined sum is both sides', and what it backs names it better
		// than the bare kind of money.
		{"a combined sum in grants", "US", true, []string{"US", "CL"},
			"We welcome the research partnership between the two countries, and a space partnership supported by a combined $3.1 million in grants.",
			[]accord.Target{{Metric: "space partnership", Value: 3.1e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "US"}}}},
		// A possessor opening the clause: its body is the subject.
		{"possessor's body as subject", "US", true, []string{"US", "CL"},
			"Chile's development agency will provide $7 million to train nurses.",
			[]accord.Target{{Metric: "nurses", Value: 7e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"a country in the metric outranks a possessor's body", "US", true, []string{"US", "CL"},
			"In May, Chile's port authority approved the plan for the northern port, a proposal that includes new Peruvian private sector investments of more than $300 million.",
			[]accord.Target{{Metric: "private sector investments", Value: 300e6, Unit: "USD", Comparator: "gte", Holders: []string{"PE"}}}},
		{"with up to a sum for", "US", true, []string{"US", "CL"},
			"Chile will open a research centre with up to $2 million for ocean science.",
			[]accord.Target{{Metric: "ocean science", Value: 2e6, Unit: "USD", Comparator: "lte", Holders: []string{"CL"}}}},
		// An opening clause's last country and the subject after its comma
		// are no list of subjects without "and".
		{"a comma is no list", "US", true, []string{"US", "CL"},
			"As part of our coordinated actions to assist Peru, Chile announced its intention to provide $13 million in military support to Peru.",
			[]accord.Target{{Metric: "military support", Value: 13e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		// "an additional" between the verb and the sum: the verb still
		// names the metric; firms "expected to" invest are their bloc's.
		{"companies expected to invest an additional sum across sectors", "US", true, []string{"US", "EU"},
			"In this context, European companies are expected to invest an additional $400 billion across strategic sectors in the United States through 2029.",
			[]accord.Target{{Metric: "investment across strategic sectors", Value: 400e9, Unit: "USD", Comparator: "eq", Deadline: "2029", Holders: []string{"EU"}}}},
		{"a sum across a region is where", "US", true, []string{"US", "CL"},
			"The agency will launch new initiatives to catalyse financing for projects valued at over $5 billion across South America.",
			[]accord.Target{{Metric: "projects", Value: 5e9, Unit: "USD", Comparator: "gte", Holders: []string{"US"}}}},
		// "does not exceed" caps a rate.
		{"a rate that does not exceed", "US", true, []string{"US", "CL"},
			"The United States will ensure that the tariff rate applied to goods of Chile does not exceed 12 percent.",
			[]accord.Target{{Metric: "goods", Value: 12, Unit: "percent", Comparator: "lte", Holders: []string{"US"}}}},
		// Not a sum a thing is worth or has: "with" without "up to … for".
		{"with a sum, a description", "US", true, []string{"US", "CL"},
			"Chile is a partner with $2 million in annual trade with the region.",
			nil},
	})
}

// TestLeadGivenInKind17 checks that a sum given "in" a kind of help is that
// help, not the giving: "providing $3 million in emergency aid" is
// emergency aid, not "provision in emergency aid"; an investment "in" a
// thing stays an investment in it.
func TestLeadGivenInKind17(t *testing.T) {
	for _, tc := range []struct{ text, metric string }{
		{"We are providing $3 million in emergency aid to Fiji.", "emergency aid"},
		{"New Zealand is delivering $5 million in humanitarian assistance for Samoa.", "humanitarian assistance"},
		{"New Zealand will invest $5 million in new health clinics.", "investment in health clinics"},
		{"New Zealand will provide $2 million in support of the creation of a training centre.", "support of the creation"},
		// A bracketed aside and a "pending …" clause after the sum's span of
		// time stand before what it is for.
		{"New Zealand plans to provide $4 million over the next three years (2025-2027 funds), pending final allocations, to strengthen Fiji's health system.", "strengthening for Fiji's health system"},
	} {
		got := ExtractIn("a1", tc.text, sentence.Split(tc.text), "2025-06-17", []string{"NZ", "FJ"}, Context{Home: "NZ", Government: true})
		// (The metric as compared; the words of its object after it are
		// objecttail.go's.)
		if len(got) != 1 || accord.MetricCore(got[0].Metric) != tc.metric {
			t.Errorf("%q: got %+v, want one target of metric %q", tc.text, got, tc.metric)
		}
	}
}
