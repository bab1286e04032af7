package extract

// A release that has told a contact often names those present at it in a
// sentence of their own, as its subject: "Ambassador A also attended the
// meeting", "Speaker B and Secretary-General C along with several senior
// officials attended the meeting". They are present, not sides (as the
// lists after "attended by" are): the contact keeps its principals, and
// such a sentence is no new contact of those present.

// attendingSubject reports whether a subject_attendance phrase opens at
// token k of the sentence from..to and a contact noun follows it within
// three words ("attended the state house meeting"), the noun ending its
// phrase ("the meeting with A", "the meeting of the council" are other
// contacts), and whether the subject before it, from the sentence's start,
// holds no verb of its own ("A met B and C attended the meeting").
func (d *doc) attendingSubject(k, from, to int) bool {
	if k == from {
		return false
	}
	end := -1
	for _, l := range d.lx.parts.subjectAtt {
		if k+len(l) > to {
			continue
		}
		ok := true
		for n, w := range l {
			if ok = d.toks[k+n].fold == w; !ok {
				break
			}
		}
		if ok {
			end = k + len(l)
			break
		}
	}
	if end < 0 {
		return false
	}
	noun := -1
	for q := end; q < to && q <= end+3; q++ {
		if d.lx.parts.attNouns[d.toks[q].fold] && !d.toks[q].cap {
			noun = q
			break
		}
		if !d.toks[q].word {
			return false
		}
	}
	if noun < 0 {
		return false
	}
	if n := noun + 1; n < to {
		if f := d.toks[n].fold; f == "with" || f == "of" || f == "between" || f == "for" || f == "on" {
			return false
		}
	}
	for q := from; q < k; q++ {
		if t := d.toks[q]; t.word && !t.cap && d.lx.parts.clauseEnds[t.fold] {
			return false
		}
	}
	return true
}

// subjectAttendance reports whether sentence s tells only those present
// at a contact told already (attendingSubject).
func (d *doc) subjectAttendance(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		if d.lx.is(&d.toks[k], fPartsFirst) && d.attendingSubject(k, from, to) {
			return true
		}
	}
	return false
}

// Remarks open with an address block, a line per person greeted, each
// closed by a comma: "Foreign Secretary A, / Lord B of C, / High
// Commissioner D, / Senior Officials of both Delegations,". The guest of
// honour comes first; the rest are the guest's suite and the host's own
// officials, present but no side of the talks the speaker's "we" tells.

// greetLine reports whether sentence s is a line of an address block: it
// names a person and closes with a comma or semicolon, as no sentence of
// the body does.
func (d *doc) greetLine(s int) bool {
	from, to := d.sentToks(s)
	if to <= from {
		return false
	}
	if t := d.toks[to-1].text; t != "," && t != ";" {
		return false
	}
	for _, m := range d.mentions {
		if m.sent == s && m.person >= 0 {
			return true
		}
	}
	return false
}

// firstGreeted is the first person an address line names, not a former
// holder nor one named in a possessive; -1 if none.
func (d *doc) firstGreeted(s int) int {
	for _, m := range d.mentions {
		if m.sent == s && m.person >= 0 && !m.poss && !m.former {
			return m.person
		}
	}
	return -1
}
