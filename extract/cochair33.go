package extract

import accord "github.com/accordhq/accord"

// coChairSummits retypes as a summit the meeting of a gathering's co-chairs
// when the gathering is a summit: "… met for the sixth Union-Coral Union
// summit in Brussels. The meeting was co-chaired by A and B". A summit of
// two blocs (the references code it by its co-chairs, the leaders who speak
// for the sides) is told so: the summit is named in the co-chairs' sentence
// or the one before, held (not ahead, before, or the venue of another
// contact: "on the sidelines of the summit"). A co-chaired meeting with no
// summit named stays a meeting (a joint commission's co-chairs).
func (d *doc) coChairSummits(held []eng) {
	for k, e := range held {
		if e.status != accord.StatusHeld || class(e.typ) != "talks" || e.fromTitle || len(e.persons) < 2 {
			continue
		}
		// The co-chairs told in the contact's sentence or the next ("met
		// for the summit. The meeting was co-chaired by A and B").
		if d.coChaired(e.sent) && (d.heldSummitIn(e.sent) || d.heldSummitIn(e.sent-1)) || d.coChaired(e.sent+1) && d.heldSummitIn(e.sent) {
			held[k].typ = accord.Summit
		}
	}
}

// coChaired reports whether sentence s tells co-chairs (co_chair_words).
func (d *doc) coChaired(s int) bool {
	if s < 0 || len(d.toks) == 0 || s > d.toks[len(d.toks)-1].sent {
		return false
	}
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		if d.lx.coChairWords[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// heldSummitIn reports whether sentence s names a summit held: the word
// "summit", not the venue of a contact (namesSummit), not placed ahead
// ("ahead of the summit", "will attend") or before ("the last summit").
func (d *doc) heldSummitIn(s int) bool {
	if s < 0 || !d.namesSummit(s) {
		return false
	}
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		if d.toks[k].fold != "summit" || !d.toks[k].word {
			continue
		}
		if d.summitAhead(k, from, k, to) {
			return false
		}
		for i := k - 1; i >= from && i >= k-6; i-- {
			if d.lx.summitPastCues[d.toks[i].fold] {
				return false
			}
		}
	}
	return true
}

// heldAfterChair reports whether a summit's held cue follows an appositive
// telling its chair: "The summit, chaired by A, was also attended by B and
// C" (summit33: p19 and p26's outlets tell a gathering's chair so).
func (d *doc) heldAfterChair(tr trigger, to int) bool {
	if tr.j >= to || d.toks[tr.j].text != "," || !d.phraseAt(tr.j+1, to, d.lx.participantLinks) {
		return false
	}
	for k := tr.j + 2; k < to && k <= tr.j+16; k++ {
		if d.toks[k].text == "," {
			return d.phraseAt(k+1, to, d.lx.summitHeld)
		}
	}
	return false
}
