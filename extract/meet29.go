package extract

import (
	"slices"

	"github.com/accordhq/accord"
)

// Who is no side of a meeting (session 29, from meeting reports of many
// outlets): officials set off after the subject by ", along with", and the
// persons of an earlier contact the sentence says the meeting follows on.

// alongWithSubject reports whether mention m, before contact phrase tr, is
// set off after the subject by ", along with … ," (or another of
// subject_companions: ", together with … ,", ", alongside … ,"): "Defence Minister A,
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
		// (", together with", ", alongside": subject_companions.)
		st := d.companionWordsEndAt(k)
		if st < 0 {
			continue
		}
		if d.toks[st-1].text != "," {
			return false
		}
		subj, si := -1, -1
		for n := range d.mentions {
			if x := d.mentions[n]; x.j == st-1 && x.person >= 0 {
				subj, si = x.person, x.i
			}
		}
		if subj < 0 || subj == m.person || d.asideShared(si, st, tr.i, subj) {
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
	return d.openerBefore(tr, m, d.lx.recallOpeners)
}

// openerBefore reports whether one of openers stands between the end of
// contact phrase tr and mention m, in tr's sentence.
func (d *doc) openerBefore(tr trigger, m *pmention, openers [][]string) bool {
	if m.i < tr.j || d.toks[m.i].sent != d.toks[tr.i].sent {
		return false
	}
	for k := tr.j; k < m.i; k++ {
		for _, w := range openers {
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

// metOneByOne reports whether the three or more persons of pair were met one
// by one in the contacts told in earlier sentences than sent: held bilaterals, each of two of them,
// that together name them all ("held bilateral meetings with A, B and C").
func metOneByOne(held []eng, pair []int, sent int) bool {
	if len(pair) < 3 {
		return false
	}
	seen := map[int]bool{}
	n := 0
	for _, h := range held {
		if len(h.persons) == 2 && h.sent < sent && subset(h.persons, pair) {
			n++
			seen[h.persons[0]], seen[h.persons[1]] = true, true
		}
	}
	return n >= 2 && len(seen) == len(pair)
}

// counterpartFromNamed reads the name a counterpart of one country is given
// in apposition: "also met his counterpart from Bosnia and Herzegovina, A
// and discussed …". The name, two to four capitalised words, is a person of
// that country whatever the name list knows (counterpartsNamed reads the
// plural).
func (d *doc) counterpartFromNamed() {
	for k := 1; k+3 < len(d.toks); k++ {
		if d.toks[k].fold != "counterpart" || d.toks[k+1].fold != "from" {
			continue
		}
		sent := d.toks[k].sent
		codes, q := d.countryList(k+2, sent)
		if len(codes) != 1 || q+1 >= len(d.toks) || d.toks[q].text != "," {
			continue
		}
		d.nameOfCountry(q+1, sent, codes[0], true)
	}
}

// possessiveCountryNames reads the names after a country's possessive in
// the list a contact's "with" opens: "held bilateral meetings with
// Bahrain's A and Bangladesh's B". Each name, two to four capitalised words
// no title or organisation covers, is a person of its country.
func (d *doc) possessiveCountryNames() {
	for k := 1; k+3 < len(d.toks); k++ {
		sp, ok := d.spanAt(k)
		if !ok || sp.kind != kCountry || sp.j+1 >= len(d.toks) {
			continue
		}
		if t := d.toks[sp.j].text; t != "'s" && t != "’s" {
			continue
		}

		sent := d.toks[k].sent
		// In a list after "with": "with A's B", "with C's D and A's B".
		if !d.inWithList(k, sent) {
			continue
		}
		d.nameOfCountry(sp.j+1, sent, sp.e.code, false)
	}
}

// inWithList reports whether toks[k] stands in a list "with" opens in its
// sentence: "with" right before, or names and countries joined by commas
// and "and" back to it.
func (d *doc) inWithList(k, sent int) bool {
	for q := k - 1; q >= 0 && q >= k-16 && d.toks[q].sent == sent; q-- {
		switch f := d.toks[q].fold; {
		case f == "with":
			return true
		case f == "and" || d.toks[q].text == "," || d.toks[q].text == "'s" || d.toks[q].text == "’s" || d.toks[q].cap || d.lx.particles[f] || d.inPersonMention(q):
		default:
			return false
		}
	}
	return false
}

// nameOfCountry adds the person whose name, two to four capitalised words
// that no title, place or organisation covers, opens at toks[p], of
// country code.
func (d *doc) nameOfCountry(p, sent int, code string, counterpart bool) {
	if p >= len(d.toks) || d.toks[p].sent != sent || d.mentionAt(p) != nil {
		return
	}
	e := p
	for e < len(d.toks) && e-p < 4 && d.toks[e].sent == sent && d.toks[e].word && d.toks[e].cap && !d.covered[e] && !d.inSpan(e) {
		e++
	}
	// A longer proper noun runs on ("Kurdistan Regional Government",
	// "National Security Secretariat"): an organisation, no name.
	if e-p < 2 || e < len(d.toks) && d.toks[e].sent == sent && d.toks[e].cap {
		return
	}
	for q := p; q < e; q++ {
		if d.lx.inst[d.toks[q].fold] {
			return
		}
	}
	d.addMention(&pmention{i: p, j: e, ni: p, nj: e, title: -1, country: code, counterpart: counterpart})
}

// inPersonMention reports whether toks[q] is inside a person's mention
// name ("bin" in "Khalid bin Salman Al Khalifa"; not the "of Iraq" after
// one).
func (d *doc) inPersonMention(q int) bool {
	for _, m := range d.mentions {
		if m.ni <= q && q < m.nj {
			return true
		}
	}
	return false
}

// fewRetold reports whether fewer than half the contacts of the list
// overview ov (officeContacts' split) are told again by another report:
// "held separate meetings with his counterparts from A, B and C … also met
// his counterpart from B, X" retells one (another list counts for none),
// and the list is no trip summary
// to drop whole.
func (d *doc) fewRetold(held []eng, ov int) bool {
	n, retold := 0, 0
	for _, c := range held {
		if c.overview != ov {
			continue
		}
		n++
		for _, h := range held {
			if h.overview == 0 && sameClass(h.typ, c.typ) && overlap(h.persons, c.persons[:1]) && d.namesSide(h, c) {
				retold++
				break
			}
		}
	}
	return 2*retold < n
}

// passiveAfterAnd drops from ps, the persons read for the passive contact
// phrase tr coordinated after contact phrase prev ("A had an audience with
// B on March 22 and was hosted to lunch by C"), those named only between
// the two phrases: B is the first verb's object; A (the shared subject) and
// C (the agent) are the lunch's sides.
func (d *doc) passiveAfterAnd(prev, tr trigger, ps []int) []int {
	if tr.i < 2 || prev.j > tr.i || tr.j < 1 || d.toks[tr.j-1].fold != "by" {
		return ps
	}
	if f := d.toks[tr.i-1].fold; (f != "was" && f != "were") || d.toks[tr.i-2].fold != "and" {
		return ps
	}
	between := func(p int) bool {
		in := false
		for _, m := range d.mentions {
			if m.person != p || m.sent != tr.sent {
				continue
			}
			if m.i < prev.j || m.i >= tr.i {
				return false
			}
			in = true
		}
		return in
	}
	out := slices.DeleteFunc(slices.Clone(ps), between)
	if len(out) < 2 {
		return ps
	}
	return out
}
