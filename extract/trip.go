package extract

import (
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// A trip as diplomatic protocol records it (issue 9): a principal abroad
// is one visit, [visitor, host], dated by the month and placed in the host
// country; each contact of the trip is an engagement of its own, between
// the principals of that contact only.

// trip is the stay abroad a text reports.
type trip struct {
	visitors []int
	host     string // the host country
	sent     int    // the sentence that reports it, -1 for the headline
	visit    int    // index of the visit among held, -1 when none was read
	// announced: the headline's visit, its guest read past the host's
	// own leader who heads the release (home) on their office's site
	// (announced32.go).
	announced bool
	home      int
}

// tripLate are the words that make a visit another one than the text's:
// recalled ("previous", "last year") or ahead ("will", "upcoming").
var tripLate = map[string]bool{
	"previous": true, "previously": true, "last": true, "earlier": true, "recent": true, "recently": true,
	"since": true, "ago": true, "former": true, "past": true, "following": true, "after": true, "return": true,
	"will": true, "would": true, "to": true, "upcoming": true, "next": true, "forthcoming": true, "planned": true,
	"invite": true, "invited": true, "invitation": true, "future": true, "expected": true, "shall": true, "plans": true,
	// "discuss preparations for A's state visit to C": a visit ahead.
	"preparations": true, "preparation": true, "preparing": true, "prepare": true, "prepares": true,
	// A visit told as a topic ("briefed them on his visit to Ukraine") is
	// another than the one the text reports.
	"briefed": true, "briefing": true, "recalled": true, "recalling": true, "about": true, "regarding": true,
}

// trips reads the text's trip, if it reports one, and makes its record
// follow protocol: one visit of the visitors to the host, and the
// contacts of the trip one by one.
func (d *doc) trips(held, refs []eng, h home, title *doc) []eng {
	t := d.heldTrip(held, h, title)
	if t.host == "" && t.visit < 0 {
		t = d.readTrip(held, title, h)
	}
	// "welcomed the success of A's State Visit to Japan at the end of May",
	// in a readout of June: the contact phrase was read as recalled, so the
	// trip its words tell is that visit, not one under way.
	if t.host != "" && t.visit < 0 && t.sent >= 0 && recalledVisit(refs, t) {
		t = trip{visit: -1}
	}
	if t.host == "" && t.visit < 0 {
		t = d.ownVisit(held, h)
	}
	// "Minister's visit to C cancelled": no trip, when no visit is held.
	if t.visit < 0 && (d.visitOff || title != nil && title.calledOffWord()) {
		return held
	}
	if t.host == "" || len(t.visitors) == 0 {
		return held
	}
	t.visitors = d.coVisitors(held, t)
	held = d.tripContacts(held, t)
	if t.visit >= 0 {
		// The split moved it: the first visit held is still the trip's.
		t.visit = slices.IndexFunc(held, func(e eng) bool { return e.typ == accord.Visit && e.status == accord.StatusHeld })
	}
	held = d.tripSigning(held, t)
	var prior []int // the host a held visit named
	if t.visit >= 0 {
		for _, p := range held[t.visit].persons {
			if d.persons[p].country == t.host {
				prior = append(prior, p)
			}
		}
	}
	host, codes := d.tripHost(append(slices.Clip(held), tripSentenceRefs(refs, t)...), t, h, prior)
	host, codes = d.announcedHost(t, host, codes)
	held = d.tripPress(held, t, host, title)
	v := eng{typ: accord.Visit, status: accord.StatusHeld, date: d.tripMonth(held, t), sent: t.sent, place: accord.PlaceRef{Name: d.lx.countryName(t.host), Country: t.host}}
	if m, s := d.announcedMonth(t); m != "" {
		v.date, v.sent = m, s
	}
	if t.visit >= 0 {
		v = held[t.visit]
		if len(v.date) == 10 {
			v.date = v.date[:7]
		}
		if v.place.Country != t.host {
			v.place = accord.PlaceRef{Name: d.lx.countryName(t.host), Country: t.host}
		}
	} else if v.sent < 0 {
		v.sent = 0
	}
	v.persons = append(slices.Clone(t.visitors), host...)
	v.codes = codes
	if t.visit >= 0 {
		held[t.visit] = v
	} else {
		if day := d.tripSentenceDay(t.sent); day != "" && day[:7] == v.date {
			v.visitDay = day // day33.go
		}
		held = append(held, v)
		// "visited Chile and Peru": a visit to each (visit.go).
		held = append(held, d.tripStops(t, v)...)
	}
	return held
}

// recalledVisit reports whether a visit read as recalled in the trip's
// sentence is to the trip's host.
func recalledVisit(refs []eng, t trip) bool {
	for _, r := range refs {
		// (A place the recalled visit was not given is the trip's.)
		if r.typ == accord.Visit && r.status == accord.StatusMentioned && r.sent == t.sent && (r.place.Country == t.host || r.place.Country == "" && (len(r.codes) == 0 || slices.Contains(r.codes, t.host))) {
			return true
		}
	}
	return false
}

// heldTrip is the trip of a visit already read as held; its visit is
// still known when its host is not, so that no other is read.
func (d *doc) heldTrip(held []eng, h home, title *doc) trip {
	for k, e := range held {
		if e.typ != accord.Visit || e.status != accord.StatusHeld {
			continue
		}
		host := e.place.Country
		if host == "" && len(e.codes) == 1 {
			host = e.codes[0]
		}
		// Unplaced, a visit is hosted where the lead places its sides ("in
		// Tokyo, Japan"), else, between the outlet's own side and a guest,
		// at home.
		if host == "" {
			host = d.placedSide(e.persons)
		}
		if host == "" && h.country != "" && slices.ContainsFunc(e.persons, func(p int) bool { return d.persons[p].country == h.country }) {
			host = h.country
		}
		var vs []int
		for _, p := range e.persons {
			if c := d.persons[p].country; c != "" && c != host {
				vs = appendInt(vs, p)
			}
		}
		// The text's own words about the trip outweigh a place read
		// elsewhere: "my seventh visit to the United States".
		// But a visit whose own sentence names where it is ("arrived in
		// Brunei for a two-day official visit") stays, whatever a later
		// sentence tells of another ("made his first official visit to
		// Indonesia on Jan 8 and 9").
		if t := d.readTrip(held, title, h); t.host != "" && t.host != host && !(t.sent > e.sent && e.sent >= 0 && d.namesCountryIn(e.sent, host)) {
			t.visit = k
			return t
		}
		if host == "" || len(vs) == 0 {
			return trip{visit: k}
		}
		return trip{visitors: vs, host: host, sent: e.sent, visit: k}
	}
	return trip{visit: -1}
}

// readTrip finds a trip that no contact phrase gave: "A visited Russia on
// 25-29 December", "concluded his two-day visit to Antalya", "the purpose
// of his visit to Tokyo", "visiting Japanese Prime Minister A", or a
// headline "Visit to Indonesia" over its principal's report.
func (d *doc) readTrip(held []eng, title *doc, h home) trip {
	none := trip{visit: -1}
	if !d.tripWordNear(title) {
		// A stay told by presence past the lead (visit35.go).
		if v, c, s := d.latePresence(held); v >= 0 {
			return trip{visitors: []int{v}, host: c, sent: s, visit: -1}
		}
		return none // most texts: no word of a trip to read
	}
	lead := d.principals(title)
	// A text whose principal travelled to attend a gathering ("while
	// visiting New York to attend the General Assembly") reports no visit.
	// But a visit named by its protocol ("arrived in C on a three-day
	// state visit to attend the Summit") is the host's, whatever else the
	// visitor attends there.
	for k := 0; k < len(d.toks) && d.toks[k].sent < 4; k++ {
		if d.lx.is(&d.toks[k], fTripWords) && !d.protocolVisit(k) {
			_, to := d.sentToks(d.toks[k].sent)
			for j := k + 1; j < to && j <= k+14; j++ {
				if d.phraseAt(j, to, d.lx.attend) && !d.hostRite(j, to) {
					return none
				}
			}
		}
	}
	for s := 0; s < len(d.sents) && s < 4; s++ {
		from, to := d.sentToks(s)
		for k := from; k < to; k++ {
			// "the visit this week by the Space Agency's Chairman to C":
			// another's visit, told in passing.
			if !d.lx.is(&d.toks[k], fTripWords) && !d.legTrip(k, from) || d.tripLateAt(k, from) && !d.visitingInHeld(k, to, held) || d.visitByOther(trigger{i: k, j: k + 1, sent: s}, to, lead) {
				continue
			}
			v, c := d.tripAt(k, from, to, held, lead, h)
			// The visitor is one the text is about: a principal, a party to
			// a contact it reports, or the guest of its own country ("with
			// visiting Prime Minister A"), not a third person visiting
			// elsewhere ("an informal meeting with A, who is visiting
			// Japan", said in a readout of a call).
			if v >= 0 && !slices.Contains(lead, v) && !d.inContact(held, v) && !d.visitingTitle(k, to) {
				continue
			}
			if v >= 0 && c != "" && d.persons[v].country != "" && d.persons[v].country != c {
				return trip{visitors: []int{v}, host: c, sent: s, visit: -1}
			}
		}
	}
	// A stay told by presence later in the text ("Liu, who was in C for
	// a three-day visit, conveyed …", visit35.go).
	if v, c, s := d.latePresence(held); v >= 0 {
		return trip{visitors: []int{v}, host: c, sent: s, visit: -1}
	}
	// The headline's visit: "Early Visit To Indonesia", "EAM concludes
	// visit to Russia", "Borrell completes U.S. visit", its visitor the
	// body's principal.
	if title == nil || len(lead) == 0 {
		return none
	}
	for k, t := range title.toks {
		// "MBZ visits Qatar, lauds …", "Foreign Secretary visits Hong
		// Kong, Australia and New Zealand": a headline's present tense
		// tells the visit its body reports (visitsHeadline).
		if c := title.visitsHeadline(k); c != "" {
			if v := d.guestOf(held, lead, c); v >= 0 && d.persons[v].country != "" && d.persons[v].country != c {
				return d.headlineTrip(v, c, lead)
			}
			continue
		}
		if t.fold != "visit" || title.tripLateAt(k, 0) {
			continue
		}
		c := ""
		if k > 0 {
			c = title.countryAt(k-1, len(title.toks))
		}
		for j := k + 1; c == "" && j < len(title.toks) && j <= k+2; j++ {
			if title.toks[j].fold == "to" || title.toks[j].fold == "in" {
				c = title.countryAt(j+1, len(title.toks))
			}
		}
		if c == "" {
			continue
		}
		if v := d.guestOf(held, lead, c); v >= 0 && d.persons[v].country != "" && d.persons[v].country != c {
			return d.headlineTrip(v, c, lead)
		}
	}
	return none
}

// relativeWord are the words that open another's clause before "will":
// "B, who will travel there", "the talks that will follow".
var relativeWord = map[string]bool{"who": true, "which": true, "that": true}

// tripLateAt reports whether a cue just before the trip word at k makes
// it another visit than the one under way.
func (d *doc) tripLateAt(k, from int) bool {
	for j := k - 1; j >= from && j >= k-6; j-- {
		if d.toks[j].text == "," {
			break
		}
		// "expressed his pleasure to visit C", "I am delighted to visit
		// C": the visit the speaker is making, not one ahead.
		if j == k-1 && d.gladVisitAt(k) {
			continue
		}
		// "left for home after wrapping up his visit to C": the visit
		// that ends, not one before it.
		if (d.toks[j].fold == "after" || d.toks[j].fold == "following") && j+1 < k && d.lx.is(&d.toks[j+1], fVisitEnds) {
			break
		}
		// "returned home on Monday after a three-day visit to C": the
		// visit ending with the way home (visit32.go).
		if d.returnAfter(j) {
			break
		}
		if tripLate[d.toks[j].fold] {
			return true
		}
	}
	// "his July trip to Israel", "the President's May visit", in a text of
	// another month: a trip the month names, recalled or ahead.
	if k-1 >= from && !d.pub.IsZero() {
		if m := time.Month(d.lx.months[d.toks[k-1].fold]); m > 0 && d.toks[k-1].cap && m != d.pub.Month() {
			return true
		}
	}
	// "A will meet B on his visit to C": a plan of the clause, farther back.
	for j := k - 7; j > from && j >= k-16; j-- {
		if t := d.toks[j]; t.text == "," || t.text == ";" || t.text == "\"" || t.text == "“" || t.text == "”" {
			break
		}
		if f := d.toks[j].fold; (f == "will" || f == "shall") && !relativeWord[d.toks[j-1].fold] {
			return true
		}
	}
	// "last April", "earlier this year": another visit; so is one the
	// sentence dates by a year or a month other than the publication's.
	from, to := d.sentToks(d.toks[k].sent)
	for j := k + 1; j < to && j <= k+14; j++ {
		if f := d.toks[j].fold; f == "last" || f == "earlier" || f == "ago" || f == "previous" {
			return true
		}
		// "visit to New York to attend the General Assembly": a trip to a
		// gathering, not a visit of its host (but a state visit is the
		// host's: protocolVisit); "the visit to the United
		// Kingdom by the Emperor": another's.
		if d.phraseAt(j, to, d.lx.attend) && !d.hostRite(j, to) && !d.protocolVisit(k) || j <= k+8 && d.toks[j].fold == "by" && !d.byManner(j) && d.mentionWithin(d.toks[k].sent, j+1, min(j+5, to)) {
			return true
		}
		// "who is visiting Belgium for the G7 Summit": a trip to a
		// gathering of a group.
		if j <= k+8 && d.toks[j].fold == "for" && (d.groupSummitAfter(j, to) || d.forGathering(j, to)) {
			return true
		}
	}
	if d.pub.IsZero() {
		return false
	}
	// "Two years ago, A visited C", "Last year, A visited C": a time the
	// sentence opens with, long before the publication (prec30.go).
	if d.longBeforeOpening(from, k) {
		return true
	}
	anniversary := false
	for j := from; j < to; j++ {
		t := d.toks[j]
		// "the visit, which coincides with the 70th anniversary of ties
		// (December 30, 1955–2025)": the anniversary's dates, not the visit's.
		if anniversary = anniversary || j > k && d.lx.anniversary[t.fold]; anniversary {
			continue
		}
		if isYear(t.text) && t.text != d.pub.Format("2006") {
			return true
		}
		if m := time.Month(d.lx.months[t.fold]); m > 0 && t.cap && j > from && j >= k-8 && j <= k+8 && m != d.pub.Month() && m != d.pub.Month()-1 && !(m == 12 && d.pub.Month() == 1) {
			return true
		}
	}
	return false
}

// tripAt reads the visitor and the host country of the trip word at k.
func (d *doc) tripAt(k, from, to int, held []eng, lead []int, h home) (int, string) {
	f := d.toks[k].fold
	// "visiting Japanese Prime Minister A": A visits the country the text
	// speaks from.
	if d.visitingTitle(k, to) {
		for _, m := range d.mentions {
			if m.person >= 0 && m.i > k && m.i <= k+4 && !d.mentionWithin(m.sent, k+1, m.i) {
				if c := d.countryAt(k+1, to); c == "" && h.government && h.country != "" {
					return m.person, h.country
				}
				// Elsewhere, the other side of the contact the sentence
				// reports (visiting.go).
				if c := d.visitingHost(m.person, k, from, to, held); c != "" {
					return m.person, c
				}
			}
		}
	}
	// The host: "to"/"in" a country or place within a few words, or the
	// object of "visited", "visiting".
	c := ""
	if f == "visited" || f == "visiting" || d.gladVisitAt(k) {
		c = d.countryAt(k+1, to)
		// "visited four African countries, A, B and C" (countedList).
		if n := d.countedList(k+1, to); c == "" && n >= 0 {
			c = d.countryAt(n, to)
		}
	}
	// Right after the word: "visit to the Peace Museum in Kyoto" is to a
	// site.
	for j := k + 1; c == "" && j < to && j <= k+4; j++ {
		// "wrapped up a one-day working visit here": the dateline's
		// place (hereAtDateline).
		if d.toks[j].fold == "here" {
			c = d.countryAt(j, to)
		}
		if d.toks[j].fold == "to" || d.toks[j].fold == "in" {
			// "to Turkish Ankara": the place after its demonym.
			if c = d.countryAt(j+1, to); c == "" && j+2 < to && d.demonymAt(j+1) {
				c = d.countryAt(j+2, to)
			}
			if n := d.countedList(j+1, to); c == "" && n >= 0 {
				c = d.countryAt(n, to) // "visit to four nations of A, B, …"
			}
			if c != "" {
				break
			}
		}
	}
	// "A is in Lima for a six-day visit", "is in Hanoi … for the second
	// leg of his trip to Asia": the place of the stay (visiting.go).
	if f == "visit" || f == "trip" || d.legTrip(k, from) {
		if v, pc := d.presenceVisit(k, from, to, held); v >= 0 && (c == "" || c == pc) {
			return v, pc
		}
		// "A arrived here on Thursday on a four-day visit", no dateline.
		if v, hc := d.hereVisit(k, from, held); v >= 0 && (c == "" || c == hc) {
			return v, hc
		}
	}
	// "wrapping up his two-day Sri Lanka visit", "concluded his Tuvalu
	// trip": the country named before the word; its owner stands before
	// the name.
	at := k
	if c == "" && (f == "visit" || f == "visits" || f == "trip") {
		if n := d.countryEndingAt(k, from); n >= 0 {
			c, at = d.others[n].key, d.others[n].i
		}
	}
	// "called on the visiting Lankan leader" (visiting.go).
	if f == "visiting" {
		if v, hc := d.visitingAnaphor(k, to, held); v >= 0 && (c == "" || c == hc) {
			return v, hc
		}
	}
	if c == "" {
		return d.demonymOwnerTrip(k, from, held) // "the Vietnamese leader's visit" (ownervisit.go)
	}
	// "the Sri Lankan Prime Minister's India visit": the owner named by
	// nationality and office before the country.
	if at < k {
		if v, hc := d.demonymOwnerTrip(at, from, held); v >= 0 && hc == c {
			return v, c
		}
	}
	// The visitor: the owner ("A's visit"), the subject of "visited" or of
	// "concluded his visit", or for "his visit" the text's principal.
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == d.toks[k].sent && m.poss && m.nj < at && at <= m.nj+4 {
			return m.person, c
		}
	}
	// "concluding visits to A and B", "wrapped up her visits to A and B":
	// the several stops of one trip, owned as one visit is, when told over
	// (not "commended him for his visits to A and B").
	if f == "visit" || f == "trip" || f == "visits" && (d.verbBefore(at) || d.returnAfterTrip(at, from)) {
		// "A expressed his pleasure to visit C": A, the subject.
		if d.gladVisitAt(k) {
			if s := d.subjectBefore(from, k); s >= 0 {
				return s, c
			}
		}
		if at > from {
			if p := d.toks[at-1].fold; visitOwnerPronoun(p) || at-2 >= from && visitOwnerPronoun(d.toks[at-2].fold) || at-3 >= from && visitOwnerPronoun(d.toks[at-3].fold) {
				if s := d.subjectBefore(from, k); s >= 0 {
					return s, c
				}
				if g := d.guestOf(held, lead, c); g >= 0 {
					return g, c
				}
			}
		}
		// "conducted an Official Visit to Japan", "paid a visit to".
		if s := d.agentBefore(from, at); s >= 0 && (d.verbBefore(at) || d.returnAfterTrip(at, from)) {
			return s, c
		}
		// "he and Secretary B, in an unannounced visit Thursday to Kyiv,
		// talked about": the guest of the contact (visiting.go).
		if at == k && d.circumstanceVisit(k, from) {
			if g := d.guestOf(held, lead, c); g >= 0 {
				return g, c
			}
		}
		return -1, ""
	}
	// "A, Prime Minister of Australia, who is visiting Japan": the one the
	// clause is about.
	if f == "visiting" && (k-2 >= from && d.toks[k-2].fold == "who" || k-3 >= from && d.toks[k-3].fold == "who") {
		// The clause follows its person: "A, Prime Minister of B, who",
		// not "other guests who were visiting".
		who, end := -1, -1
		for _, m := range d.mentions {
			if m.person >= 0 && m.i >= from && m.i < k-1 {
				who, end = m.person, m.j
			}
		}
		if who >= 0 && d.appositionTo(end, k) {
			return who, c
		}
	}
	if f == "visited" || f == "visiting" && d.returnAfterTrip(k, from) {
		if s := d.agentBefore(from, k); s >= 0 {
			return s, c
		}
	}
	return -1, ""
}

