package extract

// talkAudienceEnd returns the end of the press a generic talk phrase
// addresses when toks[p:] names it: "spoke with reporters", "spoke to
// media", "spoke to Estonian media persons", "spoke with the local press
// corps". A leader who speaks to the press holds a press event; the person
// the sentence names next ("after meeting A") is not at the other end of a
// call. -1 when toks[p] begins no such audience ("spoke to the press
// secretary", "spoke with President A").
func (d *doc) talkAudienceEnd(p int) int {
	if p >= len(d.toks) {
		return -1
	}
	sent := d.toks[p].sent
	in := func(k int) bool { return k < len(d.toks) && d.toks[k].sent == sent && d.toks[k].word }
	if in(p) && (d.toks[p].fold == "the" || d.toks[p].fold == "a") {
		p++
	}
	// Up to two modifiers: a lower-case one of the list ("local",
	// "visiting") or a capitalised adjective of a country ("Estonian"),
	// which no person's name begins.
	for n := 0; n < 2 && in(p) && !d.lx.talkAudiences[d.toks[p].fold]; n++ {
		t := d.toks[p]
		if !(!t.cap && d.lx.talkAudienceMods[t.fold]) && !(t.cap && !d.mentionWithin(sent, p, p+1)) {
			return -1
		}
		p++
	}
	if !in(p) || d.toks[p].cap || !d.lx.talkAudiences[d.toks[p].fold] {
		return -1
	}
	p++
	if in(p) && !d.toks[p].cap && d.lx.talkAudTails[d.toks[p].fold] {
		p++
	}
	if in(p) && d.lx.talkAudStops[d.toks[p].fold] {
		return -1
	}
	return p
}
