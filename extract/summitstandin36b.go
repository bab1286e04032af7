package extract

// summitStandIns returns the persons of side c that sentence s, a summit's
// own, tells took part in it: "Vice President A is attending the B-C
// Summit", "Deputy Prime Minister A represented the country at the B-C
// Summit". Where no leader of c is named there, the side's leader named
// elsewhere in the text did not attend; the one who did speaks for it.
// The person stands right before a verb of taking part (data
// summit_stand_in_verbs), at most an auxiliary or an adverb between.
// instead reports that one of them stood in the leader's place, named in
// the sentence or not ("A represented President B at …"; data
// summit_represent_verbs): then the leader was not there either.
func (d *doc) summitStandIns(c string, s int) (out []int, instead bool) {
	_, to := d.sentToks(s)
	for _, m := range d.mentions {
		p := m.person
		if m.sent != s || p < 0 || d.persons[p].country != c || d.former(p) {
			continue
		}
		for k := m.j; k < to && k <= m.j+2; k++ {
			if d.lx.summitStandInVerbs[d.toks[k].fold] || d.lx.summitRepresentVerbs[d.toks[k].fold] {
				out = appendInt(out, p)
				instead = instead || d.lx.summitRepresentVerbs[d.toks[k].fold]
				break
			}
		}
	}
	return out, instead
}