// namesCountryIn reports whether sentence s names country c, or a place
// in it.
func (d *doc) namesCountryIn(s int, c string) bool {
	from, to := d.sentToks(s)
	for _, o := range d.others {
		if o.i >= from && o.i < to && (o.kind == accord.Country && o.key == c || o.kind == accord.Place && o.country == c) && !o.demonym {
			return true
		}
	}
	return false
}

// countryEndingAt returns the index in d.others of the country named
// right before toks[k] in its sentence ("his Sri Lanka visit"), not a
// demonym, or -1.
func (d *doc) countryEndingAt(k, from int) int {
	for n, o := range d.others {
		if o.j == k && o.i >= from && o.kind == accord.Country && !o.demonym {
			return n
		}
	}
	return -1
}

// agentBefore is the person who acts in the clause of the verb at k: "he"
// for the last sentence's subject, else the last person named before k
// outside a phrase of "of", "by", "with" ("On the invitation of A, B
// conducted an official visit").
func (d *doc) agentBefore(from, k int) int {
	if p := d.pronounSubject(from); p >= 0 {
		return p
	}
	// "A delegation headed by A along with B returned home concluding a
	// visit": the delegation is the subject, its head the visitor, not
	// the last member named (delegvisit36.go).
	if h := d.delegationSubjectHead(from, k); h >= 0 {
		return h
	}
	who := -1
	for _, m := range d.mentions {
		if m.person < 0 || m.i < from || m.i >= k || m.poss {
			continue
		}
		if m.i > from {
			switch d.toks[m.i-1].fold {
			case "of", "by", "with", "to", "from", "for":
				continue
			}
		}
		who = m.person
	}
	// "A delegation led by A visited C": the delegation's head
	// (delegvisit36.go).
	if who < 0 {
		who = d.delegationVisitor(from, k)
	}
	return who
}

