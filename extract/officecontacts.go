package extract

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"

	"github.com/accordhq/accord/extract/office"
)

// namingCalled reports whether "called" at toks[i] names something rather
// than reporting a call: "the 21st century is called Asia's century", "the
// so-called Quad". A passive or a compound takes no one on the line.
func (d *doc) namingCalled(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	p := d.toks[i-1].fold
	return beVerb[p] || p == "so" || p == "-" || p == "also" && i > 1 && beVerb[d.toks[i-2].fold] || d.namesAs(i)
}

// heldConversation reads "he held his first conversation with A", "had
// their first conversation with A": a conversation held, owned by its
// subject and counted, like "had a conversation with".
func (d *doc) heldConversation(i int) bool {
	k := i - 1
	if k > 0 && ordinalWord[d.toks[k].fold] {
		k--
	}
	// "had a short conversation", "had a very warm conversation": up to
	// two plain words between; a remote one ("telephone") is a call's.
	for n := 0; n < 2 && k > 1 && d.toks[k].word && !d.toks[k].cap && d.toks[k].sent == d.toks[i].sent && !d.lx.remoteWords[d.toks[k].fold]; n++ {
		if f := d.toks[k].fold; f == "a" || f == "his" || f == "her" || f == "their" {
			break
		}
		k--
	}
	if k < 1 || d.toks[k].sent != d.toks[i].sent {
		return false
	}
	if f := d.toks[k].fold; f != "a" && f != "his" && f != "her" && f != "their" {
		return false
	}
	return d.toks[k-1].fold == "had" || d.toks[k-1].fold == "held"
}

// ordinalWord counts a contact among others of its kind.
var ordinalWord = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "further": true, "another": true}

// otherOccasion reports whether date de, in the sentence of contact tr,
// dates something else than the contact:
//   - the occasion the contact prepares, said after it: "spoke this
//     afternoon with A ahead of the G7 summit next month";
//   - the same moment told again in brackets, in another time zone: "on
//     May 26 … from 6:10 P.M. local time (1:10 A.M. on May 27, JST)",
//     when a date outside brackets is there to date the contact.
func (d *doc) otherOccasion(tr trigger, de dateExpr, ds []dateExpr) bool {
	if de.tok >= tr.j && d.aheadOf(tr.j, de.tok) {
		return true
	}
	if de.tok < tr.i && d.openingAhead(de.tok, tr.i) {
		return true
	}
	if de.tok >= tr.j && d.sinceOther(tr, de, ds) {
		return true
	}
	if !d.bracketed(de.tok) {
		return false
	}
	for _, o := range ds {
		if o.tok != de.tok && !d.bracketed(o.tok) {
			return true
		}
	}
	return false
}

// openingAhead reports whether the date at toks[at] sits in an opening
// clause, ended by a comma before the contact at toks[i], that looks ahead
// ("In view of the summit scheduled to take place on December 9, A had a
// telephone conversation with B"): the date is the occasion's, not the
// contact's.
func (d *doc) openingAhead(at, i int) bool {
	comma := -1
	for k := at + 1; k < i; k++ {
		if d.toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return false
	}
	for k := at - 1; k >= 0 && d.toks[k].sent == d.toks[at].sent; k-- {
		if f := d.toks[k].fold; f == "scheduled" || f == "upcoming" || f == "forthcoming" || f == "planned" {
			return true
		}
	}
	return false
}

// aheadOf reports whether toks[from:to] says the contact at to is the
// occasion another prepares: "met A today (12 March), ahead of their
// meeting with B" dates the first meeting, not the one ahead.
func (d *doc) aheadOf(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if f := d.toks[k].fold; f == "ahead" && d.toks[k+1].fold == "of" || f == "prior" && d.toks[k+1].fold == "to" || f == "run-up" && d.toks[k+1].fold == "to" || f == "preparation" && d.toks[k+1].fold == "for" {
			return true
		}
	}
	return false
}

// bracketed reports whether toks[k] sits inside round brackets of its
// sentence.
func (d *doc) bracketed(k int) bool {
	s := d.toks[k].sent
	for i := k - 1; i >= 0 && d.toks[i].sent == s; i-- {
		switch d.toks[i].text {
		case ")":
			return false
		case "(":
			for j := k + 1; j < len(d.toks) && d.toks[j].sent == s; j++ {
				switch d.toks[j].text {
				case "(":
					return false
				case ")":
					return true
				}
			}
			return false
		}
	}
	return false
}

