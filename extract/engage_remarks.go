package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// Remarks a government publishes of its own leader often name no one: the
// leader speaks, the guest is "Mr President", and the headline names only
// the occasion ("PM's remarks at State Visit press conference"). Protocol
// still makes the occasion one between the two governments; the other is
// the one foreign country the remarks speak of.

// unnamedGuestCountry returns the country of the guest that a government's
// remarks address by office alone ("Mr President – welcome to Chequers"),
// when they name no person of another country and speak of one foreign
// country only, or of one beside their own ("The United Kingdom and the
// United States stand together"); "" otherwise.
func (d *doc) unnamedGuestCountry(h home) string {
	if !h.government || h.country == "" {
		return ""
	}
	for _, m := range d.mentions {
		if m.person >= 0 && d.persons[m.person].country != h.country {
			return "" // a named guest: the headline's and the body's rules read it
		}
	}
	if !d.guestAddressed() {
		return ""
	}
	var foreign, paired []string
	for _, o := range d.others {
		if o.i < 0 || o.kind != accord.Country || o.key == h.country {
			continue
		}
		foreign = appendStr(foreign, o.key)
		if d.pairedWith(o.i, h.country) {
			paired = appendStr(paired, o.key)
		}
	}
	switch {
	case len(foreign) == 1:
		return foreign[0]
	case len(paired) == 1:
		return paired[0]
	}
	return ""
}

// guestAddressed reports whether the opening sentences address a guest by
// office ("Mr President", "Your Majesty") or welcome or thank one present
// ("it's a pleasure to welcome you", "thank you for your hospitality").
func (d *doc) guestAddressed() bool {
	for s := 0; s < len(d.sents) && s < openingSents; s++ {
		from, to := d.sentToks(s)
		for k := from; k < to; k++ {
			if d.phraseAt(k, to, d.lx.guestAddresses) {
				return true
			}
		}
		you := false
		for k := from; k < to; k++ {
			you = you || d.toks[k].fold == "you" || d.toks[k].fold == "your"
		}
		if you && (d.welcomes(from, to) || d.hasFold(from, to, "hospitality")) {
			return true
		}
	}
	return false
}

// hasFold reports whether a token of from..to folds to w.
func (d *doc) hasFold(from, to int, w string) bool {
	for k := from; k < to; k++ {
		if d.toks[k].fold == w {
			return true
		}
	}
	return false
}

// pairedWith reports whether the country named at toks[i] is joined by
// "and" to country c in its sentence: "the United Kingdom and the United
// States", "Britain and America".
func (d *doc) pairedWith(i int, c string) bool {
	from, to := d.sentToks(d.toks[i].sent)
	for _, o := range d.others {
		if o.i < from || o.i >= to || o.kind != accord.Country || o.key != c {
			continue
		}
		a, b := min(o.i, i), max(o.i, i)
		for k := a + 1; k < b && k < a+6; k++ {
			if d.toks[k].fold == "and" {
				return true
			}
		}
	}
	return false
}

// welcomedHere reports whether the opening welcomes the guest to the
// speaker's country ("welcome you to Chequers"), not thanks the host.
func (d *doc) welcomedHere() bool {
	for s := 0; s < len(d.sents) && s < openingSents; s++ {
		from, to := d.sentToks(s)
		if d.welcomes(from, to) {
			return true
		}
		if d.hasFold(from, to, "hospitality") {
			return false
		}
	}
	return false
}

// guestEngagement is the headline's occasion of type t between the site's
// government and the unnamed guest's: "PM's remarks at State Visit press
// conference", "State Visit business event". The visit is the guest's to
// the country the opening welcomes them to, or the speaker's, thanking
// the host.
func (d *doc) guestEngagement(t accord.EngagementType, guest string, h home, date string, dateline accord.PlaceRef) eng {
	e := eng{typ: t, date: date, status: accord.StatusHeld, fromTitle: true, codes: []string{h.country, guest}, sent: d.firstSentenceWithCountries([]string{guest})}
	host := guest
	if d.welcomedHere() {
		host = h.country
	}
	if t == accord.Visit {
		e.date, e.day = date[:7], date
	}
	if t != accord.PhoneCall && t != accord.VideoCall {
		e.place = dateline
		if e.place.Country == "" {
			e.place = accord.PlaceRef{Country: host}
		}
	}
	return e
}

