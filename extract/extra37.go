package extract

// elapsedPhrase reports whether contact phrase tr is itself the earlier
// event an elapsed opener dates the report's contact from: "spoke by phone
// today, one day after A's meeting with B in Sochi", "two days after their
// talks in Geneva". Between the opener and the phrase stand only a
// determiner or a possessor (a name and its 's), so a clause with its own
// verb ("days after the election A met B") is the day's contact.
func (d *doc) elapsedPhrase(tr trigger) bool {
	s := d.toks[tr.i].sent
	for k := tr.i - 1; k >= 0 && k >= tr.i-8 && d.toks[k].sent == s; k-- {
		for _, w := range d.lx.elapsedOpeners {
			if k+len(w) <= tr.i && d.wordsAt(k, tr.i, w) {
				return d.onlyPossessor(k+len(w), tr.i)
			}
		}
	}
	return false
}

// onlyPossessor reports whether tokens [from, to) are a determiner or a
// possessor alone: "the", "his", "their", "A's", "President A B's".
func (d *doc) onlyPossessor(from, to int) bool {
	if from == to {
		return true
	}
	if to-from == 1 {
		// the words that open a visit's phrase are the determiners ("a", "the", "his")
		return d.lx.visitPhraseOpeners[d.toks[from].fold]
	}
	if !possessive(d.toks[to-1]) {
		return false
	}
	for k := from; k < to-1; k++ {
		if !d.toks[k].cap {
			return false
		}
	}
	return true
}

// pressOfficerBriefing reports whether press phrase tr is a press
// officer's briefing: its sentence names a spokesperson or press secretary
// ("At a press briefing held on Tuesday, Press Secretary A confirmed that
// B spoke to C"; "spokesperson A said at a regular news conference";
// "Kremlin spokesman A told the media"). The persons the officer speaks of
// held no press conference together; a joint one is theirs ("the joint
// press conference of B and C, spokesperson A said").
func (d *doc) pressOfficerBriefing(tr trigger) bool {
	s := d.toks[tr.i].sent
	for k := tr.i - 1; k >= 0 && k >= tr.i-2 && d.toks[k].sent == s; k-- {
		if d.toks[k].fold == "joint" {
			return false
		}
	}
	for k := tr.i; k < tr.j; k++ {
		if d.toks[k].fold == "joint" {
			return false
		}
	}
	// The officer stands next to the phrase, as its subject or the
	// speaker it frames: ten words either side, in its sentence.
	from, to := tr.i, tr.j
	for from > 0 && from > tr.i-10 && d.toks[from-1].sent == s {
		from--
	}
	for to < len(d.toks) && to < tr.j+10 && d.toks[to].sent == s {
		to++
	}
	for k := from; k < to; k++ {
		for _, w := range d.lx.pressOfficers {
			if d.wordsAt(k, to, w) {
				return true
			}
		}
	}
	return false
}
