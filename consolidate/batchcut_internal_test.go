package consolidate

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/google/go-cmp/cmp"
)

// TestKeptStatementsDated: a statement whose merge turns on when the
// statements of a target were published (one sum told within days, a
// template sentence copied within a month, another target telling the sum
// that week) or on their comparator (a sum bounded from both sides) merges
// as with the lists whole, whatever the Applier's kept lists leave out:
// the record does not depend on where an ingest cuts its merge batches
// (here one article a batch, every target trimmed after each when it can
// be; Build holds the lists whole).
func TestKeptStatementsDated(t *testing.T) {
	defer SetTailSize(1)()
	hold := []string{"QF"}
	usd := func(metric string, v float64) ct.T {
		return ct.T{Metric: metric, Value: v, Unit: "USD", Holders: hold}
	}
	cmpUSD := func(metric string, v float64, c string) ct.T {
		t := usd(metric, v)
		t.Comparator = c
		return t
	}
	dated := func(metric string, v float64) ct.T {
		t := usd(metric, v)
		t.Deadline = "2035"
		return t
	}
	invest := func(object, country string) string {
		return "The Republic of Qualand will invest US$7 million in " + object + " projects in " + country + " over the next five years."
	}
	tests := []struct {
		name    string
		stmts   []stmt
		targets int  // as Build makes them
		gap     bool // the Applier leaves statements out
	}{
		{"a template sentence copied within a month", []stmt{
			{"2031-03-01", invest("fisheries", "Ruritania"), usd("investment in fisheries projects", 7e6)},
			{"2031-03-02", invest("port", "Ruritania"), usd("investment in port projects", 7e6)},
			{"2031-03-03", invest("rail", "Ruritania"), usd("investment in rail projects", 7e6)},
			{"2031-03-20", invest("forestry", "Borduria"), usd("investment in forestry projects", 7e6)},
		}, 1, false},
		{"the copied sentence would be left out", []stmt{
			{"2031-03-01", "Qualand pledged US$7 million for fisheries projects.", usd("investment in fisheries projects", 7e6)},
			{"2031-03-02", invest("fisheries", "Ruritania"), usd("investment in fisheries projects", 7e6)},
			{"2031-03-03", "Its fisheries projects get US$7 million.", usd("investment in fisheries projects", 7e6)},
			{"2031-03-20", invest("forestry", "Borduria"), usd("investment in forestry projects", 7e6)},
		}, 1, false},
		{"a bare sum told within days", []stmt{
			{"2031-04-01", "US$40 million in clean water financing.", usd("clean water financing", 40e6)},
			{"2031-04-02", "Clean water financing of US$40 million.", usd("clean water financing", 40e6)},
			{"2031-04-03", "The US$40 million clean water financing.", usd("clean water financing", 40e6)},
			{"2031-04-05", "The US$40 million in financing was welcomed.", usd("financing", 40e6)},
		}, 1, false},
		{"a sum bounded from both sides", []stmt{
			{"2031-05-01", "More than US$800 million in flood relief.", cmpUSD("flood relief", 800e6, "gte")},
			{"2031-05-02", "Flood relief of more than US$800 million.", cmpUSD("flood relief", 800e6, "gte")},
			{"2031-05-03", "Over US$800 million of flood relief.", cmpUSD("flood relief", 800e6, "gte")},
			{"2031-05-06", "Up to US$825 million in flood relief.", cmpUSD("flood relief", 825e6, "lte")},
		}, 1, false},
		{"another target told the sum that week", []stmt{
			{"2031-05-01", "A US$5 million grant for clinics by 2035.", dated("grant for clinics", 5e6)},
			{"2031-06-09", "The grant for clinics, US$5 million by 2035.", dated("grant for clinics", 5e6)},
			{"2031-06-10", "The grant for clinics grows to US$6 million by 2035.", dated("grant for clinics", 6e6)},
			{"2031-06-12", "US$5 million for water projects.", usd("water projects", 5e6)},
			{"2031-06-14", "The US$5 million in funding was welcomed.", usd("funding", 5e6)},
		}, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := stmtFacts(tt.stmts)
			want := Build(facts)
			if len(want.Targets) != tt.targets {
				t.Fatalf("Build made %d targets, want %d", len(want.Targets), tt.targets)
			}
			got, ap := applied(t, facts)
			if d := cmp.Diff(want, got); d != "" {
				t.Fatalf("stored record ≠ Build (-build +stored):\n%s", d)
			}
			if ap.w == nil || ap.whole > 0 {
				t.Fatalf("%d batches merged with the lists whole, want none", ap.whole)
			}
			if gap := len(ap.w.gaps) > 0; gap != tt.gap {
				t.Errorf("statements left out %v, want %v", gap, tt.gap)
			}
		})
	}
}

// TestSameWordingUnsure: whether a statement restates a target by a
// sentence copied turns on the quotes of the statements its lists leave
// out when none kept shares the words: unsure (the batch is merged with
// the lists whole), not no.
func TestSameWordingUnsure(t *testing.T) {
	st := func(published, article, quote string) accord.Restatement {
		return accord.Restatement{Evidence: accord.Evidence{Article: article, Published: published, Quote: quote}, Value: 7e6, Unit: "USD"}
	}
	copied := "The Republic of Qualand will invest US$7 million in port projects in Ruritania."
	c := &accord.Target{History: []accord.Restatement{
		st("2031-03-01", "a1", "Qualand pledged US$7 million for ports."),
		st("2031-03-03", "a3", "Its ports get US$7 million."),
	}}
	left := []accord.Restatement{{Value: 7e6, Unit: "USD", Evidence: accord.Evidence{Published: "2031-03-02"}}}
	r := st("2031-03-20", "a4", "The Republic of Qualand will invest US$7 million in rail projects in Borduria.")
	for _, tt := range []struct {
		name         string
		c            *accord.Target
		left         []accord.Restatement
		same, unsure bool
	}{
		{"none left out", c, nil, false, false},
		{"one left out", c, left, false, true},
		{"a kept one copied", &accord.Target{History: append(slices.Clone(c.History), st("2031-03-04", "a5", copied))}, left, true, false},
		{"one left out of another value", c, []accord.Restatement{{Value: 8e6, Unit: "USD", Evidence: accord.Evidence{Published: "2031-03-02"}}}, false, false},
	} {
		same, unsure := sameWording(tt.c, tt.left, r)
		if same != tt.same || unsure != tt.unsure {
			t.Errorf("%s: same %v unsure %v, want %v %v", tt.name, same, unsure, tt.same, tt.unsure)
		}
	}
}
