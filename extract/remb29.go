package extract

// officeLabel returns the office and country of a speaker label that names
// an office of a country and no person: "PRIME MINISTER OF NEW ZEALAND:",
// "THE PRESIDENT OF THE REPUBLIC OF KOREA:", "NORWEGIAN PRIME MINISTER:",
// as leaders' offices label a guest's turn at a joint press conference.
// toks[from:to] is the label before its colon.
func (d *doc) officeLabel(from, to int) (off, code string, ok bool) {
	if from < to && d.toks[from].fold == "the" {
		from++
	}
	sp, found := d.spanAt(from)
	if !found {
		return "", "", false
	}
	switch sp.kind {
	case kTitle: // "PRIME MINISTER OF C"
		k := sp.j
		if k >= to || d.toks[k].fold != "of" {
			return "", "", false
		}
		k++
		if k < to && d.toks[k].fold == "the" {
			k++
		}
		c, cok := d.spanAt(k)
		if !cok || c.kind != kCountry || c.i != k || c.j != to {
			return "", "", false
		}
		return d.lx.k.Titles.Titles[sp.e.id].Office, c.e.code, true
	case kCountry, kDemonym: // "C PRIME MINISTER"
		t, tok := d.spanAt(sp.j)
		if !tok || t.kind != kTitle || t.i != sp.j || t.j != to {
			return "", "", false
		}
		return d.lx.k.Titles.Titles[t.e.id].Office, sp.e.code, true
	}
	return "", "", false
}

// officeLabelPerson returns the person who holds the office a label names
// on the text's day (officeLabel), -1 if none or if the table is not
// certain of one: the guest's turn then speaks for the holder, so the
// occasion has its second side.
func (d *doc) officeLabelPerson(from, to int) int {
	off, code, ok := d.officeLabel(from, to)
	if !ok || d.pub.IsZero() {
		return -1
	}
	h, ok := d.certainHolder(code, off)
	if !ok {
		return -1
	}
	return d.holderPerson(h)
}
