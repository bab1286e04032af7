package extract

// A contact told as a pleasure uses the bare verb as often as "meet
// with": "said he was delighted to meet President A", "pleased to meet
// Prime Minister A again", "It has been fantastic to be here in C to meet
// President A". The bare "meet" is no phrase of the table (too general:
// "to meet the target", "meet the needs"); after a word of pleasure whose
// "to" is no plan (gladHeld) and with a person right after it, it is the
// meeting itself.

// gladMeet returns the end of the contact phrase when toks[i] is such a
// bare "meet", 0 otherwise. The person follows at once, or after "the"
// and an honorific ("delighted to meet the Hon. A").
func (d *doc) gladMeet(i int) int {
	if d.toks[i].fold != "meet" || i < 2 || d.toks[i-1].fold != "to" || i+1 >= len(d.toks) {
		return 0
	}
	var m *pmention
	for _, c := range d.mentions {
		if c.person >= 0 && c.sent == d.toks[i].sent && c.i > i && c.i <= i+4 && (m == nil || c.i < m.i) {
			m = c
		}
	}
	// The pleasure right before "to": past a stay ("fantastic to be here
	// in C to meet A", said at a trip's end) the meeting may be of any day
	// of the stay, which the release's day would misdate.
	if m == nil || !d.lx.gladToBe[d.toks[i-2].fold] || !d.gladHeld(i-1) {
		return 0
	}
	// Only "the" or an honorific ("the Hon.") before the name.
	for k := i + 1; k < m.i; k++ {
		if t := &d.toks[k]; t.fold != "the" && t.text != "." && !t.cap {
			return 0
		}
	}
	return i + 1
}
