package extract

// pairSignerCountries returns the two countries of a signing whose subject
// names the report's two sides ("the two countries signed") when the
// engagement's persons (ps), the sentence's persons and the countries it names (not by demonym) are
// exactly two countries together: "During President A's visit to Moldova,
// the two sides signed" gives A's country and Moldova. Nil otherwise.
func (d *doc) pairSignerCountries(ps []int, s int) []string {
	var out []string
	for _, p := range ps {
		if c := d.persons[p].country; c != "" {
			out = appendStr(out, c)
		}
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i >= 0 && d.toks[m.i].sent == s {
			if c := d.persons[m.person].country; c != "" {
				out = appendStr(out, c)
			}
		}
	}
	for _, c := range d.countriesIn(s) {
		out = appendStr(out, c)
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// lettersAt reports whether the object from k on is letters ("the exchange
// of Letters of Intent", "of letters"), articles and a count skipped.
func (d *doc) lettersAt(k int) bool {
	for k < len(d.toks) && (d.toks[k].num || d.toks[k].fold == "the" || d.toks[k].fold == "a") {
		k++
	}
	return k < len(d.toks) && (d.toks[k].fold == "letters" || d.toks[k].fold == "letter")
}
