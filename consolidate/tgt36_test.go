package consolidate_test

import (
	"testing"

	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestGoalRestatedMonthsLater36 checks that a round sum with a deadline
// ("mobilise €120 billion by 2031") restated months later with the same
// deadline, in other words that share a word of the sentence (the
// programme's name), is one target, and that without a deadline on both,
// with two deadlines, or more than a year apart the two stay apart.
// Names, figures and years invented; each case in both orders.
func TestGoalRestatedMonthsLater36(t *testing.T) {
	goal := func(metric, deadline string) ct.T {
		return ct.T{Metric: metric, Value: 1.2e11, Unit: "QQD", Holders: []string{"QQ"}, Deadline: deadline}
	}
	const sa = "The Blue Corridor initiative will mobilise 120 billion quids by 2031."
	const sb = "The board reviewed the first year of the Blue Corridor with the target of mobilising 120 billion quids of investments by 2031."
	for _, tc := range []struct {
		name       string
		a, b       ct.T
		pubB       string
		wantMerged bool
	}{
		{"same deadline, ten months later", goal("Blue Corridor mobilisation", "2031"), goal("investments", "2031"), "2029-02-10", true},
		{"no deadline on one", goal("Blue Corridor mobilisation", "2031"), goal("investments", ""), "2029-02-10", false},
		{"two deadlines", goal("Blue Corridor mobilisation", "2031"), goal("investments", "2033"), "2029-02-10", false},
		{"more than a year later", goal("Blue Corridor mobilisation", "2031"), goal("investments", "2031"), "2029-09-10", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", "2028-04-10", "", sa)
			d.Target(tc.a)
			e := ct.NewDoc("b", "b", tc.pubB, "", sb)
			e.Target(tc.b)
			checkMergedAcross(t, d.Facts, e.Facts, tc.wantMerged)
		})
	}
}
