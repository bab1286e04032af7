package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestUndatedAfterRevision checks that a target revised for one deadline
// ("$15 billion by 2024", later "$20 billion by 2024") and restated later
// with its latest value and no year ("$20 billion") is one target, in
// whatever order the articles come, while an undated restatement of the
// value it was revised from is not. Names and figures invented.
func TestUndatedAfterRevision(t *testing.T) {
	trade := func(v float64, dl string) ct.T {
		return ct.T{Metric: "two-way trade", Value: v, Unit: "USD", Deadline: dl, Holders: []string{"AA", "BB"}}
	}
	for _, tc := range []struct {
		name  string
		last  float64
		want  int
		order []int
	}{
		{"the latest value, undated", 20e9, 1, []int{0, 1, 2}},
		{"the latest value, undated, first to arrive", 20e9, 1, []int{2, 0, 1}},
		{"the latest value, undated, in between", 20e9, 1, []int{1, 2, 0}},
		{"the value revised from, undated", 15e9, 2, []int{0, 1, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ct.NewDoc("a", "a", "2019-04-29", "", "The two sides aim for $15 billion in two-way trade by 2024.")
			a.Target(trade(15e9, "2024"))
			b := ct.NewDoc("b", "b", "2021-08-14", "", "The two sides aim for $20 billion in two-way trade by 2024.")
			b.Target(trade(20e9, "2024"))
			c := ct.NewDoc("c", "c", "2023-11-06", "", "The two sides aim for two-way trade of that value.")
			c.Target(trade(tc.last, ""))
			docs := []*accord.ArticleFacts{a.Facts, b.Facts, c.Facts}
			var in []*accord.ArticleFacts
			for _, i := range tc.order {
				in = append(in, docs[i])
			}
			rec := consolidate.Build(in)
			if len(rec.Targets) != tc.want {
				t.Fatalf("got %d targets, want %d: %+v", len(rec.Targets), tc.want, rec.Targets)
			}
		})
	}
}

// TestPossessiveName checks that one sum of aid told the same day by two
// agencies, one naming the country with a possessive ("Borduria's
// recovery") and one in another spelling joined as one word, is one
// target. Names and figures invented.
func TestPossessiveName(t *testing.T) {
	a := ct.NewDoc("a", "a", "2025-11-26", "", "The minister announced NZD4 million in aid to support Bor Duria's recovery efforts following recent floods.")
	a.Target(ct.T{Metric: "aid to support Bor Duria's recovery efforts following recent floods", Value: 4e6, Unit: "NZD", Holders: []string{"NZ"}})
	b := ct.NewDoc("b", "b", "2025-11-26", "", "The minister presented a note announcing a 4 million NZD aid package to help Borduria overcome recent storms.")
	b.Target(ct.T{Metric: "aid package for Borduria overcome", Value: 4e6, Unit: "NZD", Holders: []string{"NZ"}})
	rec := consolidate.Build([]*accord.ArticleFacts{a.Facts, b.Facts})
	if len(rec.Targets) != 1 {
		t.Fatalf("got %d targets, want 1: %+v", len(rec.Targets), rec.Targets)
	}
}

// TestFactorNeedsObject checks that a sum told as a doubling joins a
// target of the same factor only when both name one object: "double
// funding for the program to $1 billion" is not the doubling of a youth
// programme's participants, which a bare "program" shares only by its
// kind; "doubled its climate finance to $5 billion" still restates
// "double its climate finance". Names and figures invented.
func TestFactorNeedsObject(t *testing.T) {
	for _, tc := range []struct {
		name            string
		sumMetric, xMet string
		sumSent, xSent  string
		sumPub, xPub    string
		want            int
	}{
		{"a bare programme and a named one", "program", "Acme Youth Leaders Initiative program",
			"The Administration will double funding for the program to $1 billion next year.",
			"The Department will double the size of the Acme Youth Leaders Initiative program within three years.",
			"2021-06-30", "2022-05-12", 2},
		{"one object, told as a factor and as a sum", "climate finance commitment", "climate finance commitment",
			"Ruritania doubled its climate finance commitment to $5 billion over the next five years.",
			"The Prime Minister welcomed Ruritania's work, including to double its climate finance commitment.",
			"2021-10-31", "2021-10-30", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ct.NewDoc("a", "a", tc.sumPub, "", tc.sumSent)
			a.Target(ct.T{Metric: tc.sumMetric, Value: 1e9, Unit: "USD", Holders: []string{"AA"}})
			b := ct.NewDoc("b", "b", tc.xPub, "", tc.xSent)
			b.Target(ct.T{Metric: tc.xMet, Value: 2, Unit: "times", Holders: []string{"AA"}})
			rec := consolidate.Build([]*accord.ArticleFacts{a.Facts, b.Facts})
			if len(rec.Targets) != tc.want {
				t.Fatalf("got %d targets, want %d: %+v", len(rec.Targets), tc.want, rec.Targets)
			}
		})
	}
}
