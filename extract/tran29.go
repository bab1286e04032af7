package extract

import accord "github.com/accordhq/accord"

// A guest's remarks tell the visit they are on in the first person,
// without a trip word: "it is a pleasure to be back in C", "great to be
// here in <a city of C>", "thank you for welcoming me to C". Protocol
// records the stay as the speaker's visit to C, whose leader the remarks
// meet (ownVisit gives the sides and the host).

// beingIn reports whether toks[from:to) says the speaker is in host: a
// word of pleasure (knowledge glad_to_be) before "to be", "back" or
// "here" optional, then "in" and host or a place in it; or "welcoming
// me/us to" host.
func (d *doc) beingIn(from, to int, host string) bool {
	for k := from; k+3 < to; k++ {
		f := d.toks[k].fold
		if (f == "welcoming" || f == "welcome") && (d.toks[k+1].fold == "me" || d.toks[k+1].fold == "us") && d.toks[k+2].fold == "to" {
			if d.countryAt(k+3, to) == host {
				return true
			}
			continue
		}
		if !d.lx.gladGate.in(d.lx.gladToBe, f) || d.toks[k+1].fold != "to" || d.toks[k+2].fold != "be" {
			continue
		}
		q := k + 3
		if q < to && d.toks[q].fold == "back" {
			q++
		}
		if q < to && d.toks[q].fold == "here" {
			q++
			q = d.hereNowEnd(q, to)
		}
		if q+1 < to && d.toks[q].fold == "in" && d.countryAt(q+1, to) == host {
			return true
		}
	}
	return false
}

// guestSays reports whether sentence s is the guest's: in a transcript,
// a turn of a speaker of another country than host; in remarks without
// turns, a text not of host's government.
func (d *doc) guestSays(s int, host string, h home) bool {
	turns := d.turnPersons(h)
	if s < len(turns) && turns[s] >= 0 {
		c := d.persons[turns[s]].country
		return c != "" && c != host
	}
	return h.country != host
}

// guestIsIn returns the one country of pair where a guest's words place
// the speaker ("great to be in <a city of C>"), or "".
func (d *doc) guestIsIn(pair []string, h home) string {
	found := ""
	for _, c := range pair {
		for s := range d.sents {
			from, to := d.sentToks(s)
			if d.beingIn(from, to, c) && d.guestSays(s, c, h) || d.hostWelcomes(from, to, c) && d.hostSays(s, c, h) {
				if found != "" && found != c {
					return ""
				}
				found = c
				break
			}
		}
	}
	return found
}

// hostWelcomes reports whether toks[from:to) is a host's welcome of the
// guest to host: "welcome [you] [back] to" host or a city of it ("Welcome
// to Chile, Madam President", "delighted to welcome you to Santiago").
// A welcome to "the" place must name the country itself: "welcome to the
// White House", "to the Palace" is a venue, where a guest in town for
// other business is received too (the golds code the meeting only).
func (d *doc) hostWelcomes(from, to int, host string) bool {
	for k := from; k+2 < to; k++ {
		// One flag tells a word of none of the sets, as most are: only
		// "have welcomed" is then left to ask.
		var greet, hostHere, have bool
		if d.lx.is(&d.toks[k], fHostWelcome) {
			f := d.toks[k].fold
			greet = d.lx.hostGreetVerbs[f]
			hostHere = d.lx.hostHereVerbs[f]
			have = d.lx.hostHaveVerbs[f] && k > 0 && d.toks[k-1].fold == "to"
			if f != "welcome" && f != "welcoming" && !greet && !hostHere && !have && !d.perfectWelcomed(k) {
				continue
			}
		} else if !d.perfectWelcomed(k) {
			continue
		}
		q := d.welcomedEnd(k+1, to)
		if q+1 >= to || hostHere && !d.hereIn(k, q) || have && !d.haveVisit(k, q) {
			continue
		}
		if !hostHere && !have && (d.toks[q].fold != "to" && !d.welcomeYouIn(k, q) && !d.hereIn(k, q) || greet && d.toks[q-1].fold != "you") {
			continue
		}
		q++
		// "my warmest welcome to President A to C": the guest, then C.
		if m := d.mentionAt(q); m != nil && m.j+1 < to && d.toks[m.j].fold == "to" {
			q = m.j + 1
		}
		if d.toks[q].fold == "the" {
			if q+1 < to && d.kindAt(q+1) == accord.Country && d.countryAt(q, to) == host && !d.namesVenue(q+1, to) {
				return !d.gatheringOccasion(d.toks[k].sent)
			}
			continue
		}
		if d.countryOrCapitalAt(q) && d.countryAt(q, to) == host && !d.namesVenue(q, to) {
			return !d.gatheringOccasion(d.toks[k].sent)
		}
	}
	return false
}