// guestOf is the visitor "his visit" to country c means: the principal
// who met a person of c in a contact the text holds (the readout's
// subject, not the spokesman who gives it), else the first principal.
func (d *doc) guestOf(held []eng, lead []int, c string) int {
	for _, p := range lead {
		if d.persons[p].country == c {
			continue
		}
		for _, e := range held {
			if e.typ != accord.Visit && slices.Contains(e.persons, p) && slices.ContainsFunc(e.persons, func(q int) bool { return d.persons[q].country == c }) {
				return p
			}
		}
	}
	if len(lead) == 0 {
		return -1
	}
	// Of the principals, the first of another country than the host: the
	// office's own leader ("I am pleased to announce A will visit
	// Australia", on the Australian leader's site) leads the text but is
	// no guest in their own country.
	if k := slices.IndexFunc(lead, func(p int) bool { c0 := d.persons[p].country; return c0 != "" && c0 != c }); k >= 0 && d.persons[lead[0]].country == c {
		return lead[k]
	}
	return lead[0]
}

// coVisitors adds to the visitors the persons of their side with them in a
// contact of the trip: "a courtesy call from Secretary A and Secretary B".
func (d *doc) coVisitors(held []eng, t trip) []int {
	vs := t.visitors
	side := d.persons[vs[0]].country
	for _, e := range held {
		if e.typ == accord.Visit || !overlap(e.persons, t.visitors) {
			continue
		}
		if !slices.ContainsFunc(e.persons, func(p int) bool { return d.persons[p].country == t.host }) {
			continue
		}
		for _, p := range e.persons {
			if d.persons[p].country == side {
				vs = appendInt(vs, p)
			}
		}
	}
	return vs
}

