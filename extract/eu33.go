package extract

// coChairedSummit reports whether the bare summit tr is the object of a
// co-chairing verb: "A and B co-chaired the third X-Y summit in Brussels".
// Two chairs preside over one summit of their two sides, so the sentence
// reports the summit itself, as "held a summit" does (a summit its subject
// only attended or spoke "ahead of" is left to the other readings). Only the
// words of a name (capitalised words, hyphens, ordinals, a determiner) stand
// between the verb and "summit"; a summit named for its theme ("the Summit
// for Democracy", "the Summit of the Americas") is a gathering, not a two-sided one.
func (d *doc) coChairedSummit(tr trigger, from int) bool {
	if tr.j < len(d.toks) && d.toks[tr.j].sent == tr.sent {
		if f := d.toks[tr.j].fold; f == "for" || f == "of" {
			return false
		}
	}
	for k := tr.i - 1; k >= from && k >= tr.i-10; k-- {
		t := d.toks[k]
		switch {
		case d.lx.summitCochairVerbs[t.fold] && !t.cap:
			return k < tr.i-1
		case t.cap && t.word || t.upper || t.text == "-" || t.text == "–" || t.text == "(" || t.text == ")" || t.num || ordinalNumber(t.fold) || ordinalWord[t.fold]:
		case t.fold == "the" || t.fold == "their" || t.fold == "its" || t.fold == "this" || t.fold == "annual":
		default:
			return false
		}
	}
	return false
}

// pairMeal reports whether the working meal at toks[i:j] (a phrase that
// otherwise counts only before its guest's name) has two persons named as
// its subject: "A and B had a working dinner in Brussels", "the statement
// issued by A and B following their working lunch". Two named diners are
// the meeting's sides as much as "a working dinner with B" is.
func (d *doc) pairMeal(i, j int) bool {
	meal := false
	for k := i; k < j; k++ {
		meal = meal || d.lx.mealWords[d.toks[k].fold]
	}
	if !meal || j < len(d.toks) && d.toks[j].fold == "by" {
		return false
	}
	sent := d.toks[i].sent
	var ms []*pmention
	for _, m := range d.mentions {
		if m.sent == sent && m.j <= i {
			ms = append(ms, m)
		}
	}
	if len(ms) < 2 {
		return false
	}
	a, b := ms[len(ms)-2], ms[len(ms)-1]
	if a.name == b.name || !d.joinedByAnd(a.j, b.i) {
		return false
	}
	// (Not "A and B held a working breakfast in the context of B's visit
	// for the G20 Summit": a gathering after the meal would make it the
	// summit's; the other readings of the sentence decide.)
	for k := j; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		if d.toks[k].fold == "summit" {
			return false
		}
	}
	// Between the second name and the meal only the name's own words and
	// the verb of having it: "of Grenada had a", "following their".
	for k := b.j; k < i; k++ {
		t := d.toks[k]
		switch {
		case t.cap && t.word, t.text == ",":
		case pairMealGlue[t.fold]:
		default:
			return false
		}
	}
	return true
}

// pairMealGlue are the words between two diners and their meal.
var pairMealGlue = map[string]bool{"of": true, "had": true, "have": true, "has": true, "held": true, "hold": true, "holds": true, "a": true, "an": true, "their": true, "following": true, "after": true, "over": true, "during": true, "joint": true, "the": true}

// joinedByAnd reports whether toks[from:to], between two names, joins them
// with "and" and holds nothing but an apposition's capitalised words.
func (d *doc) joinedByAnd(from, to int) bool {
	and := false
	for k := from; k < to; k++ {
		t := d.toks[k]
		switch {
		case t.fold == "and":
			and = true
		case t.cap && t.word, t.text == ",", t.fold == "of", t.fold == "the", t.fold == "'s":
		default:
			return false
		}
	}
	return and
}

// leadHolder returns the person that an unnamed office ("Also on Thursday,
// the head of state met with C") stands for when two named persons hold it:
// the first holder the document names, when that mention opens its
// sentence's persons ("President A met with his counterpart B. Also on
// Thursday, the head of state met with C": A, whose release it is; B is
// named as A's counterpart). -1 if the first holder follows another person
// in its sentence ("C received President A and President B").
func (d *doc) leadHolder(tr trigger, id int, same bool) int {
	t := d.lx.k.Titles.Titles[id]
	first := map[int]bool{}
	for _, m := range d.mentions {
		if m.person < 0 || m.sent >= tr.sent {
			continue
		}
		opens := !first[m.sent]
		first[m.sent] = true
		p := d.persons[m.person]
		fits := p.office == t.Office || t.AnyOffice && p.level == t.Level
		if same {
			fits = m.title == id
		}
		if fits {
			if opens {
				return m.person
			}
			return -1
		}
	}
	return -1
}
