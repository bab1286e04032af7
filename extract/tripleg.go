package extract

// legTrip reports whether toks[k] is a trip told by its stage: "tour" in
// "on the second leg of his three-nation tour". A tour word alone is no
// visit ("a tour of the plant"); a leg of it is a stop in one country, as
// "on a three-day visit" is (knowledge leg_words, leg_trips).
func (d *doc) legTrip(k, from int) bool {
	if !d.lx.is(&d.toks[k], fLegTrips) {
		return false
	}
	for j := k - 2; j >= from && j >= k-6; j-- {
		if d.lx.legWords[d.toks[j].fold] && d.toks[j+1].fold == "of" {
			return true
		}
	}
	return false
}

// reachedOnVisit returns the end of a trigger "reached" when it tells an
// arrival on a visit: "A reached China on Thursday on an official visit",
// "reached Islamabad for a two-day visit". The verb is too common to be a
// phrase ("reached an agreement", "reached out to"); here the place follows
// it at once and "on"/"for" a trip word within a few words after (knowledge
// reach_verbs). 0 when not.
func (d *doc) reachedOnVisit(i int) int {
	if f := d.toks[i].fold; !d.lx.reachGate.may(f) || !d.lx.reachVerbs[f] || i+1 >= len(d.toks) {
		return 0
	}
	_, to := d.sentToks(d.toks[i].sent)
	if d.countryAt(i+1, to) == "" {
		return 0
	}
	for k := i + 2; k < to && k <= i+12; k++ {
		if !d.lx.is(&d.toks[k], fTripWords) {
			continue
		}
		for j := k - 1; j > i+1 && j >= k-5; j-- {
			// ("reached Ankara as part of a four-day visit").
			if f := d.toks[j].fold; f == "on" || f == "for" || f == "part" && d.toks[j-1].fold == "as" {
				return i + 1
			}
		}
		return 0
	}
	return 0
}
