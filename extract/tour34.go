package extract

import accord "github.com/accordhq/accord"

// tourWithoutGuessedHost drops the host a visit took from outside its
// sentence when its sentence lists a tour of countries and that host is of
// none of them, nor of the first: "A was visiting B, C and D", in a text
// about A's talks with D's leader, is a visit to each of B, C and D, not
// one to B with D's leader. Each stop then takes its host as any visit
// does (visitHost).
func (d *doc) tourWithoutGuessedHost(e *eng, tr trigger, from, to int) {
	// (A host the sentence names is its own: "A visited B and C, where
	// he met D" keeps D.)
	if tr.typ != accord.Visit || len(e.persons) != 2 || d.personWithin(e.persons[1], tr.sent, from, to) {
		return
	}
	k := d.placeAt(from, to, tr)
	if k < 0 || d.others[k].kind != accord.Country {
		return
	}
	first := d.others[k].key
	visitor := d.persons[e.persons[0]].country
	if visitor == "" || visitor == first || !d.thirdCountry(e.persons, first) {
		return
	}
	stops := d.listedCountries(d.others[k].j, to, func(c string) bool { return c == first || c == visitor })
	if len(stops) == 0 {
		return
	}
	d.hostOfPlace(e, first)
}