// pluperfectOf reports whether a contact noun is the object of a verb in
// the pluperfect: "Representative A had facilitated the signing of …" tells
// of a signing done before the time of the report, not one it reports.
func (d *doc) pluperfectOf(tr trigger, from int) bool {
	k := tr.i - 1
	if k < from || d.toks[k].fold != "the" {
		return false
	}
	k--
	if k-1 < from || !d.toks[k].word || d.toks[k].cap || len(d.toks[k].fold) < 5 || d.toks[k].fold[len(d.toks[k].fold)-2:] != "ed" {
		return false
	}
	return d.toks[k-1].fold == "had"
}

// officeList reads the holders of one office in several countries named
// after a contact phrase: "talked with the foreign ministers of the United
// Kingdom, France, Slovakia and Estonia", "met the ambassadors of A, B and
// C", "held talks with his counterparts from A and B". It returns the
// office ("" for counterparts) and the countries, two or more, or nil;
// joint when the plural names them together ("spoke to the leaders of A, B
// and C": one call of all).
func (d *doc) officeList(tr trigger, to int) (off string, codes []string, joint bool) {
	k := tr.j
	// "held bilateral meetings yesterday with his counterparts from A, B
	// and C": the day may stand between the contact and its "with".
	if q := d.skipVerbDay(tr.i, k, tr.form); q > k && q < to && d.toks[q].fold == "with" {
		k = q
	}
	if k < to && d.toks[k].fold == "with" {
		k++ // "held bilateral meetings with the leaders of A, B and C"
	}
	for k < to && (d.toks[k].fold == "the" || personalOwner[d.toks[k].fold]) {
		k++
	}
	if k >= to {
		return "", nil, false
	}
	// "met his Tonga and Samoa counterparts", "the Tongan and Samoan
	// prime ministers": the countries before the office.
	if off, codes, ok := d.countriesBeforeOffice(k, to); ok {
		return off, codes, false
	}
	found := false
	if s, ok := d.spanAt(k); ok && s.i == k && s.kind == kTitle && s.e.plural {
		off, found = d.lx.k.Titles.Titles[s.e.id].Office, true
		k = s.j
	} else {
		if o, end, bilateralOnly, ok := d.officePluralAt(k, to); ok {
			off, found, joint = o, true, bilateralOnly && !d.bilateralPhrase(tr)
			k = end
		}
	}
	if !found {
		// "bilaterals with the Prime Minister of A, the Prime Minister of B
		// and the President of C": offices named one by one, each of its
		// country, are as many counterparts.
		if off, codes, end := d.officeItems(k, to); codes != nil && !d.namedWithin(tr.sent, end, to) {
			return off, codes, false
		}
		return "", nil, false
	}
	if k >= to || d.toks[k].fold != "of" && d.toks[k].fold != "from" {
		return "", nil, false
	}
	k++
	// "his counterparts from other APEC member economies, including A, B
	// and C": the countries are those the inclusion lists.
	if s, ok := d.spanAt(k); !ok || s.i != k || s.kind != kCountry {
		for n := k; n < to && n <= k+8; n++ {
			if d.toks[n].fold == "including" {
				k = n + 1
				break
			}
		}
	}
	codes, k, last := d.countriesFrom(k, to)
	// "the Prime Ministers of A and B and the President of C": more
	// offices of countries after the first, one contact with each holder.
	if len(codes) >= 2 {
		if o, more, end := d.officeTail(last, to); more != nil {
			if o != off {
				off = "" // each the counterpart of their country
			}
			for _, c := range more {
				codes = appendStr(codes, c)
			}
			k = end
		}
	}
	// "the foreign ministers of A, B and C" ends the list; a person's name
	// after it ("… of A, B and C, X, Y and Z") names them, read elsewhere.
	if len(codes) < 2 || d.namedWithin(tr.sent, k, to) {
		return "", nil, false
	}
	return off, codes, joint
}

