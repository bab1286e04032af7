package extract

// Lesser events of a visit report: the signing the leaders witness or do
// after their talks, told in forms the phrase table's longest match does
// not reach.

// witnessedDocuments reports whether "witnessed" at toks[k-1] takes an
// exchange or signing of signed documents without the article the phrase
// table holds: "witnessed exchanges of documents", "witnessed signings of
// two agreements". "witnessed exchanges of views" is no signing.
func (d *doc) witnessedDocuments(k int) bool {
	if k < len(d.toks) && d.toks[k].fold == "the" {
		k++
	}
	if k+2 >= len(d.toks) || d.toks[k+1].fold != "of" || d.toks[k+2].sent != d.toks[k].sent {
		return false
	}
	switch d.toks[k].fold {
	case "exchanges", "signings", "exchange", "signing":
		return d.documentObject(k+2) || d.lettersAt(k+2)
	}
	return false
}

// theySignedAt reports whether the subject of "signed" at toks[i] is
// "they" opening its sentence (auxiliaries between: "They also signed"),
// or after an opener closed by a comma ("Later, they signed"): the pair
// the text has been telling of, as "The two leaders signed" names it.
// Not inside a clause ("the agreements they signed in 2019").
func (d *doc) theySignedAt(i int) bool {
	from, _ := d.sentToks(d.toks[i].sent)
	q := i - 1
	for q >= from && d.lx.signingAuxiliaries[d.toks[q].fold] {
		q--
	}
	if q < from || d.toks[q].fold != "they" {
		return false
	}
	return q == from || d.toks[q-1].text == ","
}
