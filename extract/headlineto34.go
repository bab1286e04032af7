package extract

// headlineToPlace reports whether the capitalised "To" at toks[i] of a
// title-case headline is the preposition before a destination, not a word
// of the name before it: "Visit of Prime Minister A B To The Philippines",
// "PM A To Welcome Prime Minister B C To Canada". "To" is also a given
// name ("To Lam"), so only "The" or a country, place or organisation the
// lexicon knows after it makes it the preposition.
func (d *doc) headlineToPlace(i int) bool {
	t := &d.toks[i]
	n := i + 1
	if t.fold != "to" || t.upper || n >= len(d.toks) || d.toks[n].sent != t.sent || !d.toks[n].cap || !d.toks[n].word {
		return false
	}
	if d.toks[n].fold != "the" {
		sp, ok := d.spanAt(n)
		if !ok || sp.i != n || sp.kind != kCountry && sp.kind != kWeakCountry && sp.kind != kPlace && sp.kind != kOrg {
			return false
		}
	}
	return d.headlineAt(i)
}
