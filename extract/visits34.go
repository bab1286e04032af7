package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

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

// ownedVisitor returns the visitor of a visit phrase that names none of
// its own, and the country it goes to: the phrase owned by a pronoun ("…
// concluded his visit to B today, and will be travelling to C for his
// introductory visit to D") is the visit of the clause's agent; one
// followed by "by" a person ("a three-nation tour of B, C and D by
// President A") is that person's. Otherwise the sentence's countries
// would stand as the visit's sides ("B, D and the visitor's C"), a visit
// between countries the text does not tell. (-1, "") when none.
func (d *doc) ownedVisitor(tr trigger, from, to int) (int, string) {
	k := d.placeAt(from, to, tr)
	if k < 0 || d.others[k].kind != accord.Country || d.others[k].i < tr.j {
		return -1, ""
	}
	place := d.others[k].key
	who := -1
	for j := tr.i - 1; j >= from && j >= tr.i-3; j-- {
		if visitOwnerPronoun(d.toks[j].fold) {
			who = d.agentBefore(from, j)
			break
		}
	}
	if who < 0 {
		// "by" right after the countries the phrase lists.
		j := d.others[k].j
		for j < to && j < d.others[k].j+12 && d.toks[j].fold != "by" {
			if n := d.countryMentionAt(j); n < 0 && d.toks[j].fold != "," && d.toks[j].fold != "and" && d.toks[j].fold != "the" {
				break
			} else if n >= 0 {
				j = d.others[n].j
				continue
			}
			j++
		}
		if j < to && d.toks[j].fold == "by" {
			for _, m := range d.mentions {
				if m.person >= 0 && m.sent == tr.sent && m.i == j+1 {
					who = m.person
				}
			}
		}
	}
	if who < 0 || d.persons[who].country == "" || d.persons[who].country == place {
		return -1, ""
	}
	return who, place
}
