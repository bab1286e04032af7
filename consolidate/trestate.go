package consolidate

import (
	_ "embed"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// One commitment restated in two documents is often worded apart: the
// giver's release says "a loan provision of up to ¥15.561 billion", the
// recipient's "the Road Project (JPY 15.56 billion)"; a minister's release
// "a $675 million drawdown", an agency "$675 million in military aid"; the
// press conference "ODA loans of 50 billion yen", the summary of the visit
// days later "a 50 billion yen financial support loan". The tests of
// addTargetFact ask the wordings to share a head or an object word; these
// share neither, and the holders, unit, value and time are the same.
// restatementOf joins them on other evidence than the words: the heads are
// of one class (metric_class.txt: a loan is never an investment, a tariff
// never a trade target), no proper name of one metric clashes with the
// other's (the counterpart: a tariff on one country's goods is not one on
// another's), and the sum tells its commitment apart: an exact sum
// (exact: four significant digits, "15.561 billion", or its rounding) within
// a quarter, or a round sum within restateDays that no other target of the
// holder states in that time, in an article that gives few such sums (a
// holder's two $1 billion pledges of one season stay two).

//go:embed data/metric_class.txt
var metricClassFile string

// wordClass maps a metric word (as metricWords gives it) to its class.
var wordClass = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(metricClassFile, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		for _, w := range f[1:] {
			m[singular(accord.Fold(w))] = f[0]
		}
	}
	return m
}()

// metricClass returns the class of a metric's first word with one, or "".
func metricClass(m string, words func(string) []string) string {
	for _, w := range words(m) {
		if c := wordClass[w]; c != "" {
			return c
		}
	}
	return ""
}

// classesDiffer reports whether the heads of two metrics are of two
// classes (a loan and an investment): an exact sum does not make them one.
func (st *state) classesDiffer(a, b string) bool {
	ca, cb := metricClass(a, st.metricWords), metricClass(b, st.metricWords)
	return ca != "" && cb != "" && ca != cb
}

// restateDays is how far apart two reports of one round sum worded apart
// may be published: the releases of both sides of one visit, and the
// government's summary of it a week or two later.
const restateDays = 14

// restatementOf reports whether statement r, of metric m (its core; full
// with its object's tail), restates target c, whose core metric is cm,
// whatever words each wording uses (see above). sums is how many sums of
// r's holders and unit r's article gives.
func (st *state) restatementOf(c *accord.Target, left []accord.Restatement, r accord.Restatement, cm, m, full string, sums int) bool {
	cc := metricClass(cm, st.metricWords)
	rc := metricClass(m, st.metricWords)
	if cc != rc && cc != "" && rc != "" {
		return false
	}
	// The counterpart or object a metric names with its tail ("to Ukraine",
	// "for the Coastal Highway Project"): two names, none shared, are two
	// commitments.
	if !sameNamesOf(st.names(c.Metric), st.names(full)) {
		return false
	}
	allExact, rounded, n := exact(r.Value), false, 0
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			if !sameValue(h.Value, r.Value) {
				if !finelyRounded(h.Value, r.Value) {
					return false
				}
				rounded = true
			}
			allExact = allExact && exact(h.Value)
			n++
		}
	}
	if n == 0 || st.statedHere(c, r.Article) || st.sumTwiceHere(r) {
		return false
	}
	if allExact {
		// A sum rounded in one release ("15.56" of "15.561 billion") is
		// one only for heads of one class: "$14.8 million in awards" is
		// not "$14.75 million to support project preparation".
		return (!rounded || cc != "" && rc != "") && sameSumDays(c, left, r, exactDays) && !st.sumElsewhere(c, r, exactDays)
	}
	// A round sum: both heads of one class, the article's sums few, the
	// sum no other target's in that time.
	days := restateDays
	if sameGoalYear(c, left, r) {
		days = goalRestateDays
	}
	return cc != "" && rc != "" && sums <= bareSums && sameSumDays(c, left, r, days) && shareQuoteWord(c, r) &&
		!st.sumElsewhere(c, r, days) && !st.busyArticles(c, r)
}

//go:embed data/quote_common.txt
var quoteCommonFile string

// quoteCommon are the words of a sentence that name no commitment.
var quoteCommon = wordSet(quoteCommonFile)

// shareQuoteWord reports whether r's sentence and a sentence of c share a
// word beyond the sum, its kind and the words of any announcement: the
// counterpart ("Jamaica", "Ukraine's grid"), the object ("munitions",
// "disaster"), the event. A round sum of one holder and class in two
// sentences that share none ("$2 million" for an eviction fund and for a
// cyber centre; a $200 million drawdown and $200 million for fish
// restoration) is two commitments as likely as one.
func shareQuoteWord(c *accord.Target, r accord.Restatement) bool {
	rw := quoteWords(r.Quote)
	for _, h := range c.History {
		for _, w := range quoteWords(h.Quote) {
			if slices.Contains(rw, w) {
				return true
			}
		}
	}
	return false
}

