package extract

// pairedWeakCountry reports whether the weak country name at toks[i:i+n]
// ("Turkey", "Georgia", "Jordan": also a common word or a person's or a
// state's name) is joined by "and" to a country named by its usual name:
// "Iran and Turkey have signed 10 agreements", "Turkey and Algeria signed".
// A pair of countries is how reports name the two sides of a contact; a
// bird, a first name or a US state is not paired with a country so
// (session 35, from agency reports of signings).
func (d *doc) pairedWeakCountry(i, n int) bool {
	if !d.toks[i].cap {
		return false
	}
	// "<country> and Turkey": the country read just before "and".
	if i >= 2 && d.toks[i-1].fold == "and" && len(d.spans) > 0 {
		if sp := d.spans[len(d.spans)-1]; sp.j == i-1 && sp.kind == kCountry {
			return true
		}
	}
	// "Turkey and <country>"; not the family name of one named before it
	// ("Michael Jordan and Peru").
	if i > 0 && d.toks[i-1].word && d.toks[i-1].cap {
		return false
	}
	if j := i + n; j+1 < len(d.toks) && d.toks[j].fold == "and" && d.toks[j+1].cap && d.toks[j+1].sent == d.toks[i].sent {
		for _, e := range d.lx.names.match(d.toks, j+1) {
			if e.kind == kCountry {
				return true
			}
		}
	}
	return false
}
