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
