package extract

import (
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// programmeVerb is a verb phrase of a visit's announced programme and the
// type of the contact it names (knowledge programme_verbs).
type programmeVerb struct {
	words []string
	typ   accord.EngagementType
}

// programme adds the contacts that a release on a visit under way
// announces as its programme. Foreign ministries publish a visit's
// programme on the day it begins, in the future tense: "Prime Minister A
// will make an Official Visit to Singapore from 14 to 16 April. … He will
// call on President B and meet Prime Minister C, who will also host an
// Official Lunch. Prime Minister A will also meet Deputy Prime Minister D."
// The visit being under way (its announced days include the publication
// day), these are its contacts, dated by the day the sentence gives, else
// by the visit's month.
func (d *doc) programme(held, invites []eng, preview bool) ([]eng, []eng) {
	v, place, vs := d.visitUnderWay(held)
	// A preview's visit (previewVisit) announces its programme before it
	// begins.
	if v < 0 && preview {
		if v = lastOfClass(held, accord.Visit); v >= 0 {
			vs = held[v].sent
			from, to := d.sentToks(vs)
			place = d.countryAfterTrip(from, to)
		}
	}
	if v < 0 {
		return held, invites
	}
	visit := held[v]
	if visit.place.Country != "" {
		place = visit.place.Country
	}
	visitor := d.guestOfVisit(visit, place)
	if visitor < 0 && place == "" {
		visitor = d.firstOf(visit.persons, vs) // "will make an Official Visit to Delhi": its subject
	}
	if visitor < 0 {
		return held, invites
	}
	nSent := len(d.sents)
	for s := 0; s < nSent; s++ {
		from, to := d.sentToks(s)
		for w := from; w < to; w++ {
			verb := d.programmeAuxiliary(w, from, to)
			if verb < 0 {
				continue
			}
			subject := d.programmeSubject(from, w, visitor)
			if subject < 0 {
				continue
			}
			for _, c := range d.programmeItems(verb, to, subject, visitor) {
				e := eng{typ: c.typ, status: accord.StatusHeld, persons: []int{c.host, visitor}, place: visit.place, sent: s, date: visit.date}
				if len(e.date) > 7 {
					e.date = e.date[:7]
				}
				if day := d.dayWithin(from, to, w, visit); day != "" {
					e.date = day
				}
				same := func(h eng) bool { return class(h.typ) == class(e.typ) && subset(e.persons, h.persons) }
				// (The contact the phrases of a plan read as ahead is this one.)
				invites = slices.DeleteFunc(invites, same)
				if !slices.ContainsFunc(held, same) {
					held = append(held, e)
				}
			}
		}
	}
	return held, invites
}

// visitUnderWay is the index of the held visit that a body sentence
// naming a visit announces for days that include the publication day ("will
// make an Official Visit to Singapore from 14 to 16 April 2024", released on
// the 14th), or -1.
func (d *doc) visitUnderWay(held []eng) (int, string, int) {
	v := lastOfClass(held, accord.Visit)
	if v < 0 || held[v].status != accord.StatusHeld {
		return -1, "", -1
	}
	pub := d.pub.Format("2006-01-02")
	for s := range d.sents {
		from, to := d.sentToks(s)
		if !d.anyFlagged(from, to, fTripWords) {
			continue
		}
		for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
			if de.prec != precDay {
				continue
			}
			first, last := de.first(d.toks), d.rangeLast(de)
			if first.Before(last) && first.Format("2006-01-02") <= pub && pub <= last.Format("2006-01-02") {
				return v, d.countryAfterTrip(from, to), s
			}
		}
	}
	return -1, "", -1
}

// rangeLast is the last day of a range of days: "14 to 16 April" is read
// by its last day, "September 2-4" by its first (rng), whose last day the
// number after the link gives.
func (d *doc) rangeLast(de dateExpr) time.Time {
	if !de.rng {
		return de.t
	}
	n := 0
	for k := de.tok; k < de.end; k++ {
		if k+2 < de.end && d.toks[k].num && rangeLink(d.toks[k+1]) {
			n = atoiDay(d.toks[k+2].text)
		}
		// "2-4" as one word
		if i := strings.IndexAny(d.toks[k].text, "-–"); i > 0 && atoiDay(d.toks[k].text[:i]) > 0 {
			n = atoiDay(strings.TrimLeft(d.toks[k].text[i:], "-–"))
		}
	}
	if n > de.t.Day() {
		return de.t.AddDate(0, 0, n-de.t.Day())
	}
	return de.t
}

// firstOf is the first of persons ps that sentence s mentions, or -1.
func (d *doc) firstOf(ps []int, s int) int {
	for _, m := range d.mentions {
		if m.sent == s && m.person >= 0 && slices.Contains(ps, m.person) {
			return m.person
		}
	}
	return -1
}

