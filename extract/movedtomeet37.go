package extract

// movedToMeet reports whether the "to" at toks[k], right before a contact's
// verb, gives the purpose of a move the sentence tells as made: "then
// proceeded to the palace to meet King A", "before being driven to the
// Grand Hall to meet with B", "went to the ministry to meet C". The
// narrative of a day's programme: the contact was held, not planned. A
// move governed by a future auxiliary or another "to" ("will travel",
// "plans to go") is bare or stays ahead.
func (d *doc) movedToMeet(k, from int) bool {
	// An infinitive ("to meet", "to hold talks"), not a place ("proceeded
	// to a meeting room").
	if k+1 >= len(d.toks) {
		return false
	}
	switch d.toks[k+1].fold {
	case "a", "an", "the", "his", "her", "their", "its", "our":
		return false
	}
	for i := k - 1; i >= from && i >= k-8; i-- {
		t := d.toks[i]
		if t.text == "," || t.text == ";" || d.lx.futureAuxiliaries[t.fold] {
			return false
		}
		if !d.lx.movedToMeetVerbs[t.fold] {
			continue
		}
		// "will be driven", "to be driven": a move ahead.
		for q := i - 1; q >= from && q >= i-2; q-- {
			if f := d.toks[q].fold; d.lx.futureAuxiliaries[f] || f == "to" {
				return false
			}
		}
		return true
	}
	return false
}

// movedMeet returns the end of the bare "to meet A" begun at toks[i]
// after a move made ("went to the ministry to meet Defence Minister A"),
// a person named within a few capitalised words, or 0. ("meet with" is a
// contact phrase of its own.)
func (d *doc) movedMeet(i int) int {
	if d.toks[i].fold != "meet" || i < 2 || d.toks[i-1].fold != "to" || i+1 >= len(d.toks) {
		return 0
	}
	from, _ := d.sentToks(d.toks[i].sent)
	if !d.movedToMeet(i-1, from) {
		return 0
	}
	var m *pmention
	for _, c := range d.mentions {
		if c.person >= 0 && c.sent == d.toks[i].sent && c.i > i && c.i <= i+6 && (m == nil || c.i < m.i) {
			m = c
		}
	}
	if m == nil {
		return 0
	}
	// Only "the", a nationality or a title before the name: "to meet
	// Norwegian Defence Minister A", not "to meet the demands of A".
	for k := i + 1; k < m.i; k++ {
		if t := &d.toks[k]; t.fold != "the" && t.text != "." && !t.cap {
			return 0
		}
	}
	return i + 1
}
