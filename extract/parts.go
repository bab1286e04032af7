package extract

import (
	"slices"
	"strings"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

// partsLex is data/parts.json compiled: the protocol phrases that list
// those present at a contact besides its principals.
type partsLex struct {
	attendance [][]string // folded words, "*" for any one word
	// byFirst holds the attendance phrases by their first word, each list
	// in attendance's order: a word is compared with its own phrases only.
	byFirst    map[string][][]string
	subjectAtt [][]string // subject_attendance, folded
	attNouns   set        // attended_nouns
	first      set        // the first words of attendance (none is "*")
	clauseEnds set
	facilities set
	companions [][]string        // subject_companions, folded
	trailing   [][]string        // trailing_attendance, folded
	generic    map[string]bool   // generic_offices (titles.json offices)
	portfolio  map[string]string // peer_offices: an office to its group's first
}

func buildParts(abbr map[string]bool) (*partsLex, error) {
	p, err := knowledge.LoadParts()
	if err != nil {
		return nil, accord.Errorf(accord.EINTERNAL, "%v", err)
	}
	out := &partsLex{clauseEnds: newSet(p.ClauseEnds), facilities: newSet(p.Facilities), generic: map[string]bool{}}
	for _, o := range p.GenericOffices {
		out.generic[o] = true
	}
	out.portfolio = map[string]string{}
	for _, g := range p.PeerOffices {
		for _, o := range g {
			out.portfolio[o] = g[0]
		}
	}
	var first []string
	for _, l := range p.Attendance {
		var ws []string
		for _, t := range tokenize(l, abbr) {
			ws = append(ws, t.fold)
		}
		if len(ws) == 0 || ws[0] == "*" {
			return nil, accord.Errorf(accord.EINTERNAL, "knowledge: data/parts.json: attendance phrase %q must start with a word", l)
		}
		out.attendance = append(out.attendance, ws)
		if out.byFirst == nil {
			out.byFirst = map[string][][]string{}
		}
		out.byFirst[ws[0]] = append(out.byFirst[ws[0]], ws)
		first = append(first, ws[0])
	}
	for _, l := range p.SubjectAttendance {
		var ws []string
		for _, t := range tokenize(l, abbr) {
			ws = append(ws, t.fold)
		}
		if len(ws) == 0 {
			continue
		}
		out.subjectAtt = append(out.subjectAtt, ws)
		first = append(first, ws[0])
	}
	out.companions = foldPhrases(p.SubjectCompanions)
	out.trailing = foldPhrases(p.TrailingAttendance)
	for _, w := range out.trailing {
		first = append(first, w[0])
	}
	out.attNouns = newSet(p.AttendedNouns)
	out.first = newSet(first)
	return out, nil
}

// attendanceAt returns the end of an attendance phrase starting at token k,
// or -1: "attended by", "on the Russian side".
func (d *doc) attendanceAt(k, to int) int {
	if !d.lx.is(&d.toks[k], fPartsFirst) {
		return -1 // most words open no phrase: one look-up
	}
	for _, l := range d.lx.parts.byFirst[d.toks[k].fold] {
		if k+len(l) > to {
			continue
		}
		ok := true
		for n, w := range l {
			if ok = w == "*" && d.toks[k+n].word || d.toks[k+n].fold == w; !ok {
				break
			}
		}
		if ok {
			return k + len(l)
		}
	}
	return -1
}

// attendees marks the tokens of the lists that attendance phrases open: "the
// meeting was attended by A, B and C", "A, accompanied by B, met C" (B
// only), "On the Russian side, taking part in the talks were A and B; the
// Chinese side was represented by C". A list runs to the clause's verb or
// the sentence's end.
func (d *doc) attendees() []bool {
	var in []bool
	for s := range d.sents {
		from, to := d.sentToks(s)
		for k := from; k < to; k++ {
			// Each phrase below opens with a word of parts.first: most
			// words are asked no further.
			if !d.lx.is(&d.toks[k], fPartsFirst) {
				continue
			}
			if d.attendingSubject(k, from, to) {
				if in == nil {
					in = make([]bool, len(d.toks))
				}
				for q := from; q < k; q++ {
					in[q] = true
				}
			}
			if w := d.trailingWithList(k, from, to); w >= 0 {
				if in == nil {
					in = make([]bool, len(d.toks))
				}
				for q := w; q < k; q++ {
					in[q] = true
				}
			}
			end := d.attendanceAt(k, to)
			if end < 0 {
				continue
			}
			if in == nil {
				in = make([]bool, len(d.toks))
			}
			for k = end; k < to; k++ {
				t := d.toks[k]
				if t.text == ";" || t.word && !t.cap && d.lx.parts.clauseEnds[t.fold] {
					break
				}
				in[k] = true
			}
		}
	}
	return in
}

// principalsOnly drops from a contact the persons who were only present at
// it: those a sentence names after an attendance phrase, and nowhere as a
// side of the contact (its own sentence, the headline). The contact keeps
// its sides: it drops them only when two persons of two countries remain,
// or when the one remaining meets the person who speaks for the attendees'
// side ("Meeting with Minister A" on the Kremlin's site, "On the Russian
// side, the meeting was attended by B and C", the President's remarks). A
// delegation's members named as those attending ("hosted a banquet for a
// delegation … Attended by delegation leader A") are its sides, and stay.
func (d *doc) principalsOnly(held []eng, title *doc, principals []int) {
	in := d.attendees()
	d.signersOnly(held, in)
	if in == nil {
		return
	}
	var named []int // the headline's persons
	if title != nil {
		for _, m := range title.mentions {
			if m.person >= 0 {
				if pi := d.personLike(title.persons[m.person]); pi >= 0 {
					named = appendInt(named, pi)
				}
			}
		}
	}
	for k := range held {
		e := &held[k]
		if e.typ == accord.Summit || e.typ == accord.Signing || e.typ == accord.Visit || len(e.persons) < 2 {
			continue
		}
		// "A and B also attended the meeting": those present at a contact
		// told already; the sentence tells none of its own.
		if d.subjectAttendance(e.sent) {
			e.suite = true
			continue
		}
		var keep, drop []int
		for _, p := range e.persons {
			if d.onlyAttending(p, e.sent, in) && (!slices.Contains(named, p) || d.namedCompanion(p, e.persons)) {
				drop = append(drop, p)
			} else {
				keep = append(keep, p)
			}
		}
		if len(drop) == 0 {
			continue
		}
		if len(keep) >= 2 && d.countryCount(keep) >= 2 {
			e.persons = keep
			continue
		}
		// "This came as the UAE top diplomat received his Saudi
		// counterpart. Attending the meeting were A, B and C": every person
		// read is one present; the sides are the lead's two principals,
		// when neither of them is one present.
		if len(keep) == 0 && len(principals) == 2 && !slices.ContainsFunc(principals, func(p int) bool { return slices.Contains(drop, p) }) {
			e.persons, e.codes, e.guessed = slices.Clone(principals), nil, false
			continue
		}
		if len(keep) <= 1 {
			if lead, guest := d.attendeesSides(e, title, keep, drop); lead >= 0 {
				e.persons, e.codes, e.guessed = []int{lead}, []string{guest}, false
				continue
			}
		}
		// Only one side, its suite with or without its leader ("began
		// the day meeting businesspersons at a breakfast … The breakfast
		// meeting was also attended by A, B and C"), no other side
		// named: no engagement of its own.
		// (All of one known country: one of no country read may be the
		// other side's, "the representatives from the U.S. side were A
		// and B".)
		if all := append(slices.Clone(keep), drop...); len(keep) <= 1 && len(e.codes) == 0 && d.countryCount(all) == 1 && !slices.ContainsFunc(all, func(p int) bool { return d.persons[p].country == "" }) {
			e.suite = true
			continue
		}
		if len(keep) == 1 {
			if lead := d.sideSpeaker(keep[0], drop, in); lead >= 0 {
				e.persons = []int{lead, keep[0]}
				e.guessed = false
			}
		}
	}
}

// onlyAttending reports whether person p is named after an attendance
// phrase and not in sentence s, the contact's own.
func (d *doc) onlyAttending(p, s int, in []bool) bool {
	att := false
	for _, m := range d.mentions {
		if m.person != p {
			continue
		}
		if m.sent == s && !in[m.ni] {
			return false
		}
		att = att || in[m.ni]
	}
	return att
}

// sideSpeaker finds, for a contact of guest with only attendees on the other
// side, the person who leads that side: a transcript's speaker of the
// attendees' country who is none of them.
func (d *doc) sideSpeaker(guest int, drop []int, in []bool) int {
	// The attendees' country, where their titles give one: "Foreign
	// Minister A" may have none, "On the Russian side" says which side.
	c := ""
	for _, p := range drop {
		if pc := d.persons[p].country; pc != "" && c != "" && pc != c {
			return -1
		} else if pc != "" {
			c = pc
		}
	}
	gc := d.persons[guest].country
	if c == gc && c != "" {
		return -1
	}
	for _, m := range d.mentions {
		if m.person >= 0 && !slices.Contains(drop, m.person) && m.person != guest && d.sideOf(m.person, c, gc) && d.speakerLabel(m) {
			return m.person
		}
	}
	return -1
}

// sideOf reports whether person p can speak for the attendees' side: of
// their country, or, where it is not known, of another than the guest's.
func (d *doc) sideOf(p int, c, guest string) bool {
	pc := d.persons[p].country
	if c != "" {
		return pc == c
	}
	return pc != "" && pc != guest
}

// speakerLabel reports whether m names the speaker of a transcript's turn:
// "President of Russia Vladimir Putin: Mr Minister, …".
func (d *doc) speakerLabel(m *pmention) bool {
	from, to := d.sentToks(m.sent)
	if m.i > from+1 || m.j >= to {
		// "Foreign Minister of A (Mr. B C):": the name after the office.
		return m.j < to && (d.toks[from].cap || d.toks[from].upper) && d.parenLabelEnd(from, to) > m.j
	}
	// "ANTHONY ALBANESE, PRIME MINISTER:": the name, then the office.
	return d.toks[m.j].text == ":" || d.toks[m.j].text == "," && d.labelEnd(from, to) > m.j
}

// turnSpeaker reports whether m names the speaker of a transcript's turn in
// either style: "President of Russia Vladimir Putin: …", or a sentence of
// the name alone, "President Trump. Thank you."
func (d *doc) turnSpeaker(m *pmention) bool {
	if d.speakerLabel(m) {
		return true
	}
	from, to := d.sentToks(m.sent)
	return m.i == from && m.j == to-1 && d.toks[m.j].text == "."
}

// otherSpeaker finds the transcript's speaker of another country than the
// guest the headline names: "Remarks Prior to a Meeting With President A"
// over the turns of A and of the President who meets A.
func (d *doc) otherSpeaker(guest int) int {
	gc := d.persons[guest].country
	if gc == "" {
		return -1
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.person != guest && d.persons[m.person].country != "" && d.persons[m.person].country != gc && d.turnSpeaker(m) {
			return m.person
		}
	}
	return -1
}

// speakerAndGuest are the sides of a headline's press occasion that names
// no one ("Press conference - Sydney"): the transcript's first speaker and
// a speaker of another country, or the guest the first speaker welcomes in
// the opening ("delighted to host Prime Minister A here"); where the
// headline says the occasion is joint ("Press Statements"), the first
// person of another country the lead names. A leader's own press
// conference, recalling a meeting, has no guest.
func (d *doc) speakerAndGuest(principals []int, joint bool) []int {
	first := -1
	var open *pmention
	for _, m := range d.mentions {
		if m.person < 0 || !d.turnSpeaker(m) || d.persons[m.person].country == "" {
			continue
		}
		if first < 0 {
			first, open = m.person, m
		} else if d.persons[m.person].country != d.persons[first].country {
			return []int{first, m.person}
		}
	}
	if first < 0 {
		return nil
	}
	// The welcome opens the first turn: its first sentences ("Thank you
	// very much for joining us. And I'm delighted to welcome Prime
	// Minister A"), up to the next label.
	for s, end := open.sent, d.openingEnd(open.sent); s < end; s++ {
		from, to := d.sentToks(s)
		if s > open.sent && d.labelEnd(from, to) >= 0 {
			break
		}
		if !d.welcomes(from, to) && !d.inCompany(from, to) || d.thanksForWelcome(from, to) && !d.inCompany(from, to) {
			continue // (a host thanked for the welcome is none: jpc33.go)
		}
		var guests, named []int
		// The welcome's sentence, or the address just before it in the
		// turn: "Thanks very much, Prime Minister A. Once again, welcome".
		in := func(m *pmention) bool { return m.sent == s || m.sent == s-1 && s > open.sent }
		for _, m := range d.mentions {
			if in(m) && m.person >= 0 && !m.poss && m.person != first {
				named = appendInt(named, m.person)
			}
			if in(m) && m.person >= 0 && !m.poss && d.persons[m.person].country != "" && d.persons[m.person].country != d.persons[first].country {
				guests = appendInt(guests, m.person)
			}
		}
		// After the opening sentence, one guest only: a welcome of
		// several ("Minister A, Minister B, Secretary C, it's been great
		// to welcome you") is of the gathering, not of the sides of a
		// press occasion the headline does not name.
		if len(guests) > 0 && (s == open.sent || len(named) == 1) {
			return []int{first, guests[0]}
		}
	}
	if !joint {
		return nil
	}
	for _, p := range principals {
		if c := d.persons[p].country; c != "" && c != d.persons[first].country {
			return []int{first, p}
		}
	}
	return nil
}

// openingGuest returns the one foreign person the opening sentences of a
// government's transcript without speaker labels welcome ("It has been a
// delight to welcome my friend Prime Minister A here"); -1 if none, or if
// labels name the speakers (speakerAndGuest reads those).
func (d *doc) openingGuest(h home) int {
	if !h.government || h.country == "" {
		return -1
	}
	for _, m := range d.mentions {
		if m.person >= 0 && d.turnSpeaker(m) {
			return -1
		}
	}
	for s, end := 0, d.openingEnd(0); s < end; s++ {
		from, to := d.sentToks(s)
		if !d.welcomes(from, to) && !d.inCompany(from, to) || d.thanksForWelcome(from, to) && !d.inCompany(from, to) {
			continue
		}
		guest := -1
		for _, m := range d.mentions {
			if m.sent != s || m.person < 0 || m.poss {
				continue
			}
			if c := d.persons[m.person].country; c == "" || c == h.country {
				continue
			}
			if guest >= 0 && guest != m.person {
				return -1 // a welcome of several is of a gathering
			}
			guest = m.person
		}
		if guest >= 0 {
			return guest
		}
	}
	return -1
}

// welcomes reports whether tokens from..to welcome or host someone in the
// present: "delighted to host Prime Minister A here".
func (d *doc) welcomes(from, to int) bool {
	for k := from; k < to; k++ {
		switch d.toks[k].fold {
		case "welcome", "welcoming", "host", "hosting":
			return true
		}
	}
	return false
}

// welcomeCue reports whether a headline says that one person welcomes
// another: "Secretary A Remarks Welcoming Minister B", "A welcomes B": a
// meeting in person, which a courtesy call on a leader makes a reception.
func (d *doc) welcomeCue() bool {
	for _, m := range d.mentions {
		if m.person < 0 || m.poss {
			continue
		}
		for k := m.ni - 1; k >= 0 && k >= m.ni-6; k-- {
			if f := d.toks[k].fold; f == "welcomes" || f == "welcoming" || f == "welcomed" {
				return true
			}
			if t := d.toks[k]; !t.word || !t.cap && t.fold != "the" {
				break
			}
		}
	}
	return false
}

// namingCalls drops a call read in "called the Summit Meeting the beginning
// of a golden age": "called" naming a contact that the next phrase is, not
// a telephone call.
func (d *doc) namingCalls(trs []trigger) []trigger {
	out := trs[:0:0]
	for n, tr := range trs {
		if tr.typ == accord.PhoneCall && tr.form == "called" && n+1 < len(trs) && trs[n+1].sent == tr.sent && d.namesNext(tr, trs[n+1]) {
			continue
		}
		out = append(out, tr)
	}
	return out
}

// namesNext reports whether the words after "called" up to the next phrase
// are a determiner and capitalised words: "called the Summit Meeting".
func (d *doc) namesNext(tr, next trigger) bool {
	k := tr.j
	if k >= next.i || k >= len(d.toks) {
		return false
	}
	if f := d.toks[k].fold; f != "the" && f != "this" && f != "their" && f != "that" && f != "it" {
		return false
	}
	for k++; k < next.i; k++ {
		if !d.toks[k].cap {
			return false
		}
	}
	return next.i-tr.j <= 4
}

// bothSidesOwned reports whether a contact phrase names its other side
// after its owner, dated to the day of the report: "President A's meeting
// today with B" is a contact of A and B, held; "A's meeting with B last
// month" is recalled, by its date.
func (d *doc) bothSidesOwned(tr trigger) bool {
	if !strings.HasSuffix(tr.form, " with") {
		return false
	}
	for k := tr.i; k < tr.j+2 && k < len(d.toks) && d.toks[k].sent == d.toks[tr.i].sent; k++ {
		if f := d.toks[k].fold; f == "today" || f == "yesterday" || f == "tonight" {
			return true
		}
	}
	return false
}

// carriedOut reports whether the "to" before the contact phrase tr is the
// purpose of a past journey in its clause: a contact held, not planned.
func (d *doc) carriedOut(tr trigger, from int) bool {
	to := tr.i - 1
	// "has arrived in A to hold talks with B": a light verb may stand
	// between "to" and the contact.
	if to > from && (d.lx.summitHoldVerbs[d.toks[to].fold] || d.toks[to].fold == "have" || d.toks[to].fold == "conduct") {
		to--
	}
	if to < 1 || d.toks[to].fold != "to" {
		return false
	}
	for k := to - 1; k >= from && k >= tr.i-14; k-- {
		t := d.toks[k]
		if t.text == ";" || t.word && (d.lx.is(&t, fFuture) && t.fold != "to") {
			return false
		}
		// "was in Tokyo October 25-26 to meet with B": a stay, as a journey.
		if d.lx.motionVerbs[t.fold] || d.phraseAt(k, to, d.lx.stayPhrases) {
			return d.personAfter(tr)
		}
	}
	return false
}

// lateLead reads a late report: a written answer or a note published weeks
// after the contact its lead dates ("I travelled to London on 13 December
// to meet A"), whose body tells of that contact undated ("Our meeting
// focused on …", "We had a good discussion"). The lead's contact is held, on
// its day; the undated reports are it.
func (d *doc) lateLead(held, refs []eng) ([]eng, []eng) {
	pick := -1
	for k, e := range refs {
		if e.sent <= 1 && class(e.typ) == "talks" && len(e.date) == 10 && d.withinDays(e.date, 120) {
			pick = k
			break
		}
	}
	if pick < 0 || len(held) == 0 {
		return held, refs
	}
	r := refs[pick]
	for _, h := range held {
		if !h.datePub || class(h.typ) != "talks" || h.fromTitle {
			return held, refs
		}
		for _, p := range h.persons {
			if !slices.Contains(r.persons, p) {
				return held, refs
			}
		}
	}
	// The undated report may know the side the lead leaves unnamed: "I"
	// of the Minister's own department.
	if len(r.persons)+len(r.codes) < 2 {
		for _, h := range held {
			if len(h.persons)+len(h.codes) >= 2 {
				r.persons, r.codes = h.persons, h.codes
				break
			}
		}
	}
	if len(r.persons)+len(r.codes) < 2 {
		return held, refs
	}
	r.status = accord.StatusHeld
	r.typ = accord.Meeting
	if refs[pick].typ == accord.Talks {
		r.typ = accord.Talks
	}
	return []eng{r}, slices.Delete(refs, pick, pick+1)
}

// jointPress reports whether a headline's press occasion is of more than
// one speaker: "Press Statements", "Joint Press Conference"; a "Press
// conference" alone may be one leader's.
func (d *doc) jointPress() bool {
	for ti := range d.toks {
		t := &d.toks[ti]
		if t.fold == "statements" || t.fold == "joint" {
			return true
		}
	}
	return false
}

// facilityAfter reports whether the name ending before token k names a
// place or thing: "the Dean Acheson Room", "the Nelson Mandela Bridge".
func (d *doc) facilityAfter(k int) bool {
	return k < len(d.toks) && d.toks[k].cap && d.lx.parts.facilities[d.toks[k].fold] && d.toks[k].sent == d.toks[k-1].sent
}

// facilityWithin reports whether a name toks[i:j) holds a facility noun
// between its first and last words: a place line read on from a title
// ("Secretary of State / Kasumi Guesthouse / Tokyo" of a remarks header,
// whose lines run on as one sentence) is no person.
func (d *doc) facilityWithin(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if d.toks[k].cap && d.lx.parts.facilities[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// hostSpeaker finds the host of a headline's contact "with" its guests
// ("Joint Press Conference with A, B and C"): the transcript's first
// speaker, when none of the guests. Headlines that name their speakers
// ("Remarks by A and B") have no "with" before them.
func (d *doc) hostSpeaker(title *doc, guests []int) int {
	with := false
	for _, m := range title.mentions {
		if m.person < 0 {
			continue
		}
		for k := m.i - 1; k >= 0 && k >= m.i-3; k-- {
			if title.toks[k].fold == "with" {
				with = true
			}
		}
		break
	}
	if !with {
		return -1
	}
	for _, m := range d.mentions {
		if m.person >= 0 && d.turnSpeaker(m) {
			if slices.Contains(guests, m.person) {
				return -1
			}
			return m.person
		}
	}
	return -1
}

// statedDays drops a relative day the text states at once in full: "today
// (12 March 2023)" in a note published on the 13th is the 12th.
func (d *doc) statedDays(ds []dateExpr) []dateExpr {
	out := ds[:0:0]
	for k, de := range ds {
		stated := false
		if f := d.toks[de.tok].fold; (f == "today" || f == "yesterday" || f == "tonight") && de.end < len(d.toks) && (d.toks[de.end].text == "(" || d.toks[de.end].text == "[") {
			for _, o := range ds[k+1:] {
				stated = stated || o.tok == de.end+1 && o.prec == precDay
			}
		}
		if !stated {
			out = append(out, de)
		}
	}
	return out
}

// receptions makes a head of state's meeting with another country's
// minister or official, at home, a reception: the President receives the
// visitor ("Vladimir Putin met in the Kremlin with … Wang Yi"), whatever
// the guest's office is called. A ruling party's leader, who ranks with
// or above the head of state, receives as one ("the Secretary met with
// General Secretary A in Hanoi"). A Vice President or President-elect
// meets the head of state as a near peer: a meeting.
func (d *doc) receptions(held []eng, h home) {
	for k := range held {
		e := &held[k]
		if e.typ != accord.Meeting || len(e.persons) != 2 || e.guessed {
			continue
		}
		for n, host := range e.persons {
			g := e.persons[1-n]
			c := d.persons[host].country
			if !d.headOfState(host) && !d.partyLeader(host) || c == "" || d.persons[g].country == "" || d.persons[g].country == c {
				continue
			}
			if d.lx.levelRank[d.persons[g].level] > d.lx.levelRank[accord.LevelMinister] || d.persons[g].level == "" || d.presidential(g) {
				continue
			}
			// "In the state visit, President A had a meeting with … Speaker
			// B": the head of state is the guest abroad (recv35.go).
			if d.visitingTo(held, host, d.persons[g].country) {
				continue
			}
			// "A was received by President B": at B's, where no place
			// is given.
			if e.place.Country == c || e.place.Country == "" && (h.country == c || e.receivedBy) {
				e.typ = accord.Reception
			}
		}
	}
}

// partyLeader reports whether p leads a party as its General Secretary, of
// no qualified office (not "former").
func (d *doc) partyLeader(p int) bool {
	q := d.persons[p]
	return q.level == accord.LevelPartyLeader && !q.qualified
}

// personAfter reports whether the contact phrase tr names its other side, a
// person, right after it: "to meet with Crown Prince A", not "to meet with
// government officials".
func (d *doc) personAfter(tr trigger) bool {
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == d.toks[tr.i].sent && m.i >= tr.j && m.i <= tr.j+8 {
			return true
		}
	}
	return false
}

// passiveTurn finds, for a contact told in the agentless passive in a
// transcript ("Today, discussion was held with President A"), the speaker
// of the turn, who held it.
func (d *doc) passiveTurn(tr trigger) int {
	if !strings.Contains(tr.form, " held with") {
		return -1
	}
	turn, at := -1, -1
	for _, m := range d.mentions {
		if m.person >= 0 && m.i < tr.i && m.i > at && d.turnSpeaker(m) {
			turn, at = m.person, m.i
		}
	}
	return turn
}

// reportedFrom returns where the clause of the contact phrase tr starts
// after a report of it: "I have received a report that A met B" tells of
// A's contact from "that" on.
func (d *doc) reportedFrom(from int, tr trigger) int {
	for k := from; k < tr.i; k++ {
		if d.toks[k].fold == "that" {
			from = k + 1
		}
	}
	return from
}

// presidential reports whether p holds a presidential office of some kind:
// Vice President, President-elect.
func (d *doc) presidential(p int) bool {
	for _, r := range d.persons[p].roles {
		if strings.Contains(r, "President") {
			return true
		}
	}
	return false
}