// countryAfterTrip is the first country named (not by a demonym) after the
// first visit word from from to to: where the visit takes the visitor
// ("Prime Minister of A, B, will make an Official Visit to C").
func (d *doc) countryAfterTrip(from, to int) string {
	for k := from; k < to; k++ {
		if !d.lx.is(&d.toks[k], fTripWords) {
			continue
		}
		for _, o := range d.others {
			if o.kind == accord.Country && !o.demonym && o.i > k && o.i < to {
				return o.key
			}
		}
		break
	}
	return ""
}

// guestOfVisit is the person of a visit who comes from abroad: the one whose
// country is not the place's (-1 when the text does not tell them apart).
func (d *doc) guestOfVisit(v eng, place string) int {
	if place == "" {
		return -1
	}
	out := -1
	for _, p := range v.persons {
		c := d.persons[p].country
		if c == "" || c == place {
			continue
		}
		if out >= 0 {
			return -1
		}
		out = p
	}
	return out
}

// programmeAuxiliary is where the verbs of a programme begin when an
// auxiliary of the future stands at w: "will" ("He will call on"), or a
// schedule's "is/are scheduled to", "is expected to" ("On 9 May, Prime
// Minister A is scheduled to meet with B"), whose subject stands before
// w (programmeSubject); -1 for none.
func (d *doc) programmeAuxiliary(w, from, to int) int {
	t := d.toks[w]
	if d.lx.futureAuxiliaries[t.fold] {
		return w + 1
	}
	if (t.fold == "is" || t.fold == "are") && w+2 < to && d.lx.scheduleCues[d.toks[w+1].fold] && d.toks[w+1].fold != "plans" && d.toks[w+2].fold == "to" {
		return w + 3
	}
	return -1
}

// programmeSubject is the person a future auxiliary at w has for subject:
// the mention just before it ("Prime Minister A will", "B, who will also"),
// or the visitor for an opening pronoun ("He will"). -1 when neither.
func (d *doc) programmeSubject(from, w, visitor int) int {
	if w == from+1 {
		switch d.toks[from].fold {
		case "he", "she":
			return visitor
		}
	}
	k := w
	for k > from && (d.toks[k-1].text == "," || d.toks[k-1].fold == "who" || d.toks[k-1].fold == "also") {
		k--
	}
	if k == w-1 && d.toks[k].text == "," {
		return -1
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.j == k && !m.poss {
			return m.person
		}
	}
	// "on Friday the Tánaiste is expected to meet": the visitor by an
	// office of theirs after "the".
	i := k
	for i > from && d.toks[i-1].cap {
		i--
	}
	if i < k && i > from && d.toks[i-1].fold == "the" && d.officeOnlySubject(i-1) == visitor {
		return visitor
	}
	return -1
}

// programmeContact is one item of a programme: the host side's person and
// the contact's type.
type programmeContact struct {
	host int
	typ  accord.EngagementType
}

// programmeItems reads the verbs a future auxiliary governs from k to the
// clause's end ("call on President B and meet Prime Minister C"), with the
// persons each names; a host's meal ("who will also host an Official
// Lunch") is a reception of the visitor.
func (d *doc) programmeItems(k, to, subject, visitor int) []programmeContact {
	var out []programmeContact
	for k < to && (d.toks[k].fold == "also" || d.toks[k].fold == "then") {
		k++
	}
	for k < to {
		pv, n := d.programmeVerbAt(k, to)
		if n == 0 {
			break
		}
		end := d.programmeClauseEnd(k+n, to)
		objects := d.personsIn(k+n, end)
		switch {
		case subject == visitor:
			for _, p := range objects {
				if p != visitor && d.foreignTo(p, visitor) {
					out = append(out, programmeContact{p, pv.typ})
				}
			}
		case pv.words[0] == "host" && len(objects) == 0 && d.mealWithin(k+n, end) && d.foreignTo(subject, visitor):
			out = append(out, programmeContact{subject, accord.Reception})
		}
		// "… and meet C": the next verb the auxiliary governs.
		if end < to && d.toks[end].fold == "and" {
			k = end + 1
			continue
		}
		break
	}
	return out
}

// programmeVerbAt matches a programme verb at k, giving its length (0 for
// none). "host" counts only before a meal or a person.
func (d *doc) programmeVerbAt(k, to int) (programmeVerb, int) {
	for _, pv := range d.lx.programmeVerbs {
		if d.phraseAt(k, to, [][]string{pv.words}) {
			return pv, len(pv.words)
		}
	}
	return programmeVerb{}, 0
}

