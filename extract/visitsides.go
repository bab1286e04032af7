package extract

import "github.com/accordhq/accord"

// hostOfPlace gives a visit whose host was guessed from the whole text
// (the person the article is most about) the country its sentence places
// it in, when that guessed host is of neither the visitor's country nor
// the place's: "From Peru, President A traveled to Quito, Ecuador. … On
// May 8 he traveled to La Paz, Bolivia. He met with President B": B is the
// host of the Bolivian stop, not of the Ecuadorian one. The visit keeps its
// visitor and the place's country; visitHost then names the place's leader
// when the text names one.
func (d *doc) hostOfPlace(e *eng, place string) {
	if place == "" || len(e.persons) != 2 {
		return
	}
	e.persons = e.persons[:1]
	e.codes = []string{place}
}

// otherCountryIn returns the one country sentence sent names, by name not
// demonym, that is none of the guests': "Singapore Prime Minister A arrived
// in Malaysia today" gives Malaysia. "" when it names none or several.
// (A greeter of no country read, the protocol chief at the airport, gives
// the visit no host; the country the arrival names does.)
func (d *doc) otherCountryIn(sent int, guests []int) string {
	own := map[string]bool{}
	for _, p := range guests {
		own[d.persons[p].country] = true
	}
	found := ""
	for _, o := range d.others {
		if o.kind != accord.Country || o.demonym || o.key == "" || own[o.key] || o.i < 0 || o.i >= len(d.toks) || d.toks[o.i].sent != sent {
			continue
		}
		if found != "" && found != o.key {
			return ""
		}
		found = o.key
	}
	return found
}
