package extract

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// leaderAtGathering adds a leader's own part in a many-sided gathering of
// leaders that a text's lead tells, held: "Prime Minister A attended the
// Opening Session of the Sixth B International Conference on C
// Development", "President A participated in the 15th G20 Summit",
// "President A delivered an address at the First Plenary Session of the D
// Summit", fronted "At the E Summit in F, on 21 May, President A
// announced". The other leaders go unnamed: the references code the
// leader's part alone (a summit with one side), as ownSummit does for "A
// concluded his participation at the G20 Summit". A gathering whose name
// joins sides ("the A-B Summit") or names a country, a regional bloc's
// own gathering (blocGatherings) and gatherings of others than leaders
// (ministers, business) are none here; so is one told ahead.
func (d *doc) leaderAtGathering(held []eng) []eng {
	if d.pub.IsZero() {
		return held
	}
	for s := 0; s < len(d.sents) && s < 3; s++ {
		from, to := d.sentToks(s)
		k, name := d.gatheringPart(from, to)
		if name < 0 {
			continue
		}
		fronted := k == from
		ds := d.statedDays(d.lx.dates(d.toks, from, to, d.pub))
		if d.otherYearIn(name, to) || fronted && s > 0 && len(ds) == 0 {
			// "At the 2021 G7 Summit," in a later year, or a fronted
			// gathering past the text's first sentence without a day
			// ("At the opening ceremony of the B Summit, A announced"
			// in a later fact sheet): an earlier gathering recalled.
			continue
		}
		lead := -1
		var others []int
		for _, m := range d.mentions {
			if m.sent != s || m.person < 0 || d.persons[m.person].country == "" || !d.leader(m.person) || d.former(m.person) {
				continue
			}
			// The verb's subject stands before it; after a fronted "At
			// the E Summit," the main clause's subject follows, and
			// every leader it lists took part ("At the B Leaders'
			// Summit, A, C and D instructed").
			switch {
			case !fronted && m.j <= k && lead < 0:
				lead = m.person
			case fronted && m.i > name && lead < 0:
				if d.aheadAfter(m.j, to) {
					break
				}
				lead = m.person
			case fronted && m.i > name && m.person != lead && !slices.Contains(others, m.person) && d.subjectListed(m.i):
				others = append(others, m.person)
			}
		}
		if lead < 0 || fronted && slices.ContainsFunc(held, func(e eng) bool { return e.sent == s && e.typ != accord.Summit && slices.Contains(e.persons, lead) }) {
			// (After a fronted gathering, a contact of the leader is the
			// sentence's news: "At the G7 Summit, A met B". Told after
			// the leader's part, it is one more: "A attended the opening
			// session, and then held meetings with B and C".)
			continue
		}
		if i := slices.IndexFunc(held, func(e eng) bool { return e.typ == accord.Summit }); i >= 0 {
			// The gathering is told otherwise already. Where its
			// leaders are listed after "also" ("The meeting was also
			// attended by B, C and D") the leader of the lead is one of
			// them.
			for i := range held {
				e := &held[i]
				if e.typ == accord.Summit && e.sent > s && e.sent <= s+2 && len(d.countriesOf(*e)) >= 3 && !slices.Contains(d.countriesOf(*e), d.persons[lead].country) && d.alsoIn(e.sent) {
					e.persons = append(e.persons, lead)
				}
			}
			return held
		}
		e := eng{typ: accord.Summit, status: accord.StatusHeld, own: true, persons: append([]int{lead}, others...), sent: s, date: d.pub.Format("2006-01-02"), datePub: true}
		if len(ds) == 1 && !ds[0].t.After(d.pub) {
			e.date, e.datePub = ds[0].format(), false
			if ds[0].rng || d.rangeEnd(ds[0].tok, from) {
				// A gathering of days is dated by its month.
				e.date = ds[0].t.Format("2006-01")
			}
		}
		if p := d.delegateAt(s+1, lead); p >= 0 {
			e.persons = append(e.persons, p)
		}
		return append(held, e)
	}
	return held
}