// programmeClauseEnd is where the objects of a programme verb end: a
// relative clause (", who"), a semicolon, "and" before another programme
// verb, or the sentence's end.
func (d *doc) programmeClauseEnd(k, to int) int {
	for ; k < to; k++ {
		t := d.toks[k]
		if t.text == ";" || t.text == "," && k+1 < to && (d.toks[k+1].fold == "who" || d.toks[k+1].fold == "which") {
			return k
		}
		if t.fold == "and" && k+1 < to {
			if _, n := d.programmeVerbAt(k+1, to); n > 0 {
				return k
			}
		}
	}
	return to
}

// personsIn lists the persons mentioned (not as possessors) from k to to.
func (d *doc) personsIn(k, to int) []int {
	var out []int
	for _, m := range d.mentions {
		if m.person >= 0 && m.i >= k && m.j <= to && !m.poss {
			out = appendInt(out, m.person)
		}
	}
	return out
}

// mealWithin tells whether a meal word (knowledge meal_words) stands from k
// to to: "host an Official Lunch".
func (d *doc) mealWithin(k, to int) bool {
	for ; k < to; k++ {
		if d.lx.mealWords[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// foreignTo tells whether p does not act for the visitor's country (a
// host whose office the table does not know has no country).
func (d *doc) foreignTo(p, visitor int) bool {
	return d.persons[p].country != d.persons[visitor].country
}

// dayWithin is the day a programme sentence gives that falls within the
// visit's month ("on 15 April 2024"), else "".
// The day nearest the auxiliary at w is the item's ("an event on Thursday
// evening and on Friday the Tánaiste is expected to meet B"); a weekday
// is the one ahead, as a programme is.
func (d *doc) dayWithin(from, to, w int, v eng) string {
	out, best := "", -1
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.prec != precDay || de.rng {
			continue
		}
		if d.lx.is(&d.toks[de.tok], fWeekday) && de.t.Before(d.pub) {
			de.t = de.t.AddDate(0, 0, 7)
		}
		if len(v.date) >= 7 && de.format()[:7] == v.date[:7] && (best < 0 || abs(de.tok-w) < best) {
			out, best = de.format(), abs(de.tok-w)
		}
	}
	return out
}

// sameDayContacts makes held the contacts ahead that the text dates on its
// own publication day ("will meet this afternoon with Deputy Prime Minister
// B", "will hold a virtual meeting on Tuesday" released that Tuesday): a
// contact of the day of the report is the day's news, not a plan. Two
// countries must take part (a domestic meeting of the day is no contact).
func (d *doc) sameDayContacts(held, invites []eng) ([]eng, []eng) {
	pub := d.pub.Format("2006-01-02")
	for k := 0; k < len(invites); k++ {
		e := invites[k]
		if e.date != pub || !sameDayType(e.typ) || len(e.persons) != 2 || len(d.countriesOf(e)) < 2 || !d.plainFuture(e.sent) {
			continue
		}
		if slices.ContainsFunc(held, func(h eng) bool {
			return class(h.typ) == class(e.typ) && subset(e.persons, h.persons)
		}) {
			invites = slices.Delete(invites, k, k+1)
			k--
			continue
		}
		e.status = accord.StatusHeld
		held = append(held, e)
		invites = slices.Delete(invites, k, k+1)
		k--
	}
	return held, invites
}

// plainFuture tells whether sentence s announces with a future auxiliary
// and no cue of a schedule or a guess ("are expected to hold talks on
// Thursday", reported that Thursday, is another's forecast), nor of another
// contact before it ("will meet C this afternoon following talks with B":
// the talks are not the contact ahead).
func (d *doc) plainFuture(s int) bool {
	from, to := d.sentToks(s)
	aux := false
	for k := from; k < to; k++ {
		t := d.toks[k]
		if d.lx.scheduleCues[t.fold] || d.lx.possibility[t.fold] || d.lx.visitPast[t.fold] && d.contactNounWithin(k+1, min(k+4, to)) {
			return false
		}
		aux = aux || d.lx.futureAuxiliaries[t.fold]
	}
	return aux
}

// contactNounWithin tells whether a contact noun (knowledge
// subject_contact_nouns: "talks", "meeting") stands from k to to.
func (d *doc) contactNounWithin(k, to int) bool {
	for ; k < to; k++ {
		if d.lx.subjectContactNouns[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// sameDayType: the contacts a day's programme holds (not a visit, which
// spans days, nor a signing, which a plan names before it is done).
func sameDayType(t accord.EngagementType) bool {
	switch t {
	case accord.Meeting, accord.Talks, accord.PhoneCall, accord.VideoCall, accord.Reception:
		return true
	}
	return false
}
