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

// consortMention reports whether a person's mention names them as a
// leader's spouse by office ("First Lady A", "the First Lady, Madam B") or
// by a spouse's honorific and the family name of another person of the
// text ("Mrs. Sophie Grégoire Trudeau" beside "Prime Minister Justin
// Trudeau"). Spouses come with a party: the released golds take them as
// no side of the leaders' meetings ("President A and First Lady B hosted
// Prime Minister C and Mrs. D": A and C).
func (d *doc) consortMention(m *pmention) bool {
	if m.title >= 0 && d.lx.consorts.holdsFold(d.lx.k.Titles.Titles[m.title].Office) {
		return true
	}
	if m.person < 0 || m.i >= m.ni || !d.lx.spouseHonorifics[d.toks[m.i].fold] {
		return false
	}
	core := d.persons[m.person].core
	if len(core) < 2 {
		return false
	}
	for pi, q := range d.persons {
		if pi != m.person && len(q.core) >= 2 && q.core[len(q.core)-1] == core[len(core)-1] {
			return true
		}
	}
	return false
}

// consortOnly reports whether every mention of person pi names them as a
// spouse, by "his wife" or by a consort's office or honorific.
func (d *doc) consortOnly(pi int) bool {
	return d.everyMention(pi, func(m *pmention) bool { return d.spouseAt(m.i) >= 0 || d.consortMention(m) })
}

// consortsOut takes leaders' spouses named as such (consortOnly) out of
// the contacts of two countries or more: "President A and First Lady B
// hosted Prime Minister C and Mrs. D C for an Official Visit" is A's and
// C's. A spouse whose partner the text names stands for that partner (the
// contact of the couple's two members then merges with the partner's);
// one who is a side of her own contact ("First Lady A met Queen B") stays.
func (d *doc) consortsOut(held []eng) []eng {
	out := make([]eng, 0, len(held))
	for _, e := range held {
		if len(e.persons) < 2 || !slices.ContainsFunc(e.persons, d.consortOnly) {
			out = append(out, e)
			continue
		}
		var ps []int
		for _, p := range e.persons {
			if d.consortOnly(p) {
				if q := d.consortPartner(p); q >= 0 {
					p = q
				} else if len(e.persons) >= 3 {
					continue
				}
			}
			ps = appendInt(ps, p)
		}
		// Contacts abroad only: a leader's spouse at home may hold events
		// of her own with officials of her country.
		if d.countryCount(append(slices.Clone(ps), e.persons...)) < 2 {
			out = append(out, e)
			continue
		}
		if len(ps) < 2 {
			continue // a couple's own "contact"
		}
		e.persons = ps
		if slices.ContainsFunc(out, func(o eng) bool {
			return o.typ == e.typ && o.date == e.date && len(o.persons) == len(ps) && subset(ps, o.persons)
		}) {
			continue
		}
		out = append(out, e)
	}
	// A contact the substitution made equal to one kept before it.
	return out
}

// consortPartner returns the person whose spouse pi is: the one named
// right before "and (the) First Lady pi" ("President A and First Lady B"),
// else the one person of the text, not named only as a spouse, who shares
// pi's family name ("First Lady A Brandt" and "President B Brandt"); -1.
func (d *doc) consortPartner(pi int) int {
	for _, m := range d.mentions {
		if m.person != pi {
			continue
		}
		k := m.i - 1
		if k >= 0 && d.toks[k].fold == "the" {
			k--
		}
		if k >= 1 && d.toks[k].fold == "and" {
			for _, o := range d.mentions {
				if o.person >= 0 && o.person != pi && o.j == k && o.sent == m.sent && !d.consortOnly(o.person) {
					return o.person
				}
			}
		}
		break
	}
	core := d.persons[pi].core
	if len(core) == 0 {
		return -1
	}
	found := -1
	for q, o := range d.persons {
		if q == pi || len(o.core) < 2 || o.core[len(o.core)-1] != core[len(core)-1] || d.consortOnly(q) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = q
	}
	return found
}

// delegationFromCountries gives the head of "a delegation from (the
// Kingdom of) C led by Minister A" (or "of C", "headed by") the country C
// when the text gives A none: the delegation's country is the one its head
// acts for, as "a Norwegian delegation led by A" already says by its
// demonym. Without it the head of a visiting delegation had no country,
// and a host's meeting with him counted for no pair.
func (d *doc) delegationFromCountries() {
	for _, m := range d.mentions {
		if m.person < 0 || d.persons[m.person].country != "" || m.i < 4 {
			continue
		}
		// "led by" right before the mention.
		k := m.i - 1
		if d.toks[k].fold != "by" || !d.lx.delegationLed[d.toks[k-1].fold] {
			continue
		}
		// The country span ends right before "led".
		e := k - 2
		if d.toks[e].text == "," {
			e-- // "the delegation from China, led by A"
		}
		si := d.at[e]
		if si < 0 {
			si = -si // inside a span: "the Kingdom of Norway"
		}
		if si == 0 {
			continue
		}
		sp := &d.spans[si-1]
		if sp.j != e+1 || sp.kind != kCountry {
			continue
		}
		// "delegation from/of (the Kingdom of) C".
		for b := sp.i - 1; b >= 1 && b >= sp.i-5; b-- {
			f := d.toks[b].fold
			if (f == "from" || f == "of") && d.lx.is(&d.toks[b-1], fDelegation) {
				d.persons[m.person].country = sp.e.code
				break
			}
			if f != "the" && f != "of" && !d.toks[b].cap {
				break
			}
		}
	}
}
