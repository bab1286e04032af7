package extract

import "github.com/accordhq/accord"

// Signings told with their signers and their witnesses (session 35, from
// readouts and agency reports of many outlets): "The agreement was signed by
// Minister A and Minister B in the presence of President C and President
// D", "A and B signed the memorandum, with the two presidents in
// attendance". The signers are the signing's sides (the references code
// the two who sign when the text names them); those present witness it.

// signersOnly drops from each signing the persons the sentence names only
// after an attendance phrase ("in the presence of", "in attendance"), and,
// when that sentence has such a phrase, those it does not name at all (the
// leaders "the two presidents" stands for). It drops them only when two
// persons of two countries, named in the sentence outside the phrase,
// remain: "signed in the presence of the two leaders" keeps the leaders.
func (d *doc) signersOnly(held []eng, in []bool) {
	for k := range held {
		e := &held[k]
		if e.typ != accord.Signing || len(e.persons) < 3 {
			continue
		}
		// The sentence that told the signing, or one after it that names
		// its signers ("Iran and Peru signed two documents on Monday. The
		// documents were signed by A and B, with the two presidents in
		// attendance").
		first := e.sent
		if e.fromTitle || first < 0 {
			first = 0
		}
		for s := first; s < len(d.sents) && s <= first+3; s++ {
			if keep := d.signersIn(e.persons, s, in); keep != nil {
				e.persons = keep
				break
			}
		}
	}
}

// signersIn returns the persons of ps sentence s names outside its
// attendance lists and its witnesses ("…, which was witnessed by the two
// leaders"), when s tells a signing, has such a list, and two of them of two
// countries remain with others left out; else nil.
func (d *doc) signersIn(ps []int, s int, in []bool) []int {
	from, to := d.sentToks(s)
	attending, signing, wq := false, false, -1
	for q := from; q < to; q++ {
		attending = attending || in != nil && in[q]
		if wq < 0 && d.phraseAt(q, to, d.lx.signingWitnesses) {
			wq = q
		}
		signing = signing || d.toks[q].word && d.lx.signingWords[d.toks[q].fold]
	}
	if !attending && wq < 0 || !signing {
		return nil
	}
	// The witnesses run to the sentence's end after "witnessed by".
	witnessed := func(k int) bool {
		return in != nil && in[k] || wq >= 0 && k >= wq
	}
	var keep []int
	for _, p := range ps {
		for _, m := range d.mentions {
			if m.person == p && m.sent == s && !witnessed(m.ni) {
				keep = append(keep, p)
				break
			}
		}
	}
	if len(keep) == len(ps) || len(keep) < 2 || d.countryCount(keep) < 2 {
		return nil
	}
	return keep
}

// oneSidePresent reports whether e, a later report of the two countries'
// signing h, names only officials of one side or of no country read, three
// or more, as those present: "Bangladesh and India signed seven MoUs …
// Agriculture Minister A, State Minister B and Foreign Secretary C were
// present at the MoU signing ceremony" lists the host's officials who
// attended, not the signing's two sides.
func (d *doc) oneSidePresent(h, e eng) bool {
	return e.typ == accord.Signing && len(h.persons) == 0 && len(h.codes) >= 2 && len(e.persons) >= 3 && d.countryCount(e.persons) <= 1
}
