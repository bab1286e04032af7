package extract

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// maxOfficeLabelWords bounds a speaker label that gives the speaker's office
// after the name: "JACINDA ARDERN, PRIME MINISTER OF NEW ZEALAND:"; a
// formal one runs to 12 words: "THE HON A B, ACTING PRIME MINISTER OF THE
// REPUBLIC OF C:" (an honorific, a name, an acting office of a republic).
const maxOfficeLabelWords = 13

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
	if k < to && d.toks[k].text != ":" {
		return d.parenLabelEnd(from, to)
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
	// The labels first (most texts have none), then their persons in one
	// pass over the mentions.
	var labelAt map[int]int // sentence → its label's colon
	for s := range d.sents {
		from, to := d.sentToks(s)
		// A label opens with a capitalised word: most sentences fail at
		// once.
		if from < to && (d.toks[from].cap || d.toks[from].upper) {
			if k := d.labelEnd(from, to); k >= 0 {
				if labelAt == nil {
					labelAt = map[int]int{}
				}
				labelAt[s] = k
			}
		}
	}
	if len(labelAt) == 0 {
		return nil
	}
	named := make(map[int]int, len(labelAt)) // sentence → the person its label names
	for _, m := range d.mentions {
		k, ok := labelAt[m.sent]
		if !ok || m.person < 0 || m.j > k {
			continue
		}
		if from, _ := d.sentToks(m.sent); m.i < from {
			continue
		}
		if _, seen := named[m.sent]; !seen {
			named[m.sent] = m.person
		}
	}
	out := make([]int, len(d.sents))
	cur := -1
	var home []int // persons of the home country with named labels
	for s := range d.sents {
		if k, ok := labelAt[s]; ok {
			cur = -1
			if p, ok := named[s]; ok {
				cur = p
				d.bracketLabelCountry(s, k, p)
				if h.country != "" && d.persons[cur].country == h.country {
					home = appendInt(home, cur)
				}
			} else if from, _ := d.sentToks(s); h.government && h.country != "" && d.onlyTitle(from, k) {
				cur = d.homeLabel(h, home)
				if cur < 0 && len(home) == 0 {
					cur = d.leaderLabel(h, from, k) // label32.go
				}
			} else if p := d.officeLabelPerson(from, k); p >= 0 {
				cur = p
			} else if p := d.surnameLabelPerson(from, k); p >= 0 {
				cur = p // label33.go
			}
		}
		out[s] = cur
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
		// (A leader the text recalls, out of office on the day, is not
		// the label's speaker: pastleader34.go.)
		if d.persons[p].country == h.country && d.leader(p) && !d.former(p) && !d.pastHomeLeader(p, h.country) {
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
	for i := range d.toks {
		t := &d.toks[i]
		if uncontracted(t.text) != "I" || d.covered[i] || i+1 >= len(d.toks) || turns[t.sent] < 0 {
			continue
		}
		next := d.toks[i+1]
		contraction := t.text != "I"
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

// firstLabel returns the sentence of a transcript's first speaker label
// that names a person.
func firstLabel(turns []int) int {
	for s, p := range turns {
		if p >= 0 {
			return s
		}
	}
	return len(turns)
}

// semicolonItem narrows the stretch toks[from:to] whose persons take part
// in a contact to its item of a list of subjects separated by semicolons
// ("Meeting with Prime Minister A; NATO Summit; President B"), as
// transcripts head their topics before the first speaker's label: the
// persons of the other items are other subjects. (In prose a semicolon
// list is one contact's: "held meetings with A; B; and C".)
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

// openingSents is how many sentences of a transcript's first turn open it:
// the welcome of a guest comes after a thanks or two.
const openingSents = 3

// progressiveTo reports whether the "to" at toks[k] opens a progressive
// infinitive of the contact phrase tr: "delighted to welcome A, to be
// meeting with her here today" tells what is under way, not a plan. A plan
// has its own cue ("going to be meeting", "will").
func progressiveTo(toks []token, k int, tr trigger) bool {
	return k+2 == tr.i && toks[k+1].fold == "be" && strings.HasSuffix(toks[tr.i].fold, "ing")
}

// uncontracted returns the pronoun of a contraction, as the tokenizer keeps
// it one word: "I'm", "I’ve", "we're" are "I", "I", "we"; other words are
// themselves. Speech, and so transcripts, is full of them.
func uncontracted(w string) string {
	if w == "" || w[0] != 'I' && w[0] != 'w' && w[0] != 'W' {
		return w // the common case, at once
	}
	if k := strings.IndexAny(w, "'’"); k > 0 {
		switch w[:k] {
		case "I", "we", "We":
			return w[:k]
		}
	}
	return w
}

// recordDate returns the day a transcript records, from its record line
// before the first speaker's label: a date with the clock time the words
// were spoken ("June 20, 2014, 11:51 A.M. EDT"), which a release of days
// later ("For Immediate Release June 23, 2014") keeps. Only a day within
// the month before publication counts; nil when there is none.
func (d *doc) recordDate() *dateExpr {
	if d.pub.IsZero() {
		return nil
	}
	for s := 0; s < len(d.sents) && s < recordSents; s++ {
		from, to := d.sentToks(s)
		if from >= to || d.labelEnd(from, to) >= 0 {
			return nil // the turns begin
		}
		if !d.clockIn(from, to) {
			continue
		}
		ds := d.lx.dates(d.toks, from, to, d.pub)
		for k := range ds {
			de := ds[k]
			if de.prec != precDay || de.t.After(d.pub) || de.t.Before(d.pub.AddDate(0, 0, -31)) {
				continue
			}
			i := de.end
			if i < to && d.toks[i].text == "," {
				i++
			}
			if i+2 < to && d.clockAt(i) {
				return &de
			}
		}
	}
	return nil
}

// recordSents bounds the heading lines of a transcript, where its record
// line stands.
const recordSents = 12

// spokenMeeting is the contact a transcript records whose headline names
// no occasion ("Remarks in the Oval Office", "Remarks – Washington"): two
// office holders of two countries (and no third) who speak in turns are
// together, in a meeting, on the day its record line gives or else of
// publication.
func (d *doc) spokenMeeting(turns []int, rd *dateExpr, dateline accord.PlaceRef) (eng, bool) {
	sides := turnSides(d, turns)
	if sides == nil || d.pub.IsZero() {
		return eng{}, false
	}
	// Speakers of three countries or more: a gathering, not two sides.
	var cs []string
	for _, p := range turns {
		if p >= 0 && d.persons[p].country != "" {
			cs = appendStr(cs, d.persons[p].country)
		}
	}
	if len(cs) > 2 {
		return eng{}, false
	}
	for _, p := range sides {
		if d.persons[p].level == "" || d.former(p) {
			return eng{}, false
		}
	}
	e := eng{typ: accord.Meeting, status: accord.StatusHeld, persons: sides, fromTitle: true, place: dateline, sent: d.firstSentenceWith(sides)}
	if rd != nil {
		e.date = rd.format()
	} else {
		e.date, e.datePub = d.pub.Format("2006-01-02"), true
	}
	return e, true
}

// delegationSubject reports whether the clause before a contact phrase at
// toks[i] has a visiting party for its subject: "the delegation met with".
func (d *doc) delegationSubject(from, i int) bool {
	for k := i - 1; k >= from && k >= i-3; k-- {
		if d.lx.is(&d.toks[k], fDelegation) {
			return true
		}
	}
	return false
}

// visitorOf returns the lead person who heads a delegation calling on
// hosts: the first principal, not a host, of a country none of the hosts
// is of, or of no known country when the hosts are of one ("Senator A
// (R-ND) visited Taiwan").
func (d *doc) visitorOf(principals, hosts []int) []int {
	var hc []string
	for _, h := range hosts {
		if c := d.persons[h].country; c != "" {
			hc = appendStr(hc, c)
		}
	}
	if len(hc) == 0 {
		return nil
	}
	for _, p := range principals {
		c := d.persons[p].country
		if slices.Contains(hosts, p) || c == "" && len(hc) != 1 || slices.Contains(hc, c) {
			continue
		}
		return []int{p}
	}
	return nil
}

// clockAt reports whether a clock time starts at toks[i]: "11:51", digits,
// a colon and digits, written together.
func (d *doc) clockAt(i int) bool {
	return i+2 < len(d.toks) && d.toks[i].num && d.toks[i+1].text == ":" && d.toks[i+2].num && d.toks[i+1].start == d.toks[i].end && d.toks[i+2].start == d.toks[i+1].end
}

// clockIn reports whether toks[from:to] holds a clock time.
func (d *doc) clockIn(from, to int) bool {
	for k := from; k+2 < to; k++ {
		if d.clockAt(k) {
			return true
		}
	}
	return false
}