// visitOwnerPronoun reports whether f owns a visit for its subject.
func visitOwnerPronoun(f string) bool {
	return f == "his" || f == "her" || f == "their" || f == "our" || f == "my"
}

// verbBefore reports whether a verb that makes its subject the visitor
// stands shortly before the visit word at k.
func (d *doc) verbBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch d.toks[j].fold {
		case "conducted", "paid", "made", "concluded", "concludes", "completed", "completes", "began", "begins", "started", "undertook", "undertaking", "wrapped", "ended", "ends":
			return true
		case "after", "following":
			// "returned home after a visit to C" (visit32.go).
			if d.returnAfter(j) {
				return true
			}
		case "on":
			// "is on an official visit", "arrived on a visit", not "on the
			// occasion of the visit".
			if j > 0 {
				switch d.toks[j-1].fold {
				case "is", "was", "are", "were", "arrived", "arrives", "arrive", "here", "currently":
					return true
				}
			}
			return false
		default:
			// "concluding visits to A and B", "wrapping up his visit".
			if d.lx.is(&d.toks[j], fVisitEnds) {
				return true
			}
		}
	}
	return false
}

// tripMonth dates a visit read without a contact phrase: the month of the
// contacts the trip holds, else the month its own sentence gives, else of
// publication.
func (d *doc) tripMonth(held []eng, t trip) string {
	// A contact the text dates first; then the trip's own sentence ("In
	// July 2024, A visited C"); then a contact dated only by publication.
	for _, e := range held {
		if e.status == accord.StatusHeld && overlap(e.persons, t.visitors) && len(e.date) >= 7 && !e.datePub {
			return e.date[:7]
		}
	}
	if m := d.tripSentenceMonth(t.sent); m != "" {
		return m
	}
	for _, e := range held {
		if e.status == accord.StatusHeld && overlap(e.persons, t.visitors) && len(e.date) >= 7 {
			return e.date[:7]
		}
	}
	if d.pub.IsZero() {
		return ""
	}
	return d.pub.Format("2006-01")
}

