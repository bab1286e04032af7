package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestTargetMerging checks that two statements in two articles are one
// target only when they are the same commitment: same holders, same object,
// and values a restatement explains.
func TestTargetMerging(t *testing.T) {
	tests := []struct {
		name string
		a, b ct.T
		want int // targets in the record
	}{
		{"same value, same metric", ct.T{Metric: "bilateral trade", Value: 150e9, Unit: "USD", Deadline: "2030", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "trade", Value: 150e9, Unit: "USD", Holders: []string{"BB", "AA"}}, 1},
		{"plural of the head", ct.T{Metric: "investment in semiconductors", Value: 20e9, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "investments in semiconductors", Value: 20e9, Unit: "USD", Holders: []string{"AA"}}, 1},
		{"revised for the same deadline", ct.T{Metric: "bilateral trade", Value: 100e9, Unit: "USD", Deadline: "2030", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "bilateral trade", Value: 150e9, Unit: "USD", Deadline: "2030", Holders: []string{"AA", "BB"}}, 1},
		{"more than 3x apart", ct.T{Metric: "bilateral trade", Value: 100e9, Unit: "USD", Deadline: "2030", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "bilateral trade", Value: 400e9, Unit: "USD", Deadline: "2030", Holders: []string{"AA", "BB"}}, 2},
		{"undated amounts that differ", ct.T{Metric: "investment", Value: 600e9, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "investment", Value: 218e6, Unit: "USD", Holders: []string{"AA"}}, 2},
		{"other holders", ct.T{Metric: "investment", Value: 5e9, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "investment", Value: 5e9, Unit: "USD", Holders: []string{"BB"}}, 2},
		{"tariffs on two countries", ct.T{Metric: "reciprocal tariffs on Indonesia", Value: 19, Unit: "percent", Holders: []string{"AA"}},
			ct.T{Metric: "reciprocal tariffs on Cambodia", Value: 19, Unit: "percent", Holders: []string{"AA"}}, 2},
		{"one programme, two wordings", ct.T{Metric: "grant for the Green Economy Programme", Value: 60e6, Unit: "EUR", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "Financing Agreement for the Green Economy Programme", Value: 60e6, Unit: "EUR", Holders: []string{"AA", "BB"}}, 1},
		{"two undated grants of one size", ct.T{Metric: "grant", Value: 1e6, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "new grant", Value: 1e6, Unit: "USD", Holders: []string{"AA"}}, 2},
		{"one dated investment pledge", ct.T{Metric: "investment", Value: 600e9, Unit: "USD", Deadline: "2027", Holders: []string{"AA"}},
			ct.T{Metric: "investments", Value: 600e9, Unit: "USD", Deadline: "2027", Holders: []string{"AA"}}, 1},
		{"two undated sums of one kind", ct.T{Metric: "Defense Production Act funding", Value: 250e6, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "funding for violence prevention", Value: 250e6, Unit: "USD", Holders: []string{"AA"}}, 2},
		{"one sum told by its kind alone and with its object, a year apart", ct.T{Metric: "financing", Value: 100e9, Unit: "USD", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "clean energy financing", Value: 100e9, Unit: "USD", Holders: []string{"AA", "BB"}}, 2},
		{"two objects of one kind for one year", ct.T{Metric: "support for rural electrification", Value: 100e6, Unit: "USD", Deadline: "2023", Holders: []string{"AA"}},
			ct.T{Metric: "support for elections and good governance", Value: 165e6, Unit: "USD", Deadline: "2023", Holders: []string{"AA"}}, 2},
		{"a kind alone and its object for one year", ct.T{Metric: "support", Value: 100e6, Unit: "USD", Deadline: "2023", Holders: []string{"AA"}},
			ct.T{Metric: "support for elections", Value: 120e6, Unit: "USD", Deadline: "2023", Holders: []string{"AA"}}, 1},
		{"a demonym and its country's name", ct.T{Metric: "Fijian citizens", Value: 500, Unit: "count", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "people from Fiji to come each year", Value: 500, Unit: "count", Holders: []string{"AA", "BB"}}, 1},
		{"two countries' movers", ct.T{Metric: "Fijian citizens", Value: 500, Unit: "count", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "people from Samoa to come each year", Value: 500, Unit: "count", Holders: []string{"AA", "BB"}}, 2},
		{"one shared region word", ct.T{Metric: "grant for Pacific fisheries", Value: 10e6, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: "package for Pacific resilience", Value: 10e6, Unit: "USD", Holders: []string{"AA"}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := buildTwo(tt.a, tt.b)
			if len(rec.Targets) != tt.want {
				t.Fatalf("got %d targets, want %d: %+v", len(rec.Targets), tt.want, rec.Targets)
			}
		})
	}
}

