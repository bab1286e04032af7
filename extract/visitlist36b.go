package extract

import "github.com/accordhq/accord"

// cityCountryAt returns the index in d.others of the country of a stop
// written "City, Country" from toks[n] ("Suva, Fiji; Apia, Samoa"): a
// place whose country is the one named right after its comma. Reports
// and itineraries list a tour's stops this way, one per country; the
// country is the stop annotators record. -1 when toks[n] opens no such
// pair.
func (d *doc) cityCountryAt(n int) int {
	for _, o := range d.others {
		if o.i != n || o.kind != accord.Place || o.country == "" || o.j >= len(d.toks) || d.toks[o.j].text != "," {
			continue
		}
		if c := d.countryMentionAt(o.j + 1); c >= 0 && d.others[c].key == o.country {
			return c
		}
	}
	return -1
}

// cityCountryBefore returns the start of the "City," that names country
// mention o's stop ("visited Suva, Fiji"), or -1.
func (d *doc) cityCountryBefore(o otherMention) int {
	if o.i < 2 || d.toks[o.i-1].text != "," {
		return -1
	}
	for _, p := range d.others {
		if p.j == o.i-1 && p.kind == accord.Place && p.country == o.key {
			return p.i
		}
	}
	return -1
}

// cityCountryAfter returns cityCountryAt after an optional "and" from
// toks[n], or -1.
func (d *doc) cityCountryAfter(n, to int) int {
	if n < to && d.toks[n].fold == "and" {
		n++
	}
	if n >= to {
		return -1
	}
	return d.cityCountryAt(n)
}

// visitedCityOf reports whether country mention o closes the first stop of
// a list after "visited": "visited Suva, Fiji; Apia, …".
func (d *doc) visitedCityOf(o otherMention) bool {
	k := d.cityCountryBefore(o)
	return k > 0 && d.toks[k-1].fold == "visited"
}

// datedLegEnd returns where the next stop of a tour list starts when the
// list goes on after a stop's dates: "to A and B from July 18-22, and to C
// from July 23-25". From toks[j] (after the last stop read), a date phrase
// opened by "from" or "on", then ", and to": the index after "to", else -1.
func (d *doc) datedLegEnd(j, to int) int {
	if j >= to || d.toks[j].fold != "from" && d.toks[j].fold != "on" {
		return -1
	}
	ds := d.lx.dates(d.toks, j+1, min(to, j+8), d.pub)
	if len(ds) == 0 || ds[0].tok != j+1 {
		return -1
	}
	e := ds[0].end
	if e+2 >= to || d.toks[e].text != "," || d.toks[e+1].fold != "and" || d.toks[e+2].fold != "to" {
		return -1
	}
	return e + 3
}