// officeTail reads, after a list of countries of a plural office, more
// offices of countries joined by "and" or a comma: "… and the President of
// C", "…, the Prime Minister of C and the President of D". It returns their
// office ("" when they differ), the countries and the index after them;
// nil for none.
func (d *doc) officeTail(k, to int) (off string, codes []string, end int) {
	n := k
	if n < to && d.toks[n].fold == "," {
		n++
	}
	if n >= to || d.toks[n].fold != "and" && n == k {
		return "", nil, 0
	}
	if d.toks[n].fold == "and" {
		n++
	}
	if n < to && d.toks[n].fold == "the" {
		n++
	}
	// Another plural office: "and the presidents of C and D".
	po, pe, found := "", n, false
	if ps, ok := d.spanAt(n); ok && ps.i == n && ps.kind == kTitle && ps.e.plural {
		po, pe, found = d.lx.k.Titles.Titles[ps.e.id].Office, ps.j, true
	} else if o, e, bilateralOnly, ok := d.officePluralAt(n, to); ok && !bilateralOnly {
		po, pe, found = o, e, true
	}
	if found && pe < to && d.toks[pe].fold == "of" {
		cs, _, e := d.countriesFrom(pe+1, to)
		if cs != nil {
			codes, end = cs, e
			return po, codes, end
		}
		return "", nil, 0
	}
	// One office alone: "and the President of C".
	s, ok := d.spanAt(n)
	if !ok || s.i != n || s.kind != kTitle || s.e.plural || s.j >= to || d.toks[s.j].fold != "of" {
		return "", nil, 0
	}
	c := s.j + 1
	if c < to && d.toks[c].fold == "the" {
		c++
	}
	if cs, ok := d.spanAt(c); !ok || cs.i != c || cs.kind != kCountry || cs.e.code == "" {
		return "", nil, 0
	}
	// Then more of them: "the President of C and the King of D".
	if o, more, e := d.officeItems(n, to); more != nil {
		return o, more, e
	}
	cs, _ := d.spanAt(c)
	return d.lx.k.Titles.Titles[s.e.id].Office, []string{cs.e.code}, cs.j
}

// officeItems reads two or more singular offices of countries from toks[k],
// joined by commas and "and": "the Prime Minister of A, the Prime Minister
// of B and the President of C". It returns their office when all hold the
// same one (else "", a counterpart's), the countries, and the index after
// the list; nil when fewer than two are listed.
func (d *doc) officeItems(k, to int) (off string, codes []string, end int) {
	for k < to {
		if f := d.toks[k].fold; f == "," || f == "and" || f == "the" {
			k++
			continue
		}
		s, ok := d.spanAt(k)
		if !ok || s.i != k || s.kind != kTitle || s.e.plural {
			break
		}
		n := s.j
		if n >= to || d.toks[n].fold != "of" {
			break
		}
		n++
		if n < to && d.toks[n].fold == "the" {
			n++
		}
		c, ok := d.spanAt(n)
		if !ok || c.i != n || c.kind != kCountry || c.e.code == "" {
			break
		}
		o := d.lx.k.Titles.Titles[s.e.id].Office
		if len(codes) == 0 {
			off = o
		} else if o != off {
			off = ""
		}
		codes = appendStr(codes, c.e.code)
		k = c.j
		end = k
	}
	if len(codes) < 2 {
		return "", nil, 0
	}
	return off, codes, end
}

// countriesBeforeOffice reads two or more countries or demonyms from
// toks[k], joined by commas and "and", then a plural office ("counterparts",
// "prime ministers"): the office and the countries. A name after the
// office ("… counterparts, A and B") names them, read elsewhere.
func (d *doc) countriesBeforeOffice(k, to int) (off string, codes []string, ok bool) {
	codes, k = d.countryListAt(k, to)
	if len(codes) < 2 {
		return "", nil, false
	}
	o, end, bilateralOnly, has := d.officePluralAt(k, to)
	if !has || bilateralOnly || d.namedWithin(d.toks[k].sent, end, end+2) {
		return "", nil, false
	}
	return o, codes, true
}

