package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// A joint press conference is a bilateral occasion: the host who opens it
// by welcoming the guest to a place of the host's country ("delighted to
// welcome Prime Minister A, to be meeting with her here in Sydney today",
// "a pleasure to welcome you to Queenstown, Anthony") tells the guest's
// stay, whatever the city. Outside a joint press conference a welcome to
// a city that is not the capital is often one to a gathering held there
// (hostWelcomes), so the joint press conference is required.

// jointPressOf reports whether a held press conference of held has two
// sides of the countries of pair (a leader's own press conference has one).
func (d *doc) jointPressOf(held []eng, pair []string) bool {
	for _, e := range held {
		if e.typ != accord.PressConference || e.status != accord.StatusHeld || e.own {
			continue
		}
		cs, ok := d.contactCountries(e)
		if ok && len(cs) == 2 && (cs[0] == pair[0] && cs[1] == pair[1] || cs[0] == pair[1] && cs[1] == pair[0]) {
			return true
		}
	}
	return false
}

// hostWelcomeHereSentence returns the first sentence the host says that
// welcomes the guest to a place of host (hostWelcomesHere), or -1.
func (d *doc) hostWelcomeHereSentence(host string, h home) int {
	for s := range d.sents {
		from, to := d.sentToks(s)
		if d.hostWelcomesHere(from, to, host) && d.hostSays(s, host, h) {
			return s
		}
	}
	return -1
}

// hostWelcomesHere reports whether toks[from:to) welcomes or hosts a guest
// ("you", a person named) and places them in host in the same clause:
// "to" or "here in"/"here to" a place of host, any of its cities ("welcome
// you to Queenstown", "welcome Prime Minister A, to be meeting with her
// here in Sydney"). A venue ("here to the Parliament", "to the Palace") or
// a gathering named as the occasion is not the guest's stay.
func (d *doc) hostWelcomesHere(from, to int, host string) bool {
	for k := from; k+2 < to; k++ {
		switch d.toks[k].fold {
		case "welcome", "host":
		default:
			continue
		}
		// The verb said by the host: "delighted to welcome", "I welcome";
		// not the guest's "thank you for the warm welcome".
		if k == from {
			continue
		}
		if p := d.toks[k-1].fold; p != "to" && p != "i" && p != "we" && p != "also" && p != "warmly" && p != "formally" {
			continue
		}
		q := d.welcomedEnd(k+1, to)
		if q == k+1 || !d.guestObject(k+1, q, host) {
			continue
		}
		for j := q; j+1 < to && j < q+10; j++ {
			t := d.toks[j]
			if t.text == ";" || t.text == "." {
				break
			}
			f := t.fold
			if f == "here" {
				j = d.hereNowEnd(j+1, to) - 1
				continue
			}
			if f != "to" && f != "in" {
				continue
			}
			if d.toks[j+1].fold == "the" && d.kindAt(j+2) != accord.Country {
				break // "to the Palace", "here in the Parliament": a venue
			}
			if c := d.countryAt(j+1, to); c != "" {
				if c != host || d.namesVenue(j+1, to) {
					break
				}
				return !d.gatheringOccasion(d.toks[k].sent)
			}
		}
	}
	return false
}

// guestObject reports whether the welcome's object toks[from:to) is "you"
// or names a person of another country than host.
func (d *doc) guestObject(from, to int, host string) bool {
	for k := from; k < to; k++ {
		if d.toks[k].fold == "you" {
			return true
		}
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i >= from && m.i < to && !m.poss {
			if c := d.persons[m.person].country; c != "" && c != host {
				return true
			}
		}
	}
	return false
}

// latePressTrip reads the trip of a transcript whose joint press
// conference only latePress gave (the headline names no one: "Press
// conference - Queenstown"), after the first reading of trips saw no
// contact to hang a visit on: n is the count of held before latePress.
func (d *doc) latePressTrip(held, refs []eng, h home, title *doc, n int) []eng {
	if len(held) == n || slices.ContainsFunc(held, func(e eng) bool { return e.typ == accord.Visit && e.status == accord.StatusHeld }) {
		return held
	}
	return d.trips(held, refs, h, title)
}

// hostWelcomeHereCountry returns the one country of pair whose side
// welcomes the guest to a place of it (hostWelcomesHere), or "".
func (d *doc) hostWelcomeHereCountry(pair []string, h home) string {
	found := ""
	for _, c := range pair {
		if d.hostWelcomeHereSentence(c, h) < 0 {
			continue
		}
		if found != "" {
			return ""
		}
		found = c
	}
	return found
}

// thanksForWelcome reports whether toks[from:to) thanks someone for the
// welcome or the hosting the speaker was given: "Can I thank Prime Minister
// A for the very warm welcome to C", "thank Secretary A for hosting us here".
// The one thanked is the speaker's host, not a guest of the speaker's
// press conference (a doorstop abroad is the speaker's own).
func (d *doc) thanksForWelcome(from, to int) bool {
	thanks := -1
	for k := from; k < to; k++ {
		if d.lx.is(&d.toks[k], fThanks) {
			thanks = k
			break
		}
	}
	if thanks < 0 {
		return false
	}
	for k := thanks + 1; k+1 < to; k++ {
		if d.toks[k].fold != "for" {
			continue
		}
		j := k + 1
		if f := d.toks[j].fold; f == "hosting" || f == "having" {
			return true
		}
		if d.hostGerundMe(j, to) { // label33.go
			return true
		}
		if d.toks[j].fold != "the" && d.toks[j].fold != "your" {
			continue
		}
		// Praise between: "the very warm", "your generous".
		for j++; j < to && j <= k+6 && d.toks[j].word && !d.toks[j].cap && !d.lx.welcomeNouns[d.toks[j].fold]; j++ {
		}
		if j < to && d.lx.welcomeNouns[d.toks[j].fold] {
			return true
		}
	}
	return false
}

// countOrModifierJoin reports whether the word at q, in a signed object
// that starts at k, is a quantifier ("some", "several", a number) or the
// "and" joining two modifiers in lower case ("economic and trade
// agreements", "intergovernmental and inter-ministerial agreements"),
// which documentAhead does not count among the document's words.
func (d *doc) countOrModifierJoin(q, k int) bool {
	t := d.toks[q]
	if d.lx.groupQuantifiers[t.fold] && t.fold != "number" || t.num {
		return true
	}
	if t.fold != "and" || q == k || q+1 >= len(d.toks) {
		return false
	}
	prev, next := d.toks[q-1], d.toks[q+1]
	return prev.word && next.word && !prev.cap && !next.cap && !d.lx.signedDocument[prev.fold] && !d.lx.signedDocuments[prev.fold]
}
