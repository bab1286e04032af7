package extract

import (
	"strings"
	"unicode"

	accord "github.com/accordhq/accord"
)

// sectionDate is a day a text states once for what follows it: a
// sub-heading ("Meetings on Thursday, May 2") or a paragraph that opens
// with its day ("On May 2, …").
type sectionDate struct {
	sent int
	date dateExpr
}

// sectionDates finds the days stated once for the sentences after them. A
// day after publication, or more than a month before it, is no report's
// day of events.
func (d *doc) sectionDates() []sectionDate {
	if d.pub.IsZero() {
		return nil
	}
	var out []sectionDate
	for s := range d.sents {
		if !d.paragraphStart(s) {
			continue
		}
		from, to := d.sentToks(s)
		if from >= to {
			continue
		}
		heading := d.heading(s, from, to)
		if !heading && !(d.toks[from].fold == "on" && d.toks[from].cap) {
			continue
		}
		ds := d.lx.dates(d.toks, from, to, d.pub)
		if len(ds) == 0 || ds[0].prec != precDay || ds[0].t.After(d.pub) || ds[0].t.Before(d.pub.AddDate(0, 0, -31)) {
			continue
		}
		// A heading's weekday alone may be a name's: "Supporting the Good
		// Friday Agreement".
		if heading && d.lx.isWeekday(d.toks[ds[0].tok].fold) {
			continue
		}
		// "On May 2," opens the paragraph: the date is the sentence's
		// first words, then its comma.
		if !heading && !(ds[0].tok <= from+6 && d.commaAfterDate(ds[0].end, to)) {
			continue
		}
		out = append(out, sectionDate{s, ds[0]})
	}
	return out
}

// commaAfterDate reports whether the date ending before toks[k] is
// followed by the comma that closes an opening adverbial, past a clock
// note: "On May 2 local time (May 3, Beijing time), A met B".
func (d *doc) commaAfterDate(k, to int) bool {
	if k+1 < to && d.toks[k].fold == "local" && d.toks[k+1].fold == "time" {
		k += 2
	}
	if k < to && d.toks[k].text == "(" {
		for k++; k < to && d.toks[k].text != ")"; k++ {
		}
		k++
	}
	return k < to && d.toks[k].text == ","
}