// officePluralAt reads a plural office of up to four words at toks[k]
// ("foreign ministers", "counterparts", "leaders"): its office, the index
// after it, and whether it names holders one by one only after a bilateral
// phrase (bilateral_office_plurals).
func (d *doc) officePluralAt(k, to int) (off string, end int, bilateralOnly, ok bool) {
	ws := ""
	for n := 0; n < 4 && k+n < to; n++ {
		if n > 0 {
			ws += " "
		}
		ws += d.toks[k+n].fold
		if o, has := d.lx.officePlurals[ws]; has {
			return o, k + n + 1, false, true
		}
		if o, has := d.lx.bilateralOfficePlurals[ws]; has {
			return o, k + n + 1, true, true
		}
	}
	return "", k, false, false
}

// bilateralPhrase reports whether the contact phrase tr, or the two words
// before it, say "bilateral": "held bilateral meetings with"; or the
// phrase's noun is a plural of separate contacts: "held meetings with the
// leaders of A, B and C" (leaderplurals37.go).
func (d *doc) bilateralPhrase(tr trigger) bool {
	for k := max(tr.i-2, 0); k < tr.j && k < len(d.toks); k++ {
		if d.lx.bilateralWords[d.toks[k].fold] {
			return true
		}
	}
	return d.separateContactPlural(tr)
}

// listsOffices reports whether the contact phrase tr names holders of an
// office in several countries.
func (d *doc) listsOffices(tr trigger, to int) bool {
	_, codes, _ := d.officeList(tr, to)
	return codes != nil
}

// saysTalks reports whether a headline calls its contacts talks or
// meetings, in any case: "further talks with foreign ministers".
func (d *doc) saysTalks() bool {
	if d == nil {
		return false
	}
	for ti := range d.toks {
		t := &d.toks[ti]
		if t.fold == "talks" || t.fold == "meeting" || t.fold == "meetings" {
			return true
		}
	}
	return false
}

