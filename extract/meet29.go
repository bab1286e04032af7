package extract

import "github.com/accordhq/accord"

// Who is no side of a meeting (session 29, from meeting reports of many
// outlets): officials set off after the subject by ", along with", and the
// persons of an earlier contact the sentence says the meeting follows on.

// alongWithSubject reports whether mention m, before contact phrase tr, is
// set off after the subject by ", along with … ,": "Defence Minister A,
// along with Defence Secretary B and a high-level delegation, held a meeting
// with C". B, of lower rank than A, goes with A, as one "accompanied by"
// does. One of a leader's rank ("Commission President A, along with Council
// President B, met C") or of another country ("A, along with his Japanese
// counterpart B, met C") stays a side.
func (d *doc) alongWithSubject(tr trigger, m *pmention) bool {
	if m.person < 0 || m.j > tr.i || m.counterpart {
		return false
	}
	s := d.toks[m.i].sent
	for k := m.i - 1; k >= 2 && k >= m.i-12 && d.toks[k].sent == s; k-- {
		if d.toks[k].fold != "with" || d.toks[k-1].fold != "along" {
			continue
		}
		if d.toks[k-2].text != "," {
			return false
		}
		subj := -1
		for n := range d.mentions {
			if x := d.mentions[n]; x.j == k-2 && x.person >= 0 {
				subj = x.person
			}
		}
		if subj < 0 || subj == m.person {
			return false
		}
		// The aside closes with a comma before the verb.
		closed := false
		for q := m.j; q < tr.i; q++ {
			if d.toks[q].text == "," {
				closed = true
				break
			}
		}
		c, sc := d.persons[m.person].country, d.persons[subj].country
		// (A minister's "Defence Secretary" may be a civil servant: below
		// the leaders, one of the subject's level goes with them too.)
		r, sr := d.lx.levelRank[d.persons[m.person].level], d.lx.levelRank[d.persons[subj].level]
		lower := r < sr || r == sr && sr < d.lx.levelRank[accord.LevelHeadOfGovernment]
		return closed && lower && (c == "" || sc == "" || c == sc)
	}
	return false
}

// recalledAfter reports whether mention m stands after a recall opener that
// follows contact phrase tr in its sentence: "Thursday's meeting … was a
// follow-up of the conversation President A had with his American
// counterpart B in Washington last month". A and B are of that earlier
// conversation, not sides of the day's meeting.
func (d *doc) recalledAfter(tr trigger, m *pmention) bool {
	if d.recalledPhrase(tr) {
		return true
	}
	if m.i < tr.j || d.toks[m.i].sent != d.toks[tr.i].sent {
		return false
	}
	for k := tr.j; k < m.i; k++ {
		for _, w := range d.lx.recallOpeners {
			if d.wordsAt(k, m.i, w) {
				return true
			}
		}
	}
	return false
}

// recalledPhrase reports whether contact phrase tr is itself the earlier
// contact a recall opener names ("a follow-up of the conversation A had
// with B"): the opener stands a few words before it, no comma between
// ("Following up on the call, A met B" is the day's meeting).
func (d *doc) recalledPhrase(tr trigger) bool {
	s := d.toks[tr.i].sent
	for k := tr.i - 1; k >= 0 && k >= tr.i-10 && d.toks[k].sent == s; k-- {
		if d.toks[k].text == "," || d.toks[k].text == ";" {
			return false
		}
		for _, w := range d.lx.recallOpeners {
			if k+len(w) <= tr.i && d.wordsAt(k, tr.i, w) {
				return true
			}
		}
	}
	return false
}