// weClause reports whether "we" or "I" is the subject of the clause of a
// contact phrase: "the agreement that we have just signed", "We have just
// come from a fantastic meeting with". A comma or dash closes the clause.
func (d *doc) weClause(from int, tr trigger) bool {
	for k := tr.i - 1; k >= from && k >= tr.i-8; k-- {
		switch uncontracted(d.toks[k].text) {
		case "I", "We", "we":
			return true
		case ",", ";", "–", "—", "-":
			return false
		}
	}
	return false
}

// ownPress is the headline's press conference or doorstop of the site's own
// leader alone, which no other side attends: held abroad (the headline's
// place is another country's: "Doorstop Interview - Washington"), or about
// a contact with another country ("Press Occasion on the Telephone Talk
// with President A"). The leader is the home person the body names as
// speaker or subject, else the country.
func (d *doc) ownPress(title *doc, held []eng, dateline accord.PlaceRef, h home, regarding bool) []eng {
	if title == nil || d.pub.IsZero() || !h.government || h.country == "" {
		return held
	}
	if slices.ContainsFunc(held, func(e eng) bool { return e.typ == accord.PressConference }) {
		return held
	}
	place := dateline
	if place.Country == "" {
		place = title.headlinePlace()
	}
	if !regarding {
		if !slices.Contains(title.titleCues(), accord.PressConference) || len(title.persons) > 0 {
			return held
		}
		if place.Country == "" || place.Country == h.country {
			return held // at home, on the home's business
		}
	}
	e := eng{typ: accord.PressConference, date: d.pub.Format("2006-01-02"), datePub: true, status: accord.StatusHeld, fromTitle: true, own: true, place: place}
	if rd := d.recordDate(); rd != nil {
		e.date, e.datePub = rd.format(), false
	}
	lead := -1
	for _, m := range d.mentions {
		if m.person < 0 || d.former(m.person) {
			continue
		}
		// The home leader, or a leader of no known country the headline
		// does not name (the other side of the contact it is about).
		c := d.persons[m.person].country
		if c == h.country && (d.turnSpeaker(m) || d.leader(m.person)) || c == "" && d.leader(m.person) && !title.namesPerson(d.persons[m.person].name) {
			lead = m.person
			break
		}
	}
	if lead >= 0 {
		e.persons, e.sent = []int{lead}, d.firstSentenceWith([]int{lead})
	} else {
		e.codes = []string{h.country}
	}
	if e.place.Country == "" && regarding {
		e.place = accord.PlaceRef{Country: h.country}
	}
	return append(held, e)
}

// headlinePlace returns the place a headline ends with after a dash
// ("Transcript - Doorstop Interview - Washington"), or a zero place.
func (d *doc) headlinePlace() accord.PlaceRef {
	for _, o := range d.others {
		if o.i <= 0 || o.kind != accord.Place && o.kind != accord.Country || o.demonym {
			continue
		}
		switch d.toks[o.i-1].text {
		case "-", "–", "—", ",":
		default:
			continue
		}
		if o.j+1 < len(d.toks) && d.toks[o.j+1].word {
			continue // not the headline's end
		}
		if o.kind == accord.Country {
			return accord.PlaceRef{Name: o.name, Country: o.key}
		}
		return accord.PlaceRef{Name: o.name, Country: o.country}
	}
	return accord.PlaceRef{}
}

// pressRegarding reports whether a headline's press conference is its
// speaker's own about another contact ("Press Conference by the Prime
// Minister regarding a Telephone Talk with A"), which titleCues leaves out.
func (d *doc) pressRegarding() bool {
	for k := range d.toks {
		if d.toks[k].fold != "press" && d.toks[k].fold != "news" {
			continue
		}
		if k+1 < len(d.toks) && (d.lx.titleCues[d.toks[k].fold+" "+d.toks[k+1].fold] == accord.PressConference || d.toks[k+1].fold == "occasion") {
			return d.pressSubject() && !d.pluralStatements()
		}
	}
	return false
}

