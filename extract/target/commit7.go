package target

import (
	"strings"

	"github.com/accordhq/accord/extract/sentence"
)

// Rules for commitments as leaders' offices and ministries state them:
// sums still to be given in the passive ("600 billion yen will be
// provided"), programme pledges over a span of years, multipliers of a
// commitment, a pair's trade level named only as a level, and invitations
// of a number of persons.

// futurePassive reports whether the participle at toks[i] follows "will
// be", "to be" or "shall be" (an adverb may come between): "assistance of
// 600 billion yen will be provided" is still to be given, not a report.
func futurePassive(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].k == word && len(toks[j].f) > 2 && toks[j].f[len(toks[j].f)-2:] == "ly" {
		j-- // "will be fully disbursed"
	}
	if j < 1 || toks[j].f != "be" {
		return false
	}
	switch toks[j-1].f {
	case "will", "shall", "to", "would", "must", "should", "could", "can", "may":
		return true
	}
	return false
}

// bareLevel reports whether a sum of money is named only as a level,
// "to reach the level of US$200 billion", "the $30 billion mark": what it
// measures is in the sentences around it, not in the phrase.
func (x *extractor) bareLevel(toks []token, a amount) bool {
	if !x.l.currencies[a.unit] {
		return false
	}
	if a.ps >= 2 && toks[a.ps-1].f == "of" && levelNouns[toks[a.ps-2].f] {
		return true
	}
	return a.pe < len(toks) && levelNouns[toks[a.pe].f] && a.ps > 0 && toks[a.ps-1].f == "the"
}

var levelNouns = map[string]bool{"level": true, "mark": true, "figure": true, "threshold": true}

// levelMeasured returns what a bare level of money measures: the trade,
// turnover or investment the sentence or the one before names, else trade
// when they speak of economic ties, where a level in money between two
// countries is their trade ("I am referring to economic projects. It is
// our ambition to reach the level of US$200 billion."), else "".
func (x *extractor) levelMeasured(prev sentence.Span) string {
	if m := strings.TrimSpace(x.measured(prev)); m != "" {
		return m
	}
	for _, sp := range []sentence.Span{x.cur, prev} {
		if sp.End <= sp.Start {
			continue
		}
		for _, t := range tokenize(x.text, sp.Start, sp.End, nil) {
			switch t.f {
			case "economic", "economy", "commercial", "commerce":
				return "trade"
			}
		}
	}
	return ""
}

// comingSpan reports whether a span of years still to come follows
// toks[from] closely: "$5.3 billion over the next five years", "¥1
// trillion will be coursed through in the next five years". A sum given
// over the years ahead is a pledge, whatever past verb announced it.
func (x *extractor) comingSpan(toks []token, from int) bool {
	for q := from; q < len(toks) && q <= from+6; q++ {
		switch toks[q].f {
		case "over", "in", "within", "for", "during":
		default:
			continue
		}
		k := q + 1
		if k < len(toks) && toks[k].f == "the" {
			k++
		}
		if k >= len(toks) || toks[k].f != "next" && toks[k].f != "coming" {
			continue
		}
		k++
		if k < len(toks) && (toks[k].k == num || x.l.firstNumberWord[toks[k].f]) {
			k++
		}
		if k < len(toks) && durationUnit[toks[k].f] {
			return true
		}
	}
	return false
}

// changeStart returns where the new level of a change "from A … to B"
// starts when amount a is B (the "to" before it), else -1: what reports
// the baseline ("the $2.65 billion announced in 2015") does not report B.
func changeStart(toks []token, a amount) int {
	if a.ps == 0 || toks[a.ps-1].f != "to" {
		return -1
	}
	for i := a.ps - 2; i >= 0 && a.ps-i <= 15 && !clauseEnd(toks[i]); i-- {
		if toks[i].f == "from" {
			return a.ps - 1
		}
	}
	return -1
}

// multiplied names what a multiplier multiplies when its object is a sum
// given for a purpose: "doubling Canada's financial contribution to support
// climate action in developing countries" doubles the contribution to
// climate action, as "double its climate finance commitment" does. The
// owner's possessive goes (the holders say whose it is); "to" and the
// purpose's verb and object come in. toks[ms:me] is the metric's phrase.
func (x *extractor) multiplied(toks []token, metric string, ms, me int) (string, int) {
	if me+2 >= len(toks) || ms >= me || toks[me].f != "to" || x.l.nominal[toks[me+1].f] == "" || !x.l.funding[toks[me-1].f] && !x.l.generic[toks[me-1].f] {
		return metric, me
	}
	s := ms
	for k := ms; k+1 < me; k++ {
		if toks[k].f == "'" && toks[k+1].f == "s" {
			s = k + 2 // Canada's financial contribution
		}
	}
	s2, e2 := x.npForward(toks, me+2)
	if !x.valid(toks, s2, e2) || s >= me {
		return metric, me
	}
	return x.text[toks[s].s:toks[me-1].e] + " to " + x.text[toks[me+1].s:toks[e2-1].e], e2
}
