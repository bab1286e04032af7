package extract

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// Visits and their dates as ministries, agencies and leaders' offices of
// many governments write them (issue 9).

// visitDestination returns the country a visit the sentence reports goes
// to when it names its visitor only ("A has begun his official visit to
// Mongolia today"): the country the phrase is "to" or "in", not the
// visitor's own. The visit's other side is then that country.
func (d *doc) visitDestination(visitor int, tr trigger, from, to int) string {
	k := d.placeAt(from, to, tr)
	if k < 0 {
		return ""
	}
	o := d.others[k]
	c := o.country
	if o.kind == accord.Country {
		c = o.key
	}
	own := d.persons[visitor].country
	if c == "" || c == own {
		return ""
	}
	// A visitor of no known country: only a visit the phrase names as
	// one ("official visit", "state visit"), not any "visiting".
	if own == "" && !strings.Contains(tr.form, " visit") {
		return ""
	}
	return c
}

// visitOf reports whether the "visit" ending at toks[j] is owned by the
// person named after it: "welcomed the visit of Minister A", "during the
// visit of President A to Chile".
func (d *doc) visitOf(j int) bool {
	if j >= len(d.toks) || d.toks[j].fold != "of" {
		return false
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i == j+1 && !m.poss {
			return true
		}
	}
	return false
}

// clockAt reports whether a time of day starts at toks[k]: "1:10", "18:30".
func clockAt(toks []token, k, to int) bool {
	return k+2 < to && toks[k].num && toks[k+1].text == ":" && toks[k+2].num
}

// sharedDate returns the date of the contact before tr in its sentence
// when tr is part of it: its second verb ("paid a visit to China on 27
// February, and met President A") or the visit it hosts ("Last week, A
// hosted B for an official visit"). The date of the one is the other's.
func (d *doc) sharedDate(ds []dateExpr, trs []trigger, n int) *dateExpr {
	if n == 0 || trs[n-1].sent != trs[n].sent {
		return nil
	}
	prev, tr := trs[n-1], trs[n]
	k := tr.i - 1
	if k <= prev.j {
		return nil
	}
	switch {
	case d.toks[k].fold == "and" && verbForm(d.toks[tr.i]):
		for q := range ds {
			if ds[q].tok >= prev.j && ds[q].end <= k && ds[q].tok-prev.j <= 6 {
				return &ds[q]
			}
		}
	case tr.typ == accord.Visit && prev.typ != accord.Visit && d.visitPurpose(prev.j, tr.i):
		var best *dateExpr
		for q := range ds {
			if ds[q].end <= prev.i || ds[q].tok >= tr.j {
				if best == nil || dist(ds[q], prev) < dist(*best, prev) {
					best = &ds[q]
				}
			}
		}
		return best
	}
	return nil
}

// visitPurpose reports whether the words from j to the visit phrase at k
// make the visit the purpose of the contact before: "hosted A for an
// official visit", "welcomed A on a state visit".
func (d *doc) visitPurpose(j, k int) bool {
	q := k - 1
	for q > j && (d.toks[q].fold == "a" || d.toks[q].fold == "an" || d.toks[q].fold == "his" || d.toks[q].fold == "her" || d.toks[q].fold == "their" || d.toks[q].fold == "the") {
		q--
	}
	if f := d.toks[q].fold; f != "for" && f != "on" {
		return false
	}
	for i := j; i < q; i++ {
		if d.toks[i].text == "," || d.toks[i].fold == "and" {
			return false
		}
	}
	return q-j <= 10
}

// verbForm reports whether a contact phrase starts with a verb in the past
// or present: "met", "held", "visited", "meets".
func verbForm(t token) bool {
	return t.word && !t.cap && (t.fold == "met" || t.fold == "held" || t.fold == "had" || strings.HasSuffix(t.fold, "ed"))
}