// delegateAt returns a person of the lead's country whom sentence s tells
// took part in the same gathering ("Mr. B, Minister for Foreign Affairs,
// participated in this conference in person as Special Envoy"): the
// references list every person who took part. Else -1.
func (d *doc) delegateAt(s, lead int) int {
	if s >= len(d.sents) {
		return -1
	}
	from, to := d.sentToks(s)
	for k := from + 1; k+2 < to; k++ {
		if !d.lx.gatheringPartVerbs[d.toks[k].fold] || d.attendAhead(k, from) {
			continue
		}
		at := k + 1
		if f := d.toks[at].fold; f == "in" || f == "at" {
			at++
		}
		if f := d.toks[at].fold; (f != "this" && f != "the") || at+1 >= to || !d.lx.gatheringAnaphors[d.toks[at+1].fold] && !d.lx.leaderGatheringNouns[d.toks[at+1].fold] {
			continue
		}
		for _, m := range d.mentions {
			if m.sent == s && m.person >= 0 && m.person != lead && m.j <= k && d.persons[m.person].country == d.persons[lead].country && !d.former(m.person) {
				return m.person
			}
		}
		return -1
	}
	return -1
}

// gatheringPart returns, for the sentence toks[from:to], the verb of a
// leader's part in a named gathering of leaders and where the gathering's
// name opens, or -1, -1. A fronted "At the E Summit," gives from itself
// as the verb.
func (d *doc) gatheringPart(from, to int) (verb, name int) {
	// A fronted place of speaking: "At the E Summit,", "In his speech at
	// the E Summit,", "Speaking at the E Summit,", "Addressing the E
	// Summit,".
	at := from
	for at < to && at < from+6 && (d.lx.gatheringSpeechWords[d.toks[at].fold] || d.toks[at].fold == "in" || d.toks[at].fold == "speaking") {
		at++
	}
	if at < to && (d.toks[at].fold == "at" || d.toks[at].fold == "to" || d.toks[at].fold == "during" || d.toks[at].fold == "addressing") {
		at++
	} else {
		at = -1
	}
	if at > 0 && at+1 < to {
		if n := d.gatheringObject(at, to); n >= 0 {
			if e := d.leaderGatheringEnd(n, to); e >= 0 && e < to && d.toks[e].text == "," || e >= 0 && e+1 < to && d.toks[e].fold == "in" {
				return from, n
			}
		}
	}
	for k := from; k+2 < to; k++ {
		if !d.lx.gatheringPartVerbs[d.toks[k].fold] || d.attendAhead(k, from) {
			continue
		}
		at := k + 1
		switch d.toks[k].fold {
		case "took", "delivered", "made", "gave":
			// "took part in", "delivered a keynote address at": a
			// speech word or two, then the gathering.
			j := k + 1
			for j < to && j < k+5 && d.lx.gatheringSpeechWords[d.toks[j].fold] {
				j++
			}
			if j == k+1 || j >= to || (d.toks[j].fold != "at" && d.toks[j].fold != "in" && d.toks[j].fold != "to") {
				continue
			}
			at = j + 1
		case "spoke":
			if d.toks[at].fold != "at" && d.toks[at].fold != "to" {
				continue
			}
			at++
		default:
			if f := d.toks[at].fold; f == "in" || f == "at" {
				at++
			} else if j := d.mannerThenIn(at, to); j > 0 && d.gatheringObject(at, to) < 0 {
				// "participated online as a Co-chair in the B Summit"
				at = j
			} else if d.toks[k].fold == "addressed" {
				// "addressed world leaders at the E summit": the
				// audience, then the gathering.
				if p := d.audienceAt(at, to); p > 0 {
					at = p
				}
			}
		}
		if n := d.gatheringObject(at, to); n >= 0 {
			return k, n
		}
	}
	return -1, -1
}

