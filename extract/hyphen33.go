package extract

import "strings"

// hyphenCountrySpan widens the hyphened word toks[b:e] over the words a
// space parts from it when they finish a country's name of several words:
// "Australia-New Zealand Leaders' Meeting", "Papua New Guinea-Australia
// Leadership Dialogue". The tokens cut such a name at the space, so the
// hyphen's part alone ("New", "Guinea") names no country or the wrong one.
func (d *doc) hyphenCountrySpan(b, e int) (int, int) {
	const most = 2 // "Papua New Guinea", "United Arab Emirates"
	first := d.text[d.toks[b].start:d.toks[e-1].end]
	if i := strings.LastIndex(first, "-"); i >= 0 {
		last := first[i+1:]
		for n := most; n >= 1; n-- {
			if d.spacedCaps(e, e+n) && d.lx.countryCode(last+" "+d.text[d.toks[e].start:d.toks[e+n-1].end]) != "" {
				e += n
				break
			}
		}
	}
	if i := strings.Index(first, "-"); i >= 0 {
		head := first[:i]
		for n := most; n >= 1; n-- {
			if d.spacedCaps(b-n, b+1) && d.lx.countryCode(d.text[d.toks[b-n].start:d.toks[b-1].end]+" "+head) != "" {
				b -= n
				break
			}
		}
	}
	return b, e
}

// spacedCaps reports whether toks[from:to] are capitalised words of one
// sentence, each one space after the one before.
func (d *doc) spacedCaps(from, to int) bool {
	if from < 0 || to > len(d.toks) || from >= to {
		return false
	}
	for k := from; k < to; k++ {
		t := d.toks[k]
		if !t.cap || !t.word || t.sent != d.toks[from].sent {
			return false
		}
		if k > from && d.text[d.toks[k-1].end:t.start] != " " {
			return false
		}
	}
	return true
}

// hyphenCountries returns the countries a hyphened word names, in order:
// "Chile-Peru" two, and a name that has a hyphen of its own stays one
// ("Australia-Timor-Leste": Australia, Timor-Leste), the longest run of
// parts that names a country taken first.
func (lx *lexicon) hyphenCountries(w string) []string {
	parts := strings.Split(w, "-")
	var codes []string
	for i := 0; i < len(parts); {
		n := 1
		code := ""
		for m := len(parts) - i; m >= 1; m-- {
			if c := lx.countryCode(strings.Join(parts[i:i+m], "-")); c != "" {
				code, n = c, m
				break
			}
		}
		if code != "" {
			codes = append(codes, code)
		}
		i += n
	}
	return codes
}