// tripHost is the host side of a visit: a visiting leader's host is the
// leader they meet; else the one the text calls the counterpart; in the
// host's own outlet its office holder who received the visitor; otherwise,
// the visitor meeting several office holders, the host country.
func (d *doc) tripHost(held []eng, t trip, h home, prior []int) ([]int, []string) {
	var met []int
	for _, e := range held {
		if e.typ == accord.Visit || !overlap(e.persons, t.visitors) {
			continue
		}
		for _, p := range e.persons {
			// A counterpart's country may be unread: "her counterpart, HE
			// Mr A, Minister of Foreign Affairs".
			// Who briefs on the visit is not its host.
			if c := d.persons[p].country; (c == t.host || c == "" && d.calledCounterpart(p)) && !slices.Contains(t.visitors, p) && !d.briefer(p) && !d.pressReporter(e, p) {
				met = appendInt(met, p)
			}
		}
	}
	// "At the invitation of Foreign Minister A, B paid an official visit":
	// the one who invited hosts.
	// But a leader's host is the leader of the visitor's rank who held the
	// talks, when the inviter took no part in what the text reports: "on a
	// state visit at the invitation of General Secretary A … President B
	// and President C held talks" is hosted by B.
	if p := d.inviter(t); p >= 0 {
		if !slices.Contains(met, p) && slices.ContainsFunc(t.visitors, d.top) {
			level := d.persons[t.visitors[0]].level
			for _, q := range met {
				if d.top(q) && d.persons[q].level == level {
					return []int{q}, nil
				}
			}
		}
		return []int{p}, nil
	}
	if slices.ContainsFunc(t.visitors, d.top) {
		// The leader of the visitor's rank first: a prime minister's host is
		// the prime minister, not the president who also received him.
		level := d.persons[t.visitors[0]].level
		for _, p := range met {
			if d.top(p) && d.persons[p].level == level {
				return []int{p}, nil
			}
		}
		// "President A arrived for a state visit. He was received at the
		// airport by President B and Prime Minister C. … will call on
		// President B": the visit read B, the visitor's peer, as its host;
		// a prime minister met (the greeting) does not displace him.
		if len(prior) > 0 && d.top(prior[0]) && d.persons[prior[0]].level == level {
			return prior[:1], nil
		}
		for _, p := range met {
			if d.top(p) {
				return []int{p}, nil
			}
		}
		if len(prior) > 0 {
			return prior[:1], nil
		}
	}
	for _, m := range d.mentions {
		if m.person >= 0 && slices.Contains(met, m.person) && (m.counterpart || d.counterpartBefore(m.i)) {
			return []int{m.person}, nil
		}
	}
	// Of several office holders met, or none a contact tells, the
	// visitor's peer hosts (peerhost36.go), in the host's own outlet too.
	if p := d.peerHost(met, t); p >= 0 {
		return []int{p}, nil
	}
	if h.country == t.host {
		switch {
		case len(met) > 0:
			return []int{d.highest(met)}, nil
		case len(prior) > 0:
			return prior[:1], nil
		}
	}
	// A visitor who met one minister of the host besides the calls on its
	// leaders visited that minister, one who met only one office holder
	// visited them; one who met several ministers, or "the
	// representatives of the Administration", visited the country.
	if d.pluralMeetings() {
		return nil, []string{t.host}
	}
	var ministers []int
	for _, p := range met {
		if d.minister(p) {
			ministers = append(ministers, p)
		}
	}
	switch {
	case len(ministers) == 1:
		return ministers, nil
	case len(ministers) == 0 && len(met) == 1:
		return met, nil
	}
	// "FOREIGN MINISTER A: … joining us in welcoming Secretary B to
	// Thailand": with no contact to tell, the host's speaker whose turn
	// reports the visit hosts it.
	if p := d.hostTurn(t, h); p >= 0 {
		return []int{p}, nil
	}
	return nil, []string{t.host}
}

