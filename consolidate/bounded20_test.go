package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestBoundedRestatement20 checks that a sum bounded from below in one text
// ("more than $610 million") and from above in another of the same month
// ("up to $640 million") is one commitment, and that two bounds the sum
// cannot lie between, or far apart, stay two. Names and sums invented.
func TestBoundedRestatement20(t *testing.T) {
	plant := func(v float64, cmp string) ct.T {
		return ct.T{Metric: "investment in chip packaging plant", Value: v, Unit: "USD", Comparator: cmp, Holders: []string{"AA"}}
	}
	for _, tc := range []struct {
		name       string
		a, b       float64
		ca, cb     string
		wantMerged bool
	}{
		{"more than, then up to a little more", 610e6, 640e6, accord.Gte, accord.Lte, true},
		{"up to, then more than a little less", 640e6, 610e6, accord.Lte, accord.Gte, true},
		{"up to less than the lower bound", 610e6, 580e6, accord.Gte, accord.Lte, false},
		{"bounds far apart", 610e6, 990e6, accord.Gte, accord.Lte, false},
		{"two lower bounds", 610e6, 640e6, accord.Gte, accord.Gte, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", "2026-03-10", "", "A.")
			d.Target(plant(tc.a, tc.ca))
			e := ct.NewDoc("b", "b", "2026-03-10", "", "B.")
			e.Target(plant(tc.b, tc.cb))
			got := consolidate.Build([]*accord.ArticleFacts{d.Facts, e.Facts}).Targets
			if merged := len(got) == 1; merged != tc.wantMerged {
				t.Fatalf("got %d targets, want merged=%v", len(got), tc.wantMerged)
			}
		})
	}
}
