package extract

// legTrip reports whether toks[k] is a trip told by its stage: "tour" in
// "on the second leg of his three-nation tour". A tour word alone is no
// visit ("a tour of the plant"); a leg of it is a stop in one country, as
// "on a three-day visit" is (knowledge leg_words, leg_trips).
func (d *doc) legTrip(k, from int) bool {
	if !d.lx.legTrips[d.toks[k].fold] {
		return false
	}
	for j := k - 2; j >= from && j >= k-6; j-- {
		if d.lx.legWords[d.toks[j].fold] && d.toks[j+1].fold == "of" {
			return true
		}
	}
	return false
}
