package extract

// callNounOff reports whether a courtesy call's noun form with no verb of its
// own ("a call on", "his call on", toks[i:j]) is something else: a call at a
// time ("During a call on Friday, A and B discussed …", a phone call's
// day), or an appeal renewed or issued ("renewed his call on President B to
// withdraw"), where the verb before it is one of appeal.
func (d *doc) callNounOff(i, j int) bool {
	if j < len(d.toks) {
		if t := d.toks[j]; t.num || d.lx.is(&t, fWeekday) || d.lx.is(&t, fMonth) || t.fold == "the" && j+1 < len(d.toks) && (d.lx.is(&d.toks[j+1], fWeekday) || d.toks[j+1].num) {
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

// callNounCaller adds the caller a call's noun form leaves out of its
// subject: "Engagements of President A include a call on B", "A's
// programme includes a call on B", where the one person read is the one
// called on, and the caller is the person named before the phrase in its
// clause (not the lead's persons, who in a visit's account are the host).
func (d *doc) callNounCaller(tr trigger, pfrom int, ps []int) []int {
	if len(ps) != 1 || !d.lx.callOnNouns.holdsFold(tr.form) {
		return ps
	}
	caller := -1
	for _, m := range d.mentions {
		if m.sent != tr.sent || m.i < pfrom || m.j > tr.i || m.person < 0 || m.former {
			continue
		}
		if m.person == ps[0] {
			return ps // the one read is named before: no object read
		}
		caller = m.person
	}
	if caller < 0 {
		return ps
	}
	return []int{caller, ps[0]}
}
