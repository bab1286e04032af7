package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// carriedMessages takes the messenger out of a message conveyed on
// another's behalf: "He also conveyed the congratulations from General
// Secretary A to Prime Minister B" is A's message to B, the one who
// conveys it being no party (Vietnamese readouts of calls and visits
// print greetings so; knowledge carried_greetings).
func (d *doc) carriedMessages(held []eng) {
	for k := range held {
		e := &held[k]
		if e.typ != accord.Message || len(e.persons) < 3 {
			continue
		}
		for s := range d.sents {
			if a, b := d.fromTo(s, e.persons); a >= 0 {
				e.persons = []int{a, b}
				break
			}
		}
	}
}

// fromTo finds in sentence s, which names greetings, "from A to B" with A
// and B among ps; -1, -1 when it has none.
func (d *doc) fromTo(s int, ps []int) (int, int) {
	from, to := d.sentToks(s)
	if !slices.ContainsFunc(d.toks[from:to], func(t token) bool { return d.lx.carriedGreetings[t.fold] }) {
		return -1, -1
	}
	for k := from; k+1 < to; k++ {
		if d.toks[k].fold != "from" {
			continue
		}
		a := d.personFrom(k+1, to)
		if a == nil || !slices.Contains(ps, a.person) || a.j >= to || d.toks[a.j].fold != "to" {
			continue
		}
		if b := d.personFrom(a.j+1, to); b != nil && b.person != a.person && slices.Contains(ps, b.person) {
			return a.person, b.person
		}
	}
	return -1, -1
}

// personFrom is the mention of a person that starts at k, after an
// optional "the" (nil if none).
func (d *doc) personFrom(k, to int) *pmention {
	if k < to && d.toks[k].fold == "the" {
		k++
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i == k && !m.poss {
			return m
		}
	}
	return nil
}
