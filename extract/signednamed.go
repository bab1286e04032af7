package extract

// afterNamingRelative returns the index after a free relative that names
// the document to come ("signed what both leaders called a historic
// accord", "signed what A described as a landmark deal"): the relative's
// subject is the signers' own word for what they signed, so the document
// is read after its naming verb (knowledge naming_verbs) and "as". Else k.
// Not "signed what was agreed": no naming verb within the five words.
func (d *doc) afterNamingRelative(k int) int {
	if k >= len(d.toks) || d.toks[k].fold != "what" {
		return k
	}
	s := d.toks[k].sent
	for q := k + 1; q < len(d.toks) && q <= k+6 && d.toks[q].sent == s && d.toks[q].word; q++ {
		if d.lx.namingVerbs[d.toks[q].fold] {
			q++
			if q < len(d.toks) && d.toks[q].fold == "as" {
				q++
			}
			return q
		}
	}
	return k
}

// concludedBySigning reports whether "by signing" at toks[i] (the document
// from k on) ends a contact the clause tells: an ending verb (knowledge
// visit_ends: "concluding", "wrapped up") within the eight words before,
// in the same sentence ("can deepen ties by signing" is a wish, "marked the
// day by signing a decree" one leader's act). The signers are the
// sentence's two sides, as for "signed".
func (d *doc) concludedBySigning(i, k int) bool {
	if !d.documentAhead(k) {
		return false
	}
	s := d.toks[i].sent
	for q := i - 1; q >= 0 && q >= i-8 && d.toks[q].sent == s; q-- {
		if d.lx.visitEnds[d.toks[q].fold] {
			return true
		}
	}
	return false
}
