package extract

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// clauseEnds reports whether a date closes the clause of the contact tr
// before a coordinated clause of the later contact o begins: "called on A
// and B on 30 July, and called on C earlier today" dates the first calls,
// however near the date stands to the second verb.
func (d *doc) clauseEnds(de dateExpr, tr, o trigger) bool {
	if de.tok < tr.j || de.end > o.i || o.i-de.end > 3 {
		return false
	}
	and := false
	for k := de.end; k < o.i; k++ {
		switch d.toks[k].fold {
		case "and":
			and = true
		case ",", "then", "also", "later":
		default:
			return false
		}
	}
	return and
}

// callsOn reports whether a reception phrase has the caller as its subject
// ("called on President A and Prime Minister B"): protocol makes a courtesy
// call on each office holder, so each host is a reception of their own,
// unlike "A received B and C", one reception of the guests together.
func callsOn(form string) bool {
	switch form {
	case "called on", "calls on", "paid a call on", "paid a courtesy call", "courtesy calls", "courtesy visits", "a call on", "his call on", "her call on":
		return true
	}
	return false
}

// hostedForContact reports whether the guest after "hosted" at toks[k] is hosted
// to or for a visit: "hosted Minister A to the latter's introductory visit",
// "hosted B for his official visit"; not "hosted B to meals during his
// visit", a meal of the visit. So is one hosted for a contact at a distance
// ("hosted B for a virtual bilateral meeting"): the phrase of that contact
// holds it.
func (d *doc) hostedForContact(k int) bool {
	sent := d.toks[k-1].sent
	for i := k; i < len(d.toks) && i < k+16 && d.toks[i].sent == sent; i++ {
		if f := d.toks[i].fold; f != "to" && f != "for" {
			continue
		}
		remote := false
		for j := i + 1; j <= i+5 && j < len(d.toks) && d.toks[j].sent == sent; j++ {
			f := d.toks[j].fold
			if f == "visit" || remote && remoteContact[f] {
				return true
			}
			if d.lx.remoteWords[f] && f != "call" && f != "calls" {
				remote = true // "for a virtual bilateral meeting": the video call, which its phrase holds
				continue
			}
			if !visitOwnerWord[f] && !personalOwner[f] && !d.lx.visitKinds[f] && f != "a" && f != "bilateral" {
				break
			}
		}
	}
	return false
}

// remoteContact are the nouns of a contact held at a distance after a
// word of one: "a virtual meeting", "a video call".
var remoteContact = map[string]bool{"meeting": true, "meetings": true, "call": true, "summit": true, "talks": true, "conference": true, "conversation": true}

// visitOwnerWord are the words between "hosted B to" and "visit" that own
// or qualify it: "the latter's introductory visit".
var visitOwnerWord = map[string]bool{"the": true, "latter": true, "'s": true, "introductory": true, "inaugural": true, "farewell": true}

// pairNamedAt returns the countries that name the contact at tr, joined by
// hyphens or dashes before its phrase: "the U.S.-North Korea Summit
// Meeting", "the Japan-China-ROK Summit Meeting". Nil when the phrase is
// not named by two countries or more.
func (d *doc) pairNamedAt(tr trigger) []string {
	from := tr.i
	joined := false
	for from > 0 && tr.i-from < 12 {
		t := d.toks[from-1]
		if t.sent != d.toks[tr.i].sent {
			break
		}
		switch {
		case t.text == "-" || t.text == "–" || t.text == "—":
			joined = true
		case t.text == "(" || t.text == ")" || t.fold == "of" || t.fold == "the" && from-1 > 0 && d.toks[from-2].text == "-":
		case t.text == "." && from-1 > 0 && d.toks[from-2].end == t.start && d.toks[from-2].cap && t.end == d.toks[from].start:
			// "Mexico-U.S. Summit": the dot inside an abbreviation
		case t.word && t.cap:
			if strings.ContainsAny(t.text, "-–") {
				joined = true
			}
		default:
			from = -from // a word that ends the name
		}
		if from < 0 {
			from = -from
			break
		}
		from--
	}
	if !joined {
		return nil
	}
	var codes []string
	for _, o := range d.others {
		if o.kind == accord.Country && o.i >= from && o.i < tr.i {
			codes = appendStr(codes, o.key)
		}
	}
	// The hyphened names, read off the text itself: a tokenizer splits
	// "Mexico-U.S." at its dots.
	for k := from; k < tr.i; k++ {
		t := d.toks[k]
		if !t.word || !t.cap || !strings.ContainsAny(t.text, "-–") {
			continue
		}
		e := k
		for e+1 < tr.i && d.toks[e+1].start == d.toks[e].end {
			e++
		}
		for _, part := range strings.FieldsFunc(d.text[t.start:d.toks[e].end], func(r rune) bool { return r == '-' || r == '–' }) {
			if c := d.lx.countryCode(part); c != "" {
				codes = appendStr(codes, c)
			}
		}
		k = e
	}
	if len(codes) < 2 {
		return nil
	}
	return codes
}

