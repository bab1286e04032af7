package target

import "strings"

// Parts of a package listed after it (session 29, tus29). Agencies' releases
// break an announced sum into its parts in one sentence: "These agreements
// provide $14 million for growth, $13.6 million to improve education, and
// $81.5 million to improve health", "includes $873 million through A and
// $1.2 billion through B". The first part carries the verb that commits;
// the later ones stand only after a comma, semicolon or "and", and are the
// same giver's commitments (the references code parts of a package as
// targets of their own).

// partVerbs are words that open a new clause between two sums: after one
// of them the second sum is not a further object of the first's verb.
var partVerbs = map[string]bool{"will": true, "would": true, "shall": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "which": true, "while": true, "whereas": true, "but": true, "bringing": true,
	"brings": true, "bring": true, "taking": true, "with": true, "or": true, "including": true}

// listedPart reports whether amount k is a further part listed after the
// amount before it, which the sentence read as money given (prev is its
// unit, prevMetric its metric; prevPart: it was a part itself): the same
// currency, only a comma, semicolon or "and" (and the comparator words of
// the sum) right before it, and no verb or clause word between the two
// sums.
func (x *extractor) listedPart(toks []token, ams []amount, k, prevK int, prev, prevMetric string, prevPart bool) bool {
	if k == 0 || prevK != k-1 || prev != ams[k].unit && !x.homeDollarPart(prev, ams[k]) || !x.l.currencies[prev] {
		return false
	}
	a, b := ams[k-1], ams[k]
	if a.ps > 0 && (toks[a.ps-1].f == "existing" || toks[a.ps-1].f == "current") {
		return false // "expands its existing investment of $6.5 million for A and $5 million for B": what stands
	}
	if a.ps > 2 && toks[a.ps-1].f == "of" && (toks[a.ps-3].f == "existing" || toks[a.ps-3].f == "current") {
		return false
	}
	p := b.ps - 1
	for p > a.pe && (approxWord[toks[p].f] || toks[p].f == "an" || toks[p].f == "additional" || toks[p].f == "another") && toks[p].f != "to" {
		p--
	}
	if p <= a.pe || toks[p].f != "," && toks[p].f != ";" && toks[p].f != "and" {
		return false
	}
	if toks[p].f == "and" && toks[p-1].f != "," && toks[p-1].f != ";" && p-1 > a.pe && toks[p-1].k == punct {
		return false
	}
	if p-a.pe > 25 {
		return false
	}
	for i := a.pe; i < p; i++ {
		f := toks[i].f
		if partVerbs[f] || f == "." || f == ":" {
			return false
		}
	}
	// (Last, as the dearest: the first part names money given, or the one
	// before is itself such a part.)
	return prevPart || x.fundingName(prevMetric)
}

// partHead is the kind of money a listed part is of: the head of the first
// part's metric, before its object ("humanitarian assistance for Sudan" →
// "humanitarian assistance").
func partHead(metric string) string {
	// (objectTail joins the object with a no-break space.)
	if h, _, ok := strings.Cut(metric, "\u00a0"); ok {
		metric = h
	}
	for _, sep := range []string{" for ", " to ", " through ", " from ", " in ", " on "} {
		if h, _, ok := strings.Cut(metric, sep); ok {
			metric = h
		}
	}
	return metric
}

// fundingName reports whether a metric names money given: a funding head
// ("assistance", "funding", "grant") or a recipient's head word.
func (x *extractor) fundingName(metric string) bool {
	if fundedMetric(metric) {
		return true
	}
	for _, w := range strings.Fields(strings.ReplaceAll(metric, "\u00a0", " ")) {
		if x.l.funding[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// includeVerbs say a package is made of the sums that follow.
var includeVerbs = map[string]bool{"includes": true, "include": true, "comprises": true}

// includedBy returns the funding a sentence opens with when the sum is its
// first part: "The humanitarian assistance includes nearly $424 million for
// the Sudan regional response; …" (the subject a short noun phrase with a
// funding noun, then "includes" and the sum). The sum is a part of that
// package, as its parts listed after are; -1 when not so.
func (x *extractor) includedBy(toks []token, a amount) (int, int) {
	p := a.ps - 1
	for p > 0 && approxWord[toks[p].f] && toks[p].f != "to" {
		p--
	}
	if p < 1 || p > 6 || !includeVerbs[toks[p].f] || !determiner[toks[0].f] && toks[0].f != "this" && toks[0].f != "these" {
		return -1, -1
	}
	for i := 1; i < p; i++ {
		if toks[i].k != word {
			return -1, -1
		}
	}
	if !x.l.funding[toks[p-1].f] {
		return -1, -1 // the head, last before the verb: "assistance", "package", "funding"
	}
	return 1, p
}
