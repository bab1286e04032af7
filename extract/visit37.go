package extract

import accord "github.com/accordhq/accord"

// Session 37 (visit37): visits told with "on the invitation of" and tours
// told as ended.
//
// "A reached C on a two-day visit on the invitation of his counterpart B"
// reports a visit made, as "at the invitation of B" does: the invitation
// was taken up (takenUp reads "at", "on" and "upon" from the knowledge's
// invitation_preps). "upon the conclusion of his State visit to C, D and
// E" tells the tour as ended: every stop was held (tourDone reads the
// knowledge's tour_end_nouns). And a tour whose days, as the sentence
// gives them, all lie before publication has no stop ahead.

// tourBehind reports whether the date a tour's sentence gives ends before
// the day of publication: "a three-nation tour of C, D and E from 5 to 7
// September", published on the 9th, is over, its stops held.
func (d *doc) tourBehind(date *dateExpr) bool {
	if date == nil || date.prec != precDay || d.pub.IsZero() {
		return false
	}
	return d.rangeLast(*date).Before(d.pub)
}

// spouseIntroduced reports whether every mention of person pi read so far
// introduces them as a leader's spouse: after "his wife", "her husband",
// or after a consort's office written in lower case ("with the president
// and first lady B A greeted by officials"), which is no title of theirs.
// A leader named "President A" alone is then someone else: the couple
// share the family name (candidate).
func (d *doc) spouseIntroduced(pi int) bool {
	return d.everyMention(pi, func(m *pmention) bool {
		return d.spouseAt(m.i) >= 0 || d.consortMention(m) || d.consortWordsBefore(m.i)
	})
}

// consortWordsBefore reports whether the two or three words before
// toks[i], in its sentence, are a consort's office ("first lady",
// "second gentleman"), whatever their case.
func (d *doc) consortWordsBefore(i int) bool {
	for n := 2; n <= 3; n++ {
		k := i - n
		if k < 0 || d.toks[k].sent != d.toks[i].sent {
			return false
		}
		// (Joined in a buffer: the map lookup of string(b) allocates
		// nothing.)
		var arr [64]byte
		b := append(arr[:0], d.toks[k].fold...)
		for j := k + 1; j < i; j++ {
			b = append(append(b, ' '), d.toks[j].fold...)
		}
		if d.lx.consorts[string(b)] {
			return true
		}
	}
	return false
}

// leftPlaceEnding returns the index in d.others of the place a traveller
// leaves as the visit phrase tr ends: "A left Peru on Friday, bringing an
// end to his four-day state visit", "departed from Lima, concluding his
// visit", "left Peru after the conclusion of his visit to the country".
// The departure's place is the visit's when a word of the visit's end
// (visit_ends, visit_close_nouns) stands between it and the phrase, and
// the phrase names no place of its own ("concluding his visit to Chile"
// keeps Chile). -1 if none.
func (d *doc) leftPlaceEnding(from, to int, tr trigger) int {
	if tr.typ != accord.Visit || d.visitOwnPlace(tr, to) {
		return -1
	}
	for n, o := range d.others {
		if o.i < from || o.j > tr.i || !(o.kind == accord.Country || o.kind == accord.Place && o.country != "") || o.demonym {
			continue
		}
		k := o.i - 1
		if k >= from && d.toks[k].fold == "from" {
			k-- // "departed from Lima"
		}
		if k < from || !d.lx.departureVerbs[d.toks[k].fold] {
			continue
		}
		for q := o.j; q < tr.i; q++ {
			if f := d.toks[q].fold; d.lx.visitEnds[f] || d.lx.visitCloseNouns[f] {
				return n
			}
		}
	}
	return -1
}

// visitOwnPlace reports whether the visit phrase tr goes on "to" a named
// country or place ("his visit to Chile"); "to the country" names none.
func (d *doc) visitOwnPlace(tr trigger, to int) bool {
	k := tr.j
	if k < 1 || k >= to {
		return false
	}
	if d.toks[k-1].fold != "to" {
		if d.toks[k].fold != "to" {
			return false
		}
		k++
	}
	if k < to && d.toks[k].fold == "the" {
		k++
	}
	for _, o := range d.others {
		if o.i == k && (o.kind == accord.Country || o.kind == accord.Place) {
			return true
		}
	}
	return false
}

// coTravellers reports whether the two persons of a visit phrase are its
// joint subjects, named before it in one run joined by "and" ("A and
// First Lady B arrived in C for a visit", "A and Foreign Minister B left
// C, concluding their visit"): compatriots travelling together, the first
// named the visitor, not a visitor and a host of one country.
func (d *doc) coTravellers(ps []int, tr trigger) bool {
	var a, b *pmention
	for _, m := range d.mentions {
		if m.sent != d.toks[tr.i].sent || m.i >= tr.i {
			continue
		}
		switch m.person {
		case ps[0]:
			if a == nil {
				a = m
			}
		case ps[1]:
			if b == nil {
				b = m
			}
		}
	}
	if a == nil || b == nil || b.i < a.j {
		return false
	}
	// "A and B": only "and", a comma or the words of B's title between.
	and := false
	for k := a.j; k < b.i; k++ {
		f := d.toks[k].fold
		switch {
		case f == "and":
			and = true
		case f == "," || d.toks[k].cap || f == "his" || f == "her" || d.lx.spouses[f]:
		default:
			return false
		}
	}
	if !and {
		return false
	}
	// Nothing but the verb's words between B and the phrase: B is a
	// subject, not an object ("A met B in C during his visit").
	for k := b.j; k < tr.i; k++ {
		if d.mentionAt(k) != nil {
			return false
		}
	}
	return d.subjectsBeforeVerb(b.j, tr.i)
}

// subjectsBeforeVerb reports whether a verb of arrival or departure stands
// right after the subjects' end k, up to the visit phrase at i (which may
// be that verb): "A and B arrived in C for a visit", "A and B left C,
// concluding their visit".
func (d *doc) subjectsBeforeVerb(k, i int) bool {
	for q := k; q <= i && q <= k+3 && q < len(d.toks); q++ {
		f := d.toks[q].fold
		if d.lx.departureVerbs[f] || d.lx.reachVerbs[f] || d.lx.hereCues[f] {
			return true
		}
	}
	return false
}
