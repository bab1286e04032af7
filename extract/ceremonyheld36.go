package extract

import accord "github.com/accordhq/accord"

// ceremonyHeld reports whether the signing trigger tr is a signing ceremony
// that opens its sentence as the subject of a verb that tells it held:
// "A signing ceremony of MOUs was held afterwards" (Japan's summit
// outlines), "The signing ceremony of bilateral documents took place upon
// the completion of the talks", "Bilateral documents signing ceremony took
// place". Such a sentence names no signers: the ceremony is the day's
// contact's, as "Several documents were signed following the talks" is
// (the caller holds the contact's two sides). Only articles and words of
// signed documents may stand before the ceremony, so "the guests left
// before the signing ceremony was held" or a ceremony inside a clause does
// not count; the verb (knowledge signing_ceremony_held) must follow within
// the ceremony's own phrase, before any other verb-like comma break.
func (d *doc) ceremonyHeld(from, to int, tr trigger) bool {
	if tr.typ != accord.Signing {
		return false
	}
	c := tr.i
	switch d.toks[c].fold {
	case "signing":
		// "signing ceremony"
	case "ceremony":
		// "ceremony of signing"
	default:
		return false
	}
	// "After the meeting, a signing ceremony was held": an opener of time
	// closed by a comma before the ceremony.
	if k := d.openerEnd(from, c); k > from {
		from = k
	}
	for k := from; k < c; k++ {
		f := d.toks[k].fold
		if f == "a" || f == "an" || f == "the" || d.lx.signedDocument[f] || d.lx.signedDocuments[f] || f == "bilateral" || f == "mou" || f == "mous" {
			continue
		}
		return false
	}
	for k := tr.j; k < to && k < tr.j+16; k++ {
		f := d.toks[k].fold
		if d.toks[k].text == "," || d.toks[k].text == ";" {
			return false
		}
		if !d.lx.signingCeremonyHeld[f] {
			continue
		}
		p := d.toks[k-1].fold
		switch f {
		case "place":
			// "took place"
			return p == "took"
		case "followed":
			// "The signing ceremony followed the talks"
			return true
		default:
			// "was held", "were held afterwards", "was also held"
			if p == "also" && k >= 2 {
				p = d.toks[k-2].fold
			}
			return p == "was" || p == "were"
		}
	}
	return false
}

// openerEnd returns the token after the comma that closes a time opener
// ("After the meeting,", "Afterwards,", "Following the talks,") standing
// in toks[from:c], or from when there is none.
func (d *doc) openerEnd(from, c int) int {
	switch d.toks[from].fold {
	case "after", "afterwards", "following", "later", "subsequently", "then":
	default:
		return from
	}
	for k := c - 1; k > from; k-- {
		if d.toks[k].text == "," {
			return k + 1
		}
	}
	return from
}
