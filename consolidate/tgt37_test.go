package consolidate_test

import (
	"testing"

	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestSlidSpanRestated37 checks that a sum "over the next three years"
// told again about a year later, its period dated from each article
// ("2028-2031" and "2029-2032"), is one target, and that a span of
// another length, a restatement after the first span ran out, or one
// more than a year later stay apart. Names, figures and years invented.
func TestSlidSpanRestated37(t *testing.T) {
	span := func(period string) ct.T {
		return ct.T{Metric: "public and private contribution to the Coral Coast", Value: 2.6e10, Unit: "QQD", Holders: []string{"QQ"}, Period: period}
	}
	const sa = "The Prime Minister said the country will invest 26 billion quids as the sum of public and private contribution to the Coral Coast over the next three years."
	const sb = "We will steadily implement our commitments, including 26 billion quids as the sum of public and private contribution to the Coral Coast over the next three years."
	for _, tc := range []struct {
		name       string
		pa, pb     string
		pubB       string
		wantMerged bool
	}{
		{"a year later, the span slid by a year", "2028-2031", "2029-2032", "2029-04-02", true},
		{"spans of two lengths", "2028-2031", "2029-2034", "2029-04-02", false},
		{"after the first span ran out", "2028-2031", "2031-2034", "2031-03-02", false},
		{"more than a year later", "2028-2031", "2029-2032", "2029-09-20", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", "2028-04-10", "", sa)
			d.Target(span(tc.pa))
			e := ct.NewDoc("b", "b", tc.pubB, "", sb)
			e.Target(span(tc.pb))
			checkMergedAcross(t, d.Facts, e.Facts, tc.wantMerged)
		})
	}
}
