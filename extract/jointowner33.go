package extract

// jointOwner reports whether possessive mention m closes a coordination
// that owns the contact tr together: "During President A and Prime
// Minister B's bilateral meeting", "A and B's talks". English marks a
// joint possession on the last conjunct only, so B's possessive names a
// side of the contact as much as A does.
func (d *doc) jointOwner(m *pmention, tr trigger) bool {
	and := m.i - 1
	if and < 1 || d.toks[and].fold != "and" || d.toks[and].sent != d.toks[tr.i].sent || !d.ownerOf(m, tr) {
		return false
	}
	for _, p := range d.mentions {
		if p.person < 0 || p.person == m.person || p.poss || p.sent != m.sent || p.j > and || p.j < and-3 {
			continue
		}
		// The first conjunct ends at "and", or a few words before it when
		// its country follows it ("President A of Peru and …").
		if p.j == and || d.toks[p.j].fold == "of" && d.toks[and-1].cap {
			return true
		}
	}
	return false
}