// visitsAtHome moves to refs the visits held that a visitor cannot be on:
// "I paid a special visit to China", said in a report of a meeting on
// the speaker's own soil that the text dates ("On September 16, A of
// Mongolia met B in Ulaanbaatar"). Undated, such a visit is recalled.
func (d *doc) visitsAtHome(held, refs []eng) ([]eng, []eng) {
	for k := 0; k < len(held); k++ {
		v := held[k]
		if v.typ != accord.Visit || v.fromTitle || v.place.Country == "" || d.sentenceDated(v.sent) {
			continue
		}
		if slices.ContainsFunc(held, func(e eng) bool {
			if e.typ == accord.Visit || remote(e.typ) || e.datePub || e.place.Country == "" || e.place.Country == v.place.Country || !d.sentenceDated(e.sent) {
				return false
			}
			for _, p := range v.persons {
				if slices.Contains(e.persons, p) && d.persons[p].country == e.place.Country {
					return true
				}
			}
			return false
		}) {
			v.status = accord.StatusMentioned
			refs = append(refs, v)
			held = slices.Delete(held, k, k+1)
			k--
		}
	}
	return held, refs
}

// sentenceDated reports whether sentence s writes a date.
func (d *doc) sentenceDated(s int) bool {
	from, to := d.sentToks(s)
	return len(d.lx.dates(d.toks, from, to, d.pub)) > 0
}

// lateReport returns the recalled contact that a fact sheet or statement
// published after it reports, with nothing held besides, or -1: the first
// recent one its lead names ("on October 29", "during last week's State
// Visit"), else a visit of the last ten days named further on ("The two
// countries are close partners. During last week's official visit of A,
// …"). Of a visit and the contact that hosts it in one sentence ("Last
// week, A hosted B for an official visit"), the visit.
func (d *doc) lateReport(refs, invites []eng) int {
	pick := -1
	for k, e := range refs {
		if !d.recent(e.date) || len(e.persons)+len(e.codes) < 2 || slices.ContainsFunc(invites, func(i eng) bool { return i.sent == e.sent }) {
			continue
		}
		switch {
		case pick >= 0:
			if e.sent == refs[pick].sent && e.typ == accord.Visit && refs[pick].typ != accord.Visit {
				pick = k
			}
		case e.sent <= 1 || e.typ == accord.Visit && d.withinDays(e.date, 10):
			pick = k
		}
	}
	return pick
}

// withinDays reports whether a date (YYYY-MM-DD, or the YYYY-MM of a visit
// whose days were given) is at most n days before publication.
func (d *doc) withinDays(date string, n int) bool {
	if len(date) != 10 {
		return false
	}
	t := parseDay(date)
	return !t.IsZero() && !t.After(d.pub) && !t.Before(d.pub.AddDate(0, 0, -n))
}

// atOwnersInvitation reports whether the invitation word at toks[k] is
// "at A's invitation", "at his counterpart's invitation": accepted, the
// visit under way.
func (d *doc) atOwnersInvitation(k, from int) bool {
	if k < 2 || !possessive(d.toks[k-1]) && d.toks[k-1].fold != "his" && d.toks[k-1].fold != "her" {
		return false
	}
	for i := k - 2; i >= from && i >= k-6; i-- {
		if d.toks[i].fold == "at" {
			return true
		}
		if !d.toks[i].word && !possessive(d.toks[i]) {
			return false
		}
	}
	return false
}

// possessive reports whether t is the 's of a possessive.
func possessive(t token) bool {
	return t.fold == "'s" || t.fold == "’s" || t.text == "’" || t.text == "'"
}

// welcomedToPlace returns the end of "A welcomed B to <a named place>"
// begun at the verb toks[i] ("welcomed Foreign Secretary B to Iveagh
// House on 3 October") when the text goes on to speak of "the visit": B's
// visit. Without that word a welcome to a building is a meeting only.
func (d *doc) welcomedToPlace(i int) int {
	k := d.welcomeTo(i)
	if k < 0 {
		return 0
	}
	sent := d.toks[i].sent
	if k+1 >= len(d.toks) || !d.toks[k+1].cap || d.mentionWithin(sent, k+1, k+2) {
		return 0
	}
	end := d.capsEnd(k+1, sent)
	// "welcomed B to Beijing for a three-day visit" (visit35.go).
	if !d.theVisitNear(sent) && !d.forAVisitAt(end, sent) {
		return 0
	}
	return end
}

