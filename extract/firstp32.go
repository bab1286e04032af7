package extract

// A leader's release tells a meeting had as an opportunity that pleased:
// "It was a great opportunity to meet President A", "It has been a
// wonderful opportunity to meet A". Only a copula in the past ("was",
// "been") makes the opportunity one had: "It will be a great opportunity
// to meet A" is a plan, and "to" there stays its cue.

// gladOpportunityTo reports whether the "to" at toks[k] closes "was/been
// [also] a(n) <word of pleasure> <opportunity noun>".
func (d *doc) gladOpportunityTo(k int) bool {
	if k < 5 || d.toks[k].fold != "to" || !d.lx.opportunityNouns[d.toks[k-1].fold] || !d.lx.gladToBe[d.toks[k-2].fold] {
		return false
	}
	if f := d.toks[k-3].fold; f != "a" && f != "an" {
		return false
	}
	q := k - 4
	if d.toks[q].fold == "also" || d.toks[q].fold == "truly" || d.toks[q].fold == "really" {
		q--
	}
	f := d.toks[q].fold
	return (f == "was" || f == "been") && d.toks[q].sent == d.toks[k].sent
}

// fillerComma returns the index past a comma that stands between two
// fillers of a contact phrase ("had cordial, productive discussions", "a
// long, frank conversation"), the comma of coordinate adjectives; k itself
// otherwise. The comma must follow a filler and be followed by one in
// lower case, so a clause's comma ("had talks, productive ones") stays.
func (d *doc) fillerComma(k int) int {
	if k+1 >= len(d.toks) || d.toks[k].text != "," || !d.lx.is(&d.toks[k-1], fFillers) {
		return k
	}
	if n := &d.toks[k+1]; n.sent == d.toks[k].sent && n.word && !n.cap && d.lx.is(n, fFillers) {
		return k + 1
	}
	return k
}
