package extract

import "strings"

// appealCall reports whether a courtesy call's verb ("called on", toks[i:j])
// is an appeal: "X has called on President B to sign the bill", "urged and
// called on Prime Minister C to release the detainees". A courtesy call has
// no "to <verb>" after the person called on, or one of purpose ("called on
// President B on Monday to discuss trade", "to convey greetings"); the
// first "to" of the clause decides, and only a verb of demand makes it an
// appeal, so a purpose not listed keeps the call.
func (d *doc) appealCall(form string, i, j int) bool {
	if !d.lx.callOnVerbs.holdsFold(form) || j >= len(d.toks) {
		return false
	}
	// "senators renewed calls on Tuesday for President B to sign": the
	// noun "calls" of an appeal, at a time, as for "a call on".
	if d.callNounOff(i, j) {
		return true
	}
	s := d.toks[j].sent
	for k := j; k < len(d.toks) && k < j+20 && d.toks[k].sent == s; k++ {
		t := d.toks[k]
		if t.text == ";" || t.text == ":" {
			return false
		}
		if t.fold != "to" || k+1 >= len(d.toks) {
			continue
		}
		// "to promptly sign": an adverb of manner before the verb.
		if v := d.toks[k+1].fold; strings.HasSuffix(v, "ly") && k+2 < len(d.toks) && !d.lx.appealAfter.holdsFold(v) {
			return d.lx.appealAfter.holdsFold(d.toks[k+2].fold)
		}
		return d.lx.appealAfter.holdsFold(d.toks[k+1].fold)
	}
	return false
}

// atMargins reports whether the clause toks[from:to] sets a talk on the
// edge of a gathering: "spoke with A on the margins of the summit", "On
// the sidelines of the G20, A spoke with B" (the leaders were both there).
func (d *doc) atMargins(from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		if d.lx.marginWords.holdsFold(d.toks[k].fold) && d.toks[k-1].fold == "the" && d.toks[k+1].fold == "of" {
			return true
		}
	}
	return false
}
