package extract

import "slices"

// maxOfficeLabelWords bounds a speaker label that gives the speaker's office
// after the name: "JACINDA ARDERN, PRIME MINISTER OF NEW ZEALAND:".
const maxOfficeLabelWords = 10

// labelEnd returns the index of the colon that closes a speaker's label
// opening toks[from:to], or -1. A label is capitalised words ("PRESIDENT
// A:", "Vladimir Putin:"), or a name, a comma and the speaker's office in
// capitals ("ANTHONY ALBANESE, PRIME MINISTER:"), as the transcripts of
// several leaders' offices write them. A colon between digits is a time or
// a ratio ("5:05"), not a label's.
func (d *doc) labelEnd(from, to int) int {
	k, words, comma := from, 0, false
	for k < to && d.toks[k].word && (d.toks[k].upper || d.toks[k].cap) && words < maxOfficeLabelWords {
		k++
		words++
		// "NAME, OFFICE": one comma, then the office in capitals.
		if !comma && words <= 4 && k+1 < to && d.toks[k].text == "," && d.toks[k+1].upper {
			comma = true
			k++
		}
	}
	if k == from || k >= to || d.toks[k].text != ":" || k+1 < to && d.toks[k+1].start == d.toks[k].end {
		return -1
	}
	if !comma && words > maxLabelWords {
		return -1
	}
	if comma {
		// The office after the comma is in capitals throughout.
		for i := from; i < k; i++ {
			if d.toks[i].text == "," {
				for j := i + 1; j < k; j++ {
					if !d.toks[j].upper && d.toks[j].fold != "of" {
						return -1
					}
				}
				break
			}
		}
	}
	return k
}

// turnPersons returns, for each sentence of a transcript, the person whose
// turn it is: the person the last speaker's label names, or, for a label
// that is only an office on that government's own site ("PRIME
// MINISTER:"), the person of its country who spoke under a named label or,
// failing that, its one leader the text names. A journalist's or
// moderator's turn, and the text before the first label, have none (-1).
// A text with no label has no turns (nil).
func (d *doc) turnPersons(h home) []int {
	var out []int
	cur, labels := -1, 0
	var home []int // persons of the home country with named labels
	for s := range d.sents {
		from, to := d.sentToks(s)
		if from < to {
			if k := d.labelEnd(from, to); k >= 0 {
				labels++
				cur = -1
				for _, m := range d.mentions {
					if m.sent == s && m.i >= from && m.j <= k && m.person >= 0 {
						cur = m.person
						if h.country != "" && d.persons[cur].country == h.country {
							home = appendInt(home, cur)
						}
						break
					}
				}
				if cur < 0 && h.government && h.country != "" && d.onlyTitle(from, k) {
					cur = d.homeLabel(h, home)
				}
			}
		}
		if out == nil && labels > 0 {
			out = make([]int, len(d.sents))
			for i := range out {
				out[i] = -1
			}
		}
		if out != nil {
			out[s] = cur
		}
	}
	return out
}

// homeLabel is the person behind an office-only label on a government's
// own site: the one home speaker named in another label, else the one
// leader of that country the text names.
func (d *doc) homeLabel(h home, named []int) int {
	if len(named) == 1 {
		return named[0]
	}
	if len(named) > 1 {
		return -1
	}
	found := -1
	for p := range d.persons {
		if d.persons[p].country == h.country && d.leader(p) && !d.former(p) {
			if found >= 0 {
				return -1
			}
			found = p
		}
	}
	return found
}

// turnSides returns the first speakers of the first two countries a
// transcript's turns give, or nil: the sides of the occasion it records.
func turnSides(d *doc, turns []int) []int {
	var out []int
	for _, p := range turns {
		if p < 0 || d.persons[p].country == "" || slices.Contains(out, p) {
			continue
		}
		if len(out) == 1 && d.persons[out[0]].country == d.persons[p].country {
			continue
		}
		out = append(out, p)
		if len(out) == 2 {
			return out
		}
	}
	return nil
}

// turnsOfSeveral reports whether a transcript's labels name two or more
// persons: "I" is then whoever's turn it is, not one principal.
func turnsOfSeveral(turns []int) bool {
	first := -1
	for _, p := range turns {
		if p >= 0 && first >= 0 && p != first {
			return true
		}
		if p >= 0 && first < 0 {
			first = p
		}
	}
	return false
}

// attachTurnI reads each "I" of a transcript of several speakers as the
// speaker of its turn: "JULIE BISHOP: … I was delighted to accept your
// invitation". An "I" in a turn of no known person (a journalist's) and
// quoted words stay unread.
func (d *doc) attachTurnI(turns []int) bool {
	added := false
	for i, t := range d.toks {
		if t.text != "I" || d.covered[i] || i+1 >= len(d.toks) || turns[t.sent] < 0 {
			continue
		}
		next := d.toks[i+1]
		contraction := next.fold == "'m" || next.fold == "'ve" || next.fold == "'ll" || next.fold == "'d"
		if next.sent != t.sent || !contraction && (!next.word || next.cap) {
			continue // "World War I", "Phase I."
		}
		if i > 0 && d.toks[i-1].word && d.toks[i-1].cap && d.toks[i-1].sent == t.sent {
			continue // "Title I"
		}
		d.attach(&pmention{i: i, j: i + 1, ni: i, nj: i + 1, name: "I", title: -1, sent: t.sent, person: -1}, turns[t.sent])
		added = true
	}
	return added
}

// semicolonItem narrows the stretch toks[from:to] whose persons take part
// in a contact to its item of a list of subjects separated by semicolons
// ("Meeting with Prime Minister A; NATO Summit; President B"), as
// transcripts head their topics: the persons of the other items are other
// subjects.
func (d *doc) semicolonItem(tr trigger, from, to int) (int, int) {
	for k := tr.i - 1; k >= from; k-- {
		if d.toks[k].text == ";" {
			from = k + 1
			break
		}
	}
	for k := tr.j; k < to; k++ {
		if d.toks[k].text == ";" {
			to = k
			break
		}
	}
	return from, to
}

// firstTurn returns the first speaker a transcript's turns name, or -1.
func firstTurn(turns []int) int {
	for _, p := range turns {
		if p >= 0 {
			return p
		}
	}
	return -1
}
