package consolidate_test

import (
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestRestatedInOtherWords checks that one commitment told by two
// documents in wordings that share no word (the giver's list and the
// recipient's, a minister's release and an agency's report, a press
// conference and the summary of the visit) is one target when the heads
// are of one class, no proper names clash and the sum tells its commitment
// apart (exact within a quarter; round within two weeks, few sums in the
// article, no other target of the holder giving it), and that a loan and
// an investment, two counterparts, a pledge of another size, a month's
// distance, a busy article or a second target of the sum keep two apart.
// Every case is run in both orders of the articles.
func TestRestatedInOtherWords(t *testing.T) {
	sum := func(metric string, v float64, sentence int) ct.T {
		return ct.T{Metric: metric, Value: v, Unit: "QQD", Holders: []string{"QQ"}, Sentence: sentence}
	}
	list := func(metric string, v float64) []ct.T { // an article listing five sums
		out := []ct.T{sum(metric, v, 0)}
		for i, w := range []float64{31.207e9, 8.413e9, 12.096e9, 40.771e9} {
			out = append(out, sum("loan for works", w, i+1))
		}
		return out
	}
	for _, tc := range []struct {
		name       string
		a, b       []ct.T // the first article's statements, the second's
		pubB       string
		wantMerged bool
		sa, sb     string // the sentences of the first statements, when not "A." and "B."
	}{
		{"an exact loan in two lists, rounded in one",
			list("loan provision", 15.561e9), []ct.T{sum("Coastal Highway Improvement Project", 15.56e9, 0)}, "2031-04-10", true, "", ""},
		{"a drawdown and military aid the same day",
			[]ct.T{sum("drawdown", 6.75e8, 0)}, []ct.T{sum("military aid to the Zemblan government in a new munitions package", 6.75e8, 0)}, "2031-04-10", true,
			"This $675 million drawdown includes arms and munitions.", "Another $675 million goes to the Zemblan government in a new munitions package."},
		{"ODA loans and a financial support loan eleven days apart",
			[]ct.T{sum("ODA loans to enhance disaster prevention", 5e10, 0)}, []ct.T{sum("financial support loan", 5e10, 0)}, "2031-04-21", true,
			"We will provide new ODA loans of 50 billion quids to enhance disaster prevention.", "He announced a 50 billion quid financial support loan to build disaster response capacity."},
		{"two loans of one round sum whose sentences share no word",
			[]ct.T{sum("ODA loans to enhance disaster prevention", 5e10, 0)}, []ct.T{sum("financial support loan", 5e10, 0)}, "2031-04-21", false,
			"We will provide new ODA loans of 50 billion quids to enhance disaster prevention.", "He announced a 50 billion financial support loan for the railway."},
		{"a financing partnership and a contribution",
			[]ct.T{sum("Island Climate Financing Partnership", 3.5e8, 0)}, []ct.T{sum("contribution in climate infrastructure for the region", 3.5e8, 0)}, "2031-04-11", true,
			"We provide $350 million in our Island Climate Financing Partnership.", "We will contribute $350 million in climate infrastructure for the region."},
		// What stays apart.
		{"a loan and an investment of one size",
			[]ct.T{sum("loan for a dam", 6.75e8, 0)}, []ct.T{sum("investment in ports", 6.75e8, 0)}, "2031-04-10", false,
			"The $675 million goes to munitions.", "A $675 million munitions package."},
		{"aid to two countries",
			[]ct.T{sum("aid to Zembla", 6.75e8, 0)}, []ct.T{sum("assistance to Quorvia", 6.75e8, 0)}, "2031-04-10", false,
			"The $675 million goes to munitions.", "A $675 million munitions package."},
		{"a pledge of another size rounded to one digit",
			[]ct.T{sum("grant package", 12e9, 0)}, []ct.T{sum("drawdown", 10e9, 0)}, "2031-04-10", false, "", ""},
		{"a round sum a month later",
			[]ct.T{sum("drawdown", 6.75e8, 0)}, []ct.T{sum("military aid", 6.75e8, 0)}, "2031-05-12", false,
			"The $675 million goes to munitions.", "A $675 million munitions package."},
		{"a round sum in a busy article",
			list("drawdown", 6.75e8), []ct.T{sum("military aid", 6.75e8, 0)}, "2031-04-10", false,
			"The $675 million goes to munitions.", "A $675 million munitions package."},
		{"two targets of the sum",
			[]ct.T{sum("drawdown", 6.75e8, 0), sum("grant for schools", 6.75e8, 1)}, []ct.T{sum("military aid", 6.75e8, 0)}, "2031-04-10", false,
			"The $675 million goes to munitions.", "A $675 million munitions package."},
		{"two sums of one size in one sentence",
			[]ct.T{sum("contribution to relief", 6.75e8, 0), sum("disbursement for the response", 6.75e8, 0)}, []ct.T{sum("military aid", 6.75e8, 0)}, "2031-04-10", false,
			"The Council's contribution of $675 million to relief, and the disbursement of $675 million for the response.", "A $675 million relief package."},
		{"a head of no class",
			[]ct.T{sum("revenue", 6.75e8, 0)}, []ct.T{sum("military aid", 6.75e8, 0)}, "2031-04-10", false,
			"The $675 million goes to munitions.", "A $675 million munitions package."},
		{"an exact sum rounded, one head of no class",
			[]ct.T{sum("awards to companies", 14.8e6, 0)}, []ct.T{sum("support for project preparation", 14.75e6, 0)}, "2031-05-08", false, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sa, sb := "A.", "B."
			if tc.sa != "" {
				sa, sb = tc.sa, tc.sb
			}
			d := ct.NewDoc("a", "a", "2031-04-10", "", sa, "A2.", "A3.", "A4.", "A5.")
			for _, s := range tc.a {
				d.Target(s)
			}
			e := ct.NewDoc("b", "b", tc.pubB, "", sb)
			for _, s := range tc.b {
				e.Target(s)
			}
			checkMergedAcross(t, d.Facts, e.Facts, tc.wantMerged)
		})
	}
}