// TestTargetNamedByObject checks that one sum told in the reports of one
// week once by its kind alone ("financing") and once with its object is one
// target named by the object, in either order, and that a kind alone and
// an object of another sum stay two.
func TestTargetNamedByObject(t *testing.T) {
	bare := ct.T{Metric: "financing", Value: 100e9, Unit: "USD", Holders: []string{"AA", "BB"}}
	full := ct.T{Metric: "clean energy financing", Value: 100e9, Unit: "USD", Holders: []string{"AA", "BB"}}
	build := func(a, b ct.T) []accord.Target {
		d := ct.NewDoc("a", "a", "2024-01-10", "", "A.")
		d.Target(a)
		e := ct.NewDoc("b", "b", "2024-01-12", "", "B.")
		e.Target(b)
		return consolidate.Build([]*accord.ArticleFacts{d.Facts, e.Facts}).Targets
	}
	for _, order := range [][2]ct.T{{bare, full}, {full, bare}} {
		if got := build(order[0], order[1]); len(got) != 1 || got[0].Metric != "clean energy financing" {
			t.Fatalf("%s first: got %+v, want one target named clean energy financing", order[0].Metric, got)
		}
	}
	other := ct.T{Metric: "funding for school meals", Value: 7e6, Unit: "USD", Holders: []string{"AA"}}
	if got := build(ct.T{Metric: "funding", Value: 5e6, Unit: "USD", Holders: []string{"AA"}}, other); len(got) != 2 {
		t.Fatalf("a kind alone and an object of another sum: got %d targets, want 2", len(got))
	}
}

// TestRoundedRestatement checks that one sum restated rounded within a
// month ("$36.2 billion", then "$36 billion") is one target, and that two
// precise sums close in size, or a rounding a year later, stay two.
func TestRoundedRestatement(t *testing.T) {
	deal := func(v float64) ct.T {
		return ct.T{Metric: "Acme aircraft purchase", Value: v, Unit: "USD", Holders: []string{"AA"}}
	}
	for _, tc := range []struct {
		name       string
		a, b       float64
		pubB       string
		wantMerged bool
	}{
		{"rounded a fortnight later", 36.2e9, 36e9, "2025-11-13", true},
		{"rounded the other way round", 36e9, 36.2e9, "2025-11-13", true},
		{"two precise sums close in size", 376e6, 379e6, "2025-11-13", false},
		{"rounded a year later", 36.2e9, 36e9, "2026-11-13", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", "2025-10-29", "", "A.")
			d.Target(deal(tc.a))
			e := ct.NewDoc("b", "b", tc.pubB, "", "B.")
			e.Target(deal(tc.b))
			got := consolidate.Build([]*accord.ArticleFacts{d.Facts, e.Facts}).Targets
			if merged := len(got) == 1; merged != tc.wantMerged {
				t.Fatalf("got %d targets, want merged=%v", len(got), tc.wantMerged)
			}
		})
	}
}

// TestBareSumAcrossWordings checks that a sum told by its kind alone
// restates the one target of its holder, currency and size told that week,
// whatever the other wording, and that it stays apart where it cannot tell
// which: another target states the same sum that week, or it is one of many
// sums its article gives.
func TestBareSumAcrossWordings(t *testing.T) {
	sum := func(metric string, v float64, sentence int) ct.T {
		return ct.T{Metric: metric, Value: v, Unit: "QQD", Holders: []string{"QQ"}, Sentence: sentence}
	}
	for _, tc := range []struct {
		name       string
		a, b       []ct.T // the first article's statements, the second's
		pubB       string
		wantTarget int // targets with a statement of 2.3e9
		wantMerged bool
	}{
		{"a commitment the next day", []ct.T{sum("international river finance", 2.3e9, 0)}, []ct.T{sum("commitment", 2.3e9, 0)}, "2031-04-11", 1, true},
		{"vague spending words name no object", []ct.T{sum("provision for realising measures and projects", 2.3e9, 0)}, []ct.T{sum("development assistance", 2.3e9, 0)}, "2031-04-10", 1, true},
		{"a month later", []ct.T{sum("international river finance", 2.3e9, 0)}, []ct.T{sum("commitment", 2.3e9, 0)}, "2031-05-20", 2, false},
		{"another target told that sum that week",
			[]ct.T{sum("international river finance", 2.3e9, 0), sum("harbour dredging", 2.3e9, 1)},
			[]ct.T{sum("commitment", 2.3e9, 0)}, "2031-04-11", 3, false},
		{"one of many sums of a fact sheet", []ct.T{sum("international river finance", 2.3e9, 0)},
			[]ct.T{sum("commitment", 2.3e9, 0), sum("orchard grants", 4e6, 1), sum("ferry loans", 9e6, 2), sum("library support", 1e6, 3)}, "2031-04-11", 2, false},
		{"the same bare words in two releases", []ct.T{sum("investment", 2.3e9, 0)}, []ct.T{sum("investment", 2.3e9, 0)}, "2031-04-10", 1, true},
		{"two kinds of one size stay two", []ct.T{sum("loan", 2.3e9, 0)}, []ct.T{sum("grant", 2.3e9, 0)}, "2031-04-10", 2, false},
		// Two agencies' reports of one meeting: "QQ$2.3 billion in aid" and
		// "a QQ$2.3 billion aid package", the kind the same.
		{"a kind told with a container word", []ct.T{sum("aid", 2.3e9, 0)}, []ct.T{sum("aid package", 2.3e9, 0)}, "2031-04-10", 1, true},
		{"a kind with a container word a month later", []ct.T{sum("aid", 2.3e9, 0)}, []ct.T{sum("aid package", 2.3e9, 0)}, "2031-05-20", 2, false},
		{"a container word of another kind stays apart", []ct.T{sum("aid", 2.3e9, 0)}, []ct.T{sum("loan package", 2.3e9, 0)}, "2031-04-10", 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", "2031-04-10", "", "A.", "A2.")
			for _, s := range tc.a {
				d.Target(s)
			}
			e := ct.NewDoc("b", "b", tc.pubB, "", "B.", "B2.", "B3.", "B4.")
			for _, s := range tc.b {
				e.Target(s)
			}
			for _, order := range [][]*accord.ArticleFacts{{d.Facts, e.Facts}, {e.Facts, d.Facts}} {
				n, merged := 0, false
				for _, got := range consolidate.Build(order).Targets {
					if got.Value != 2.3e9 {
						continue
					}
					n++
					arts := map[string]bool{}
					for _, m := range got.Mentions {
						arts[m.Article] = true
					}
					merged = merged || len(arts) == 2
				}
				if n != tc.wantTarget || merged != tc.wantMerged {
					t.Fatalf("got %d targets of the sum (merged across articles %v), want %d (%v)", n, merged, tc.wantTarget, tc.wantMerged)
				}
			}
		})
	}
}

