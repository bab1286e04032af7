package extract

import (
	"slices"
	"time"

	"github.com/accordhq/accord"
)

// Contacts called off (session 30, from cancellation and postponement
// notices of many outlets: news agencies and foreign ministries): "A
// abruptly cancelled a visit to C", "A's visit to C has been postponed",
// "a meeting originally planned for this week has been postponed". The
// phrase names a contact that did not take place: a cancelled one is no
// contact; a postponed one is still ahead.

// calledOff reports whether contact phrase tr, in the sentence of tokens
// [from, to), is called off (off), and whether it is only put off
// (later). The cancelling verb stands just before the phrase, with no more
// than a determiner, a possessive or an adjective between ("postponed his
// visit", "cancelled a planned visit"; not "the postponed meeting took
// place", where it qualifies the phrase), or after it in the phrase's own
// clause, behind an auxiliary ("The visit of A to Berlin on Tuesday was
// cancelled"; not "the visit, which had been postponed, took place").
func (d *doc) calledOff(tr trigger, from, to int) (off, later bool) {
	lx := d.lx
	for k := tr.i - 1; k >= from && k >= tr.i-4; k-- {
		if n := d.spellsAt(k, tr.i, lx.cancelWords); n > 0 && k+n >= tr.i-2 && !d.determinerAt(k-1, from) && d.plainBetween(k+n, tr.i) {
			return true, false
		}
		if n := d.spellsAt(k, tr.i, lx.postponeWords); n > 0 && k+n >= tr.i-2 && !d.determinerAt(k-1, from) && d.plainBetween(k+n, tr.i) {
			return true, true
		}
	}
	for k := tr.j; k < to-1 && k <= tr.j+16; k++ {
		f := d.toks[k].fold
		// ("A video conference of A and B has been postponed": "and"
		// before a name joins the contact's sides, not another clause.)
		if lx.calledOffStops[f] && !(f == "and" && k+1 < to && d.toks[k+1].cap) {
			return false, false
		}
		// "the summit planned for Leipzig cannot take place"
		if d.spellsAt(k, to, lx.notHeld) > 0 {
			return true, true
		}
		if !lx.calledOffAux[f] {
			continue
		}
		q := k + 1
		// "has been indefinitely postponed", "was also cancelled"
		if q+1 < to && (lx.calledOffAux[d.toks[q].fold] || len(d.toks[q].fold) > 2 && d.toks[q].fold[len(d.toks[q].fold)-2:] == "ly" || d.toks[q].fold == "now" || d.toks[q].fold == "also") {
			q++
		}
		if d.spellsAt(q, to, lx.cancelWords) > 0 {
			return true, false
		}
		if d.spellsAt(q, to, lx.postponeWords) > 0 {
			return true, true
		}
	}
	return false, false
}

// spellsAt is the length of the first of phrases that the tokens at k
// spell, before to, or 0.
func (d *doc) spellsAt(k, to int, phrases [][]string) int {
	for _, l := range phrases {
		if k < 0 || k+len(l) > to {
			continue
		}
		ok := true
		for n, w := range l {
			ok = ok && d.toks[k+n].fold == w
		}
		if ok {
			return len(l)
		}
	}
	return 0
}

// determinerAt reports whether token k (not before from) is an article,
// demonstrative or possessive: a participle after it qualifies a noun.
func (d *doc) determinerAt(k, from int) bool {
	if k < from {
		return false
	}
	switch d.toks[k].fold {
	case "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your":
		return true
	}
	return false
}

// plainBetween reports whether tokens [i, j) are lower-case words only:
// the determiners and adjectives of the phrase called off, no clause break.
func (d *doc) plainBetween(i, j int) bool {
	for k := i; k < j; k++ {
		t := d.toks[k]
		if !t.word || t.cap {
			return false
		}
	}
	return true
}