// hostTurn returns the speaker of the transcript turn that reports trip t
// when that speaker is of the host country and no visitor; -1 otherwise.
func (d *doc) hostTurn(t trip, h home) int {
	if t.sent < 0 {
		return -1
	}
	turns := d.turnPersons(h)
	if t.sent >= len(turns) {
		return -1
	}
	if p := turns[t.sent]; p >= 0 && d.persons[p].country == t.host && !slices.Contains(t.visitors, p) {
		return p
	}
	return -1
}

// pluralMeetings reports whether the text speaks of meetings with a body
// of unnamed persons: "in the meetings with the representatives of the US
// Administration", "met with officials".
func (d *doc) pluralMeetings() bool {
	for k := 0; k+2 < len(d.toks); k++ {
		if f := d.toks[k].fold; f != "with" {
			continue
		}
		j := k + 1
		if d.toks[j].fold == "the" || d.toks[j].fold == "senior" || d.toks[j].fold == "several" {
			j++
		}
		switch d.toks[j].fold {
		case "representatives", "officials", "members", "leaders", "ministers", "lawmakers", "senators":
			return true
		}
	}
	return false
}

// top reports whether person p leads a country: a head of state or
// government, or a ruling party's leader.
func (d *doc) top(p int) bool {
	return d.leader(p) || d.lx.levelRank[d.persons[p].level] >= d.lx.levelRank[accord.LevelPartyLeader]
}

// tripContacts makes each contact of the trip its own: a visitor who met
// several of the host's office holders met each, and a courtesy call is
// on a leader only.
func (d *doc) tripContacts(held []eng, t trip) []eng {
	var out []eng
	for _, e := range held {
		// "Speaking with Secretary A, B expressed": abroad, a talk with the
		// host's office holder that no word puts on a line is held in person.
		if e.typ == accord.PhoneCall && d.inPerson(e, t) {
			e.typ = accord.Meeting
		}
		if e.typ != accord.Meeting && e.typ != accord.Talks && e.typ != accord.Reception {
			out = append(out, e)
			continue
		}
		// "A and B welcomed the delegation": the hosts received its head
		// together, one reception (delegation34.go, delegvisit36.go).
		if e.typ == accord.Reception && d.delegationReceivedIn(e.sent) {
			out = append(out, e)
			continue
		}
		var guests, hosts, unknown []int
		for _, p := range e.persons {
			switch {
			case slices.Contains(t.visitors, p):
				guests = append(guests, p)
			case d.persons[p].country == t.host:
				hosts = append(hosts, p)
			case d.persons[p].country == "":
				unknown = append(unknown, p)
			}
		}
		// Met abroad beside the host's own, a person of no country read is
		// the host's: "his Chilean counterpart, Minister of Defense A".
		if len(hosts) > 0 {
			hosts = append(hosts, unknown...)
		}
		if len(guests) == 0 || len(hosts) == 0 || len(guests)+len(hosts) != len(e.persons) {
			out = append(out, e)
			continue
		}
		if len(hosts) == 1 {
			// A courtesy call is on a leader: the ministers named with it
			// ("called on President A and held discussions with Minister
			// B") were met.
			if e.typ == accord.Reception && d.minister(hosts[0]) && d.callsInSentence(held, e.sent) > 1 && !d.calledOn(hosts[0], e.sent) {
				e.typ = accord.Meeting
			}
			out = append(out, e)
			continue
		}
		for _, p := range hosts {
			c := e
			c.persons = append(slices.Clone(guests), p)
			c.codes = nil
			switch {
			case d.leader(p) && !slices.ContainsFunc(guests, d.top):
				c.typ = accord.Reception
			case c.typ == accord.Reception && d.minister(p) && !d.calledOn(p, e.sent):
				c.typ = accord.Meeting
			}
			out = append(out, c)
		}
	}
	return out
}

// tripSigning adds the signing a trip report states without its signers
// ("Three documents … were signed during the visit"): between the
// visitors' country and the host. Only where no signing was read.
func (d *doc) tripSigning(held []eng, t trip) []eng {
	side := d.persons[t.visitors[0]].country
	if side == "" || side == t.host || slices.ContainsFunc(held, func(e eng) bool { return e.typ == accord.Signing }) {
		return held
	}
	for s := range d.sents {
		from, to := d.sentToks(s)
		at := -1
		for k := from + 1; k < to; k++ {
			if d.toks[k].fold == "signed" && (d.toks[k-1].fold == "were" || d.toks[k-1].fold == "was") {
				at = k
			}
			if d.lx.is(&d.toks[k], fFuture) && d.toks[k].fold != "to" {
				at = -1
				break
			}
		}
		if at < 0 || !d.tripWordIn(at, to) {
			continue
		}
		return append(held, eng{typ: accord.Signing, status: accord.StatusHeld, date: d.tripMonth(held, t), sent: s, codes: []string{side, t.host}, place: accord.PlaceRef{Name: d.lx.countryName(t.host), Country: t.host}})
	}
	return held
}

// tripWordIn reports whether "during the visit" (or "trip") closes the
// signing at k: the trip's own act.
func (d *doc) tripWordIn(k, to int) bool {
	for j := k + 1; j+2 < to+1 && j <= k+4; j++ {
		if d.toks[j].fold == "during" && j+2 < to && d.lx.is(&d.toks[j+2], fTripWords) {
			return true
		}
	}
	return false
}

// counterpartBefore reports whether "counterpart" stands in apposition
// just before the mention at i: "met with his Japanese counterpart,
// Minister of Defense A".
func (d *doc) counterpartBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if d.toks[j].sent != d.toks[i].sent {
			return false
		}
		if f := d.toks[j].fold; f == "counterpart" || f == "counterparts" {
			return true
		}
		if d.toks[j].text != "," && !d.toks[j].cap {
			return false
		}
	}
	return false
}

