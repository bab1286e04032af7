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
	if gladTo(d.toks, k) || d.lx.gladToBe[d.toks[k-1].fold] {
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
	t := &d.toks[i]
	if quoted[t.sent] || d.covered[i] || i > 0 && d.toks[i-1].sent == t.sent {
		return false
	}
	if t.fold != "it" && !(t.cap && d.lx.gladToBe[t.fold]) {
		return false
	}
	for k := i + 1; k+1 < len(d.toks) && k <= i+12 && d.toks[k].sent == t.sent; k++ {
		if d.toks[k].text == "," || d.inMention(k) {
			return false
		}
		if d.toks[k].fold == "to" && d.lx.gladContactVerbs[d.toks[k+1].fold] {
			return d.gladInfinitive(k)
		}
	}
	return false
}