// welcomeTo returns the index of the "to" after the person welcomed at the
// verb toks[i] ("welcomed Minister B to …"), or -1.
func (d *doc) welcomeTo(i int) int { return d.afterWelcomed(i, "to", "") }

// afterWelcomed returns the index of the first of the words a or b after
// the person welcomed at the verb toks[i], in its sentence, or -1.
func (d *doc) afterWelcomed(i int, a, b string) int {
	sent := d.toks[i].sent
	named := false
	for k := i + 1; k < len(d.toks) && k <= i+16 && d.toks[k].sent == sent; k++ {
		if !named {
			named = d.mentionWithin(sent, k, k+1)
			// "welcomed the success of President B's State Visit to Japan":
			// the first person after the verb owns what was welcomed, and
			// is not the one welcomed.
			if named && d.possessorAt(sent, k) {
				return -1
			}
			// "welcomed the visit of Prime Minister B to Japan": what was
			// welcomed is a visit, whose own phrase tells it; B is not
			// the one welcomed.
			if !named && (d.toks[k].fold == "visit" || d.toks[k].fold == "visits" || d.toks[k].fold == "trip") {
				return -1
			}
			// "welcomed General Secretary To Lam to Beijing": the words a or b
			// are sought after the name, not in it (nameWordSkip, visit35.go).
			if named {
				k = d.nameWordSkip(k)
			}
			continue
		}
		if f := d.toks[k].fold; f == a || f == b && b != "" {
			return k
		}
	}
	return -1
}

// possessorAt reports whether the person named at toks[k] of sentence sent
// is written as an owner: "B's visit".
func (d *doc) possessorAt(sent, k int) bool {
	for _, m := range d.mentions {
		if m.sent == sent && m.person >= 0 && m.i == k {
			return m.poss
		}
	}
	return false
}

// capsEnd returns the end of the run of capitalised words of sentence sent
// that starts at toks[j].
func (d *doc) capsEnd(j, sent int) int {
	for j < len(d.toks) && d.toks[j].cap && d.toks[j].word && d.toks[j].sent == sent {
		j++
	}
	return j
}

// theVisitNear reports whether sentence s or the next speaks of "the
// visit" as a subject: "the visit provided an opportunity".
func (d *doc) theVisitNear(s int) bool {
	from, _ := d.sentToks(s)
	_, to := d.sentToks(s + 1)
	for k := from + 1; k+1 < to; k++ {
		if d.toks[k].fold == "visit" && d.toks[k-1].fold == "the" && d.toks[k+1].word && !d.toks[k+1].cap && !visitLink[d.toks[k+1].fold] {
			return true
		}
	}
	return false
}

// visitLink are the words after "the visit" that name whose or where it
// is: not the visit of the text's guest.
var visitLink = map[string]bool{"of": true, "to": true, "by": true, "from": true, "in": true, "at": true, "with": true, "and": true}

// pluperfect reports whether the contact phrase at tr is the object of a
// verb in the past perfect: "Minister A stated that B had facilitated the
// signing of memorandums". Told as done before, undated, it is recalled.
func (d *doc) pluperfect(tr trigger, from int) bool {
	for k := tr.i - 1; k > from && k >= tr.i-4; k-- {
		t := d.toks[k]
		if !t.word || t.cap {
			return false
		}
		if d.toks[k-1].fold == "had" && strings.HasSuffix(t.fold, "ed") {
			return true
		}
	}
	return false
}

// tourStops returns the further countries a visit phrase lists after its
// destination ("departed on a working visit to A and B", "will pay
// official visits to A, B, C and D") and the visitors: annotators record a
// visit to each country of a tour; the phrase's own visit is to the first.
func (d *doc) tourStops(e eng, tr trigger, from, to int) ([]string, []int) {
	if tr.typ != accord.Visit || len(e.persons) == 0 {
		return nil, nil
	}
	k := d.placeAt(from, to, tr)
	if k < 0 || d.others[k].kind != accord.Country {
		return nil, nil
	}
	first := d.others[k].key
	var visitors []int
	for _, p := range e.persons {
		if c := d.persons[p].country; c != "" && c != first {
			visitors = append(visitors, p)
		}
	}
	if len(visitors) == 0 {
		return nil, nil
	}
	out := d.listedCountries(d.others[k].j, to, func(c string) bool {
		return c == first || slices.ContainsFunc(visitors, func(p int) bool { return d.persons[p].country == c })
	})
	if len(out) == 0 {
		return nil, nil
	}
	return out, visitors
}

