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
	if in == nil {
		return
	}
	for k := range held {
		e := &held[k]
		if e.typ != accord.Signing || len(e.persons) < 3 || e.sent < 0 || e.sent >= len(d.sents) {
			continue
		}
		from, to := d.sentToks(e.sent)
		attending := false
		for q := from; q < to; q++ {
			if in[q] {
				attending = true
				break
			}
		}
		if !attending {
			continue
		}
		var keep []int
		for _, p := range e.persons {
			if d.namedOutside(p, e.sent, in) {
				keep = append(keep, p)
			}
		}
		if len(keep) == len(e.persons) || len(keep) < 2 || d.countryCount(keep) < 2 {
			continue
		}
		e.persons = keep
	}
}

// namedOutside reports whether sentence s names person p outside the lists
// attendance phrases open.
func (d *doc) namedOutside(p, s int, in []bool) bool {
	for _, m := range d.mentions {
		if m.person == p && m.sent == s && !in[m.ni] {
			return true
		}
	}
	return false
}
