package extract

// deniedClauseAt returns where a denied clause begins after a held contact
// phrase ending at toks[j], before toks[to]: a contrast link ("but", "yet";
// knowledge contrast_links) whose next few words hold a negation ("but did
// not meet B", "but could not hold any meeting with B"), an absence ("but
// no meeting with B took place") or a failure ("but failed to meet B").
// What that clause names is no side of the held contact; -1 when none.
// ("not only … but also" holds no denial after "but".)
func (d *doc) deniedClauseAt(j, to int) int {
	for k := j; k < to; k++ {
		t := d.toks[k]
		if t.text != t.fold || !d.lx.contrastLinks[t.fold] {
			continue
		}
		for q := k + 1; q < to && q <= k+4; q++ {
			f := d.toks[q].fold
			if d.lx.negations[f] && (q+1 >= len(d.toks) || d.toks[q+1].fold != "only" && d.toks[q+1].fold != "just") || d.lx.absenceCues[f] || d.lx.failureCues[f] {
				return k
			}
		}
	}
	return -1
}

// absentContact reports whether contact phrase tr follows an absence cue
// ("no meeting with B took place", "no formal talks were held"), an
// adjective at most between: a contact that did not happen.
func (d *doc) absentContact(tr trigger) bool {
	for k := tr.i - 1; k >= 0 && k >= tr.i-2; k-- {
		t := d.toks[k]
		// "No joint press conference was held": the cue may open the
		// sentence, capitalised there.
		first := k == 0 || d.toks[k-1].sent != t.sent
		if t.sent != d.toks[tr.i].sent || t.text != t.fold && !first {
			return false
		}
		if d.lx.absenceCues[t.fold] {
			return true
		}
	}
	return false
}
