package target

import (
	"strings"

	"github.com/accordhq/accord"
)

// sharedIssuer returns, of the two sides of a grant, loan or aid told in a
// currency several sides issue (the euro), the one side that issues it,
// or "": "The European Union and Egypt signed agreements worth €90
// million", "The leaders announced an Africa-Europe Investment Package
// of EUR 100 billion" (EU and the AU's chair) give the issuer's money, as
// a yen grant signed by both is Japan's (session 34, from EU, Irish and
// other euro-area grant releases). Two issuers (France and Germany), or
// none, leave both.
func (x *extractor) sharedIssuer(unit string, holders []string) string {
	is := x.l.sharedIssuers[unit]
	if len(is) == 0 || len(holders) != 2 || is[holders[0]] == is[holders[1]] {
		return ""
	}
	if is[holders[0]] {
		return holders[0]
	}
	return holders[1]
}

// fundingMetric reports whether a word of the metric names money given
// ("financial support", "development financing agreements", "Investment
// Package"), not traded or spent at home.
func (x *extractor) fundingMetric(metric string) bool {
	for _, w := range strings.Fields(accord.Fold(metric)) {
		if x.l.funding[w] {
			return true
		}
	}
	return false
}

// homeDollarPart reports whether a bare "$" sum b continues a list whose
// first part was read in the giver's own dollar (prev): "Canada will
// provide $27 million to Nigeria, $21 million to Somalia and $34 million
// to Yemen" gives each part in Canadian dollars, as the first (session
// 34, from Canadian aid releases; "NOK" or "C$" lists already read whole).
func (x *extractor) homeDollarPart(prev string, b amount) bool {
	return b.bare && b.unit == "USD" && prev != "USD" && x.l.dollarOf[prev] != ""
}
