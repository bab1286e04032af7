package consolidate

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// samePledge reports whether statement r restates target c as a pledge of
// the same sum over the same span of years ahead ("over the next 5 years",
// the extractor's qualifier) for the same object or place: "business
// opportunities in the Philippines worth 1 trillion yen … over the next five
// years" and, months later, "¥1 trillion … in the next five years to fund
// infrastructure projects in the Philippines". Two sums of one size in two
// articles are otherwise two commitments unless their metrics agree.
// left are the forms of c's history its list leaves out (gap).
func samePledge(c *accord.Target, left []accord.Restatement, r accord.Restatement, metric string) bool {
	if !strings.HasPrefix(r.Qualifier, "over the next ") || !shareObject(c.Metric, metric) {
		return false
	}
	same := func(h accord.Restatement) bool {
		return h.Article != r.Article && h.Qualifier == r.Qualifier && sameValue(h.Value, r.Value) && h.Deadline == r.Deadline && h.Period == r.Period
	}
	return slices.ContainsFunc(c.History, same) || slices.ContainsFunc(left, same)
}
