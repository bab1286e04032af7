package extract

import "strings"

// summitSides reads the sides of a summit named without dashes: "the 13th
// Summit between the European Union and India" (the sides after
// "between"), "The European Union and India held their 13th Summit" (the
// sides that hold it, before "held their"). It returns the name's first
// token and the sides; -1 when neither form stands at the summit word
// toks[k]. A union of states' summits with a partner are told so in their
// own releases as often as by "EU-India Summit"; "the EU held its 6th summit
// with C" names one side before and one after.
func (d *doc) summitSides(k int) (int, []string) {
	sent := d.toks[k].sent
	// "Summit between A and B"
	if b := k + 1; b+3 < len(d.toks) && d.toks[b].fold == "between" && d.toks[b].sent == sent {
		if sides, _ := d.sidePair(b+1, sent); len(sides) == 2 {
			start := k
			for start > 0 && d.toks[start-1].sent == sent && (ordinalNumber(d.toks[start-1].fold) || d.lx.seriesSummit[d.toks[start-1].fold]) {
				start--
			}
			return start, sides
		}
	}
	// "the III Summit of Heads of State and Government of the EU and
	// CELAC", "the Summit of the EU and CELAC": who meets (data
	// summit_holders_words), then the sides after the last "of".
	if b := k + 1; b+3 < len(d.toks) && d.toks[b].fold == "of" && d.toks[b].sent == sent {
		last := b
		for j := b + 1; j < len(d.toks) && j <= b+8 && d.toks[j].sent == sent && d.lx.summitHolders[d.toks[j].fold]; j++ {
			if d.toks[j].fold == "of" {
				last = j
			}
		}
		if sides, _ := d.sidePair(last+1, sent); len(sides) == 2 {
			start := k
			for start > 0 && d.toks[start-1].sent == sent && (ordinalNumber(d.toks[start-1].fold) || d.lx.seriesSummit[d.toks[start-1].fold] || romanNumeral(d.toks[start-1].text)) {
				start--
			}
			return start, sides
		}
	}
	// "A and B held their 13th Summit"
	i := k - 1
	for i > 0 && d.toks[i].sent == sent && (ordinalNumber(d.toks[i].fold) || d.toks[i].num || d.lx.seriesSummit[d.toks[i].fold] || d.lx.spelledOrdinals[d.toks[i].fold]) {
		i--
	}
	if i < 3 || d.toks[i].fold != "their" && d.toks[i].fold != "its" || d.toks[i-1].fold != "held" && d.toks[i-1].fold != "hold" && d.toks[i-1].fold != "holds" {
		return -1, nil
	}
	end := i - 1 // "held"
	// "the European Union held its 6th summit with the Republic of Korea"
	if w := k + 1; w+1 < len(d.toks) && d.toks[w].fold == "with" && d.toks[w].sent == sent {
		if b, _ := d.sideAt(w+1, sent); b != "" {
			for s := end - 1; s >= 0 && s >= end-7 && d.toks[s].sent == sent; s-- {
				if a, e := d.sideAt(s, sent); a != "" && a != b && e == end {
					return s, []string{a, b}
				}
			}
		}
	}
	if d.toks[i].fold != "their" {
		return -1, nil
	}
	// (Two names with their abbreviations: "The European Union and the
	// Community of Latin American and Caribbean States (CELAC)".)
	for s := end - 1; s >= 0 && s >= end-18 && d.toks[s].sent == sent; s-- {
		if sides, e := d.sidePair(s, sent); len(sides) == 2 && e == end {
			return s, sides
		}
	}
	return -1, nil
}

// sidePair reads "[the] A and [the] B" from toks[i], each a country's or a
// union of states' name: the two codes and the index after B.
func (d *doc) sidePair(i int, sent int) ([]string, int) {
	a, e := d.sideAt(i, sent)
	e = d.pastAbbreviation(e, sent)
	if a == "" || e+1 >= len(d.toks) || d.toks[e].fold != "and" {
		return nil, i
	}
	b, e2 := d.sideAt(e+1, sent)
	if b == "" || b == a {
		return nil, i
	}
	return []string{a, b}, d.pastAbbreviation(e2, sent)
}

// pastAbbreviation returns the index after a bracketed abbreviation at
// toks[e] ("the European Union (EU) and the African Union (AU)"), else e.
func (d *doc) pastAbbreviation(e, sent int) int {
	if e+2 < len(d.toks) && d.toks[e].text == "(" && d.toks[e+1].sent == sent && d.toks[e+1].upper && d.toks[e+2].text == ")" {
		return e + 3
	}
	return e
}

// romanNumeral reports whether w is a Roman numeral of a series' number
// ("the III Summit").
func romanNumeral(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	return strings.Trim(w, "IVX") == ""
}

// sideAt reads a country's or union's name from toks[i] (past "the"): its
// code and the index after it, the longest capitalised run that names one.
func (d *doc) sideAt(i, sent int) (string, int) {
	if i < len(d.toks) && d.toks[i].fold == "the" {
		i++
	}
	j := i
	// (An "and" between capitalised words may join a bloc's name: "the
	// Community of Latin American and Caribbean States".)
	for j < len(d.toks) && j < i+8 && d.toks[j].sent == sent && d.toks[j].word && (d.toks[j].cap || d.toks[j].upper || d.toks[j].fold == "of" ||
		d.toks[j].fold == "and" && j > i && j+1 < len(d.toks) && d.toks[j+1].cap) {
		j++
	}
	for e := j; e > i; e-- {
		if d.toks[e-1].fold == "of" || d.toks[e-1].fold == "and" {
			continue
		}
		if c := d.lx.summitSideCode(strings.TrimSpace(d.text[d.toks[i].start:d.toks[e-1].end])); c != "" {
			return c, e
		}
	}
	return "", i
}
