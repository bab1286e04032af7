package target

import (
	"strings"

	"github.com/accordhq/accord"
)

// tradeWithPartner returns the two holders of a level of trade with a named
// partner: "Singapore will seek to grow trade with Indonesia to S$100
// billion", "the Ministry hopes to lift trade with Korea to $100 billion".
// Trade between two countries is both countries' measure, whichever of
// them states the goal: the subject named before "trade", else the
// outlet's home country, with the country after "with". Nil when the
// metric is no level of trade or no partner follows "with". tradeWith
// reads the form with "with" right after the metric's words.
func (x *extractor) tradeWithPartner(toks []token, a amount, metric string) []string {
	named := x.mentions(toks)
	ws := strings.Fields(accord.MetricCore(metric))
	if len(ws) == 0 {
		return nil
	}
	core := ws[len(ws)-1]
	if core != "trade" && core != "turnover" && core != "trading" {
		return nil
	}
	for i := 0; i+1 < len(toks) && i < a.ps; i++ {
		if f := toks[i].f; f != "trade" && f != "turnover" && f != "trading" {
			continue
		}
		w := i + 1
		if w < len(toks) && (toks[w].f == "ties" || toks[w].f == "relations" || toks[w].f == "volume") {
			w++
		}
		if w >= len(toks) || toks[w].f != "with" {
			continue
		}
		w++
		if w < len(toks) && toks[w].f == "the" {
			w++
		}
		var partner *mention
		for k := range named {
			if named[k].s == w && !named[k].demonym && !named[k].firm && !named[k].program {
				partner = &named[k]
				break
			}
		}
		if partner == nil {
			return nil
		}
		other := ""
		for _, m := range named {
			if m.s < i && m.code != partner.code && !m.firm && !m.program {
				other = m.code
				break
			}
		}
		if other == "" && x.home != partner.code {
			other = x.home
		}
		if other == "" {
			return nil
		}
		return sorted([]string{other, partner.code})
	}
	return nil
}
