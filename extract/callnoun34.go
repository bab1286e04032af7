package extract

// callNounOff reports whether a courtesy call's noun form with no verb of its
// own ("a call on", "his call on", toks[i:j]) is something else: a call at a
// time ("During a call on Friday, A and B discussed …", a phone call's
// day), or an appeal renewed or issued ("renewed his call on President B to
// withdraw"), where the verb before it is one of appeal.
func (d *doc) callNounOff(i, j int) bool {
	if j < len(d.toks) {
		if t := d.toks[j]; t.num || d.lx.isWeekday(t.fold) || d.lx.months[t.fold] > 0 || t.fold == "the" && j+1 < len(d.toks) && (d.lx.isWeekday(d.toks[j+1].fold) || d.toks[j+1].num) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-2 && d.toks[k].sent == d.toks[i].sent; k-- {
		if d.lx.appealVerbs.holdsFold(d.toks[k].fold) {
			return true
		}
		// "renewed their earlier call on": one modifier between.
		if !d.toks[k].word {
			break
		}
	}
	return false
}
