package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestTargetRestatements20 checks the restatements session 20 merges
// across articles, and the look-alikes it keeps apart (names and sums
// invented).
func TestTargetRestatements20(t *testing.T) {
	tests := []struct {
		name         string
		pubA, pubB   string
		sentA, sentB string
		a, b         ct.T
		want         int // targets in the record
	}{
		// One sentence copied into a second release, each reading giving
		// it another metric: one commitment.
		{"one sentence copied, two readings", "2024-03-04", "2024-03-04",
			"The Ruritanian Minerals Fund will make $2.5 billion available to support clean power and port infrastructure projects.",
			"• The Ruritanian Minerals Fund will make $2.5 billion available to support clean power and port infrastructure projects needed to speed up mining.",
			ct.T{Metric: "port infrastructure projects", Value: 2.5e9, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "speed up mining", Value: 2.5e9, Unit: "USD", Holders: []string{"AA"}}, 1},
		{"one sentence copied eight days later", "2022-05-02", "2022-05-10",
			"The President has signaled that the country will make a contribution of $3 billion to the Acme Fund.",
			"The President has signaled that the country will make a contribution of $3 billion to the Acme Fund.",
			ct.T{Metric: "contribution", Value: 3e9, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "contribution", Value: 3e9, Unit: "USD", Holders: []string{"AA"}}, 1},
		// The same words a year apart are next year's tranche.
		{"one sentence a year apart", "2022-05-02", "2023-05-02",
			"The President has signaled that the country will make a contribution of $3 billion to the Acme Fund.",
			"The President has signaled that the country will make a contribution of $3 billion to the Acme Fund.",
			ct.T{Metric: "contribution", Value: 3e9, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "contribution", Value: 3e9, Unit: "USD", Holders: []string{"AA"}}, 2},
		// A long shared name but other words around the sum: two sums.
		{"a shared name, not the sum's words", "2024-03-04", "2024-03-04",
			"The Northland Science Agency and the Southland Research Council will jointly fund ocean work with $4 million in grants.",
			"The Northland Science Agency and the Southland Research Council have launched a robotics programme backed by $4 million.",
			ct.T{Metric: "ocean work", Value: 4e6, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "robotics programme", Value: 4e6, Unit: "USD", Holders: []string{"AA"}}, 2},
		// A template sentence for two countries names two objects.
		{"one template, two countries", "2025-10-26", "2025-10-26",
			"The United States will maintain at 17 percent the reciprocal tariffs on originating goods of Ruritania.",
			"The United States will maintain at 17 percent the reciprocal tariffs on originating goods of Borduria.",
			ct.T{Metric: "reciprocal tariffs on Ruritania", Value: 17, Unit: "percent", Holders: []string{"AA"}},
			ct.T{Metric: "reciprocal tariffs on Borduria", Value: 17, Unit: "percent", Holders: []string{"AA"}}, 2},
		// A name spelled as one word or two is one name.
		{"a name in one word or two", "2025-10-26", "2025-10-27",
			"The United States will maintain the reciprocal tariffs at 17 percent.",
			"Washington keeps its reciprocal tariffs at 17 percent.",
			ct.T{Metric: "reciprocal tariffs on Viet Nam", Value: 17, Unit: "percent", Holders: []string{"AA"}},
			ct.T{Metric: "reciprocal tariffs on Vietnam", Value: 17, Unit: "percent", Holders: []string{"AA"}}, 1},
		// "between 2021 and 2027" and, years later, "by 2027": one time.
		{"a period and a deadline ending in one year", "2021-12-01", "2024-10-02",
			"The Acme Bridge aims to mobilise up to €200 billion in investments between 2021 and 2027.",
			"The Acme Bridge is expected to mobilise up to €200 billion by 2027.",
			ct.T{Metric: "Acme Bridge mobilisation in investments", Value: 200e9, Unit: "EUR", Period: "2021-2027", Holders: []string{"AA"}},
			ct.T{Metric: "Acme Bridge mobilisation", Value: 200e9, Unit: "EUR", Deadline: "2027", Holders: []string{"AA"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", tt.pubA, "", tt.sentA)
			d.Target(tt.a)
			e := ct.NewDoc("b", "b", tt.pubB, "", tt.sentB)
			e.Target(tt.b)
			rec := consolidate.Build([]*accord.ArticleFacts{d.Facts, e.Facts})
			if len(rec.Targets) != tt.want {
				t.Fatalf("got %d targets, want %d: %+v", len(rec.Targets), tt.want, rec.Targets)
			}
		})
	}
}
