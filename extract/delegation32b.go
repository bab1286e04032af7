package extract

// delegationHeadNamed reads the head of a delegation named bare after
// "led by" / "headed by" ("a delegation of the X Party led by A B C";
// "The visiting delegation is being led by A B"; "Led by A B, the group
// …"): two to four capitalised name words no title, body or country
// covers. Protocol names a delegation's head there, so the words are a
// person though the given name is not known.
func (d *doc) delegationHeadNamed() {
	for k := 2; k+2 < len(d.toks); k++ {
		if d.toks[k].fold != "by" || !d.lx.delegationLed[d.toks[k-1].fold] {
			continue
		}
		sent := d.toks[k].sent
		if d.toks[k-1].sent != sent || !d.delegationBefore(k-1) {
			continue
		}
		i := k + 1
		if d.toks[i].sent != sent || d.covered[i] || d.toks[i].upper || !d.nameWord(i) {
			continue
		}
		e := i
		for e < len(d.toks) && e-i < 5 && d.toks[e].sent == sent && d.nameWord(e) && !d.covered[e] {
			e++
		}
		// A longer proper noun runs on, or a body's word follows: no name.
		if e-i < 2 || e-i > 4 || e < len(d.toks) && d.toks[e].sent == sent && d.toks[e].word && d.toks[e].cap {
			continue
		}
		if d.inMention(i) || d.inMention(e-1) {
			continue
		}
		d.addMention(&pmention{i: i, j: e, ni: i, nj: e, title: -1})
		k = e
	}
}

// delegationBefore reports whether the "led"/"headed" at toks[l] tells a
// delegation's head: it opens its sentence, or a delegation noun (or
// "group", "team") stands up to eight words before it.
func (d *doc) delegationBefore(l int) bool {
	from, _ := d.sentToks(d.toks[l].sent)
	if l == from {
		return true
	}
	for u := l - 1; u >= from && u >= l-8; u-- {
		if f := d.toks[u].fold; d.lx.delegation[f] || d.lx.delegationBack[f] {
			return true
		}
	}
	return false
}