// paragraphStart reports whether sentence s opens a paragraph: the text
// before it, back to a line break, is blank.
func (d *doc) paragraphStart(s int) bool {
	for i := d.sents[s].Start - 1; i >= 0; i-- {
		switch d.text[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// heading reports whether sentence s is a sub-heading: a short line of its
// own that ends without a sentence's punctuation.
func (d *doc) heading(s, from, to int) bool {
	if to-from > 16 {
		return false
	}
	line := strings.TrimRightFunc(d.text[d.sents[s].Start:d.sents[s].End], unicode.IsSpace)
	if line == "" || strings.ContainsRune(line, '\n') {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':', ';', ',', '"':
		return false
	}
	if strings.HasSuffix(line, "”") {
		return false
	}
	rest := d.text[d.sents[s].End:]
	rest = strings.TrimLeft(rest, " \t\r")
	return rest == "" || rest[0] == '\n'
}

// sectionAt returns the section date in force at sentence s, or nil.
func sectionAt(secs []sectionDate, s int) *dateExpr {
	var out *dateExpr
	for k := range secs {
		if secs[k].sent > s {
			break
		}
		out = &secs[k].date
	}
	return out
}

// futureBetween reports whether a future cue ("will", "shall") stands
// between a contact phrase and the later date that ends its clause: "the
// meeting on X, which will be hosted by A on January 21".
func (d *doc) futureBetween(tr trigger, de dateExpr) bool {
	if de.tok < tr.j {
		return false
	}
	for k := tr.j; k < de.tok; k++ {
		// "spoke with A, who will travel there tomorrow": A's plan.
		if f := d.toks[k].fold; (f == "will" || f == "shall") && d.toks[k-1].fold != "who" {
			return true
		}
	}
	return false
}

// planGoverns reports whether a plan ("to meet", "to realize") earlier in
// the contact's clause governs it: "agreed to realize A's visit", "their
// agreement to meet at the summit and during A's visit". A comma after
// "to meet …" and a new finite verb end the plan's reach; the search goes
// back at most 24 words.
func (d *doc) planGoverns(tr trigger, from int) bool {
	for k := tr.i - 1; k > from && k >= tr.i-24; k-- {
		t := d.toks[k]
		if t.text == ";" || t.text == ":" {
			return false
		}
		if d.lx.planVerbs[t.fold] && d.toks[k-1].fold == "to" {
			// "met" is no plan; "to meet" is, but not "came to meet".
			return k+1 >= tr.i || d.toks[k+1].text != ","
		}
	}
	return false
}

// contextSentBefore reports whether the section in force at sentence s
// begins after the sentence that last dated a contact (-1: none).
func contextSentBefore(secs []sectionDate, s, contextSent int) bool {
	start := -1
	for _, sd := range secs {
		if sd.sent > s {
			break
		}
		start = sd.sent
	}
	return start > contextSent
}

// leadDate returns the day the body's lead paragraph opens with ("On May
// 2, …"), or nil.
func (d *doc) leadDate(secs []sectionDate) *dateExpr {
	if len(secs) == 0 || secs[0].sent > 1 {
		return nil
	}
	// "December 14, 2011", a line of the date alone under a ministry
	// page's headline on the day it was published: the page's release
	// date, not the day of the contact the body goes on to date.
	if from, to := d.sentToks(secs[0].sent); secs[0].date.tok == from && secs[0].date.end >= to && secs[0].date.format() == d.pub.Format("2006-01-02") {
		return nil
	}
	return &secs[0].date
}

// dropUndated drops a contact dated only by publication when the text
// dates a contact of its kind with the same persons within the month
// before: "Following the phone call, a spokesperson said: The Prime
// Minister spoke to President A yesterday evening" is one call.
func (d *doc) dropUndated(held []eng) []eng {
	for k := 0; k < len(held); k++ {
		u := held[k]
		if !u.datePub || len(u.persons) == 0 {
			continue
		}
		for _, e := range held {
			if e.datePub || len(e.date) != 10 || e.date == u.date || class(e.typ) != class(u.typ) || !subset(u.persons, e.persons) || !d.recent(e.date) {
				continue
			}
			held = append(held[:k], held[k+1:]...)
			k--
			break
		}
	}
	return held
}

// recalledOccasion reports whether a contact is named as the occasion of
// an act told in a participle clause: "agreements announced during A's
// visit", "the initiatives which were confirmed at the Summit Meeting". The
// act, and the contact with it, were done before.
func (d *doc) recalledOccasion(tr trigger, from int) bool {
	for k := tr.i - 1; k > from+1 && k >= tr.i-8; k-- {
		f := d.toks[k].fold
		if f != "during" && f != "at" {
			continue
		}
		// "This view was shared during a meeting between A and B", "was
		// reached during talks held in C between A and B": an occasion
		// named by its sides is the one reported, not one recalled ("the
		// Summit Meeting", "A's visit").
		if d.occasionToldBySides(k, tr) {
			return false
		}
		v, n := d.toks[k-1], d.toks[k-2]
		irregular := !strings.HasSuffix(v.fold, "ed") && d.lx.irregularParticiples[v.fold]
		if !v.word || v.cap || !strings.HasSuffix(v.fold, "ed") && !irregular {
			return false
		}
		// ("the commitments made during the visit"; not a passive "the
		// goals were set during a phone call", in the call's own report.)
		if irregular && (n.fold == "were" || n.fold == "was" || n.fold == "been") {
			return false
		}
		// a plural noun ("agreements announced") or a passive ("were
		// confirmed"), not a subject's finite verb ("A and B met at").
		// Or a noun a determiner opens: "the initiative announced during
		// A's visit", "a memorandum signed at the summit".
		act := n.fold == "were" || n.fold == "was" || n.fold == "been" || n.word && !n.cap && len(n.fold) > 3 && strings.HasSuffix(n.fold, "s") && !strings.HasSuffix(n.fold, "ss") ||
			n.word && !n.cap && !strings.HasSuffix(n.fold, "ly") && d.determinerBefore(k-2, from)
		// "It was reached during a working visit to C by A from July
		// 6-9", published on the 9th: the visit the report is about, its
		// days given, just ended.
		return act && !(tr.typ == accord.Visit && d.daysJustEnded(tr))
	}
	return false
}

// sidesNamedAfter reports whether the contact phrase tr goes on with its
// sides: "a meeting between A and B", "a meeting with A".
func (d *doc) sidesNamedAfter(tr trigger) bool {
	for k := tr.i; k <= tr.j && k < len(d.toks); k++ {
		if f := d.toks[k].fold; (f == "between" || f == "with") && d.namedWithin(d.toks[tr.i].sent, k+1, k+6) {
			return true
		}
	}
	return false
}

// daysJustEnded reports whether the sentence of contact tr gives it days,
// after its phrase, that fall in the week before publication.
func (d *doc) daysJustEnded(tr trigger) bool {
	_, to := d.sentToks(tr.sent)
	for _, de := range d.lx.dates(d.toks, tr.j, to, d.pub) {
		if de.prec == precDay && !de.t.After(d.pub) && !de.t.Before(d.pub.AddDate(0, 0, -7)) {
			return true
		}
	}
	return false
}

// determinerBefore reports whether an article opens the noun phrase that
// ends at toks[k], within three words: "the EdTech initiative", "a
// memorandum".
func (d *doc) determinerBefore(k, from int) bool {
	for j := k - 1; j >= from && j >= k-3; j-- {
		switch d.toks[j].fold {
		case "the", "a", "an":
			return true
		}
		if !d.toks[j].word {
			return false
		}
	}
	return false
}

// bothSides reports whether the subject before a contact phrase names the
// two sides as a group: "The two diplomats held", "Both ministers had".
// ("They had a very good meeting" may be anyone's.)
func (d *doc) bothSides(from, i int) bool {
	for k := from; k < i; k++ {
		if f := d.toks[k].fold; f == "two" || f == "both" {
			return true
		}
	}
	return false
}

// dayFollows reports whether a month and day follow a weekday at toks[k]:
// "Tuesday, August 29", "Friday 4 December". The weekday only names that
// day, which may not be the last such weekday before publication.
func (lx *lexicon) dayFollows(toks []token, k, to int) bool {
	if k < to && toks[k].text == "," {
		k++
	}
	if k+1 >= to {
		return false
	}
	if toks[k].cap && lx.is(&toks[k], fMonth) && toks[k+1].num && atoiDay(toks[k+1].text) > 0 {
		return true
	}
	return toks[k].num && atoiDay(toks[k].text) > 0 && toks[k+1].cap && lx.is(&toks[k+1], fMonth)
}

// personClause reports whether a date lies in a clause about a person,
// after the contact phrase ("spoke with A, who will travel there
// tomorrow") or before it ("A, who arrived on Monday, met B"): that
// person's day, not the contact's.
func (d *doc) personClause(tr trigger, de dateExpr) bool {
	for k := tr.j; k < de.tok; k++ {
		if f := d.toks[k].fold; (f == "who" || f == "whom" || f == "whose") && d.toks[k-1].text == "," {
			return true
		}
	}
	// "A, who arrived in Italy on Monday, met B": a clause about the
	// subject, closed before the phrase, dates what the clause tells.
	if de.tok < tr.i {
		for k := de.tok - 1; k > 0 && d.toks[k].sent == d.toks[de.tok].sent; k-- {
			// "A, sworn in as Prime Minister on Wednesday night, also
			// spoke with B": an office taken, the clause's own day.
			if d.toks[k].text == "," && !d.lx.officeParticiples[d.toks[k+1].fold] {
				return false
			}
			if f := d.toks[k].fold; (f == "who" || f == "whose" || d.lx.officeParticiples[f]) && d.toks[k-1].text == "," {
				for c := de.end; c < tr.i; c++ {
					if d.toks[c].text == "," {
						return true
					}
				}
				return false
			}
		}
	}
	return false
}

// placeClause reports whether a date after contact tr lies in a relative
// clause about a place or a thing named after it: "held in the office, to
// which A relocated when he was inaugurated on May 10", "at the palace,
// where the treaty was signed in 2001". The clause tells another event; a
// clause of the contact itself ("the summit, which opened on June 17")
// has no preposition before its pronoun.
func (d *doc) placeClause(tr trigger, de dateExpr) bool {
	for k := tr.j; k < de.tok; k++ {
		switch d.toks[k].fold {
		case "which", "whom":
			if k-2 >= tr.j && d.toks[k-2].text == "," && relativePreps[d.toks[k-1].fold] {
				return true
			}
		case "where":
			if k-1 >= tr.j && d.toks[k-1].text == "," {
				return true
			}
		}
	}
	return false
}

// relativePreps are the prepositions that open a relative clause about a
// place or a thing: "to which", "in which", "from whom".
var relativePreps = map[string]bool{"to": true, "in": true, "at": true, "from": true, "into": true, "for": true, "with": true, "by": true, "through": true}

// whenClause reports whether a contact phrase in the past tense stands in a
// clause of time that sets it apart from the day told: "When I met with
// President A in Hiroshima, we signed …", "the first time we talked",
// "whenever we speak", "after we have talked": recalled (or ahead).
func (d *doc) whenClause(tr trigger, from int) bool {
	if f := d.toks[tr.i].fold; f != "met" && f != "visited" && f != "spoke" && f != "talked" && f != "hosted" && f != "called" {
		return false
	}
	perfect := false
	for k := tr.i - 1; k >= from && k >= tr.i-8; k-- {
		switch f := d.toks[k].fold; f {
		case ",", ";", ":":
			return false
		case "when", "whenever":
			return true
		case "having":
			// "after having met in Tokyo"; not a declaration's own meeting,
			// "We, having met in A on May 2, declare".
			if k == tr.i-1 && k > from {
				if f := d.toks[k-1].fold; f == "after" || f == "since" || f == "before" {
					return true
				}
			}
		case "have", "has", "had":
			perfect = perfect || k >= tr.i-2
		case "after":
			if perfect {
				return true // "after we have talked"
			}
		case "time", "times":
			if k > from {
				switch d.toks[k-1].fold {
				case "first", "last", "every", "each", "next", "previous", "several", "many":
					return true // "the first time we talked over the phone"
				}
			}
		}
	}
	return false
}

// dayOfReport reports whether the clause after contact phrase tr dates it
// within the week before publication: "discussed trade when they met in
// Singapore today" is the occasion of the report, not a meeting recalled.
func (d *doc) dayOfReport(tr trigger, to int) bool {
	end := tr.j
	for end < to && d.toks[end].text != "," && d.toks[end].text != ";" {
		end++
	}
	for _, de := range d.lx.dates(d.toks, tr.j, end, d.pub) {
		if de.prec == precDay && !de.t.After(d.pub) && !de.t.Before(d.pub.AddDate(0, 0, -7)) {
			return true
		}
	}
	return false
}

// followingBefore reports whether "following" or "after" introduces the
// contact phrase: "following the summit telephone talk on August 29".
func (d *doc) followingBefore(tr trigger, from int) bool {
	for k := tr.i - 1; k >= from && k >= tr.i-5; k-- {
		if f := d.toks[k].fold; f == "following" || f == "after" {
			return true
		}
		if d.toks[k].text == "," {
			return false
		}
	}
	return false
}

// thirdCountry reports whether a visit's destination is the country of
// neither of its two persons, both of whose countries are known.
func (d *doc) thirdCountry(ps []int, place string) bool {
	if place == "" || len(ps) != 2 {
		return false
	}
	for _, p := range ps {
		if c := d.persons[p].country; c == "" || c == place {
			return false
		}
	}
	return true
}

// tripStop reports whether a contact phrase is a stop of a trip ("the
// first stop during"), an appositive of the place visited.
func tripStop(form string) bool {
	return strings.Contains(form, " stop ")
}
