package extract

import "github.com/accordhq/accord"

// A guest arriving on a visit is greeted at the airport by an official of
// the host country ("was received at the airport by Deputy Foreign Minister
// B", "Welcoming him on arrival were Minister B and Ambassador C"). Protocol
// sends a minister or a deputy; the host of the visit is the leader the
// guest then meets, or, the text naming none, the host country. A head of
// state or government who greets the guest in person is the host.

// greetingSentence reports whether sentence s tells a greeting on arrival:
// a greeting verb with a place or word of arrival (greeting_places: "at
// the airport", "on arrival"), or in the passive ("was received by") in or
// shortly after a sentence telling the arrival ("arrived here on Sunday").
func (d *doc) greetingSentence(s int) bool {
	from, to := d.sentToks(s)
	place, verb, passive := false, false, false
	for k := from; k < to; k++ {
		f := d.toks[k].fold
		place = place || d.lx.greetPlaceGate.in(d.lx.greetingPlaces, f)
		if d.lx.greetVerbGate.in(d.lx.greetingVerbs, f) {
			verb = true
			// "was received", "was warmly received"
			for b := k - 1; b >= from && b >= k-2; b-- {
				if bf := d.toks[b].fold; bf == "was" || bf == "were" {
					passive = true
				}
			}
		}
	}
	if !verb {
		return false
	}
	if place {
		return true
	}
	if !passive {
		return false
	}
	for p := s; p >= 0 && p >= s-2; p-- {
		pf, pt := d.sentToks(p)
		for k := pf; k < pt; k++ {
			if d.lx.arrivalVerbs[d.toks[k].fold] {
				return true
			}
		}
	}
	return false
}

// greetedBefore reports whether a greeting verb comes before mention m in
// its sentence: the greeter told after it ("was received by B", "Welcoming
// him were B and C"). The subject of an active greeting ("Foreign Minister
// B greeted the delegation at the airport") is whom the report is about:
// annotators make them the host (dev54 30-taiwantoday).
func (d *doc) greetedBefore(m *pmention) bool {
	from, _ := d.sentToks(m.sent)
	for k := from; k < m.i; k++ {
		if d.lx.greetingVerbs[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// greeters returns the persons below a head of state or government whom
// the text names only as greeters on arrival.
func (d *doc) greeters() map[int]bool {
	greeting := map[int]bool{}
	cand, other := map[int]bool{}, map[int]bool{}
	for _, m := range d.mentions {
		if m.person < 0 {
			continue
		}
		g, ok := greeting[m.sent]
		if !ok {
			g = d.greetingSentence(m.sent)
			greeting[m.sent] = g
		}
		if g && d.greetedBefore(m) {
			cand[m.person] = true
		} else {
			other[m.person] = true
		}
	}
	out := map[int]bool{}
	for p := range cand {
		if lv := d.persons[p].level; !other[p] && lv != "head_of_state" && lv != "head_of_government" {
			out[p] = true
		}
	}
	return out
}

// airportGreetings drops a greeting on arrival read as a reception or a
// meeting of the greeter and the guest, and takes a greeter out of a
// visit's sides: the host is then the country (visitHost may name its
// leader). Annotators code the visit's host as the leader met, or the
// country (dev51, dev60: the airport's minister is no side).
func (d *doc) airportGreetings(held []eng) []eng {
	d.greeter = d.greeters()
	if len(d.greeter) == 0 {
		return held
	}
	// A greeter of the guest's rank is the counterpart who hosts the
	// visit ("Foreign Minister B received his counterpart at the airport").
	split := func(e eng) (guests, greeters []int) {
		levels := map[string]bool{}
		for _, p := range e.persons {
			if !d.greeter[p] {
				levels[d.persons[p].level] = true
			}
		}
		for _, p := range e.persons {
			if d.greeter[p] && !levels[d.persons[p].level] {
				greeters = append(greeters, p)
			} else {
				guests = append(guests, p)
			}
		}
		return guests, greeters
	}
	out := held[:0]
	for _, e := range held {
		guests, greeters := split(e)
		if len(greeters) == 0 || len(guests) == 0 {
			out = append(out, e)
			continue
		}
		switch e.typ {
		case accord.Reception, accord.Meeting:
			if d.greetingSentence(e.sent) {
				if len(guests) < 2 {
					continue // the greeting, not a contact
				}
				// The greeting's host of the guest's rank stays.
				e.persons = guests
			}
		case accord.Visit:
			host := e.place.Country
			if host == "" {
				host = d.persons[greeters[0]].country
			}
			if host == "" {
				host = d.otherCountryIn(e.sent, guests)
			}
			if host == "" {
				break
			}
			e.persons, e.codes = guests, []string{host}
		}
		out = append(out, e)
	}
	return out
}
