package target

import (
	"slices"
	"strings"

	"github.com/accordhq/accord"
)

// pastPossessive returns the end of the noun phrase a possessive at toks[e]
// opens, "the region's response to the pandemic", "the United States'
// partnership": the possessor names whose object it is, and the noun after
// it is the object a reader names; e when toks[e] opens none.
func (x *extractor) pastPossessive(toks []token, s, e int) int {
	if e <= s || e+1 >= len(toks) || toks[e].f != "'" || toks[e].sp {
		return e
	}
	k := e + 1
	if toks[k].f == "s" && !toks[k].sp {
		k++
	} else if !x.capital(toks[e-1]) || !hasSuffixS(toks[e-1].f) {
		return e // a bare apostrophe only after a name ending in s: "the United States'"
	}
	if k >= len(toks) || !x.npWord(toks[k]) || x.capital(toks[e-1]) && toks[k-1].f == "s" && x.capital(toks[k]) {
		return e // (a capitalised possessor before a name: npForward's own case)
	}
	if s2, e2 := x.npForward(toks, k); s2 == k && e2 > k {
		return e2
	}
	return e
}

func hasSuffixS(f string) bool { return len(f) > 1 && f[len(f)-1] == 's' }

// pastHelpVerb returns where the object of "to help V" starts when
// toks[k] is the enabling verb: "to help address the crisis", "to help
// decarbonize the region's power supply" are for the crisis and the power
// supply; the bare verb after "help" names no object. k+1 otherwise.
func (x *extractor) pastHelpVerb(toks []token, k, end int) int {
	if !x.l.enabling[toks[k].f] || k+2 >= end {
		return k + 1
	}
	v := toks[k+1]
	if v.k != word || x.capital(v) || determiner[v.f] || x.l.stop[v.f] && !x.l.purposeVerbs[v.f] {
		return k + 1
	}
	if x.l.purposeVerbs[v.f] || x.l.nominal[v.f] != "" || determiner[toks[k+2].f] {
		return k + 2
	}
	return k + 1
}

// partnerLink reports whether "with" at toks[e] names whom the object
// before it is with: "the reinforced partnership with Zembla", "bilateral
// cooperation with all member countries".
func (x *extractor) partnerLink(toks []token, e, end int) bool {
	return e > 0 && e+1 < end && toks[e].f == "with" && x.l.partnerHeads[toks[e-1].f]
}

// namedPartner returns the end of "and (the) Name" after a name that ends
// an object's phrase at toks[e]: "Latin America and the Caribbean",
// "Ethiopia and Somalia" are one object. The name must close the phrase
// (punctuation, a preposition or a time, the sentence's end), so a new clause ("and
// Zembla will …") is left out. e when none follows.
func (x *extractor) namedPartner(toks []token, e, end int) int {
	if e < 1 || e+1 >= end || toks[e].f != "and" || !x.capital(toks[e-1]) {
		return e
	}
	k := e + 1
	if toks[k].f == "the" {
		k++
	}
	if k >= end || !x.capital(toks[k]) {
		return e
	}
	_, n := x.npForward(toks, k) // "Caribbean nations": a name and its noun
	if n <= k || n-k > 5 || n > end {
		return e
	}
	if n < end && toks[n].k == word && !preposition[toks[n].f] && !closers[toks[n].f] {
		return e
	}
	if n == k+1 && len(toks[k].f) < 2 || n < len(toks) && !toks[n].sp && toks[n].k != word && !strings.Contains(",.;:)", toks[n].f) {
		return e // "to Fortune and C$4.9 million to Lomiko": a currency's letter, not a name
	}
	return n
}

// closers end an object's phrase with its time or channel: "until 2027",
// "through its investment plan".
var closers = map[string]bool{"until": true, "till": true, "by": true, "through": true, "over": true, "in": true, "within": true, "during": true, "at": true}

