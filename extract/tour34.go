package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// tourWithoutGuessedHost drops the host of a visit whose sentence lists a
// tour of countries when that host is of another country than the first
// stop: one taken from outside the sentence ("A was visiting B, C and D",
// in a text about A's talks with D's leader), or an inviter of a later
// stop ("left for state visits to B, C and D at the invitation of President
// E of B and President F of C"). Each stop is then a visit and takes its
// host as any visit does (visitHost), not one visit to B with another
// stop's leader, which a visit to a third country would drop.
func (d *doc) tourWithoutGuessedHost(e *eng, tr trigger, from, to int) {
	if tr.typ != accord.Visit || len(e.persons) != 2 {
		return
	}
	k := d.placeAt(from, to, tr)
	// The first stop right after the phrase ("visiting B", "state visits
	// to the B"), not a country elsewhere in the clause ("B is the final
	// stop on his tour following visits to C and D").
	if k < 0 || d.others[k].kind != accord.Country || d.others[k].i < tr.j || d.others[k].i > tr.j+2 {
		return
	}
	first := d.others[k].key
	// "At the invitation of President E of C, B will pay state visits to
	// C and D": of two persons, the one of no country toured is the
	// visitor, whoever is named first.
	toured := append(d.listedCountries(d.others[k].j, to, func(c string) bool { return c == first }), first)
	v, h := e.persons[0], e.persons[1]
	if a, b := d.persons[v].country, d.persons[h].country; a != "" && b != "" && slices.Contains(toured, a) && !slices.Contains(toured, b) {
		v, h = h, v
	}
	visitor := d.persons[v].country
	// (A visitor of a country toured is no visitor: two inviters.)
	if visitor == "" || slices.Contains(toured, visitor) || !d.thirdCountry([]int{v, h}, first) {
		return
	}
	stops := d.listedCountries(d.others[k].j, to, func(c string) bool { return c == first || c == visitor })
	if len(stops) == 0 {
		return
	}
	// (A host the sentence names, of no stop, is its own: "A visited B
	// and C, where he met D" keeps D.)
	if d.personWithin(h, tr.sent, from, to) && !slices.Contains(stops, d.persons[h].country) {
		return
	}
	e.persons = []int{v, h}
	d.hostOfPlace(e, first)
}

// lateStops takes the late report refs[k] (lateReport) out of refs with
// the further stops of its tour that follow it ("made a three-nation tour
// of A, B and C last week": the tour told as past, the text about nothing
// else): each stop is held as the report is. It returns the stops and
// what remains of refs.
func lateStops(refs []eng, k int) ([]eng, []eng) {
	e := refs[k]
	j := k + 1
	var out []eng
	for j < len(refs) && refs[j].stop && refs[j].typ == accord.Visit && refs[j].sent == e.sent {
		s := refs[j]
		s.status = accord.StatusHeld
		if len(s.date) == 10 {
			s.date = s.date[:7]
		}
		out = append(out, s)
		j++
	}
	return out, slices.Delete(refs, k, j)
}
