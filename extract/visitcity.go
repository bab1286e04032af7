package extract

import (
	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

// aheadCityVisit gives a visit ahead its host country when the phrase
// names a city of it: "will make an official visit to Tokyo", "will pay a
// working visit to New York City". A held visit to a city is read by the
// trip (trips); a planned one is read only here, and an announcement names
// the capital as often as the country.
func (d *doc) aheadCityVisit(e *eng, tr trigger, to int) {
	if tr.typ != accord.Visit || len(e.persons) != 1 || len(e.codes) != 0 || tr.j >= to {
		return
	}
	k := tr.j
	if d.toks[k].fold == "to" || d.toks[k].fold == "in" {
		k++
	}
	if d.countryMentionAt(k) >= 0 {
		return // a country named: the phrase gave it already
	}
	c := d.countryAt(k, to)
	if c == "" || c == d.persons[e.persons[0]].country || d.persons[e.persons[0]].country == "" {
		return
	}
	e.codes = []string{c}
	if e.place.Country == "" {
		e.place = accord.PlaceRef{Name: d.lx.countryName(c), Country: c}
	}
}

// cityMentionAt reports whether toks[i] opens the name of a city or other
// place of a known country ("visit Tokyo"), not a country's.
func (d *doc) cityMentionAt(i int) bool {
	for _, o := range d.others {
		if o.i == i && o.kind == accord.Place && o.country != "" {
			return true
		}
	}
	return false
}

// departedFor reports whether the "for" at toks[k] names where a
// departure verb of its clause goes: "left for C", "departs this afternoon
// for C", "leaves the country Sunday evening for C".
func (d *doc) departedFor(k, from int) bool {
	for j := k - 1; j >= from && j >= k-6; j-- {
		if t := d.toks[j].text; t == "," || t == ";" {
			return false
		}
		if d.lx.departureVerbs[d.toks[j].fold] {
			return true
		}
	}
	return false
}

// hereAtDateline names the dateline's place at each "arrived here", "visit
// here" of an agency's copy ("RIYADH (April 28): A arrived here on
// Saturday night for a three-day working visit"): the wire's "here" is the
// city of its dateline. Only after a word of arrival or of a visit, so
// that a speaker's "we are here" stays his own.
func (d *doc) hereAtDateline(dl accord.PlaceRef, form string) {
	if dl.Country == "" {
		return
	}
	for i, t := range d.toks {
		if t.fold != "here" || i == 0 || !d.lx.hereCues[d.toks[i-1].fold] {
			continue
		}
		d.others = append(d.others, otherMention{kind: accord.Place, key: accord.Fold(dl.Name), name: dl.Name, form: form, country: dl.Country, i: i, j: i + 1})
	}
}

// countedList returns where the list of a tour's countries starts when
// toks[j] opens their count ("four African countries, A, B and C", "three
// Gulf nations of A, B and C", "two countries: A and B"), or -1. Agencies
// and ministries count a tour's stops before they name them.
func (d *doc) countedList(j, to int) int {
	if j < to && d.toks[j].fold == "the" {
		j++
	}
	if j >= to || !d.toks[j].num && knowledge.TargetUnits().Numbers[d.toks[j].fold] < 2 {
		return -1
	}
	k := j + 1
	for k < to && k <= j+3 && !d.lx.tourCountNouns[d.toks[k].fold] {
		k++ // "African", "Central Asian", "neighbouring"
	}
	if k >= to || !d.lx.tourCountNouns[d.toks[k].fold] {
		return -1
	}
	k++
	for n := 0; k < to && n < 2 && (d.lx.tourListOpeners[d.toks[k].fold] || listPunct[d.toks[k].text]); n++ {
		k++ // ", namely", ":"
	}
	if d.countryMentionAt(k) < 0 {
		return -1
	}
	return k
}

// countedListAt reports whether the country named at toks[i] opens a
// counted list after a visit word before it: "visited four African
// countries, A, …", "a visit to three Gulf nations of A, …".
func (d *doc) countedListAt(i, from, to int) bool {
	for m := i - 2; m >= from && m >= i-8; m-- {
		switch d.toks[m].fold {
		case "to", "visited", "visiting", "of", "visit", "visits":
			if d.countedList(m+1, to) == i {
				return true
			}
		}
	}
	return false
}

// listPunct are the marks that open a list after its count.
var listPunct = map[string]bool{",": true, ":": true, "–": true, "—": true, "-": true, "(": true}

// placedAbroad reports whether the visit phrase tr's sentence places it in
// a country other than visitor p's own.
func (d *doc) placedAbroad(p, from, to int, tr trigger) bool {
	c := d.placeIn(from, to, tr).Country
	return c != "" && c != d.persons[p].country
}
