package extract

// documentOfBefore reports whether toks[q] closes a document named by its
// noun and an "of" phrase of one or two lower-case words ("memorandum of
// understanding", "declaration of intent", "plan of joint action"): the
// object of a relative clause ("… that we've just signed") whose last word
// is no document's noun itself.
func (d *doc) documentOfBefore(q int) bool {
	sent := d.toks[q].sent
	for n := 1; n <= 2; n++ {
		of := q - n
		if of < 1 || d.toks[of].sent != sent || d.toks[of].fold != "of" {
			continue
		}
		for k := of + 1; k <= q; k++ {
			if !d.toks[k].word {
				return false
			}
		}
		f := d.toks[of-1].fold
		return d.lx.signedDocument[f] || d.lx.signedDocuments[f]
	}
	return false
}