// officeContacts splits a contact with the holders of an office in several
// countries into one contact with each: the country's holder where the text
// names them (by the office, or as the holder the office table knows on the
// day), else the country itself, as for any side whose person is unnamed.
// The subject is the one person e has. A gathering ("jointly", "a
// trilateral meeting", a summit) stays one.
func (d *doc) officeContacts(tr trigger, e eng, from, to int) []eng {
	if class(tr.typ) != "talks" && !remote(tr.typ) || len(e.persons) == 0 {
		return nil
	}
	off, codes, joint := d.officeList(tr, to)
	if codes == nil {
		return nil
	}
	// Besides the subject, only holders the list names by office ("the
	// President of C", read as its holder on the day), one of each country.
	held := map[string]int{}
	for _, p := range e.persons[1:] {
		c := d.persons[p].country
		if !slices.Contains(codes, c) || held[c] != 0 || !d.officeMentionIn(p, tr.sent, tr.j, to) {
			return nil
		}
		held[c] = p + 1
	}
	// "spoke over the phone with the leaders of A, B and C …, his office
	// said in separate statements", "The phone calls between A and B's C
	// …": the text tells the calls one by one.
	// "held a series of phone conversations with the leaders of A, B and
	// C"; "called four European leaders. He spoke with the leaders of A,
	// B, C and D" (several_calls_cues, call_verbs).
	if joint && remote(tr.typ) && (d.callsApart(from, to) || d.severalCallsIn(from, to) || tr.sent > 0 && d.severalCallsIn(d.sentToks(tr.sent-1))) {
		joint = false
	}
	// "held separate bilateral summit talks with the leaders of A, B and
	// C": one contact with each, as the text says.
	apart := d.separateContacts(tr, from, to)
	if apart {
		joint = false
	}
	if joint {
		// "spoke to the leaders of A, B and C": one call of all. Met in
		// person, they may have met together or one by one: the text
		// tells which elsewhere, if at all.
		if !remote(tr.typ) {
			return nil
		}
		x := e
		x.guessed = false
		x.codes = slices.DeleteFunc(slices.Clone(codes), func(c string) bool { return c == d.persons[e.persons[0]].country })
		return []eng{x}
	}
	for k := from; k < to; k++ {
		if d.toks[k].fold == "summit" && !apart {
			return nil
		}
	}
	for k := from; k < to; k++ {
		if !d.lx.together[d.toks[k].fold] {
			continue
		}
		// "met with his counterparts from A and B … to exchange views on
		// trilateral cooperation": the sentence says they met together,
		// one meeting of all (their holders unnamed: the countries).
		if apart || len(e.persons) != 1 {
			return nil
		}
		x := e
		x.guessed = false
		x.codes = slices.DeleteFunc(slices.Clone(codes), func(c string) bool { return c == d.persons[e.persons[0]].country })
		return []eng{x}
	}
	subj := e.persons[0]
	var out []eng
	for _, c := range codes {
		if c == d.persons[subj].country {
			continue
		}
		x := e
		x.guessed = false
		if p := held[c] - 1; p >= 0 {
			x.persons, x.codes = []int{subj, p}, nil
		} else if p := d.holderNamed(c, off, subj); p >= 0 {
			x.persons, x.codes = []int{subj, p}, nil
		} else {
			x.persons, x.codes = []int{subj}, []string{c}
		}
		out = append(out, x)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// callsApart reports whether the sentence toks[from:to] says "separate" or
// "separately", or the text speaks of its calls in the plural ("the phone
// calls between", "the calls with"): calls one by one.
func (d *doc) callsApart(from, to int) bool {
	for k := from; k < to; k++ {
		if f := d.toks[k].fold; f == "separate" || f == "separately" {
			return true
		}
	}
	for k := 0; k+1 < len(d.toks); k++ {
		if f := d.toks[k].fold; (f == "calls" || f == "conversations") && d.toks[k+1].fold == "between" {
			return true
		}
	}
	return false
}

// holderNamed returns the person of the text who holds office off of
// country c ("" for the counterpart of person subj), or -1: one titled so,
// or the holder the office table is sure of on the article's day, when the
// text names them.
func (d *doc) holderNamed(c, off string, subj int) int {
	offices := []string{off}
	if off == "" {
		offices = nil
		for _, t := range d.persons[subj].titles {
			offices = append(offices, d.lx.k.Titles.Titles[t].Office)
		}
	}
	// "the leaders of A, B and C": the one head of state or government of
	// each the text names, whatever the subject's own office.
	if off == "" {
		found := -1
		for pi, p := range d.persons {
			if pi != subj && p.country == c && !d.former(pi) && p.count > 0 && d.leader(pi) {
				if found >= 0 {
					found = -2
					break
				}
				found = pi
			}
		}
		if found >= 0 {
			return found
		}
		// Else the one person of that country the text names at all:
		// "the leaders of Iraq, … The phone calls between A and Iraq's B".
		if found == -1 {
			for pi, p := range d.persons {
				if pi != subj && p.country == c && !d.former(pi) && p.count > 0 {
					if found != -1 {
						found = -2
						break
					}
					found = pi
				}
			}
			if found >= 0 {
				return found
			}
		}
	}
	for _, o := range offices {
		if o == "" {
			continue
		}
		for pi, p := range d.persons {
			if pi != subj && p.country == c && !d.former(pi) && p.count > 0 && d.titledAs(p, o) {
				return pi
			}
		}
		if h, ok := d.certainHolder(c, o); ok {
			hw := h.NameWords()
			for pi, p := range d.persons {
				if pi != subj && p.count > 0 && (p.country == "" || p.country == c) && len(p.core) > 1 && office.Names(office.Words(p.name), hw) {
					return pi
				}
			}
		}
	}
	return -1
}

// dropOverviews removes the contacts split from a list of offices that the
// text also reports one by one on another day: "During his visit, A met
// with counterparts from B, C and D" above "A met bilaterally with B's
// minister X" under that day's heading is the trip's summary. A report of
// the same day is the same contact, and the list's one gives way to it.
func (d *doc) dropOverviews(held []eng) []eng {
	summary := map[int]bool{}
	dup := map[int]bool{}
	for k, c := range held {
		if c.overview == 0 {
			continue
		}
		for _, h := range held {
			if h.overview == c.overview || !sameClass(h.typ, c.typ) || !overlap(h.persons, c.persons[:1]) || !d.namesSide(h, c) {
				continue
			}
			// Two lists telling the same contacts ("met his A and B
			// counterparts … had bilateral meetings with his A and B
			// counterparts"): the first stays, the later repeats it.
			if h.overview > c.overview {
				continue
			}
			// (Only the list's contacts retold go: "met counterparts from
			// A, B and C … also met his counterpart from B, X" on another
			// day leaves A's and C's.)
			if h.date == c.date || d.fewRetold(held, c.overview) {
				dup[k] = true
			} else {
				summary[c.overview] = true
			}
		}
	}
	if len(summary) == 0 && len(dup) == 0 {
		return held
	}
	out := held[:0]
	for k, e := range held {
		if e.overview != 0 && (summary[e.overview] || dup[k]) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// namesSide reports whether contact h names the other side of c, a contact
// of c's subject with one person or one country.
func (d *doc) namesSide(h, c eng) bool {
	if len(c.persons) == 2 {
		return slices.Contains(h.persons, c.persons[1])
	}
	if len(c.codes) != 1 {
		return false
	}
	if slices.Contains(h.codes, c.codes[0]) {
		return true
	}
	for _, p := range h.persons {
		if d.persons[p].country == c.codes[0] {
			return true
		}
	}
	return false
}

// separateGuests reads "held fruitful discussions with A, Ambassador of X,
// B, Ambassador of Y, and C": a plural contact noun with guests of
// different countries, each a contact of their own. Guests of one country
// ("discussions with President A and Prime Minister B") meet together.
func (d *doc) separateGuests(tr trigger, e eng) bool {
	plural := false
	for k := tr.i; k < tr.j; k++ {
		if f := d.toks[k].fold; f == "discussions" || f == "conversations" || f == "consultations" || f == "exchanges" {
			plural = true
		}
	}
	seen := map[string]bool{}
	for _, m := range d.mentions {
		if m.person < 0 || m.sent != tr.sent || m.i < tr.j || !slices.Contains(e.persons, m.person) {
			continue
		}
		c := d.persons[m.person].country
		if c == "" {
			continue
		}
		if seen[c] {
			return false
		}
		seen[c] = true
	}
	return len(seen) >= 2 && (plural || d.toldApart(tr, e))
}

// toldApart reports whether every guest named after the contact phrase tr
// has a later sentence of its own that speaks of a meeting with them and
// names no other guest: "met Crown Prince A and Chief Executive B on
// Friday. During their meeting, … A … During his meeting with Mr B, …"
// tells two meetings.
func (d *doc) toldApart(tr trigger, e eng) bool {
	var guests []int
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == tr.sent && m.i >= tr.j && slices.Contains(e.persons, m.person) && !slices.Contains(guests, m.person) {
			guests = append(guests, m.person)
		}
	}
	if len(guests) < 2 {
		return false
	}
	for _, g := range guests {
		own := false
		for s := tr.sent + 1; s < len(d.sents) && !own; s++ {
			from, to := d.sentToks(s)
			meeting := false
			for k := from; k < to; k++ {
				meeting = meeting || d.toks[k].fold == "meeting"
			}
			if !meeting || !d.personWithin(g, s, from, to) {
				continue
			}
			own = true
			for _, o := range guests {
				if o != g && d.personWithin(o, s, from, to) {
					own = false
				}
			}
		}
		if !own {
			return false
		}
	}
	return true
}

// listedContacts reads a leader's contacts given as a list: "The Prime
// Minister carried out a number of engagements with world leaders this
// weekend. … Saturday 17th September at Chevening: • Prime Minister A of
// Australia [in person] • President B of the UAE [phone call]". Each item
// naming one person of another country is a contact of the article's
// principal with them: a call where the item says so, else a meeting,
// dated by the heading above the item ("Saturday 17th September"), else
// by the text. The list is one of contacts where the text before it names
// them in the plural (engagements, meetings, calls, bilaterals).
func (d *doc) listedContacts(held []eng, principals []int) []eng {
	if len(principals) == 0 {
		return nil
	}
	lead := principals[0]
	var out []eng
	announced := false
	var day *dateExpr
	for s := range d.sents {
		from, to := d.sentToks(s)
		if from >= to {
			continue
		}
		if !d.listItem(s) {
			for k := from; k < to; k++ {
				if d.lx.is(&d.toks[k], fContactPlural) {
					announced = true
				}
			}
			// A heading over the items: "Sunday 18th September at No 10:".
			if d.toks[to-1].text == ":" {
				if ds := d.lx.dates(d.toks, from, to, d.pub); len(ds) > 0 && ds[0].prec == precDay && !ds[0].t.After(d.pub) {
					day = &ds[0]
				}
			}
			continue
		}
		if !announced {
			continue
		}
		guest := -1
		for _, m := range d.mentions {
			if m.sent != s || m.person < 0 || m.poss || m.former {
				continue
			}
			if guest >= 0 && m.person != guest {
				guest = -2 // more than one person: not one contact
			} else if guest == -1 {
				guest = m.person
			}
		}
		if guest < 0 || !d.nameOnly(s, from, to) || guest == lead || d.persons[guest].country == "" || d.persons[guest].country == d.persons[lead].country {
			continue
		}
		e := eng{typ: accord.Meeting, status: accord.StatusHeld, persons: []int{lead, guest}, sent: s}
		for k := from; k < to; k++ {
			switch d.toks[k].fold {
			case "phone", "telephone", "call":
				e.typ = accord.PhoneCall
			case "video", "videoconference", "virtual":
				e.typ = accord.VideoCall
			}
		}
		switch {
		case day != nil:
			e.date = day.format()
		case !d.pub.IsZero():
			e.date, e.datePub = d.pub.Format("2006-01-02"), true
		default:
			continue
		}
		if slices.ContainsFunc(held, func(h eng) bool {
			return sameClass(h.typ, e.typ) && subset(e.persons, h.persons)
		}) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// contactPlural are the nouns by which a text announces a list of
// contacts.
var contactPlural = map[string]bool{"engagements": true, "meetings": true, "calls": true, "bilaterals": true}

// listItem reports whether sentence s is an item of a list: it opens with
// a bullet.
func (d *doc) listItem(s int) bool {
	if s >= len(d.sents) {
		return false
	}
	t := strings.TrimSpace(d.text[d.sents[s].Start:d.sents[s].End])
	return strings.HasPrefix(t, "•") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ")
}

// nameOnly reports whether a list item is a name with its office and
// country, and a note in brackets: "Prime Minister A of Australia [in
// person]", not a sentence that tells something ("• The leaders welcomed
// A's election").
func (d *doc) nameOnly(s, from, to int) bool {
	in := 0
	for k := from; k < to; k++ {
		t := d.toks[k]
		switch t.text {
		case "[", "(":
			in++
			continue
		case "]", ")":
			in--
			continue
		}
		if in > 0 || !t.word || t.cap || t.fold == "of" || t.fold == "the" || t.fold == "and" || d.inMention(k) {
			continue
		}
		return false
	}
	return true
}

// officeHosts reads courtesy calls on hosts named by office: "Foreign
// Minister A paid courtesy calls on the President of Mongolia B and
// Speaker of the Parliament C". Each office named after the phrase is a
// reception of the caller by its holder: the person the text names there,
// or else the holder the office table is sure of on the day (the text
// names them in a form not read as a name). An office whose holder is not
// known is left out. The caller is the subject before the phrase.
func (d *doc) officeHosts(tr trigger, e eng, from, to int) []eng {
	if !callsOn(tr.form) {
		return nil
	}
	caller := d.subjectBefore(from, tr.i)
	if caller < 0 {
		return nil
	}
	country := ""
	var hosts []int
	offices := 0
	var table []office.Holder
	for k := tr.j; k < to; k++ {
		s, ok := d.spanAt(k)
		if !ok || s.i != k || s.kind != kTitle || s.e.plural {
			// "called on President A, and met B": the hosts end at the
			// next verb.
			if t := d.toks[k]; t.word && !t.cap && t.fold != "of" && t.fold != "the" && t.fold != "and" && t.fold != "on" && !d.inSpan(k) && !d.inMention(k) {
				break
			}
			continue
		}
		offices++
		ti := d.lx.k.Titles.Titles[s.e.id]
		end := to
		for n := s.j; n < to; n++ {
			if o, ok := d.spanAt(n); ok && o.i == n && o.kind == kTitle {
				end = n
				break
			}
		}
		if s.j+1 < end && d.toks[s.j].fold == "of" {
			if c, ok := d.spanAt(s.j + 1); ok && c.kind == kCountry {
				country = c.e.code
			}
		}
		host := -1
		for _, m := range d.mentions {
			if m.person >= 0 && m.person != caller && m.ni >= s.i && m.ni < end {
				host = m.person
				break
			}
		}
		if host < 0 && country != "" && country != d.persons[caller].country {
			if h, ok := d.certainHolder(country, ti.Office); ok {
				table = append(table, h)
			}
		}
		if host >= 0 {
			hosts = appendInt(hosts, host)
		}
		k = end - 1
	}
	// Only where a host had no name read: the rest is splitCalls' work.
	if offices < 2 || len(table) == 0 {
		return nil
	}
	for _, h := range table {
		hosts = appendInt(hosts, d.holderPerson(h))
	}
	var out []eng
	for _, h := range hosts {
		x := e
		x.typ, x.persons, x.codes, x.guessed = accord.Reception, []int{caller, h}, nil, false
		out = append(out, x)
	}
	return out
}

// relativeClause returns where a relative clause opens in sentence s (",
// who", ", which"), or the sentence's end: "They were joined by Minister A,
// who updated them on the meeting of B and C" names B and C as what A told
// of, not as persons joining.
func (d *doc) relativeClause(s int) int {
	from, to := d.sentToks(s)
	for k := from + 1; k < to; k++ {
		if f := d.toks[k].fold; (f == "who" || f == "which") && d.toks[k-1].text == "," {
			return k
		}
	}
	return to
}

// separateContacts reports whether the contact phrase tr says its contacts
// were held apart: "separate" or "bilateral" in the phrase or just before
// it ("held separate bilateral summit talks with"), or "separately" in its
// sentence.
func (d *doc) separateContacts(tr trigger, from, to int) bool {
	for k := max(from, tr.i-3); k < tr.j && k < to; k++ {
		if f := d.toks[k].fold; f == "separate" || d.lx.bilateralWords[f] {
			return true
		}
	}
	for k := from; k < to; k++ {
		if d.toks[k].fold == "separately" {
			return true
		}
	}
	return false
}

// officeMentionIn reports whether person p is mentioned in sentence sent
// within toks[from:to) by an office of a country alone ("the President of
// C", its holder on the day), no word of their name written there.
func (d *doc) officeMentionIn(p, sent, from, to int) bool {
	for _, m := range d.mentions {
		if m.person != p || m.sent != sent || m.i < from || m.i >= to || m.title < 0 {
			continue
		}
		words := strings.Fields(accord.Fold(m.name))
		named := false
		for k := m.i; k < m.j && k < len(d.toks); k++ {
			// (A monarch's name holds the country: "Carl of Sweden".)
			if c, ok := d.spanAt(k); ok && c.i == k && c.kind == kCountry {
				k = c.j - 1
				continue
			}
			f := d.toks[k].fold
			named = named || f != "of" && f != "the" && slices.Contains(words, f)
		}
		if !named {
			return true
		}
	}
	return false
}

// countriesFrom reads countries parted by "the", commas and "and" from
// toks[k] up to to ("of A, B and the C"): their codes, the token where the
// reading stopped and the token after the last country (k when none).
func (d *doc) countriesFrom(k, to int) (codes []string, stop, end int) {
	end = k
	for k < to {
		if f := d.toks[k].fold; f == "the" || f == "," || f == "and" {
			k++
			continue
		}
		s, ok := d.spanAt(k)
		if !ok || s.i != k || s.kind != kCountry || s.e.code == "" {
			break
		}
		codes = appendStr(codes, s.e.code)
		k = s.j
		end = k
	}
	return codes, k, end
}

// countryListAt reads countries or demonyms joined by commas and "and"
// from token k ("Japan, South Korea and Australian"), before to; it
// returns their codes and the token after the list.
func (d *doc) countryListAt(k, to int) (codes []string, next int) {
	for k < to {
		if f := d.toks[k].fold; f == "," || f == "and" {
			k++
			continue
		}
		s, found := d.spanAt(k)
		if !found || s.i != k || (s.kind != kCountry && s.kind != kDemonym) || s.e.code == "" {
			break
		}
		codes = appendStr(codes, s.e.code)
		k = s.j
	}
	return codes, k
}
