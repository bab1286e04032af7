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
