package extract

import (
	"slices"

	"github.com/accordhq/accord"
)

// withoutSigningNarrators takes out of a signing of three persons or more
// the one who only tells of it: named in the body only as the subject of
// a reporting verb ("Foreign Secretary A said the two sides signed five
// agreements"; "…, Foreign Minister B said") and of the same country as
// another of its persons, who is that side's party. A briefer states the
// outcome of the leaders' talks; the sides that sign are the pair the
// group subject ("the two sides") stands for. A signer named as signing
// ("signed by Minister A") is no narrator and stays.
func (d *doc) withoutSigningNarrators(held []eng) []eng {
	for n := range held {
		e := &held[n]
		if e.typ != accord.Signing || len(e.persons) < 3 {
			continue
		}
		ps := slices.DeleteFunc(slices.Clone(e.persons), func(p int) bool {
			return d.narratorOf(p, e.persons)
		})
		if len(ps) >= 2 && len(ps) < len(e.persons) {
			e.persons = ps
		}
	}
	return held
}

// narratorOf reports whether person p, one of persons, gives an account
// only (givesAccount, named in the body) while the others who do not hold
// the two sides: p's own country among theirs, or, p of no known country
// ("Foreign Secretary A said"), two countries among them.
func (d *doc) narratorOf(p int, persons []int) bool {
	if !d.givesAccount(p) || !d.namedInBody(p) {
		return false
	}
	c := d.persons[p].country
	var sides []string
	for _, q := range persons {
		if q == p || d.givesAccount(q) {
			continue
		}
		if qc := d.persons[q].country; qc != "" && !slices.Contains(sides, qc) {
			sides = append(sides, qc)
		}
	}
	if c != "" {
		return slices.Contains(sides, c)
	}
	return len(sides) >= 2
}

// namedInBody reports whether the body names person p at all.
func (d *doc) namedInBody(p int) bool {
	for _, m := range d.mentions {
		if m.person == p {
			return true
		}
	}
	return false
}