// countryMentionAt returns the index in d.others of the country named from
// toks[i] (not a demonym), or -1.
func (d *doc) countryMentionAt(i int) int {
	for n, o := range d.others {
		if o.i == i && o.kind == accord.Country && !o.demonym {
			return n
		}
	}
	return -1
}

// tourVisits are the visits of the visitors to a tour's further stops,
// each like the visit e.
func (d *doc) tourVisits(e eng, stops []string, visitors []int) []eng {
	var out []eng
	for _, c := range stops {
		v := e
		v.persons = slices.Clone(visitors)
		v.codes = []string{c}
		v.place = accord.PlaceRef{Name: d.lx.countryName(c), Country: c}
		v.guessed = false
		v.stop = true
		out = append(out, v)
	}
	return out
}

// tourDone reports whether the sentence of the visit phrase tr tells its
// tour as done: a word of its end ("concluded", "wrapping up"), its last
// leg, or a verb of the past before the phrase ("visited A and B", "paid
// a working visit to", "was on a three-nation visit").
func (d *doc) tourDone(tr trigger, from, to int) bool {
	for k := from; k < to; k++ {
		f := d.toks[k].fold
		if d.lx.visitEnds[f] || d.lx.tourEndNouns[f] || d.lx.lastLegWords[f] && k+1 < to && d.toks[k+1].fold == "leg" {
			return true
		}
	}
	// "A led a delegation to C and D": the past of the trigger's own verb
	// (delegvisit36.go).
	if tr.form == ledDelegationForm && d.lx.delegationLed[d.toks[tr.i].fold] {
		return true
	}
	for k := tr.i; k >= from && k >= tr.i-6; k-- {
		if d.lx.tourDoneVerbs[d.toks[k].fold] {
			return true
		}
	}
	// "returned home after a visit to A and B" (visit32.go).
	return d.returnAfterTrip(tr.i, from)
}

// travelDestination returns the country a journey phrase tr ("travelled
// to") goes to when it is a visit, else "": its traveller named in the
// sentence, not taken from the text's lead ("many Americans have travelled
// to C"); a country, or a place in one, right after it, not the
// traveller's own ("travelled to the continent", "to the Presidential
// Library"); and not told as an experience ("I have travelled to C").
func (d *doc) travelDestination(e eng, tr trigger, from, to int) string {
	if len(e.persons) == 0 || tr.i-1 < from || perfectAux(d.toks[tr.i-1]) {
		return ""
	}
	// "I travelled to Oslo to meet with A", in an answer or a speech: the
	// speaker's journey told after it, dated by the contact it served.
	if d.lx.firstPerson[d.toks[tr.i-1].text] {
		return ""
	}
	// A traveller taken from the lead: only for a name the sentence gives
	// just before, of a person not read as one ("Deputy Adviser A traveled
	// to C"), not a group ("many Americans travelled to C").
	if e.guessed && (!d.toks[tr.i-1].cap || d.demonymAt(tr.i-1)) {
		return ""
	}
	k := tr.j
	if k < to && d.toks[k].fold == "the" {
		k++
	}
	// "travelled to Brasilia, Brazil": a town not known, in a country that is.
	if k+2 < to && d.toks[k].cap && d.toks[k+1].text == "," && d.countryAt(k, to) == "" && d.countryMentionAt(k+2) >= 0 {
		k += 2
	}
	for _, o := range d.others {
		if o.i != k || o.demonym || o.landmark || o.kind == accord.Organization {
			continue
		}
		c := o.country
		if o.kind == accord.Country {
			c = o.key
		}
		if c != "" && slices.ContainsFunc(e.persons, func(p int) bool { return d.persons[p].country != "" && d.persons[p].country != c }) {
			return c
		}
		return ""
	}
	return ""
}