// calledOffWord reports whether the text (a headline) holds a word that
// cancels or postpones: "Pompeo Cancels Visit to Germany", "President's
// Visit to C Postponed".
func (d *doc) calledOffWord() bool {
	if d.calledOffMemo == 0 {
		d.calledOffMemo = 1
		for k := range d.toks {
			if d.spellsAt(k, len(d.toks), d.lx.cancelWords) > 0 || d.spellsAt(k, len(d.toks), d.lx.postponeWords) > 0 {
				d.calledOffMemo = 2
				break
			}
		}
	}
	return d.calledOffMemo == 2
}

// longBeforeOpening reports whether a date written in the sentence before
// token k (from its start, from) lies well before the publication: a
// year before its year, a month two or more before its month, a day more
// than 40 days before it ("Two years ago, A visited C", "Last year, A
// travelled to C"). A visit of last month or of last week may be the one
// a late report tells.
func (d *doc) longBeforeOpening(from, k int) bool {
	if k <= from {
		return false
	}
	for _, de := range d.lx.dates(d.toks, from, k, d.pub) {
		switch de.prec {
		case precYear:
			if de.t.Year() < d.pub.Year() {
				return true
			}
		case precMonth:
			if months := (d.pub.Year()-de.t.Year())*12 + int(d.pub.Month()) - int(de.t.Month()); months >= 2 {
				return true
			}
		case precDay:
			if d.pub.Sub(de.t) > 40*24*time.Hour {
				return true
			}
		}
	}
	return false
}

// openingYearBefore reports whether the sentence opens (at from, or after
// one word: "In 2021") with a year before the publication's, ahead of
// token i: "Last year during the Leaders' Meeting, we signed …", "Two years
// ago, the two leaders signed …". What it reports is recalled, whatever
// frame stands between.
func (d *doc) openingYearBefore(from, i int) bool {
	if i-from < 2 {
		return false
	}
	for _, de := range d.lx.dates(d.toks, from, min(i, from+5), d.pub) {
		if de.tok <= from+1 && de.prec == precYear && de.t.Year() < d.pub.Year() {
			return true
		}
	}
	return false
}

// gatheringTrips drops the visits that are trips to a third country's
// soil for another meeting: "A, who is visiting Manila, held a summit
// meeting with B of the United States", "A, during his visit to New York,
// held talks with C of New Zealand". The visit names no host of the
// country visited, and the sentence's contact is with a person of neither
// the visitor's country nor the place's: a trip to a gathering there, as
// "while visiting C to attend the G20 Summit" is (readTrip), not a visit
// of C.
func (d *doc) gatheringTrips(held []eng) []eng {
	out := held[:0]
	for _, v := range held {
		if v.typ != accord.Visit || v.status != accord.StatusHeld || v.fromTitle || !d.gatheringTrip(v, held) {
			out = append(out, v)
		}
	}
	return out
}

// gatheringTrip reports whether visit v is a trip to a third country's
// soil for a contact held reports in its sentence.
func (d *doc) gatheringTrip(v eng, held []eng) bool {
	host := v.place.Country
	if host == "" || v.sent < 0 {
		return false
	}
	var visitors []int
	for _, p := range v.persons {
		switch c := d.persons[p].country; {
		case c == host:
			return false // a host named: a visit of that host
		case c != "":
			visitors = append(visitors, p)
		}
	}
	if len(visitors) == 0 {
		return false
	}
	for _, e := range held {
		if e.typ == accord.Visit || e.sent != v.sent || e.status != accord.StatusHeld || !overlap(e.persons, visitors) {
			continue
		}
		for _, q := range e.persons {
			c := d.persons[q].country
			if c != "" && c != host && !slices.ContainsFunc(visitors, func(p int) bool { return d.persons[p].country == c }) {
				return !d.namesProtocolVisit()
			}
		}
	}
	return false
}

// namesProtocolVisit reports whether the text names a visit by its protocol
// ("on a three-day state visit to attend the Summit"): a visit of the
// host, whatever else the visitor attends there (readTrip).
func (d *doc) namesProtocolVisit() bool {
	for k := range d.toks {
		if d.toks[k].fold == "visit" && d.protocolVisit(k) {
			return true
		}
	}
	return false
}
