package target

import "github.com/accordhq/accord/extract/sentence"

// partOfWhole reports whether amount a, just before b, is a part of the
// whole b restates: "96 million pounds of the pledged 143 million pounds
// would go to …". Only "of", a determiner and words that mark the whole as
// already given (pledged, announced, total, additional) stand between them;
// the part is smaller and in the same unit. The sentence tells where the
// part goes, so the part is the target and the whole no new one.
func (x *extractor) partOfWhole(toks []token, a, b amount) bool {
	if a.pe >= b.ps || a.unit != b.unit || a.value >= b.value || toks[a.pe].f != "of" {
		return false
	}
	mid := toks[a.pe+1 : b.ps]
	if len(mid) == 0 || !determiner[mid[0].f] || len(mid) > 3 {
		return false // "of $143 million" alone is a share, read elsewhere
	}
	for _, t := range mid[1:] {
		if t.k != word || !(x.l.pledgedBefore[t.f] || x.l.addedModifiers[t.f] || wholeWords[t.f]) {
			return false
		}
	}
	return true
}

// wholeWords name a sum already told: "of the announced $50 million".
var wholeWords = map[string]bool{"announced": true, "total": true, "overall": true, "allocated": true, "approved": true, "earmarked": true}

// madeAvailable reports whether the sum is what a form of "make" before it
// makes "available" right after it ("will make a further €2 billion
// available to …"): the adjective only closes the verb, and the words after
// it name the object. q is the token after the sum.
func madeAvailable(toks []token, a amount, q int) bool {
	if q >= len(toks) || toks[q].f != "available" {
		return false
	}
	v := a.ps - 1
	for v > 0 && (toks[v].f == "an" || toks[v].f == "a" || further[toks[v].f]) {
		v--
	}
	return v >= 0 && makeForms[toks[v].f]
}

var makeForms = map[string]bool{"make": true, "makes": true, "making": true, "made": true}

// pronounIncludes returns the kind word and the holders of the sum the
// sentence before stated when this one opens "It includes" or "This includes" the amount
// ("announced €23 million in funding …. It includes €13 million for …, €6
// million to …"): the parts are parts of that funding, each a target of
// its own, as "The package includes" reads them. The sentence before must
// have given the article's last target, larger and in the same unit; a
// part is that giver's, whoever else the sentence names.
func (x *extractor) pronounIncludes(toks []token, a amount, prev sentence.Span) (string, []string) {
	p := a.ps - 1
	for p > 0 && approxWord[toks[p].f] && toks[p].f != "to" {
		p--
	}
	if p < 1 || p > 2 || !includeVerbs[toks[p].f] || toks[0].f != "it" && toks[0].f != "this" || p == 2 && toks[1].f != "also" {
		return "", nil
	}
	if len(x.out) == 0 || prev.End <= prev.Start {
		return "", nil
	}
	last := x.out[len(x.out)-1]
	if len(last.Mentions) == 0 || last.Mentions[0].Start != prev.Start || last.Unit != a.unit || last.Value <= a.value {
		return "", nil
	}
	return partHead(last.Metric), last.Holders
}
