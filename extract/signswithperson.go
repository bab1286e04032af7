package extract

// personSignsWith returns the two countries of "A signed <document> with
// B" at the verb toks[i], its object from toks[k], when the subject is one
// person of a known country ("President A of Peru on Tuesday signed a
// joint declaration with Prime Minister B", "signed … alongside B") and
// the one after "with" or "alongside" a person of another country, or
// another country or its government. A leader's signing alone ("signed a
// decree") names no second side, and a firm after "with" is no side: nil.
func (d *doc) personSignsWith(i, k int) []string {
	if !d.documentAhead(k) {
		return nil
	}
	sent := d.toks[i].sent
	q := i - 1
	for q >= 0 && d.toks[q].sent == sent {
		switch {
		case d.lx.signingAuxiliaries[d.toks[q].fold]:
			q--
			continue
		// "A on Tuesday signed": the day between.
		case q >= 1 && d.toks[q-1].fold == "on" && d.toks[q-1].sent == sent && (d.lx.is(&d.toks[q], fWeekday) || d.toks[q].num):
			q -= 2
			continue
		}
		break
	}
	// "President A of Peru signed": the country after the name.
	if s, ok := d.spanEndingAt(q + 1); ok && s.kind == kCountry && s.i > 0 && d.toks[s.i-1].fold == "of" {
		q = s.i - 2
	}
	m := d.mentionEndingAt(q+1, sent)
	if m == nil {
		return nil
	}
	subj := m.country
	if subj == "" {
		subj = d.persons[m.person].country
	}
	if subj == "" {
		return nil
	}
	// One person only: "A and B signed" is personsSign's.
	if m.i > 0 && d.toks[m.i-1].sent == sent && (d.toks[m.i-1].fold == "and" || d.toks[m.i-1].text == ",") {
		return nil
	}
	for q := k; q < len(d.toks) && q <= k+12 && d.toks[q].sent == sent; q++ {
		t := &d.toks[q]
		if t.text == "," || t.text == ";" || t.text == ":" {
			return nil
		}
		if t.fold != "with" && t.fold != "alongside" {
			continue
		}
		r := q + 1
		for r < len(d.toks) && r <= q+4 && (d.toks[r].fold == "the" || d.toks[r].fold == "government" || d.toks[r].fold == "of" || d.toks[r].fold == "his" || d.toks[r].fold == "her") {
			r++
		}
		// "with his Chilean counterpart, B": the demonym gives the side.
		demonym, r0 := "", r
		if s, ok := d.spanAt(r); ok && s.i == r && s.kind == kDemonym && s.e.code != "" {
			demonym, r = s.e.code, s.j
		}
		if r < len(d.toks) && (d.toks[r].fold == "counterpart" || d.toks[r].fold == "counterparts") {
			r++
			if r < len(d.toks) && d.toks[r].text == "," {
				r++
			}
		}
		if demonym != "" && demonym != subj && d.mentionAt(r) != nil {
			return []string{subj, demonym}
		}
		if d.mentionAt(r) == nil {
			r = r0 // "alongside North Korean leader B": the mention holds the demonym
		}
		if o := d.mentionAt(r); o != nil && o.sent == sent && o.person != m.person {
			c := o.country
			if c == "" {
				c = d.persons[o.person].country
			}
			if c != "" && c != subj {
				return []string{subj, c}
			}
			return nil
		}
		if s, ok := d.spanAt(r); ok && s.i == r && s.kind == kCountry && s.e.code != "" && s.e.code != subj {
			return []string{subj, s.e.code}
		}
		return nil
	}
	return nil
}
