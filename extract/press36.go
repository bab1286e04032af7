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
			if d.lx.future[d.toks[q].fold] || d.lx.negations[d.toks[q].fold] {
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
