package extract

// summitStandIns returns the persons of side c that sentence s, a summit's
// own, tells took part in it where no leader of c is named there: "Vice
// President A is attending the B-C Summit", "Deputy Prime Minister A
// represented the country at the B-C Summit". The side's leader named
// elsewhere in the text did not attend; the one who did speaks for it.
// The person stands right before a verb of taking part (data
// summit_stand_in_verbs), at most an auxiliary or an adverb between.
func (d *doc) summitStandIns(c string, s int) []int {
	_, to := d.sentToks(s)
	var out []int
	for _, m := range d.mentions {
		p := m.person
		if m.sent != s || p < 0 || d.persons[p].country != c || d.former(p) {
			continue
		}
		for k := m.j; k < to && k <= m.j+2; k++ {
			if d.lx.summitStandInVerbs[d.toks[k].fold] {
				out = appendInt(out, p)
				break
			}
		}
	}
	return out
}
