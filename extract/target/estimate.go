package target

import (
	"sync"

	"github.com/accordhq/accord/extract/knowledge"
)

// Estimates of a deal's effect. News of trade pacts and investments tells
// what a study or a government projects the deal would do to an economy:
// "the agreement would lift the U.S. economy by 0.35%, or $68.2 billion",
// "is projected to add $225 billion to the global gross domestic product
// by 2025", "It is widely thought that the Canadian GDP will increase by
// $12 billion". No one holds such a figure: it is a projection, not a
// target, however much it reads like a level with a deadline.

type estimateLex struct {
	economy, markers, soft *trie
	studyNouns, studyVerbs map[string]bool
	effectAfter, goals     map[string]bool
	groups                 *trie // developed countries: a class of countries as one body
}

var (
	estOnce sync.Once
	estLex  *estimateLex
)

func estimateWords() *estimateLex {
	estOnce.Do(func() {
		e := knowledge.TargetEstimates()
		estLex = &estimateLex{
			economy: newTrie(e.EconomyMeasures, false), markers: newTrie(e.EstimateMarkers, false),
			soft: newTrie(e.SoftMarkers, false), studyNouns: set(e.StudyNouns), studyVerbs: set(e.StudyVerbs),
			effectAfter: set(e.EffectAfter), goals: set(e.GoalWords), groups: newTrie(e.CountryGroups, false),
		}
	})
	return estLex
}

// effectEstimate reports whether amount a is the estimated change a deal
// would bring: a change ("by $X", "$X to GDP", "$X higher") told as
// estimated, projected or attributed to a study, either of a whole economy
// (GDP, real income: then "expected", "would" or "according to" is enough)
// or of anything under "would"/"could" with a study's estimate. A sentence
// with a word of a goal ("target", "aims", "pledged") sets a goal instead.
func (x *extractor) effectEstimate(toks []token, a amount) bool {
	if !x.l.currencies[a.unit] && a.unit != "percent" {
		return false
	}
	// effectChange reads only the words around a; ask it first, before the
	// sentence-long scan of markers (same answer: both must hold).
	if !x.effectChange(toks, a) {
		return false
	}
	w := estimateWords()
	strong, soft, conditional := false, false, false
	for i, t := range toks {
		if w.goals[t.f] {
			return false
		}
		if end, _ := w.markers.match(toks, i); end > 0 {
			strong = true
		}
		if end, _ := w.soft.match(toks, i); end > 0 {
			soft = true
		}
		if i < a.ps && x.l.conditional[t.f] {
			conditional = true
		}
		if w.studyNouns[t.f] && i+1 < len(toks) && (w.studyVerbs[toks[i+1].f] || i+2 < len(toks) && toks[i+1].f == "also" && w.studyVerbs[toks[i+2].f]) {
			strong = true // "the report says", "the report also estimated"
		}
		if t.f == "according" && i+1 < len(toks) && toks[i+1].f == "to" {
			for k := i + 2; k < len(toks) && k < i+7 && toks[k].k == word; k++ {
				if w.studyNouns[toks[k].f] {
					strong = true // "according to a report Wednesday by …"
					break
				}
			}
		}
	}
	if !strong && !soft {
		return false
	}
	if x.economyNear(toks, a, w) {
		return true
	}
	return strong && conditional
}

// effectChange reports whether amount a is told as a change: after "by"
// ("lift the economy by 0.35%, or $68.2 billion": the apposed sum too),
// before "to" and a measure ("add $25 billion a year to the economy"), or
// before a word of change ("$57.3 billion, or 0.23%, higher").
func (x *extractor) effectChange(toks []token, a amount) bool {
	w := estimateWords()
	p := a.ps - 1
	for p >= 0 && (toks[p].f == "," || toks[p].f == "or") {
		// Back over an apposed sum: ", or $68.2 billion".
		q := p
		for q >= 0 && (toks[q].f == "," || toks[q].f == "or") {
			q--
		}
		b := x.amountEndingAt(q + 1)
		if b < 0 {
			break
		}
		p = x.ams[b].ps - 1
	}
	if p >= 0 && toks[p].f == "by" {
		return true
	}
	if p >= 0 && toks[p].f == "and" {
		// "by 0.5 percent in the EU and 0.4 percent in the U.S.": the second
		// change of a coordinated pair.
		for k := len(x.ams) - 1; k >= 0; k-- {
			if b := x.ams[k]; b.pe <= p && p-b.pe <= 5 {
				return b.ps < a.ps && x.effectChange(toks, b)
			}
		}
	}
	q := a.pe
	for n := 0; q < len(toks) && n < 8; n++ {
		switch f := toks[q].f; {
		case f == "," || f == "or" || f == "a" || f == "per" || f == "year" || f == "every" || f == "annually" || f == "overall":
			q++
		case x.amountStartingAt(q) >= 0:
			q = x.ams[x.amountStartingAt(q)].pe
		case w.effectAfter[f]:
			return true
		case f == "to":
			// "add $225 billion to the global gross domestic product", not
			// "provide $50 million to Kenya".
			for k := q + 1; k < len(toks) && k < q+6; k++ {
				if end, _ := w.economy.match(toks, k); end > 0 {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

func (x *extractor) amountEndingAt(e int) int {
	for k, b := range x.ams {
		if b.pe == e {
			return k
		}
	}
	return -1
}

func (x *extractor) amountStartingAt(s int) int {
	for k, b := range x.ams {
		if b.ps == s {
			return k
		}
	}
	return -1
}

// economyNear reports whether a measure of a whole economy stands within
// ten words of amount a, no colon or semicolon between.
func (x *extractor) economyNear(toks []token, a amount, w *estimateLex) bool {
	from, to := a.ps, a.pe
	for from > 0 && a.ps-from < 10 && !clauseEnd(toks[from-1]) {
		from--
	}
	for to < len(toks) && to-a.pe < 10 && !clauseEnd(toks[to]) {
		to++
	}
	for i := from; i < to; i++ {
		if i >= a.ps && i < a.pe {
			continue
		}
		if end, _ := w.economy.match(toks, i); end > 0 && end <= to {
			if end < len(toks) && toks[end].f == "of" {
				continue // "the size of the economy of …" is not what changes
			}
			return true
		}
	}
	return false
}
