package extract

// passivePressSentence returns the sentence that tells, in the past and the
// passive, the two sides' joint press event naming no one ("A signing
// ceremony and a joint press conference were held afterwards", "A joint
// press announcement followed"), as readouts write it after the meeting's
// lead; -1 if none. groupPressAfterTalks gives it the sides of the
// document's one held meeting or talks. (A readout's head lines —
// headline, date, "[Provisional translation]" — push its lead past the
// sentences whose persons lead, so the sentence's own sides stay unread.)
func (d *doc) passivePressSentence() int {
	for k := range d.toks {
		if d.toks[k].fold != "joint" || !d.phraseAt(k, len(d.toks), d.lx.passivePressEvents) {
			continue
		}
		s := d.toks[k].sent
		from, to := d.sentToks(s)
		if d.question(from, to) || d.mentionWithin(s, from, to) || k > from && d.lx.passivePressDenials[d.toks[k-1].fold] {
			continue
		}
		ahead := false
		for q := from; q < to; q++ {
			if d.lx.is(&d.toks[q], fFuture) || d.lx.negations[d.toks[q].fold] {
				ahead = true
				break
			}
		}
		if ahead {
			continue
		}
		// The passive verb after the event: "… were held afterwards".
		for q := k + 3; q < to; q++ {
			if d.phraseAt(q, to, d.lx.passivePressHeld) {
				return s
			}
		}
	}
	return -1
}

// captionPresent reports whether the contact phrase tr is the object of a
// bare verb ("hold", "attend": present_contact_verbs) whose subject is two
// persons joined by "and" ("A and B hold talks", "A and his counterpart,
// B, jointly attend a press conference"), in a sentence that dates it by
// month and day not after publication: a photo caption's present ("…, in
// Warsaw, Poland, Jan. 19, 2011"), not the plan the bare verb tells after
// "to" or "will".
func (d *doc) captionPresent(tr trigger, from, to int) bool {
	v := tr.i - 1
	for v > from && (d.toks[v].fold == "a" || d.toks[v].fold == "an" || d.toks[v].fold == "the") {
		v--
	}
	if v <= from || !d.lx.presentContactVerbs[d.toks[v].fold] || d.toks[v].cap {
		return false
	}
	s := v - 1
	for s > from && d.lx.presentContactAdverbs[d.toks[s].fold] {
		s--
	}
	if d.toks[s].text == "," {
		s--
	}
	// The subject's last person ends just before the verb, and another
	// person stands before it with "and" between.
	if !d.personEndsAt(s + 1) {
		return false
	}
	persons, and := 0, false
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == tr.sent && m.i >= from && m.j <= s+1 {
			persons++
		}
	}
	for q := from; q < s; q++ {
		and = and || d.toks[q].fold == "and"
	}
	if persons < 2 || !and {
		return false
	}
	// A day with its month, not after publication.
	for _, de := range d.statedDays(d.lx.dates(d.toks, tr.j, to, d.pub)) {
		if de.prec == precDay && !de.t.After(d.pub) && d.monthIn(de) {
			return true
		}
	}
	return false
}

// monthIn reports whether a date expression names its month ("Jan. 19",
// "19 January"), not a weekday or "today" alone.
func (d *doc) monthIn(de dateExpr) bool {
	for q := de.tok; q < de.end && q < len(d.toks); q++ {
		if _, ok := d.lx.months[d.toks[q].fold]; ok {
			return true
		}
	}
	return false
}

// passiveMealFor reads a meal hosted in the passive at the participle
// toks[i]: a meal word just before it ("a state banquet hosted", "the
// dinner was hosted"), then the guest's marker ("in honour of A", "in his
// honour", "for A") and its host after "by", in either order: "a banquet
// was hosted in honour of A by B", "the dinner was given by B in his
// honour". It returns the meal word and the end of the guest marker, or
// 0, 0. A working meal is none (talks over the meal), and so is a meal
// whose host the sentence does not name after "by".
func (d *doc) passiveMealFor(i int) (int, int) {
	sent := d.toks[i].sent
	in := func(r int) bool { return r < len(d.toks) && d.toks[r].sent == sent }
	m := i - 1
	if m >= 0 && (d.toks[m].fold == "was" || d.toks[m].fold == "were") {
		m--
	}
	for m >= 0 && d.lx.mealTails[d.toks[m].fold] {
		m--
	}
	if m < 0 || d.toks[m].sent != sent || !d.lx.mealWords[d.toks[m].fold] {
		return 0, 0
	}
	if m > 0 && d.toks[m-1].fold == "working" {
		return 0, 0
	}
	guest, by := 0, false
	for k := i + 1; in(k) && k < i+16; k++ {
		if guest == 0 {
			if g := d.mealGuestAt(k); g > 0 {
				guest = g
				continue
			}
		}
		if d.toks[k].fold == "by" && !by {
			for q := k + 1; in(q) && q < k+5; q++ {
				if d.personAt(q) {
					by = true
					break
				}
			}
		}
	}
	if guest == 0 || !by {
		return 0, 0
	}
	return m, guest
}