// namesAs reports whether "called" at i names its object: "called the
// Summit Meeting the beginning of", "called it a turning point", "called
// the talks as historic": a determiner or pronoun, then "as", "a" or "the"
// within a few words, and no person named in between.
func (d *doc) namesAs(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	pronoun := false
	switch d.toks[i+1].fold {
	case "it", "this", "them":
		pronoun = true
	case "the", "their":
	default:
		return false
	}
	for j := i + 2; j < len(d.toks) && j <= i+6 && d.toks[j].sent == d.toks[i].sent; j++ {
		if d.mentionWithin(d.toks[i].sent, i+1, j+1) {
			return false
		}
		f := d.toks[j].fold
		if f == "as" || (f == "a" || f == "an" || f == "the") && (pronoun && j == i+2 || j > i+2) {
			return true
		}
		// "called the Summit Meeting the beginning": a name, then what it
		// is called; "called the leaders of the G7" calls them.
		if !pronoun && !d.toks[j].cap {
			return false
		}
	}
	return false
}

// tripPress adds the joint press appearance of the visitor and the host a
// trip report names as an occasion ("during the Joint Press Statement",
// a headline's "… at the Joint Press Occasion"), where none was read.
func (d *doc) tripPress(held []eng, t trip, host []int, title *doc) []eng {
	if len(host) != 1 || slices.ContainsFunc(held, func(e eng) bool { return e.typ == accord.PressConference }) {
		return held
	}
	ps := append(slices.Clone(t.visitors), host[0])
	date, sent := "", -1
	for _, e := range held {
		if e.typ != accord.Visit && len(e.date) == 10 && subset(ps, e.persons) {
			date = e.date
		}
	}
	if s, ok := d.pressOccasion(); ok {
		sent = s
	} else if title == nil || !title.hasPressOccasion() {
		return held
	}
	if date == "" {
		if d.pub.IsZero() {
			return held
		}
		date = d.pub.Format("2006-01-02")
	}
	return append(held, eng{typ: accord.PressConference, status: accord.StatusHeld, date: date, persons: ps, sent: max(sent, 0), place: accord.PlaceRef{Name: d.lx.countryName(t.host), Country: t.host}})
}

// pressOccasion finds the sentence that names a joint press occasion.
func (d *doc) pressOccasion() (int, bool) {
	for k := 2; k+1 < len(d.toks); k++ {
		if d.pressAt(k) {
			return d.toks[k].sent, true
		}
	}
	return -1, false
}

// hasPressOccasion reports whether a headline names a joint press occasion.
func (d *doc) hasPressOccasion() bool {
	for k := 2; k+1 < len(d.toks); k++ {
		if d.pressAt(k) {
			return true
		}
	}
	return false
}

// pressAt reports whether "joint press <noun>" starts at k after "during",
// "at" or "in" the occasion a few words before.
func (d *doc) pressAt(k int) bool {
	if d.toks[k].fold != "joint" || d.toks[k+1].fold != "press" || k+2 >= len(d.toks) || !d.lx.pressNouns[d.toks[k+2].fold] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-7 && d.toks[j].sent == d.toks[k].sent; j-- {
		switch d.toks[j].fold {
		case "during", "at", "in":
			return true
		case "will", "would", "to", "ahead", "before":
			return false
		}
	}
	return false
}

// inviter is the person of the host country at whose invitation the text
// says the visitor came: "At the invitation of A, B paid", "on
// the invitation of A". -1 when none.
func (d *doc) inviter(t trip) int {
	for k := 0; k+1 < len(d.toks); k++ {
		// The lead, or the trip's own sentence wherever it stands: "I am
		// honoured to be here in C at Prime Minister A's invitation".
		if d.toks[k].sent >= 6 && d.toks[k].sent != t.sent {
			if t.sent < 6 {
				break
			}
			continue
		}
		if d.toks[k].fold != "invitation" {
			continue
		}
		// "at Minister A's invitation".
		for _, m := range d.mentions {
			if m.person >= 0 && m.poss && m.sent == d.toks[k].sent && m.nj < k && k <= m.nj+3 && d.persons[m.person].country == t.host {
				return m.person
			}
		}
		if d.toks[k+1].fold != "of" {
			continue
		}
		for _, m := range d.mentions {
			if m.person >= 0 && m.sent == d.toks[k].sent && m.i > k+1 && m.i <= k+8 && d.persons[m.person].country == t.host {
				return m.person
			}
		}
	}
	return -1
}

// calledCounterpart reports whether the text names person p as someone's
// counterpart.
func (d *doc) calledCounterpart(p int) bool {
	for _, m := range d.mentions {
		if m.person == p && (m.counterpart || d.counterpartBefore(m.i)) {
			return true
		}
	}
	return false
}

// minister reports whether person p holds an office below a country's
// leaders (a minister, a deputy prime minister, an adviser): no one a
// courtesy call is paid on.
func (d *doc) minister(p int) bool {
	q := d.persons[p]
	return q.level != "" && !d.top(p) && !d.headOfState(p) && d.lx.levelRank[q.level] <= d.lx.levelRank[accord.LevelMinister]
}

// tripWordNear reports whether the first sentences or the headline hold a
// word of a trip.
func (d *doc) tripWordNear(title *doc) bool {
	for k := 0; k < len(d.toks) && d.toks[k].sent < 4; k++ {
		if d.lx.is(&d.toks[k], fTripWords) || d.legTrip(k, 0) {
			return true
		}
	}
	if title != nil {
		for k, t := range title.toks {
			if t.fold == "visit" || title.visitsHeadline(k) != "" {
				return true
			}
		}
	}
	return false
}

