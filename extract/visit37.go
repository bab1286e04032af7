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