// remarksGuest is unnamedGuestCountry under a headline that names no one
// but the site's own ("PM's remarks at …", the Prime Minister of the day).
func (d *doc) remarksGuest(title *doc, h home) string {
	if title == nil {
		return ""
	}
	for _, p := range title.persons {
		if p.country != h.country {
			return ""
		}
	}
	return d.unnamedGuestCountry(h)
}

// monarchObject reports whether the contact phrase of tr is with a monarch
// named by title alone: "met their Majesties the Emperor and Empress",
// "meeting with His Majesty the King", not "met King A".
func (d *doc) monarchObject(tr trigger, to int) bool {
	k := tr.j // the phrase's end
	if k < to && d.toks[k].fold == "with" {
		k++
	}
	majesty := false
	if k+1 < to && (d.toks[k].fold == "their" || d.toks[k].fold == "his" || d.toks[k].fold == "her") && (d.toks[k+1].fold == "majesty" || d.toks[k+1].fold == "majesties") {
		k, majesty = k+2, true
	}
	if k < to && d.toks[k].fold == "the" {
		k++
	}
	title := false
	for k < to && d.lx.audienceOffices.holdsFold(d.toks[k].fold) {
		k, title = k+1, true
		if k+1 < to && d.toks[k].fold == "and" && d.lx.audienceOffices.holdsFold(d.toks[k+1].fold) {
			k++
		}
	}
	if !title && !majesty {
		return false
	}
	// "the King of Norway", "King A": a name or a country is another rule's.
	if k < to && (d.toks[k].fold == "of" || d.toks[k].cap && d.toks[k].word) {
		return false
	}
	return !d.personIn(k, min(k+3, to))
}

// monarchCountry is the country whose monarch a visitor meets: where a
// visit held before it that the visitor makes took place, else the country
// the text says the visitor came to ("a visit to Japan", "honored to
// return to Japan"), else the dateline's; a country of the visitor's own
// is none.
func (d *doc) monarchCountry(e eng, held []eng, dateline accord.PlaceRef) string {
	visitor := func(c string) bool {
		return slices.ContainsFunc(e.persons, func(p int) bool { c2 := d.persons[p].country; return c2 != "" && c2 != c })
	}
	for _, h := range held {
		if h.typ == accord.Visit && h.status == accord.StatusHeld && overlap(h.persons, e.persons) && h.place.Country != "" && visitor(h.place.Country) {
			return h.place.Country
		}
	}
	if c := d.visitedCountry(); c != "" && visitor(c) {
		return c
	}
	if c := dateline.Country; c != "" && visitor(c) {
		return c
	}
	return ""
}

// visitedCountry is the one country the text names as a trip's
// destination: "a visit to Japan", "to return to Japan", "arrived in
// Japan"; "" when none or several.
func (d *doc) visitedCountry() string {
	out := ""
	for _, o := range d.others {
		if o.i < 2 || o.kind != accord.Country || o.demonym {
			continue
		}
		if p := d.toks[o.i-1].fold; p != "to" && p != "in" {
			continue
		}
		switch d.toks[o.i-2].fold {
		case "visit", "return", "trip", "travel", "arrived", "arrival", "journey":
		default:
			continue
		}
		if out != "" && out != o.key {
			return ""
		}
		out = o.key
	}
	return out
}

// mealNamed reports whether a headline names a meal ("State Dinner",
// "State Banquet").
func (d *doc) mealNamed() bool {
	for k := range d.toks {
		if d.lx.mealWords[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// ownCountryNamed reports whether country c is the country of a person
// the headline names, not a former holder ("Remarks by President A of
// Chile at State Banquet"): the speaker's own, not the other side of the
// banquet.
func (d *doc) ownCountryNamed(c string) bool {
	return slices.ContainsFunc(d.mentions, func(m *pmention) bool {
		return m.person >= 0 && !m.former && d.persons[m.person].country == c
	})
}
