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
		if d.toks[i].sent != sent || d.covered[i] {
			continue
		}
		if !d.nameWord(i) {
			// "led by governor of the X province of C A B.": the name
			// closing an office told in lower case.
			if i = d.nameAfterLowerOffice(i, sent); i < 0 {
				continue
			}
		}
		if d.toks[i].upper {
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

// nameAfterLowerOffice returns where a name of two to four words starts
// that closes, at a comma or the sentence's end, an office told in lower
// case from toks[i] ("governor of the X province of C A B", "former
// foreign minister and party secretary of the Y Party A B"); -1 if none.
// The office opens with a lower-case word that is no article or
// preposition, and the name follows a capitalised word (a body's or a
// country's) or the office's own word, not "of"/"in" (a place: "the
// mayor of New York").
func (d *doc) nameAfterLowerOffice(i, sent int) int {
	if t := d.toks[i]; !t.word || t.cap || d.lx.is(&t, fStop) {
		return -1
	}
	for e := i + 1; e < i+16 && e <= len(d.toks); e++ {
		end := e == len(d.toks) || d.toks[e].sent != sent || d.toks[e].text == "," || d.toks[e].text == "."
		if !end {
			if !d.toks[e].word && d.toks[e].text != "-" && d.toks[e].text != "'" {
				return -1
			}
			continue
		}
		st := e
		for st > i+1 && e-st < 4 && d.nameWord(st-1) && !d.covered[st-1] {
			st--
		}
		if e-st < 2 || e-st > 3 && d.nameWord(st-1) {
			return -1
		}
		if f := d.toks[st-1].fold; f == "of" || f == "in" || f == "from" || f == "at" || f == "the" {
			return -1
		}
		return st
	}
	return -1
}