// TestRestatedNameHoldsEachWording checks that a target joined from two
// wordings that share no word is named by both, in either order, so that
// each wording's head is in its name; wordings that share one keep one name.
func TestRestatedNameHoldsEachWording(t *testing.T) {
	sum := func(metric string, v float64) ct.T {
		return ct.T{Metric: metric, Value: v, Unit: "QQD", Holders: []string{"QQ"}}
	}
	for _, tc := range []struct {
		a, b string
		want []string // words the name must hold
		not  string   // a separator the name must not hold, or ""
	}{
		{"drawdown", "military aid to the Zemblan government", []string{"drawdown", "military"}, ""},
		{"ODA loans", "financial support loan", []string{"loans", "loan"}, ""},
		{"bilateral trade", "two-way trade", []string{"trade"}, " / "},
	} {
		d := ct.NewDoc("a", "a", "2031-04-10", "", "The $675 million goes to Zembla.")
		d.Target(sum(tc.a, 6.75e8))
		e := ct.NewDoc("b", "b", "2031-04-11", "", "Zembla gets $675 million.")
		e.Target(sum(tc.b, 6.75e8))
		var names []string
		for _, order := range [][]*accord.ArticleFacts{{d.Facts, e.Facts}, {e.Facts, d.Facts}} {
			got := consolidate.Build(order).Targets
			if len(got) != 1 {
				t.Fatalf("%q, %q: %d targets, want 1", tc.a, tc.b, len(got))
			}
			names = append(names, got[0].Metric)
			words := strings.Fields(strings.ToLower(got[0].Metric))
			for _, w := range tc.want {
				found := false
				for _, g := range words {
					found = found || g == w
				}
				if !found {
					t.Errorf("name %q lacks %q", got[0].Metric, w)
				}
			}
			if tc.not != "" && strings.Contains(got[0].Metric, tc.not) {
				t.Errorf("name %q holds %q", got[0].Metric, tc.not)
			}
		}
		if names[0] != names[1] {
			t.Errorf("names %q and %q depend on the order", names[0], names[1])
		}
	}
}

// TestRestatedNotWithinOneArticle checks that two sums of one size in one
// sentence of one article ("the Council's contribution of $100 million …
// and the disbursement of $100 million from …") stay two targets: the rule
// joins what two documents state.
func TestRestatedNotWithinOneArticle(t *testing.T) {
	d := ct.NewDoc("a", "a", "2031-04-10", "", "The Council's contribution of $675 million to relief, and the disbursement of $675 million for the relief response.")
	d.Target(ct.T{Metric: "contribution to relief", Value: 6.75e8, Unit: "QQD", Holders: []string{"QQ"}})
	d.Target(ct.T{Metric: "disbursement for the response", Value: 6.75e8, Unit: "QQD", Holders: []string{"QQ"}})
	if got := consolidate.Build([]*accord.ArticleFacts{d.Facts}).Targets; len(got) != 2 {
		t.Fatalf("%d targets, want 2", len(got))
	}
}
