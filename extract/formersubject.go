package extract

// formerSubject returns the former office holder who is the subject of the
// contact at tr, or -1: "Former Foreign Minister A met with President B",
// "A, former Speaker of C, met with President B". A former holder is no side
// when merely named (principals, antecedents), but one who opens the clause
// and meets someone is a side of that meeting, as one named after the verb
// is (formerAfter). Only an appositive (between commas) and the adverbs or
// auxiliaries that stand between a subject and its verb ("also", "has",
// "earlier": signing_auxiliaries) may come between, so that "a meeting B had after former President A spoke" is not
// A's.
func (d *doc) formerSubject(tr trigger, from int) int {
	for _, m := range d.mentions {
		if m.person < 0 || !m.former || m.dead || m.poss || m.sent != tr.sent || m.i < from || m.j > tr.i {
			continue
		}
		// The subject opens the clause: no other person before it.
		if d.personBetween(from, m.i) {
			continue
		}
		k := m.j
		if k < tr.i && d.toks[k].text == "," {
			// an appositive: "A, former Speaker of C,"; it closes with a
			// comma before the verb and names no other person (the
			// mention may take in the appositive up to that comma).
			c := k
			for q := k + 1; q < tr.i; q++ {
				if d.toks[q].text == "," {
					c = q
				}
			}
			if d.personBetween(k+1, c) {
				continue
			}
			k = c + 1
		}
		for k < tr.i && d.lx.signingAuxiliaries[d.toks[k].fold] {
			k++
		}
		if k == tr.i {
			return m.person
		}
	}
	return -1
}

// personBetween reports whether a person is named in toks[from:to].
func (d *doc) personBetween(from, to int) bool {
	for _, m := range d.mentions {
		if m.person >= 0 && m.i < to && m.j > from {
			return true
		}
	}
	return false
}