// fundingBrings reports whether the amount is what a new sum brings a
// giver's own total to: "The additional funding brings Zembla's response
// to the crisis to €6.8 million", "This brings our support to $40
// million". The subject is the new money (or "this"), the object a
// possessed sum, and "to" stands right before the amount: a tally of what
// was given, not a new commitment. A goal ("the leaders agreed to bring
// their trade to $10 billion") has people or countries as its subject.
func (x *extractor) fundingBrings(toks []token, a amount) bool {
	if !x.l.currencies[a.unit] || a.ps < 4 {
		return false
	}
	q := a.ps - 1
	for q > 0 && approxWord[toks[q].f] && toks[q].f != "to" {
		q--
	}
	if toks[q].f != "to" {
		return false
	}
	for i := q - 1; i >= 1 && q-i <= 20 && !clauseEnd(toks[i]); i-- {
		if !x.l.totalVerbs[toks[i].f] {
			continue
		}
		o := i + 1 // the object: a possessed sum
		if o >= q || !(possessive[toks[o].f] || o+2 < q && toks[o+1].f == "'" && x.capital(toks[o])) {
			return false
		}
		s := i - 1
		for s > 0 && (toks[s].f == "will" || toks[s].f == "now" || toks[s].f == "also" || toks[s].f == "further") {
			s--
		}
		if toks[s].f == "this" || toks[s].f == "which" {
			return true // "This brings our support to …"
		}
		if !x.l.funding[toks[s].f] && toks[s].f != "announcement" && toks[s].f != "commitment" {
			return false
		}
		for b := s - 1; b >= 0 && s-b <= 3; b-- {
			if toks[b].f == "the" || toks[b].f == "this" || toks[b].f == "these" || toks[b].f == "today" {
				return true // "The additional funding brings …", "This new assistance brings …"
			}
		}
		return false
	}
	return false
}

// possessive determiners open a possessed noun phrase.
var possessive = map[string]bool{"its": true, "our": true, "their": true, "his": true, "her": true, "my": true}

// restatedByNames reports whether two statements of one sum in one
// article, in two sentences, name one object: their metrics with the
// objects' words (tails included) share at least two names ("support to
// the Ethiopian Humanitarian Fund" and "contribution to the Ethiopian
// Humanitarian Fund"), and neither funds another object ("… for A" and
// "… for B"). One name is not enough: a fact sheet names its country in
// every item, and words that head many names ("Project", "Fund") count
// as no name.
func (x *extractor) restatedByNames(o, t accord.Target) bool {
	if !x.l.currencies[t.Unit] || o.Value != t.Value || o.Unit != t.Unit || !slices.Equal(o.Holders, t.Holders) ||
		o.Mentions[0].Start == t.Mentions[0].Start || !compatible(o.Deadline, t.Deadline) || !compatible(o.Period, t.Period) {
		return false
	}
	a, b := strings.ReplaceAll(o.Metric, accord.MetricTail, " "), strings.ReplaceAll(t.Metric, accord.MetricTail, " ")
	if otherObject(a, b) {
		return false
	}
	fb := strings.Fields(b)
	seen := map[string]bool{}
	for i, w := range strings.Fields(a) {
		if i == 0 || len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || seen[w] || x.l.nameHeads[strings.ToLower(w)] {
			continue
		}
		if end, code := x.l.countries.match([]token{{f: accord.Fold(w), k: word}}, 0); end == 1 && !strings.HasSuffix(code, "*") {
			continue // a country's name: every item of a country's fact sheet has it
		}
		if slices.Contains(fb[1:], w) {
			seen[w] = true
		}
	}
	return len(seen) >= 2
}

// pastCoordinated returns the index after "and" and a second noun that
// shares the object after it, "in new funding and programs for the
// Pacific Islands", "loans and grants to the region": the object is
// both nouns'. k when toks[k] opens no such pair.
func (x *extractor) pastCoordinated(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].f != "and" || toks[k+1].k != word || x.capital(toks[k+1]) || determiner[toks[k+1].f] {
		return k
	}
	s, e := x.npForward(toks, k+1)
	if s != k+1 || e <= s || e-s > 3 || e >= len(toks) || !x.hasHead(toks, s, e) {
		return k
	}
	switch toks[e].f {
	case "for", "to", "toward", "towards":
		return e
	}
	return k
}

// governmentCommitted reports whether the simple past "committed" at
// toks[v] has a government as its subject, as news reports tell a
// commitment made that day: "the New Zealand government committed
// NZ$16.5m to the Cook Islands". An adverb of time or a report year
// elsewhere in the sentence still makes it a report (committedNow).
func (x *extractor) governmentCommitted(toks []token, v int) bool {
	if v < 2 || toks[v-1].f != "government" {
		return false
	}
	i := v - 1
	for i > 0 && toks[i-1].k == word && x.capital(toks[i-1]) {
		i-- // "the New Zealand government"
	}
	return x.clauseStart(toks, i)
}