// perfectAux reports whether f is an auxiliary of the perfect, which
// tells a journey as an experience: "have travelled to".
func perfectAux(t token) bool {
	// ("I've" folds to "ive": its text keeps the apostrophe.)
	return t.fold == "have" || t.fold == "has" || t.fold == "had" || strings.HasSuffix(t.text, "'ve") || strings.HasSuffix(t.text, "’ve")
}

// plannedVisitVerb reports whether toks[o], just before a bare "visit",
// makes it the verb of a plan of the clause's subject: "will visit",
// "is scheduled to visit", "plans to visit".
func (d *doc) plannedVisitVerb(o int) bool {
	switch d.toks[o].fold {
	case "will", "shall", "would":
		return true
	case "to":
		return o > 0 && (d.lx.scheduleCues[d.toks[o-1].fold] || d.beToFuture(o))
	}
	return false
}

// listedCountries returns the countries a list continues with from
// toks[j], right after a country named ("A, B and the C", "A, B, and C"),
// less those skip names: the further stops of a tour.
func (d *doc) listedCountries(j, to int, skip func(string) bool) []string {
	var out []string
	for j < to {
		// "Hong Kong Special Administrative Region of the People's Republic
		// of China, Brunei Darussalam, …": the state a stop belongs to is
		// no stop of its own.
		// (The name's own words first: "Special Administrative Region".)
		q := j
		for q < to && q < j+4 && d.toks[q].cap && d.toks[q].word && d.countryMentionAt(q) < 0 {
			q++
		}
		if q > j && q < to && d.toks[q].fold == "of" {
			j = q
		}
		if q := j + 1; d.toks[j].fold == "of" && q < to {
			if d.toks[q].fold == "the" {
				q++
			}
			if n := d.countryMentionAt(q); n >= 0 {
				j = d.others[n].j
				continue
			}
		}
		n := j
		// "Suva, Fiji; Apia, Samoa; and …": a list of "City, Country"
		// stops is kept apart by semicolons.
		if d.toks[n].text == "," || d.toks[n].text == ";" && d.cityCountryAfter(n+1, to) >= 0 {
			n++
		}
		if n < to && d.toks[n].fold == "and" {
			n++
		}
		if n == j {
			if n = d.datedLegEnd(j, to); n < 0 {
				break
			}
		}
		if n < to && d.toks[n].fold == "the" {
			n++
		}
		next := d.countryMentionAt(n)
		if next < 0 {
			next = d.cityCountryAt(n)
		}
		if next < 0 {
			break
		}
		o := d.others[next]
		// "a visit to A and B's capital", "to A and B's leaders": B is no stop.
		if o.j < to && possessive(d.toks[o.j]) {
			break
		}
		if !skip(o.key) && !slices.Contains(out, o.key) {
			out = append(out, o.key)
		}
		j = o.j
	}
	return out
}

// tripStops are the visits to the further countries of a trip read from
// its own words and told as done ("visited Chile and Peru from May 10 to
// 13"): each like the trip's visit v, to its country.
func (d *doc) tripStops(t trip, v eng) []eng {
	if t.sent < 0 {
		return nil
	}
	from, to := d.sentToks(t.sent)
	for _, o := range d.others {
		if o.i <= from || o.i >= to || o.kind != accord.Country || o.demonym || o.key != t.host || d.toks[o.i-1].fold != "visited" && !d.visitedCityOf(o) && !d.countedListAt(o.i, from, to) && !d.visitsToAt(o.i, from) {
			continue
		}
		stops := d.listedCountries(o.j, to, func(c string) bool {
			return c == t.host || slices.ContainsFunc(t.visitors, func(p int) bool { return d.persons[p].country == c })
		})
		return d.tourVisits(eng{typ: accord.Visit, status: accord.StatusHeld, date: v.date, sent: v.sent}, stops, t.visitors)
	}
	return nil
}
