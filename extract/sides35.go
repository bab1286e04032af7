package extract

import (
	"slices"
)

// guestsWithLead reads plural contacts whose holder the clause does not
// name as a person: "In Colombo, the State Minister also held bilateral
// meetings with A, and B", "The meeting came in the backdrop of separate
// meetings with A, as well as B". The plural (or "separately") says each
// guest was met on his own, so the two guests are no sides of one
// another; the report's lead person, named before, held the meetings.
// Without this the two guests made one meeting of their own. Returns one
// contact of the lead with each guest, or nil.
func (d *doc) guestsWithLead(tr trigger, e eng, from, to int, principals []int) []eng {
	if class(tr.typ) != "talks" || remote(tr.typ) || e.guessed || len(e.persons) != 2 || len(principals) == 0 || slices.Contains(e.persons, principals[0]) {
		return nil
	}
	if !d.oneByOne(tr, from, to) {
		return nil
	}
	first := -1
	for _, m := range d.mentions {
		if m.person < 0 || m.sent != tr.sent || m.i < from || m.i >= to {
			continue
		}
		if m.i < tr.j {
			return nil // a person before the phrase: the clause names its holder
		}
		if !slices.Contains(e.persons, m.person) {
			// "with Trump's Special Assistant A": the possessor names
			// whose office it is, no guest.
			if m.j < to && d.possessive(m.j) {
				continue
			}
			return nil
		}
		if first < 0 || m.i < first {
			first = m.i
		}
	}
	if first < 0 {
		return nil
	}
	with := false
	for k := tr.i; k < first; k++ {
		switch d.toks[k].fold {
		case "between", "among":
			return nil // "meetings between A and B": the two are the sides
		case "with":
			with = true
		}
	}
	// Both guests named in this sentence: not one side of the pair
	// carried from the sentence before.
	for _, p := range e.persons {
		if !d.personWithin(p, tr.sent, tr.j, to) {
			return nil
		}
	}
	if !with {
		return nil
	}
	return oneWithEach(e, principals[0], e.persons)
}