// welcomedEnd returns the token after a welcome's object that starts at
// k: pronouns and "your delegation" (knowledge welcome_object), a
// person's mention ("welcome Vice President A to"), a title with its
// country ("Minister for Foreign Affairs of C"), commas between them; at
// most eight words besides the names and titles, twenty tokens in all.
func (d *doc) welcomedEnd(k, to int) int {
	// "I was pleased to welcome this morning Minister A and her delegation
	// to C": the time said before the object (knowledge here_now) is no
	// part of it.
	k = d.hereNowEnd(k, to)
	limit := min(k+20, to)
	for plain := 0; k < limit && plain < 8; {
		if m := d.mentionAt(k); m != nil && m.j > k {
			k = m.j
			continue
		}
		if j := d.titledObjectEnd(k, limit); j > k {
			k = j // "welcome the minister here to C"
			continue
		}
		if j := d.titleOfEnd(k, limit); j > k {
			k = j // "welcome Senator A, Minister for Foreign Affairs of C, to"
			continue
		}
		// A comma sets off the object's parts: "welcome you, Prime
		// Minister A, to C".
		if !d.lx.welcomeObject[d.toks[k].fold] && d.toks[k].fold != "," {
			break
		}
		k++
		plain++
	}
	return k
}

// gatheringOccasion reports whether the text names a gathering (knowledge
// occasion_gatherings, capitalised; a summit of many) as the occasion of
// the welcome in sentence ws: in that sentence ("welcome you to C, to the
// X Summit"), in the lead or as "this" one (occasionAt: "this Far Eastern
// Forum"), or as one hosted ("for hosting the fourth X Dialogue"). The
// guest came for the gathering, which the golds do not code as a visit to
// its host. A gathering recalled elsewhere ("after the NATO Summit in
// Madrid") is another occasion; a "Press Conference" is none.
func (d *doc) gatheringOccasion(ws int) bool {
	for k := range d.toks {
		t := d.toks[k]
		if !d.lx.occasionGatherings[t.fold] || !t.cap || k > 0 && d.toks[k-1].fold == "press" {
			continue
		}
		if t.fold == "summit" && !d.groupSummit(t.sent) {
			continue
		}
		start := k // the gathering's name: "the fourth U.S.-X 2+2 Ministerial Dialogue"
		for start > 0 && k-start < 8 && d.toks[start-1].sent == t.sent && (d.toks[start-1].cap || !d.toks[start-1].word || d.toks[start-1].num) {
			start--
		}
		if d.otherYearAt(start, k) {
			continue // "the bid to host the 2020 Games" in 2013: not this stay's occasion
		}
		if t.sent == ws || d.occasionAt(start) || d.hostedBefore(start) {
			return true
		}
	}
	return false
}

// hostedBefore reports whether a verb of hosting (knowledge hosting_verbs) stands shortly before the
// gathering named from k: "thanking A for hosting the fourth X Dialogue".
func (d *doc) hostedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].sent == d.toks[k].sent; j-- {
		if d.lx.hostingVerbs[d.toks[j].fold] {
			return true
		}
	}
	return false
}

// namesVenue reports whether the place named at k qualifies a
// capitalised noun after it, a venue named after its country: "the New
// Zealand Parliament", "the Chile Pavilion".
func (d *doc) namesVenue(k, to int) bool {
	for _, o := range d.others {
		if o.i == k {
			return o.j < to && d.toks[o.j].word && d.toks[o.j].cap
		}
	}
	return false
}

// countryOrCapitalAt reports whether a country or its capital is named
// at k. A welcome to another city ("to Cornwall", "to New York") is most
// often to a gathering held there, which the text need not name.
func (d *doc) countryOrCapitalAt(k int) bool {
	for _, o := range d.others {
		if o.i == k && !o.demonym && (o.kind == accord.Country || o.kind == accord.Place && o.capital) {
			return true
		}
	}
	return false
}

// kindAt returns the kind of the named entity (not a person) that starts
// at token k, or "".
func (d *doc) kindAt(k int) accord.ActorType {
	for _, o := range d.others {
		if o.i == k && !o.landmark {
			return o.kind
		}
	}
	return ""
}

// hostSays reports whether sentence s is the host's: in a transcript, a
// turn of a speaker of host; in remarks without turns, a text of host's
// government.
func (d *doc) hostSays(s int, host string, h home) bool {
	turns := d.turnPersons(h)
	if s < len(turns) && turns[s] >= 0 {
		return d.persons[turns[s]].country == host
	}
	return h.country == host
}
