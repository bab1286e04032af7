package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// ownVisit reads the trip of a text that speaks of its own visit without
// naming its visitor or host (issue 9): "Today's visit is an important
// step", "It's been a wonderful visit thus far", "The current visit gave
// them the opportunity". Protocol records the stay abroad as a visit of
// the side that travelled; the text's in-person contacts tell who that is:
// between two countries only, held in one of them (the contact's place,
// else where the speaker stands, "here in Jakarta"), the other side is
// the visitor. A text of a gathering (a summit, a contact of three
// countries or more, a trip "to attend" something) reports no visit.
func (d *doc) ownVisit(held []eng, h home) trip {
	none := trip{visit: -1}
	var pair []string
	host := ""
	var contacts []int
	for i, e := range held {
		if e.status != accord.StatusHeld {
			continue
		}
		switch e.typ {
		case accord.Summit:
			return none
		case accord.Meeting, accord.Talks, accord.Reception, accord.PressConference:
		default:
			continue
		}
		cs, ok := d.contactCountries(e)
		if !ok {
			continue
		}
		if len(cs) > 2 {
			return none
		}
		if len(cs) != 2 {
			continue
		}
		slices.Sort(cs)
		if pair != nil && !slices.Equal(pair, cs) {
			return none // contacts with several countries: a tour or a gathering
		}
		pair = cs
		contacts = append(contacts, i)
		if c := e.place.Country; c != "" && slices.Contains(cs, c) {
			if host != "" && host != c {
				return none
			}
			host = c
		}
	}
	if pair == nil || d.gatheringNamed() {
		return none
	}
	if host == "" {
		host = d.placedHost(pair)
	}
	if host == "" {
		host = d.tripPlace(pair, h)
	}
	if host == "" {
		host = d.guestIsIn(pair, h)
	}
	if host == "" {
		host = d.partyVisitHost(pair)
	}
	if host == "" && d.jointPressOf(held, pair) {
		host = d.hostWelcomeHereCountry(pair, h) // jpc33.go
	}
	if host == "" {
		return none
	}
	var visitors []int
	for _, i := range contacts {
		for _, p := range held[i].persons {
			if c := d.persons[p].country; c != host {
				visitors = appendInt(visitors, p)
			}
		}
	}
	if len(visitors) == 0 {
		return none
	}
	s := d.ownTripSentence(host, visitors, h)
	if s < 0 && d.jointPressOf(held, pair) {
		s = d.hostWelcomeHereSentence(host, h) // jpc33.go
	}
	if s < 0 {
		return none
	}
	return trip{visitors: visitors, host: host, sent: s, visit: -1}
}

