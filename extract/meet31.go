package extract

// A speaker tells a meeting already held, or being held, as a pleasure
// had: "It was a pleasure to meet with Prime Minister A", "Great to meet
// FMs A and B", "It has been fantastic to be here in C to meet President
// A". The infinitive after a word of pleasure (knowledge glad_to_be) is
// the meeting itself, not a plan; "will be a pleasure to meet" stays a
// plan by its own cue ("will").

// gladInfinitive reports whether the "to" at toks[k] follows a word of
// pleasure, directly ("a pleasure to meet") or past the speaker's stay
// that the pleasure is about ("fantastic to be here in C to meet"): the
// stay is "to be", "back" or "here" optional, then "in" or "at" and a
// few capitalised words, with no comma.
func (d *doc) gladInfinitive(k int) bool {
	if k < 1 || d.toks[k].fold != "to" {
		return false
	}
	if gladTo(d.toks, k) || d.lx.gladToBe[d.toks[k-1].fold] || d.gladOpportunityTo(k) {
		return true
	}
	// Back over the place of the stay: "in Washington DC", "here".
	q := k - 1
	for q > 0 && q >= k-5 && d.toks[q].cap && d.toks[q].word && d.toks[q].sent == d.toks[k].sent {
		q--
	}
	if q < k-1 {
		if f := d.toks[q].fold; f != "in" && f != "at" {
			return false
		}
		q--
	}
	if q >= 0 && d.toks[q].fold == "here" {
		q--
	}
	if q >= 0 && d.toks[q].fold == "back" {
		q--
	}
	return q >= 2 && q < k-1 && d.toks[q].fold == "be" && d.toks[q-1].fold == "to" && d.lx.gladToBe[d.toks[q-2].fold]
}

// gladI reports whether toks[i] opens a sentence that is the speaker's
// own contact told as a pleasure, the speaker unnamed: "It was a pleasure
// to meet with A", "It has been fantastic to be here in C to meet A",
// "Great to meet A". The "It" (or the word of pleasure) stands for the
// speaker as "I" does: no comma and no one named before the infinitive,
// whose verb is a contact's (knowledge glad_contact_verbs).
func (d *doc) gladI(i int, quoted map[int]bool) bool {
	return !quoted[d.toks[i].sent] && !d.covered[i] && d.gladOpening(i) >= 0
}

// gladOpening returns where the "to" of the pleasure's contact stands in
// the sentence toks[i] opens as gladI tells, or -1.
func (d *doc) gladOpening(i int) int {
	t := &d.toks[i]
	if i > 0 && d.toks[i-1].sent == t.sent {
		return -1
	}
	if t.fold != "it" && !(t.cap && d.lx.gladToBe[t.fold]) {
		return -1
	}
	for k := i + 1; k+1 < len(d.toks) && k <= i+12 && d.toks[k].sent == t.sent; k++ {
		if d.toks[k].text == "," || d.inMention(k) {
			return -1
		}
		if d.toks[k].fold == "to" && d.lx.gladContactVerbs[d.toks[k+1].fold] {
			if d.gladInfinitive(k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// gladHeld reports whether the "to" at toks[k] is the contact of a
// pleasure opening its sentence (gladOpening): no plan. A pleasure
// reported later in a sentence ("A said it was a pleasure to meet with
// B") may retell a meeting of another day, and stays as it was.
func (d *doc) gladHeld(k int) bool {
	if gladTo(d.toks, k) {
		return true
	}
	i := k
	for i > 0 && d.toks[i-1].sent == d.toks[k].sent {
		i--
	}
	return d.gladOpening(i) == k
}

// openerLowerOffice returns the title written in lower case that "the"
// makes the subject of contact tr after an opening phrase naming no one:
// "Later in the day, the foreign minister met A, B and C", "On Friday,
// the external affairs minister held talks with A". An opening phrase is
// set off by the first comma of the sentence, within eight words, as for
// "In Kuala Lumpur, he met A" (pronounSubject); the title ends at the
// verb or an adverb before it, not "of" ("the minister of C"). -1 if
// none.
func (d *doc) openerLowerOffice(from int, tr trigger) int {
	for k := from + 1; k+2 < tr.i && k < from+8; k++ {
		if d.toks[k].text != "," {
			continue
		}
		the := k + 1
		if d.toks[the].fold != "the" || d.toks[the].text != "the" || d.at[the+1] != 0 || d.personIn(from, k) {
			return -1
		}
		id, j := d.lowerTitle(the + 1)
		if id < 0 || j > tr.i || d.toks[j].fold == "of" {
			return -1
		}
		// Only adverbs between the title and the contact ("also", "later").
		for q := j; q < tr.i; q++ {
			if !d.toks[q].word || d.toks[q].cap || !d.lx.sequenceOpeners[d.toks[q].fold] && d.toks[q].fold != "also" {
				return -1
			}
		}
		return id
	}
	return -1
}