// outsidePair reports whether a person of ps is of a country the contact's
// name leaves out: "President A provided an explanation on the U.S.-North
// Korea Summit Meeting" in a Japanese readout of A's call with Prime
// Minister B is not a meeting of A and B.
func (d *doc) outsidePair(ps []int, pair []string) bool {
	for _, p := range ps {
		if c := d.persons[p].country; c != "" && !slices.Contains(pair, c) {
			return true
		}
	}
	return false
}

// toldThat reports whether the contact at tr is told in a that-clause of a
// verb of telling ("A explained to B that at the Summit Meeting with C he
// exchanged views"): a contact one side recounts during the one reported,
// not reported itself.
func (d *doc) toldThat(tr trigger, from int) bool {
	for k := tr.i - 1; k > from; k-- {
		if d.toks[k].fold != "that" || thatTime[d.toks[k+1].fold] {
			continue // "told a news briefing that day": a determiner
		}
		for v := k - 1; v >= from && v >= k-6; v-- {
			if tellingVerb[d.toks[v].fold] {
				return true
			}
		}
		return false
	}
	return false
}

// thatTime are the nouns "that" determines as a time ("that day").
var thatTime = map[string]bool{"day": true, "morning": true, "afternoon": true, "evening": true, "night": true, "week": true, "time": true, "month": true, "year": true}

// tellingVerb are the verbs whose that-clause recounts what one side told.
var tellingVerb = map[string]bool{"explained": true, "briefed": true, "informed": true, "told": true, "recalled": true, "mentioned": true}

// cityAfter reports whether a city follows the contact's phrase closely
// with "in" or "at" ("met with President A today in Cairo", "met with the
// Prime Minister of B, C, on the margins of the summit in Delhi", "met A at
// the White House"): where it was held, not a place the talks were about
// ("discussed the situation in Gaza") or one travelled to.
func (d *doc) cityAfter(tr trigger, to int) bool {
	return d.cityAfterRef(tr, to).Country != ""
}

// cityAfterRef is the city cityAfter finds, or none.
func (d *doc) cityAfterRef(tr trigger, to int) accord.PlaceRef {
	for _, o := range d.others {
		if o.kind != accord.Place || o.i <= tr.j || o.i >= to || o.i > tr.j+20 || o.country == "" {
			continue
		}
		in := d.toks[o.i-1].fold
		if in == "the" && o.i-2 > tr.j {
			in = d.toks[o.i-2].fold // "at the White House"
		}
		if in != "in" && in != "at" {
			continue
		}
		for k := tr.j; k < o.i; k++ {
			f := d.toks[k].fold
			if d.lx.placeStops[f] || strings.HasPrefix(f, "discuss") {
				return accord.PlaceRef{}
			}
			// "on the margins of", "on the sidelines of": the occasion.
			if f == "on" && !(k+2 < o.i && d.toks[k+1].fold == "the" && d.lx.occasionEdges[d.toks[k+2].fold]) {
				return accord.PlaceRef{}
			}
		}
		return accord.PlaceRef{Name: o.name, Country: o.country}
	}
	return accord.PlaceRef{}
}
