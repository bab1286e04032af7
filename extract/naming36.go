package extract

// namingComplement reports whether "called"/"Calls" at toks[i] names what
// its object is rather than placing a call: a pronoun object with an
// article after it ("Calls It A 'Very Fruitful One'", namesAs), or a person
// named right after the verb whose mention a quotation mark follows
// ("called Trudeau \"two-faced\""). A call's object is followed by its
// day, its purpose or the sentence's end, never by a quoted epithet.
func (d *doc) namingComplement(i int) bool {
	if d.namesAs(i) {
		return true
	}
	k := i + 1
	if k >= len(d.toks) {
		return false
	}
	m := d.mentionStartingAt(k, d.toks[i].sent)
	if m == nil {
		// "called the President of C \"...\"": the mention may start after
		// its article.
		if d.toks[k].fold != "the" {
			return false
		}
		if m = d.mentionStartingAt(k+1, d.toks[i].sent); m == nil {
			return false
		}
	}
	e := m.j
	return e < len(d.toks) && d.toks[e].sent == d.toks[i].sent && openingQuote(d.toks[e].text)
}

// openingQuote reports whether a token is a quotation mark that may open a
// quote.
func openingQuote(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "«":
		return true
	}
	return false
}
