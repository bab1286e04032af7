package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// pressAfterTalks reads a press conference the body places after the
// sides' own talks: "A and B held a joint press conference following their
// talks in Hanoi on September 10", "met with the press after their
// meeting". The day the sentence states is the press conference's (the
// talks' time phrase holds it, so the press conference had the
// publication's), and the talks are a contact of that day of their own.
func (d *doc) pressAfterTalks(held []eng) []eng {
	var out []eng
	for k := range held {
		e := &held[k]
		if e.typ != accord.PressConference || e.fromTitle || e.status != accord.StatusHeld || e.sent < 0 || len(e.persons)+len(e.codes) < 2 {
			continue
		}
		from, to := d.sentToks(e.sent)
		noun := d.talksAfterLink(from, to)
		if noun < 0 {
			continue
		}
		if e.datePub {
			ds := d.statedDays(d.lx.dates(d.toks, from, to, d.pub))
			if len(ds) != 1 || ds[0].prec != precDay || ds[0].t.After(d.pub) {
				continue
			}
			e.date, e.datePub = ds[0].format(), false
		}
		if slices.ContainsFunc(held, func(o eng) bool {
			return o.date == e.date && (class(o.typ) == "talks" || o.typ == accord.Summit || remoteType(o.typ)) && (overlap(o.persons, e.persons) || sharedCountries(d.countriesOf(o), d.countriesOf(*e)) >= 2)
		}) {
			continue
		}
		m := *e
		m.typ = accord.Talks
		if d.toks[noun].fold == "meeting" {
			m.typ = accord.Meeting
		}
		m.persons, m.codes = slices.Clone(e.persons), slices.Clone(e.codes)
		out = append(out, m)
	}
	return append(held, out...)
}

// talksAfterLink returns the contact noun of "following their talks",
// "after the meeting", "after their historic talks" in toks[from:to]: the
// sides' own talks the sentence's press conference follows; -1 if none.
func (d *doc) talksAfterLink(from, to int) int {
	for k := from; k+2 < to; k++ {
		if f := d.toks[k].fold; f != "following" && f != "after" {
			continue
		}
		q := k + 1
		if f := d.toks[q].fold; f != "their" && f != "the" {
			continue
		}
		q++
		// "their bilateral talks", "their historic talks": a word or two
		// in lower case before the noun.
		for n := 0; n < 2 && q+1 < to && d.toks[q].word && !d.toks[q].cap && d.toks[q].fold != "talks" && d.toks[q].fold != "meeting"; n++ {
			q++
		}
		if f := d.toks[q].fold; f == "talks" || f == "meeting" {
			return q
		}
	}
	return -1
}