// gatheringObject returns where the name of a gathering of leaders opens
// in the object at toks[i] ("the 15th G20 Summit", "the opening session
// of the D Summit", "the Opening Session commencing at 9:30" after "to
// attend the Sixth B Conference" earlier in the sentence), or -1.
func (d *doc) gatheringObject(i, to int) int {
	if i < to && d.toks[i].fold == "the" {
		i++
	}
	if d.leaderGatheringEnd(i, to) >= 0 {
		return i
	}
	// "The 17th B Summit was held in C. A attended the meeting.": the
	// gathering the sentence before names.
	if i > 0 && d.toks[i-1].fold == "the" && d.lx.gatheringAnaphors[d.toks[i].fold] && i+1 < to && !d.toks[i+1].word {
		if s := d.toks[i].sent; s > 0 {
			from, end := d.sentToks(s - 1)
			for n := from; n < end; n++ {
				if (n == from || d.toks[n-1].fold == "the") && d.leaderGatheringEnd(n, end) >= 0 {
					return n
				}
			}
		}
	}
	// A sitting of the gathering: "the opening session of the G20
	// Summit", "the TICAD VI opening session".
	j, session := i, false
	for ; j < to && j < i+6; j++ {
		t := d.toks[j]
		if d.lx.gatheringSessionNouns[t.fold] {
			session = true
			continue
		}
		if session || !(t.word && (t.cap || t.upper || t.num || ordinalNumber(t.fold) || d.lx.blocGatheringModifiers[t.fold] || t.fold == "first" || t.fold == "second" || t.fold == "inaugural" || t.fold == "closing")) {
			break
		}
	}
	if !session {
		return -1
	}
	if j+1 < to && (d.toks[j].fold == "of" || d.toks[j].fold == "at") {
		n := j + 1
		if d.toks[n].fold == "the" {
			n++
		}
		if d.leaderGatheringEnd(n, to) >= 0 {
			return n
		}
	}
	// The gathering named elsewhere in the sentence ("who is visiting B
	// to attend the Sixth C Conference, attended the Opening Session").
	from, end := d.sentToks(d.toks[i].sent)
	for n := from; n < end; n++ {
		if d.toks[n].fold == "the" && d.leaderGatheringEnd(n+1, end) >= 0 {
			return n + 1
		}
	}
	return -1
}

// leaderGatheringEnd returns the end of a gathering of leaders' capitalised
// name opening at toks[i] ("Sixth B International Conference on C
// Development (BICCD VI)", "41st Summit Meeting of the Common Market of
// the South", "Global Health Summit"), or -1: the name must hold a
// capitalised gathering noun and may name no country, no sides joined by
// a dash, no regional bloc with a side (blocGatherings reads those) and
// no others than leaders ("Foreign Ministers' Meeting", "Business Summit").
func (d *doc) leaderGatheringEnd(i, to int) int {
	for i < to && d.lx.gatheringLeadModifiers[d.toks[i].fold] && !d.toks[i].cap {
		i++ // "the virtual BRICS summit"
	}
	if i >= to || !(d.toks[i].cap || d.toks[i].upper || d.toks[i].num) {
		return -1
	}
	head, of, end, demonyms := false, false, -1, 0
	for k := i; k < to && k < i+16; k++ {
		t := d.toks[k]
		if sp, ok := d.spanAt(k); ok {
			switch sp.kind {
			case kCountry, kWeakCountry:
				return -1
			case kDemonym:
				// "the Iberian American Summit" names a region's
				// gathering; two demonyms name two sides.
				if demonyms++; demonyms > 1 {
					return -1
				}
			case kOrg:
				if d.lx.k.Organizations[sp.e.id].Side != "" {
					return -1
				}
			}
		}
		if t.word && strings.ContainsAny(t.text, "-–") && len(d.hyphenSides(t.text)) >= 1 {
			return -1 // "the A-Africa Summit" joins sides
		}
		// (Others tell whose gathering it is: "B Summit Foreign
		// Ministers' Meeting"; after the noun and "of", its organiser:
		// "Summit of the Council of B States".)
		if (!head || !of) && (d.lx.blocGatheringOthers[t.fold] || t.fold == "press" || t.fold == "news") {
			return -1
		}
		of = of || head && t.fold == "of"
		switch {
		case t.word && (t.cap || t.fold == "summit" && d.lowerSummitAfterName(i, k)) && (d.lx.leaderGatheringNouns[t.fold] || t.fold == "meeting" && k > i && (d.toks[k-1].fold == "summit" || d.toks[k-1].fold == "leaders'" || d.toks[k-1].fold == "leaders’")):
			// (In lower case after a name: "the BRICS summit".)
			head, end = true, k+1
			if !t.cap {
				k = to
			}
		case t.word && (t.cap || t.upper || t.num), t.text == "(" || t.text == ")" || possessive(t) || t.text == "’" || t.text == "'":
			end = k + 1
		case t.fold == "of" || t.fold == "the" || t.fold == "on" || t.fold == "for" || t.fold == "and":
		case t.word && end > i && (k+1 < to && d.toks[k+1].fold == "summit" || k+2 < to && d.toks[k+2].fold == "summit" && d.toks[k+1].word):
			// "the COP27 climate change summit": on to the noun.
		default:
			k = to
		}
	}
	if !head {
		return -1
	}
	return end
}