// TestRestatementKeepsItsTime18 checks that a later statement of the same
// sum that names no time does not drop the deadline or period an earlier
// one gave, while a later statement with a time of its own sets it.
func TestRestatementKeepsItsTime18(t *testing.T) {
	tests := []struct {
		name         string
		a, b         ct.T
		deadline     string
		period       string
		wantTargets  int
		wantValueSum float64
	}{
		{"a later undated restatement keeps the year",
			ct.T{Metric: "bilateral trade", Value: 70e9, Unit: "USD", Deadline: "2032", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "trade", Value: 70e9, Unit: "USD", Holders: []string{"BB", "AA"}}, "2032", "", 1, 70e9},
		{"a later year of its own stands",
			ct.T{Metric: "trade", Value: 70e9, Unit: "USD", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "bilateral trade", Value: 70e9, Unit: "USD", Deadline: "2032", Holders: []string{"AA", "BB"}}, "2032", "", 1, 70e9},
		// "$70 billion by 2032", a year later "by 2034": a new commitment,
		// keyed by its value and deadline (the first listed is the first).
		{"a later year is another target",
			ct.T{Metric: "bilateral trade", Value: 70e9, Unit: "USD", Deadline: "2032", Holders: []string{"AA", "BB"}},
			ct.T{Metric: "bilateral trade", Value: 70e9, Unit: "USD", Deadline: "2034", Holders: []string{"AA", "BB"}}, "2032", "", 2, 70e9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := buildTwo(tt.a, tt.b)
			if len(rec.Targets) != tt.wantTargets {
				t.Fatalf("got %d targets, want %d", len(rec.Targets), tt.wantTargets)
			}
			got := rec.Targets[0]
			if got.Deadline != tt.deadline || got.Period != tt.period || got.Value != tt.wantValueSum {
				t.Errorf("got value %g deadline %q period %q, want %g %q %q", got.Value, got.Deadline, got.Period, tt.wantValueSum, tt.deadline, tt.period)
			}
		})
	}
}

// buildTwo builds the record of two articles a year apart, one target each.
func buildTwo(a, b ct.T) *accord.Record {
	d := ct.NewDoc("a", "a", "2024-01-10", "", "A.")
	d.Target(a)
	e := ct.NewDoc("b", "b", "2025-01-10", "", "B.")
	e.Target(b)
	return consolidate.Build([]*accord.ArticleFacts{d.Facts, e.Facts})
}

// TestSamePeriodOtherSums checks that two sums that share only a period
// ("$433 million in appropriated resources over the next two years" for
// one country, "$372.1 million in appropriated funding" over the same two
// years for another) are two commitments, while a revised sum for one
// named object over the same period is one (figures invented).
func TestSamePeriodOtherSums(t *testing.T) {
	tests := []struct {
		name string
		a, b ct.T
		want int
	}{
		{"only the period shared",
			ct.T{Metric: "investment in appropriated resources", Value: 433e6, Unit: "USD", Period: "2031-2033", Holders: []string{"AA"}},
			ct.T{Metric: "appropriated funding", Value: 372e6, Unit: "USD", Period: "2031-2033", Holders: []string{"AA"}}, 2},
		{"one object revised",
			ct.T{Metric: "funding for malaria clinics", Value: 400e6, Unit: "USD", Period: "2031-2033", Holders: []string{"AA"}},
			ct.T{Metric: "funding for malaria clinics", Value: 450e6, Unit: "USD", Period: "2031-2033", Holders: []string{"AA"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if rec := buildTwo(tt.a, tt.b); len(rec.Targets) != tt.want {
				t.Errorf("got %d targets, want %d", len(rec.Targets), tt.want)
			}
		})
	}
}
