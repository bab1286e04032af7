package target

import (
	"slices"
	"strings"

	"github.com/accordhq/accord"
)

// hostTail returns metric with the words that name what a sum is for when
// they stand outside the phrase the metric was read from and neither
// objectTailOf nor objectBefore found them:
//
//   - a sum in brackets totals the phrase the brackets follow: "exchanged
//     notes concerning the provision of yen loans related to seven projects
//     (total loan provision of up to 312 billion yen)" is the provision of
//     yen loans related to seven projects;
//   - a sum a thing rises to is that thing's: "Official Development
//     Assistance to C would increase to an estimated $90 million" sizes the
//     assistance to C.
//
// A reader, and a restatement, names the money by those words; the kind of
// money alone ("loan provision", "support for programs") names nothing.
// Like objectTail, only words are appended (metric stays first).
func (x *extractor) hostTail(toks []token, a amount, metric string) string {
	if s, e := x.bracketHost(toks, a); e > s {
		return x.withHost(toks, metric, s, e)
	}
	if s, e := x.risesTo(toks, a); e > s {
		return x.withHost(toks, metric, s, e)
	}
	if s, e := x.frontedPurpose(toks, a); e > s && !strings.Contains(accord.Fold(x.phrase(toks, s, e)), accord.Fold(metric)) {
		// "In response to the earthquake in C, J will provide $N"; not when
		// the metric was read from that clause ("To deliver on our
		// commitments …, the Government is providing $N").
		return x.withHost(toks, metric, s, e)
	}
	return metric
}

// withHost appends toks[s:e] to metric when it names a word metric lacks.
func (x *extractor) withHost(toks []token, metric string, s, e int) string {
	have := strings.Fields(accord.Fold(metric))
	for _, w := range strings.Fields(accord.Fold(x.phrase(toks, s, e))) {
		if len(w) > 2 && !x.l.stop[w] && !slices.Contains(have, w) {
			return metric + " " + x.phrase(toks, s, e)
		}
	}
	return metric
}

// bracketHost returns the noun phrase a bracket holding the sum follows,
// up to the word that introduces it ("concerning", "for", a verb), without
// its determiners and a head of giving ("the provision of"); s == e when
// the sum is in no bracket or none precedes it.
func (x *extractor) bracketHost(toks []token, a amount) (int, int) {
	open := -1
	for k := a.ps - 1; k >= 0 && k >= a.ps-8; k-- {
		if toks[k].f == ")" || toks[k].k != word && toks[k].f != "(" && toks[k].f != "-" && toks[k].f != "$" {
			break
		}
		if toks[k].f == "(" {
			open = k
			break
		}
	}
	if open < 2 || toks[open-1].k != word || x.capital(toks[open-1]) && toks[open-1].upper {
		return 0, 0 // "(JPY)": an abbreviation's bracket is no aside
	}
	return x.hostBefore(toks, open, 14)
}

// risesTo returns the subject of "would increase to", "will rise to", "is
// set to grow to" right before the sum (past "an estimated", "about").
func (x *extractor) risesTo(toks []token, a amount) (int, int) {
	k := a.ps - 1
	for k >= 0 && (determiner[toks[k].f] || sumLead[toks[k].f] && toks[k].f != "to" || toks[k].f == "estimated") {
		k--
	}
	if k < 2 || toks[k].f != "to" || !x.l.riseVerbs[toks[k-1].f] {
		return 0, 0
	}
	k -= 2
	for k >= 0 && x.l.riseAux[toks[k].f] {
		k--
	}
	if k < 1 || k == a.ps-3 {
		return 0, 0 // no auxiliary: "trade rose to $5 billion" reports a level
	}
	return x.hostBefore(toks, k+1, 12)
}

// hostBefore returns the noun phrase that ends at toks[end]: words back to
// a clause's start (a comma, "that", "concerning", a verb of the stop
// list), at most max of them, without leading determiners or a head of
// giving followed by "of".
func (x *extractor) hostBefore(toks []token, end, max int) (int, int) {
	s := end
	for s > 0 && end-s < max {
		t := toks[s-1]
		if t.f == "'s" || t.f == "’s" || t.f == "-" {
			s--
			continue
		}
		if t.k != word || x.l.hostStops[t.f] {
			break
		}
		s--
	}
	for s < end && (determiner[toks[s].f] || toks[s].f == "'s" || toks[s].f == "’s") {
		s++
	}
	if s+1 < end && toks[s+1].f == "of" && x.givingHead(toks[s].f) {
		s += 2 // "the provision of yen loans": the loans
	}
	for s < end && determiner[toks[s].f] {
		s++
	}
	if end-s < 2 {
		return 0, 0
	}
	for k := s; k < end; k++ {
		if toks[k].k == num || toks[k].k == rng || strings.ContainsAny(toks[k].f, "0123456789") {
			return 0, 0 // "trade to VNĐ30 billion (US$30 billion)": a sum converted, not a phrase
		}
	}
	return s, end
}

// givingHead reports whether w is the noun of a verb of giving ("provision"
// of "provide"), which names the act, not the thing given.
func (x *extractor) givingHead(w string) bool {
	for _, n := range x.l.nominal {
		if n == w {
			return true
		}
	}
	return false
}

// pastAdverb returns the index after a manner adverb at toks[k] followed
// by a preposition ("directly to", "mainly for"): the adverb says how the
// money goes, the phrase after it where; else k.
func (x *extractor) pastAdverb(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].k != word || x.capital(toks[k]) || !x.l.mannerAdverbs[toks[k].f] {
		return k
	}
	switch toks[k+1].f {
	case "to", "for", "toward", "towards", "in":
		return k + 1
	}
	return k
}

// determinedModifiers reports whether ts is a determiner and then words
// the stop list holds, which a noun phrase skips: "a new" of "in a new
// munitions package".
func (x *extractor) determinedModifiers(ts []token) bool {
	if len(ts) < 2 || !determiner[ts[0].f] {
		return false
	}
	for _, t := range ts[1:] {
		if t.k != word || x.capital(t) || !x.l.stop[t.f] {
			return false
		}
	}
	return true
}