// inPerson reports whether a call read from a generic verb of talking is
// the trip's visitor with the host's office holder, its sentence naming
// no phone or video.
func (d *doc) inPerson(e eng, t trip) bool {
	if len(e.persons) != 2 || e.sent < 0 || e.sent >= len(d.sents) {
		return false
	}
	g, h := e.persons[0], e.persons[1]
	if !slices.Contains(t.visitors, g) {
		g, h = h, g
	}
	if !slices.Contains(t.visitors, g) || d.persons[h].country != t.host {
		return false
	}
	from, to := d.sentToks(e.sent)
	for k := from; k < to; k++ {
		if d.lx.remoteWords[d.toks[k].fold] {
			return false
		}
	}
	return true
}

// placedSide returns the country of the persons ps that a city or place of
// the first sentences is in ("attended the State Funeral in Tokyo"), when
// it is one side's only.
func (d *doc) placedSide(ps []int) string {
	found := ""
	for _, o := range d.others {
		if o.kind != accord.Place || o.i < 0 || o.i >= len(d.toks) || d.toks[o.i].sent >= 4 || o.country == "" {
			continue
		}
		if !slices.ContainsFunc(ps, func(p int) bool { return d.persons[p].country == o.country }) {
			continue
		}
		if found != "" && found != o.country {
			return ""
		}
		found = o.country
	}
	return found
}

// hostRite reports whether the attend phrase at j is to a rite the host
// holds ("to attend the state funeral"): a visit of the host, unlike a
// gathering of many ("to attend the General Assembly").
func (d *doc) hostRite(j, to int) bool {
	for k := j; k < to && k <= j+6; k++ {
		switch d.toks[k].fold {
		case "funeral", "funerals":
			return true
		}
	}
	return false
}

// appositionTo reports whether only an apposition (capitalised words,
// "of", "the", commas) stands between a mention ending at end and "who" at
// k-2 or k-3: the person the clause describes.
func (d *doc) appositionTo(end, k int) bool {
	for j := end; j < k; j++ {
		t := d.toks[j]
		switch {
		case t.fold == "who" || t.fold == "is" || t.fold == "was" || t.fold == "are" || t.fold == "were" || t.fold == "currently":
		case t.text == "," || t.fold == "of" || t.fold == "the" || t.fold == "and" || t.cap || t.upper:
		default:
			return false
		}
	}
	return true
}

// calledOn reports whether a mention of person p in sentence s is the
// object of a call phrase itself ("called on President A and Vice
// President B", "paid a courtesy call on Deputy Prime Minister C"): the
// visitor's own words make it a courtesy call, whatever the host's rank.
// Only names, their titles, "and" and commas may stand between.
func (d *doc) calledOn(p, s int) bool {
	for _, m := range d.mentions {
		if m.person != p || m.sent != s {
			continue
		}
		for k := m.i - 1; k > 0 && k >= m.i-30 && d.toks[k].sent == s; k-- {
			t := d.toks[k]
			if t.fold == "on" {
				switch d.toks[k-1].fold {
				case "called", "calls", "call", "calling":
					return true
				}
				break
			}
			// "paid courtesy calls to A, B and C": every host of the list
			// (courtesyto37.go).
			if t.fold == "to" {
				if d.courtesyCallTo(k) {
					return true
				}
				break
			}
			if t.text == "," || t.cap || t.upper || t.fold == "and" || t.fold == "of" || t.fold == "for" || t.fold == "the" || t.fold == "'s" || d.inMention(k) {
				continue
			}
			break
		}
	}
	// The caller too: "Minister B called on the visiting Prime Minister".
	return d.callerOn(p, s)
}

// callsInSentence counts the receptions read from sentence s.
func (d *doc) callsInSentence(held []eng, s int) int {
	n := 0
	for _, e := range held {
		if e.typ == accord.Reception && e.sent == s {
			n++
		}
	}
	return n
}

// inContact reports whether person p is a party to a contact held other
// than a visit.
func (d *doc) inContact(held []eng, p int) bool {
	for _, e := range held {
		if e.typ != accord.Visit && slices.Contains(e.persons, p) {
			return true
		}
	}
	return false
}

// visitingTitle reports whether "visiting" at k qualifies the person named
// right after it: "with visiting Japanese Prime Minister A".
func (d *doc) visitingTitle(k, to int) bool {
	if d.toks[k].fold != "visiting" {
		return false
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i > k && m.i <= k+4 && m.i < to && !d.mentionWithin(m.sent, k+1, m.i) {
			return true
		}
	}
	return false
}

// groupSummitAfter reports whether a summit of a group ("the G7 Summit",
// not "the Japan-U.S. Summit") is named within a few words after toks[j].
func (d *doc) groupSummitAfter(j, to int) bool {
	for k := j + 1; k < to && k <= j+5; k++ {
		if d.toks[k].fold == "summit" {
			return d.groupSummit(d.toks[k].sent)
		}
	}
	return false
}

// protocolVisit reports whether the trip word at k is named by its kind in
// protocol (knowledge protocol_visits: "state visit", "official working
// visit"): a visit its host receives as such.
func (d *doc) protocolVisit(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].sent == d.toks[k].sent; j-- {
		f := d.toks[j].fold
		if d.lx.protocolVisits[f] {
			return true
		}
		if !d.lx.visitKinds[f] {
			return false
		}
	}
	return false
}

// byManner reports whether "by" at k opens a gerund, the means of what the
// clause tells ("began his visit to C by meeting with business leaders",
// "started their visit by visiting the town"), not the one who acts.
func (d *doc) byManner(k int) bool {
	if k+1 >= len(d.toks) || d.toks[k].fold != "by" {
		return false
	}
	t := d.toks[k+1]
	return t.word && !t.cap && !t.upper && len(t.fold) > 4 && strings.HasSuffix(t.fold, "ing")
}

// gladVisitAt reports whether the verb "visit" at k follows "to" after a
// word of pleasure (knowledge glad_visit): "expressed his pleasure to
// visit C", "I am delighted to visit C": the visit being made.
func (d *doc) gladVisitAt(k int) bool {
	return k >= 2 && d.toks[k].fold == "visit" && d.toks[k-1].fold == "to" && d.toks[k-2].sent == d.toks[k].sent && d.lx.gladVisit[d.toks[k-2].fold]
}
