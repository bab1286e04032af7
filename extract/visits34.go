package extract

import "slices"

// journeyOnVisits reports whether the plural visit phrase tr ("state
// visits") opens a journey under way: a verb of departure before it in its
// clause ("left Beijing on Sunday for state visits to A, B and C",
// "embarked on official visits to A and B") and a country right after its
// "to". The plural alone is mostly visits in general ("exchanges of
// official visits", "returned to Europe for official visits"), which stay
// unread.
func (d *doc) journeyOnVisits(tr trigger, from, to int) bool {
	k := tr.j
	if k >= to || d.toks[k].fold != "to" {
		return false
	}
	k++
	if k < to && d.toks[k].fold == "the" {
		k++
	}
	if d.countryMentionAt(k) < 0 {
		return false
	}
	// The traveller named in the clause, of a country known, not taken
	// from elsewhere.
	if !slices.ContainsFunc(d.mentions, func(m *pmention) bool {
		return m.person >= 0 && m.i >= from && m.i < tr.i && d.persons[m.person].country != ""
	}) {
		return false
	}
	for j := tr.i - 1; j >= from && j >= tr.i-10; j-- {
		if t := d.toks[j].text; t == "," || t == ";" {
			return false
		}
		if f := d.toks[j].fold; d.lx.departureVerbs[f] || d.lx.tourStartVerbs[f] {
			return true
		}
	}
	return false
}
