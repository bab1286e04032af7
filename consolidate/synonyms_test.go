package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestTargetSynonyms checks that a target restated with a synonym of its
// measure is one target, named with both words so that each statement's
// wording is kept, in either order of the articles.
func TestTargetSynonyms(t *testing.T) {
	tests := []struct {
		name       string
		a, b       ct.T
		want       int    // targets in the record
		wantMetric string // the name of the first, when one
	}{
		{"trade volume restated as business turnover",
			ct.T{Metric: "trade volume", Value: 50e9, Unit: "USD", Deadline: "2030", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "two-way business turnover", Value: 50e9, Unit: "USD", Holders: []string{"AA", "BB"}}, 1, "trade turnover"},
		{"turnover first, bilateral trade after",
			ct.T{Metric: "trade turnover", Value: 20e9, Unit: "USD", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "bilateral trade", Value: 20e9, Unit: "USD", Holders: []string{"AA", "BB"}}, 1, "trade turnover"},
		{"a wording with both words needs no new name",
			ct.T{Metric: "trade turnover between the two countries", Value: 20e9, Unit: "USD", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "bilateral trade", Value: 20e9, Unit: "USD", Holders: []string{"AA", "BB"}}, 1, "bilateral trade"},
		{"turnover of other holders stays apart",
			ct.T{Metric: "trade volume", Value: 50e9, Unit: "USD", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "two-way business turnover", Value: 50e9, Unit: "USD", Holders: []string{"AA", "CC"}}, 2, ""},
		{"investment is no trade",
			ct.T{Metric: "investment", Value: 5e9, Unit: "USD", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "business turnover", Value: 5e9, Unit: "USD", Holders: []string{"AA", "BB"}}, 2, ""},
	}
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			t.Run(tt.name, func(t *testing.T) {
				d := ct.NewDoc("a", "a", "2024-01-10", "", "A.")
				d.Target(tt.a)
				e := ct.NewDoc("b", "b", "2025-01-10", "", "B.")
				e.Target(tt.b)
				facts := []*accord.ArticleFacts{d.Facts, e.Facts}
				if swap {
					facts[0], facts[1] = facts[1], facts[0]
				}
				rec := consolidate.Build(facts)
				if len(rec.Targets) != tt.want {
					t.Fatalf("got %d targets, want %d: %+v", len(rec.Targets), tt.want, rec.Targets)
				}
				if tt.wantMetric != "" && rec.Targets[0].Metric != tt.wantMetric {
					t.Errorf("metric %q, want %q", rec.Targets[0].Metric, tt.wantMetric)
				}
			})
		}
	}
}

// TestTargetsOfOneArticle checks that two targets of one value that one
// article states apart stay two when a later article restates both, each
// restatement joining the target worded like it.
func TestTargetsOfOneArticle(t *testing.T) {
	d := ct.NewDoc("a", "a", "2025-07-23", "", "A.", "B.")
	d.Target(ct.T{Metric: "tariff rate on rice and rice products", Value: 12, Unit: "percent", Holders: []string{"AA"}, Sentence: 0})
	d.Target(ct.T{Metric: "tariff rate imposed on Thailand", Value: 12, Unit: "percent", Holders: []string{"AA"}, Sentence: 1})
	e := ct.NewDoc("b", "b", "2025-07-25", "", "C.", "D.")
	e.Target(ct.T{Metric: "tariff rate imposed on Thailand", Value: 12, Unit: "percent", Holders: []string{"AA"}, Sentence: 0})
	e.Target(ct.T{Metric: "tariff rate on rice and rice products", Value: 12, Unit: "percent", Holders: []string{"AA"}, Sentence: 1})
	rec := consolidate.Build([]*accord.ArticleFacts{d.Facts, e.Facts})
	if len(rec.Targets) != 2 {
		t.Fatalf("got %d targets, want 2: %+v", len(rec.Targets), rec.Targets)
	}
	for _, tg := range rec.Targets {
		if len(tg.History) != 2 || tg.History[0].Article == tg.History[1].Article {
			t.Errorf("target %q: history %+v, want one statement of each article", tg.Metric, tg.History)
		}
	}
}
