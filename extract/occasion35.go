package extract

// occasionContactStart returns where the sides of the contact phrase at tr
// begin when the sentence names it, after another kind of act (prev), as
// that act's occasion and names its owner in a possessive: "The pact was
// signed on the sidelines of President A's bilateral meeting with
// President B"; "… were exchanged during Minister A's meeting with B". The
// possessed phrase is the contact's own clause: its holder is the
// possessor, not a side of the act before it, which otherwise claims him.
// Returns -1 when the contact is not framed so (no frame word right before
// the possessed phrase, a comma or a verb between, no possessive, not a
// meeting or talks).
func (d *doc) occasionContactStart(prev, tr trigger) int {
	// Meetings and talks only: a visit's sides are its visitor and host,
	// read as they were ("signed during A's state visit to C").
	if class(tr.typ) != "talks" {
		return -1
	}
	poss := false
	for k := tr.i - 1; k > prev.j && k >= tr.i-14; k-- {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" || d.lx.is(t, fVerbs) {
			return -1
		}
		if possessive(*t) {
			poss = true
			continue
		}
		f := t.fold
		framed := f == "during" || f == "of" && k > 0 && (d.lx.is(&d.toks[k-1], fSideline) || d.toks[k-1].fold == "occasion")
		if framed {
			if !poss {
				return -1
			}
			return k + 1
		}
	}
	return -1
}
