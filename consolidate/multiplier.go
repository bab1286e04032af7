package consolidate

import (
	"slices"
	"strings"
	"sync"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

// A commitment stated as a multiplier in one article ("double its climate
// finance commitment", 2 times) and as the sum it comes to in another
// ("doubled its climate finance commitment … to $5.3 billion") is one
// target: the sum's statement names the multiplier, so it explains the
// change of unit. Only a sum whose sentence says the same multiplier
// ("doubl" for 2) joins a multiplier target of the same holders and metric.

// multiplierStems are the word stems that state a factor, by factor.
var multiplierStems = map[float64]string{2: "doubl", 3: "tripl", 4: "quadrupl"}

// currencyCodes are the ISO 4217 codes the extractor reads sums in.
var currencyCodes = sync.OnceValue(func() []string {
	var out []string
	for _, c := range knowledge.TargetUnits().Currencies {
		out = append(out, c.Code)
	}
	return out
})

func isCurrency(unit string) bool { return slices.Contains(currencyCodes(), strings.ToUpper(unit)) }

// statesFactor reports whether a quote states factor n: "doubled", "doubling".
func statesFactor(quote string, n float64) bool {
	stem, ok := multiplierStems[n]
	return ok && strings.Contains(strings.ToLower(quote), stem)
}

// multiplierMatch returns the target of the same holders and metric that
// statement r of t restates in another unit: for a sum that says it
// doubles, the doubling target; for a doubling, the sum stated as a
// doubling. nil when there is none.
// arts are the articles of the statement (see statedIn).
func (st *state) multiplierMatch(t *accord.Target, r accord.Restatement, arts []string) *accord.Target {
	var keys []string
	var want func(c *accord.Target) bool
	switch {
	case isCurrency(t.Unit):
		n := 0.0
		for f := range multiplierStems {
			if statesFactor(r.Quote, f) {
				n = f
			}
		}
		if n == 0 {
			return nil
		}
		keys = []string{targetKey(t.Holders, "times")}
		want = func(c *accord.Target) bool {
			times := func(h accord.Restatement) bool {
				return h.Unit == "times" && sameValue(h.Value, n) && h.Article != r.Article
			}
			return slices.ContainsFunc(c.History, times) || slices.ContainsFunc(st.left(c), times)
		}
	case t.Unit == "times" && multiplierStems[t.Value] != "":
		for _, code := range currencyCodes() {
			keys = append(keys, targetKey(t.Holders, code))
		}
		want = func(c *accord.Target) bool {
			sum := func(h accord.Restatement) bool {
				return isCurrency(h.Unit) && statesFactor(h.Quote, t.Value) && h.Article != r.Article
			}
			return slices.ContainsFunc(c.History, sum) || slices.ContainsFunc(st.left(c), sum)
		}
	default:
		return nil
	}
	var best *accord.Target
	for _, k := range keys {
		for _, c := range st.targetsBy[k] {
			st.statedIn(c, arts)
			if sameMetric(accord.MetricCore(c.Metric), t.Metric) && shareObject(accord.MetricCore(c.Metric), t.Metric) && want(c) && !otherStatementHere(c, r.Article, r.Start) && (best == nil || c.ID < best.ID) {
				best = c
			}
		}
	}
	return best
}

// multiplierKeys returns the target blocks a partial consolidation must
// read for target t to meet its restatement in another unit.
func multiplierKeys(t *accord.Target) []string {
	switch {
	case isCurrency(t.Unit) && slices.ContainsFunc(t.Mentions, func(ev accord.Evidence) bool {
		return statesFactor(ev.Quote, 2) || statesFactor(ev.Quote, 3) || statesFactor(ev.Quote, 4)
	}):
		return []string{accord.TargetBlockKey(t.Holders, "times")}
	case t.Unit == "times" && multiplierStems[t.Value] != "":
		var out []string
		for _, code := range currencyCodes() {
			out = append(out, accord.TargetBlockKey(t.Holders, code))
		}
		return out
	}
	return nil
}
