package extract

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
		w := d.toks[k].fold
		for j := k + 1; j < i; j++ {
			w += " " + d.toks[j].fold
		}
		if d.lx.consorts.holdsFold(w) {
			return true
		}
	}
	return false
}
