package extract

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