// contactCountries returns the countries of a contact's sides, false when
// one of its persons has none read.
func (d *doc) contactCountries(e eng) ([]string, bool) {
	var cs []string
	for _, p := range e.persons {
		c := d.persons[p].country
		if c == "" {
			return nil, false
		}
		if !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	for _, c := range e.codes {
		if !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	return cs, true
}

// placedHost returns the country of pair where the text places its
// contacts when none has a place of its own: its body's dateline
// ("MANILA 02 June 2025 - A met B"), its headline's or dateline's place
// ("Doorstop interview, Jakarta, Indonesia"), or where the speaker stands
// ("here in Jakarta").
func (d *doc) placedHost(pair []string) string {
	found := ""
	for _, o := range d.others {
		// The body's own dateline opens it; a place named in the lead's
		// sentences ("welcomed A at the White House") may be a meeting's
		// venue only, the guest in town for other business.
		if o.kind != accord.Place || !slices.Contains(pair, o.country) {
			continue
		}
		if o.i >= 0 && (o.i >= len(d.toks) || d.toks[o.i].sent >= 3 || !d.toks[o.i].upper) {
			continue // a dateline is written in capitals: "MANILA 02 June"
		}
		if found != "" && found != o.country {
			return ""
		}
		found = o.country
	}
	if found != "" {
		return found
	}
	return d.hereCountry(pair)
}

// hereCountry returns the country of pair that the text says the speaker
// stands in: "here in Jakarta", "back here in Indonesia".
func (d *doc) hereCountry(pair []string) string {
	for s := range d.sents {
		from, to := d.sentToks(s)
		for k := from; k < to; k++ {
			for _, l := range d.lx.hereWords {
				if !d.phraseAt(k, to, [][]string{l}) {
					continue
				}
				if c := d.countryAt(k+len(l), to); slices.Contains(pair, c) {
					return c
				}
			}
		}
	}
	return ""
}

// ownTripSentence returns the sentence that speaks of the text's own trip
// to host without naming another visitor or destination ("This visit",
// "your trip", "a wonderful visit thus far", "the visit to Manila"), or
// -1. A trip recalled, planned or made to attend a gathering is not one.
func (d *doc) ownTripSentence(host string, visitors []int, h home) int {
	for s := range d.sents {
		from, to := d.sentToks(s)
		if d.thankedWelcome(from, to, host) && d.guestSpeaks(s, host, h) {
			return s
		}
		if d.beingIn(from, to, host) && d.guestSays(s, host, h) {
			return s
		}
		if d.hostWelcomes(from, to, host) && d.hostSays(s, host, h) {
			return s
		}
		for k := from; k < to; k++ {
			if f := d.toks[k].fold; f != "visit" && f != "trip" {
				continue
			}
			if !d.ownTripOpenerAt(k, from) && !d.ownTripAfterAt(k, to) {
				continue
			}
			// "the visit this week by the Space Agency's Chairman": another's.
			if d.tripLateAt(k, from) || d.futureAfterTrip(k, to) || d.visitByOther(trigger{i: k, j: k + 1, sent: s}, to, visitors) {
				continue
			}
			if d.tripToAttend(k, to) {
				return -1 // "this trip to attend the General Assembly"
			}
			if !d.ownTripTarget(k, to, host, visitors) {
				continue
			}
			return s
		}
	}
	return -1
}

// ownTripOpenerAt reports whether an opener of the text's own trip
// ("this", "today's", "your") stands before the trip word at k, with at
// most two words between that qualify it ("this historic visit", "the
// State Visit").
func (d *doc) ownTripOpenerAt(k, from int) bool {
	for gap := 0; gap <= 2; gap++ {
		end := k - gap // the opener ends just before end
		for _, l := range d.lx.ownTripOpeners {
			start := end - len(l)
			if start < from {
				continue
			}
			if !d.phraseAt(start, end, [][]string{l}) {
				continue
			}
			// The words between qualify the trip: no person or place.
			ok := true
			for j := end; j < k; j++ {
				t := d.toks[j]
				if !t.word || t.cap && !d.lx.visitKinds[t.fold] || d.mentionWithin(t.sent, j, j+1) {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// ownTripAfterAt reports whether a word of a trip under way follows the
// trip word at k closely: "a wonderful visit thus far".
func (d *doc) ownTripAfterAt(k, to int) bool {
	for j := k + 1; j < to && j <= k+2; j++ {
		if d.phraseAt(j, to, d.lx.ownTripAfter) {
			return true
		}
	}
	return false
}

// tripToAttend reports whether the trip word at k goes on to a gathering:
// "visit to New York to attend the General Assembly".
func (d *doc) tripToAttend(k, to int) bool {
	for j := k + 1; j < to && j <= k+14; j++ {
		if d.phraseAt(j, to, d.lx.attend) && !d.hostRite(j, to) {
			return true
		}
	}
	return false
}

// ownTripTarget reports whether what follows the trip word at k leaves it
// the visitors' trip to host: no destination but host ("the visit to
// Manila"), no site ("a visit to his ancestral home"), no owner but a
// visitor ("the visit of Minister A").
func (d *doc) ownTripTarget(k, to int, host string, visitors []int) bool {
	j := k + 1
	for j < to && d.toks[j].fold == "here" {
		j++
	}
	if j >= to {
		return true
	}
	switch d.toks[j].fold {
	case "to", "in":
		return d.countryAt(j+1, to) == host || d.pairSideAt(j+1, to, []string{host}) == host
	case "of", "by", "from":
		for _, m := range d.mentions {
			if m.person >= 0 && m.i > j && m.i <= j+5 && m.sent == d.toks[k].sent {
				return slices.Contains(visitors, m.person)
			}
		}
	}
	return true
}

// gatheringNamed reports whether the text names a gathering of many as
// its occasion: "the APEC Leaders' Week" in its lead, "this U.S.-Nordic
// Summit", "on the sidelines of". A contact there is no visit of its
// host. A gathering named further on, not as "this" one, or in a
// sentence of another year is another occasion ("the Quad Summit in
// Tokyo on 24 May 2022").
func (d *doc) gatheringNamed() bool {
	for k := range d.toks {
		t := d.toks[k]
		hit := d.lx.is(&t, fSideline) || t.fold == "summit" && k > 0 && d.groupSummit(t.sent)
		if hit && d.occasionAt(k-1) {
			return true
		}
	}
	for _, o := range d.others {
		if o.kind != accord.Organization || o.country != "" || o.i < 0 {
			continue
		}
		for j := o.j; j < len(d.toks) && j <= o.j+1; j++ {
			if d.lx.gatheringNouns[d.toks[j].fold] && d.occasionAt(o.i) {
				return true
			}
		}
	}
	return false
}

// occasionAt reports whether the gathering named from toks[k] is the
// text's occasion: named in the lead or as "this" or "our" one, in a sentence that
// writes no year but the publication's.
func (d *doc) occasionAt(k int) bool {
	if k < 0 {
		return false
	}
	s := d.toks[k].sent
	from, to := d.sentToks(s)
	for j := from; j < to; j++ {
		if isYear(d.toks[j].text) && !d.pub.IsZero() && d.toks[j].text != d.pub.Format("2006") {
			return false
		}
	}
	if s < 3 {
		return true
	}
	for j := k; j >= from && j >= k-3; j-- {
		if d.lx.occasionDeterminers[d.toks[j].fold] {
			return true
		}
	}
	return false
}

// futureAfterTrip reports whether the trip word at k is the subject of a
// verb of the future: "The visit will reaffirm the bonds": one ahead.
func (d *doc) futureAfterTrip(k, to int) bool {
	for j := k + 1; j < to && j <= k+2; j++ {
		if f := d.toks[j].fold; f != "to" && d.lx.future[f] {
			return true
		}
	}
	return false
}

// thankedWelcome reports whether the sentence toks[from:to] thanks for the
// welcome the speaker was given, as a guest does: "thank you for the very
// warm welcome to Vietnam", "for the incredibly warm and generous welcome
// that we have had here in Washington"; a country or place named after it
// must be host's.
func (d *doc) thankedWelcome(from, to int, host string) bool {
	if !d.anyFlagged(from, to, fThanks) {
		return false
	}
	for k := from; k+1 < to; k++ {
		if d.toks[k].fold != "for" || d.toks[k+1].fold != "the" {
			continue
		}
		// Praise between: "very warm", "incredibly warm and generous".
		j := k + 2
		for j < to && j <= k+8 && d.toks[j].word && !d.toks[j].cap && !d.lx.welcomeNouns[d.toks[j].fold] {
			j++
		}
		if j >= to || !d.lx.welcomeNouns[d.toks[j].fold] {
			continue
		}
		// Where: "to Vietnam", "here in Washington", within the clause.
		for q := j + 1; q < to && q <= j+10; q++ {
			if f := d.toks[q].fold; f == "to" || f == "in" {
				if c := d.countryAt(q+1, to); c != "" {
					return c == host
				}
			}
			if t := d.toks[q].text; t == "," || t == ";" {
				break
			}
		}
		return true
	}
	return false
}

// guestSpeaks reports whether sentence s is in the turn of a transcript
// speaker of another country than the host: thanks said at home, or told
// of in a report ("A extended his gratitude to B for the welcome"), are
// not the text's own trip.
func (d *doc) guestSpeaks(s int, host string, h home) bool {
	turns := d.turnPersons(h)
	if s >= len(turns) || turns[s] < 0 {
		return false
	}
	c := d.persons[turns[s]].country
	return c != "" && c != host
}

// tripPlace returns the country of pair that a transcript's guest names
// in thanking for the welcome given, when that is one country other than
// the guest's: "thank you to the people of Viet Nam for the … welcome".
// (Any sentence of a trip word names too many places: recalled trips,
// trips ahead.)
func (d *doc) tripPlace(pair []string, h home) string {
	found := ""
	for s := range d.sents {
		from, to := d.sentToks(s)
		if !d.thankedWelcome(from, to, "") || !d.guestSpeaks(s, "", h) {
			continue
		}
		// The guest who thanks names their own country too ("given to me
		// as Australia's Prime Minister"): not the host.
		own := d.persons[d.turnPersons(h)[s]].country
		for k := from; k < to; k++ {
			c := d.countryAt(k, to)
			if c == "" || c == own || !slices.Contains(pair, c) || c == found {
				continue
			}
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}
