package extract

// Courtesy calls told with the callers as the subject (meet34): "The
// Leader of Opposition, A and External Affairs Minister, B called on Prime
// Minister C" is a call by each on C, as the references code two receptions
// (dev75), and a host's minister who calls on the visiting leader is
// received by him, not met.

// callerOn reports whether a mention of person p in sentence s is the
// subject of a call phrase ("A and Minister B called on", "A paid a
// courtesy call on"): only names, their titles, "and" and commas between.
func (d *doc) callerOn(p, s int) bool {
	for _, m := range d.mentions {
		if m.person != p || m.sent != s {
			continue
		}
		for k := m.j; k < len(d.toks) && k < m.j+30 && d.toks[k].sent == s; k++ {
			if d.callVerbAt(k) {
				return true
			}
			t := d.toks[k]
			if t.text == "," || t.cap || t.upper || t.fold == "and" || t.fold == "of" || t.fold == "the" || t.fold == "'s" || d.inMention(k) {
				continue
			}
			break
		}
	}
	return false
}

// callVerbAt reports whether toks[k] opens a past call phrase: "called on",
// "calls on", "paid a (courtesy) call on", "paid courtesy calls on/to",
// "made a courtesy call on".
func (d *doc) callVerbAt(k int) bool {
	f := d.toks[k].fold
	switch f {
	case "called", "calls":
		return k+1 < len(d.toks) && d.toks[k+1].fold == "on"
	case "paid", "pays", "made", "makes":
		for j := k + 1; j < len(d.toks) && j <= k+4; j++ {
			switch d.toks[j].fold {
			case "a", "courtesy":
				continue
			case "call", "calls":
				return j+1 < len(d.toks) && (d.toks[j+1].fold == "on" || d.toks[j+1].fold == "to")
			}
			return false
		}
	}
	return false
}
