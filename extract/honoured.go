package extract

// honouredPersons marks the persons whom the text names only as ones
// commemorated: a leader of the past at whose mausoleum a visitor paid
// tribute, a founder whose birth anniversary the sides marked, a former
// leader whose passing a caller mourned. They take no part in what the text
// reports, so they are no actors of it, unless a contact of the lists has
// them as a side.
func (d *doc) honouredPersons(lists ...[]eng) {
	if len(d.lx.commemoration)+len(d.lx.tribute) == 0 || len(d.persons) == 0 {
		return
	}
	side := map[int]bool{}
	for _, l := range lists {
		for _, e := range l {
			for _, p := range e.persons {
				side[p] = true
			}
		}
	}
	n := make([]int, len(d.persons))
	h := make([]int, len(d.persons))
	for _, m := range d.mentions {
		if m.person < 0 || m.person >= len(d.persons) {
			continue
		}
		n[m.person]++
		// "the anniversary of President A's visit" dates A's contact.
		if !m.poss && d.commemorated(m) {
			h[m.person]++
		}
	}
	for pi := range d.persons {
		d.persons[pi].honoured = n[pi] > 0 && h[pi] == n[pi] && !side[pi]
	}
}

// commemorated reports whether a cue of commemoration stands just before
// mention m ("the birth anniversary of A", "paid tribute to President A at
// his mausoleum"), through a past modifier and articles, or before an
// epithet in apposition ("respects to the Father of the Nation, A"). A
// tribute honours the living too ("paid tribute to A for hosting the
// summit"): it commemorates only in a sentence that names remembrance (the
// late, a mausoleum, a wreath, an anniversary).
func (d *doc) commemorated(m *pmention) bool {
	i := m.i
	for {
		for i > 0 && (d.toks[i-1].fold == "the" || d.lx.pastModifiers[d.toks[i-1].fold] || d.lx.deathModifiers[d.toks[i-1].fold]) {
			i--
		}
		// A quoted epithet before the name: "the birth centenary of
		// 'Bangabandhu' A".
		if q := d.quotedBefore(i); q < i {
			i = q
			continue
		}
		break
	}
	if d.cueEndsAt(i, m) {
		return true
	}
	if i < 2 || d.toks[i-1].text != "," {
		return false
	}
	for k := i - 2; k > 0 && k >= i-8; k-- {
		if !d.toks[k].word {
			return false // the epithet is one phrase
		}
		if d.toks[k].fold == "the" && d.cueEndsAt(k, m) {
			return true
		}
	}
	return false
}

// quotedBefore returns where a quoted word or two ending just before
// toks[i] opens ('Bangabandhu', "Father of the Nation"), or i.
func (d *doc) quotedBefore(i int) int {
	closing := func(t string) bool { return t == "’" || t == "'" || t == "”" || t == "\"" }
	opening := func(t string) bool { return t == "‘" || t == "'" || t == "“" || t == "\"" }
	if i < 3 || !closing(d.toks[i-1].text) {
		return i
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if opening(d.toks[k].text) {
			return k
		}
		if !d.toks[k].word {
			return i
		}
	}
	return i
}

// cueEndsAt reports whether a cue of commemoration ends just before
// toks[i], or a tribute's in a sentence of remembrance (m's).
func (d *doc) cueEndsAt(i int, m *pmention) bool {
	ends := func(cues [][]string) bool {
		for _, c := range cues {
			if s := i - len(c); s >= 0 && d.phraseAt(s, i, [][]string{c}) {
				return true
			}
		}
		return false
	}
	return ends(d.lx.commemoration) || ends(d.lx.tribute) && d.remembered(m)
}

// remembered reports whether the sentence of mention m names remembrance.
func (d *doc) remembered(m *pmention) bool {
	for k := m.i; k >= 0 && d.toks[k].sent == d.toks[m.i].sent; k-- {
		if d.lx.remembrance[d.toks[k].fold] {
			return true
		}
	}
	for k := m.j; k < len(d.toks) && d.toks[k].sent == d.toks[m.i].sent; k++ {
		if d.lx.remembrance[d.toks[k].fold] {
			return true
		}
	}
	return false
}
