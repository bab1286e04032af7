package extract

// occasionToldBySides reports whether the contact tr, after "during" or
// "at" at toks[k], is the occasion a report tells by its sides, not one
// recalled. Brought in by "a"/"an" and going on with its sides ("This view
// was shared during a meeting between A and B"); or, with no determiner,
// after a finite passive of its own sentence ("The agreement was reached
// during talks between A and B", "… during talks held in C on April 15
// between A and B"). "the talks", "A's visit", and a participle clause
// ("agreements reached during talks between A and B") stay recalled.
func (d *doc) occasionToldBySides(k int, tr trigger) bool {
	if k+2 == tr.i && (d.toks[k+1].fold == "a" || d.toks[k+1].fold == "an") {
		return d.sidesNamedAfter(tr)
	}
	if k+1 != tr.i || k < 2 {
		return false
	}
	if f := d.toks[k-2].fold; f != "was" && f != "were" {
		return false
	}
	if d.sidesNamedAfter(tr) {
		return true
	}
	q := tr.j
	if q >= len(d.toks) || d.toks[q].fold != "held" {
		return false
	}
	sent := d.toks[tr.i].sent
	for q++; q < len(d.toks) && q <= tr.j+9 && d.toks[q].sent == sent; q++ {
		switch d.toks[q].text {
		case ",", ";", ".", ":":
			return false
		}
		if f := d.toks[q].fold; f == "between" || f == "with" {
			return d.namedWithin(sent, q+1, q+6)
		}
	}
	return false
}

// officeSubjectPair returns the holders the text names of the office the
// subject of contact tr holds in two countries: "The foreign ministers of
// A and B held talks", "On Sunday, the foreign ministers of A and B
// engaged in talks", "Foreign ministers from A and B have agreed at talks"
// — each country's holder by title elsewhere in the text ("A's Foreign
// Minister X") or as the office table knows them on the day. nil when a
// country has none, or one person stands for both.
func (d *doc) officeSubjectPair(tr trigger, from int) []int {
	for q := from; q < tr.i; q++ {
		if q > from && d.toks[q-1].fold != "the" && d.toks[q-1].text != "," {
			continue
		}
		off, end, bilateralOnly, ok := d.officePluralAt(q, tr.i)
		if !ok || bilateralOnly || off == "" || end >= tr.i || d.toks[end].fold != "of" && d.toks[end].fold != "from" {
			continue
		}
		codes, _, after := d.countriesFrom(end+1, tr.i)
		if len(codes) != 2 || tr.i-after > 4 {
			return nil
		}
		for k := after; k < tr.i; k++ {
			if !d.toks[k].word || d.toks[k].cap {
				return nil // the subject's verb and the phrase only
			}
		}
		a, b := d.holderNamed(codes[0], off, -1), d.holderNamed(codes[1], off, -1)
		if a < 0 || b < 0 || a == b {
			return nil
		}
		return []int{a, b}
	}
	return nil
}
