package extract

import accord "github.com/accordhq/accord"

// contactClosedBySigning reports whether the signing trs[n], told as a noun
// with no signers of its own, closes a contact the sentence takes up by an
// anaphor: "The talks concluded with the signing of a joint declaration",
// "The visit culminated in the signing of four agreements", "The talks were
// followed by the signing of", "The signing of five agreements followed the
// talks". The signing is then that contact's two sides' (the day's talks
// told before), as a passive signing after the talks is. An ending verb
// (knowledge visit_ends) or a closing verb (signing_close_verbs) must link
// the two within a few words; "the signing of the guest book" names no
// document (documentAhead).
func (d *doc) contactClosedBySigning(trs []trigger, n int) bool {
	tr := trs[n]
	if tr.typ != accord.Signing || d.toks[tr.i].fold != "signing" || tr.j >= len(d.toks) || d.toks[tr.j-1].fold != "of" || tr.i < 1 || d.toks[tr.i-1].fold != "the" || !d.documentAhead(tr.j) {
		return false
	}
	from, _ := d.sentToks(tr.sent)
	for m, o := range trs {
		if m == n || o.sent != tr.sent || !d.anaphoricTrigger(o) {
			continue
		}
		if c := class(o.typ); c != "talks" && c != "meeting" && o.typ != accord.Visit {
			continue
		}
		switch {
		case o.j <= tr.i-2 && tr.i-o.j <= 7:
			// "The talks concluded with the signing of": a linking verb,
			// then "with"/"in"/"by"/"to" before "the signing".
			if p := d.toks[tr.i-2].fold; p != "with" && p != "in" && p != "by" && p != "to" {
				continue
			}
			if d.closingVerbIn(o.j, tr.i-2) {
				return true
			}
		case tr.i-1 == from && o.i > tr.j && o.i-tr.j <= 10:
			// "The signing of five agreements followed the talks".
			if d.closingVerbIn(tr.j, o.i) {
				return true
			}
		}
	}
	return false
}

// closingVerbIn reports whether toks[from:to] hold an ending verb (knowledge
// visit_ends) or a closing one (signing_close_verbs).
func (d *doc) closingVerbIn(from, to int) bool {
	for k := from; k < to; k++ {
		if f := d.toks[k].fold; d.lx.visitEnds[f] || d.lx.signingCloseVerbs[f] {
			return true
		}
	}
	return false
}
