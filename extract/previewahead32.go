package extract

// visitAheadBy reports whether sentence s, in the future ("will make an
// Official Visit to C from 12 to 14 March"), tells a visit that opens
// after publication, within the next three months. Under a noun headline
// ("Official Visit of A") such a sentence is an announcement, not the
// report of a visit held: ministries publish the notice days or weeks
// ahead, and annotators record the announced visit by its month, as they
// do a preview's (previewVisit).
func (d *doc) visitAheadBy(s int) bool {
	if !d.futureSentence(s) {
		return false
	}
	from, to := d.sentToks(s)
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.prec == precDay {
			return de.t.After(d.pub) && !de.t.After(d.pub.AddDate(0, 3, 0))
		}
	}
	return false
}

// aheadMonth returns the month ("2011-01") of the first day sentence s, in
// the future, tells after publication and within three months, else "".
// A preview's visit read from a host's sentence ("will welcome A to the
// White House on January 19") kept the publication's month when the
// notice went out the month before; annotators date the announced visit
// by its own month.
func (d *doc) aheadMonth(s int) string {
	if !d.futureSentence(s) {
		return ""
	}
	from, to := d.sentToks(s)
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.prec == precDay {
			if de.t.After(d.pub) && !de.t.After(d.pub.AddDate(0, 3, 0)) {
				return de.t.Format("2006-01")
			}
			return ""
		}
	}
	return ""
}

// beToFuture reports whether "to" at toks[o] follows a form of "be" right
// after its subject: the agencies' plan "A is to visit C next week", "the
// leaders are to travel to C". (Not "the aim of the trip is to visit C"
// nor "what matters is to visit": the word before "is" must end a name or
// a title, a capitalised word.)
func (d *doc) beToFuture(o int) bool {
	return o >= 2 && d.lx.beFuture[d.toks[o-1].fold] && d.toks[o-2].cap
}