// quoteWords returns the words of a sentence that may tell its commitment:
// folded, four letters or more, possessives cut, no digits, none of the
// common, kind or vague words.
func quoteWords(q string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(accord.Fold(q), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r > 127)
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if len(w) < 4 || strings.ContainsAny(w, "0123456789") {
			continue
		}
		s := singular(w)
		if quoteCommon[w] || generic[w] || kinds[s] || function[w] || function[s] {
			continue
		}
		out = append(out, s)
	}
	return out
}

// busyArticles reports whether an article that states target c gives more
// than bareSums sums of r's holders and unit: in a list of a donor's
// grants a round sum does not tell its commitment. (r's own article is
// counted by the caller.)
func (st *state) busyArticles(c *accord.Target, r accord.Restatement) bool {
	arts := map[string]int{}
	for _, h := range c.History {
		arts[h.Article] = 0
	}
	for _, d := range st.targetsBy[targetKey(r.Holders, r.Unit)] {
		seen := map[string]bool{}
		for _, h := range d.History {
			if n, ok := arts[h.Article]; ok && !seen[h.Article] {
				seen[h.Article] = true
				if arts[h.Article] = n + 1; n+1 > bareSums {
					return true
				}
			}
		}
	}
	return false
}

// sameSumDays reports whether every statement of c was published within
// days of r.
func sameSumDays(c *accord.Target, left []accord.Restatement, r accord.Restatement, days int) bool {
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			if !withinDays(h.Published, r.Published, days) {
				return false
			}
		}
	}
	return true
}

// finelyRounded reports whether one of two sums rounds the other to three
// significant digits or more ("15.561 billion" and "15.56 billion"): "€12
// billion" rounded to one digit is "€10 billion", another pledge.
func finelyRounded(a, b float64) bool {
	if sigDigits(a) < sigDigits(b) {
		a, b = b, a
	}
	return sigDigits(b) >= 3 && roundsTo(a, b)
}

// nameSep joins the wordings of a target's name that share no word.
const nameSep = " / "

// maxNameParts is how many such wordings a name keeps.
const maxNameParts = 3

// restatedName returns the name of a target named a and stated as b. A
// wording sharing a word with a part of the name is named with it as
// before (targetName); one sharing none (a restatement joined on other
// evidence: "drawdown" and "military aid … in a new munitions package")
// becomes a part of its own, so that the name tells each wording's head
// and every wording shares a word with the name. The parts are sorted: the
// name does not depend on the order of the statements.
func restatedName(a, b string) string {
	parts := strings.Split(a, nameSep)
	wb := metricWords(accord.MetricCore(b))
	merged := false
	for i, p := range parts {
		wp := metricWords(accord.MetricCore(p))
		// A kind alone and a wording with its object: the object's names it;
		// a synonym and the word it stands for: a name with both.
		if n := targetName(p, b); n != p && n != b || len(wp) == 0 || len(wb) == 0 || slices.Equal(wp, wb) || shareWrittenWord(p, b) || objectless(accord.MetricCore(p)) != objectless(accord.MetricCore(b)) {
			parts[i] = targetName(p, b)
			merged = true
			break
		}
	}
	if !merged {
		if len(parts) >= maxNameParts {
			return a
		}
		parts = append(parts, b)
	}
	slices.SortFunc(parts, func(x, y string) int {
		if c := strings.Compare(accord.Fold(x), accord.Fold(y)); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	return strings.Join(slices.Compact(parts), nameSep)
}

// shareWrittenWord reports whether two wordings share a significant word
// as written (folded, three letters or more): "ODA loans" and "financial
// support loan" do not, and a name of one alone would not hold the other's
// head noun.
func shareWrittenWord(a, b string) bool {
	wb := strings.Fields(accord.Fold(b))
	for _, w := range strings.Fields(accord.Fold(a)) {
		if len(w) > 2 && !generic[w] && slices.Contains(wb, w) {
			return true
		}
	}
	return false
}

// artSum is a statement of the article being merged: its value and
// sentence.
type artSum struct {
	v     float64
	quote string
	start int
}

// sumTwiceHere reports whether r's article gives r's sum (or its rounding)
// in another statement of r's holders and unit whose sentence shares no
// word with r's: which of two commitments of one size another release
// restates in other words, nothing tells. A headline and its lead ("$725
// million more in military aid", "a new $725 million package of weapons")
// share their words: one commitment told twice.
func (st *state) sumTwiceHere(r accord.Restatement) bool {
	rw := quoteWords(r.Quote)
	self := 0 // r itself, and any other statement of its sentence
	for _, a := range st.artSums[targetKey(r.Holders, r.Unit)] {
		if !sameValue(a.v, r.Value) && !finelyRounded(a.v, r.Value) {
			continue
		}
		if a.start == r.Start {
			// Two sums of one size in one sentence ("the Council's
			// contribution of $100 million …, and $100 million from the
			// United States"): two commitments.
			if self++; self > 1 {
				return true
			}
			continue
		}
		shared := false
		for _, w := range quoteWords(a.quote) {
			shared = shared || slices.Contains(rw, w)
		}
		if !shared {
			return true
		}
	}
	return false
}

// statedHere reports whether an article states target c already: the rule
// joins what two documents state, never two statements of one (the
// extractor joins those it can tell are one).
func (st *state) statedHere(c *accord.Target, id string) bool {
	for _, h := range c.History {
		if h.Article == id {
			return true
		}
	}
	return false
}