// alsoIn reports whether sentence s adds to what came before: "The
// meeting was also attended by B, C and D".
func (d *doc) alsoIn(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		if d.toks[k].fold == "also" {
			return true
		}
	}
	return false
}

// lowerSummitAfterName reports whether the lower-case "summit" at toks[k]
// closes a name opening at toks[i]: right after its capitalised words
// ("the BRICS summit") or two lower-case words after them ("the COP27
// climate change summit").
func (d *doc) lowerSummitAfterName(i, k int) bool {
	for j := k - 1; j >= i && j >= k-3; j-- {
		t := d.toks[j]
		if t.cap || t.upper || t.num {
			return true
		}
		if !t.word || d.lx.blocGatheringOthers[t.fold] {
			return false
		}
	}
	return false
}

// audienceAt returns where the gathering opens after an audience of
// peers at toks[i] ("world leaders at", "his counterparts at"), or -1.
func (d *doc) audienceAt(i, to int) int {
	for j := i; j < to && j < i+3; j++ {
		if d.lx.peerGroupNouns[d.toks[j].fold] {
			if j+1 < to && d.toks[j+1].fold == "at" {
				return j + 2
			}
			return -1
		}
	}
	return -1
}

// mannerThenIn returns where the object opens after a short manner or
// role between a verb of taking part and its "in"/"at" ("online as a
// Co-chair in", "virtually in"), or -1: no punctuation or "and" between.
func (d *doc) mannerThenIn(i, to int) int {
	for j := i; j < to && j < i+5; j++ {
		t := d.toks[j]
		if t.fold == "in" || t.fold == "at" {
			if j == i {
				return -1
			}
			return j + 1
		}
		if !t.word || t.fold == "and" {
			return -1
		}
	}
	return -1
}

// otherYearIn reports whether the gathering's name opening at toks[i]
// holds a year other than the text's ("the 2021 G7 Summit" in 2022).
func (d *doc) otherYearIn(i, to int) bool {
	end := d.leaderGatheringEnd(i, to)
	for k := i; k < end; k++ {
		if t := d.toks[k]; t.num && len(t.text) == 4 && strings.Trim(t.text, "0123456789") == "" && t.text != d.pub.Format("2006") {
			return true
		}
	}
	return false
}

// aheadAfter reports whether the main verb after a subject ending at
// toks[j] is told ahead: "A will announce", "A is to launch".
func (d *doc) aheadAfter(j, to int) bool {
	for k := j; k < to && k < j+3; k++ {
		if f := d.toks[k].fold; f == "will" || f == "would" || f == "shall" || f == "to" {
			return true
		}
	}
	return false
}

// subjectListed reports whether the mention opening at toks[i] stands in
// a list of subjects: after a comma or "and" right before it.
func (d *doc) subjectListed(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch d.toks[k].fold {
		case ",", "and":
			return true
		}
		if !d.toks[k].word || !d.toks[k].cap {
			return false
		}
	}
	return false
}
