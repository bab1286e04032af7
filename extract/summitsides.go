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
	// "A and B held their 13th Summit"
	i := k - 1
	for i > 0 && d.toks[i].sent == sent && (ordinalNumber(d.toks[i].fold) || d.toks[i].num || d.lx.seriesSummit[d.toks[i].fold]) {
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
	for s := end - 1; s >= 0 && s >= end-12 && d.toks[s].sent == sent; s-- {
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
	if a == "" || e+1 >= len(d.toks) || d.toks[e].fold != "and" {
		return nil, i
	}
	b, e2 := d.sideAt(e+1, sent)
	if b == "" || b == a {
		return nil, i
	}
	return []string{a, b}, e2
}

// sideAt reads a country's or union's name from toks[i] (past "the"): its
// code and the index after it, the longest capitalised run that names one.
func (d *doc) sideAt(i, sent int) (string, int) {
	if i < len(d.toks) && d.toks[i].fold == "the" {
		i++
	}
	j := i
	for j < len(d.toks) && j < i+6 && d.toks[j].sent == sent && d.toks[j].word && (d.toks[j].cap || d.toks[j].upper || d.toks[j].fold == "of") {
		j++
	}
	for e := j; e > i; e-- {
		if d.toks[e-1].fold == "of" {
			continue
		}
		if c := d.lx.summitSideCode(strings.TrimSpace(d.text[d.toks[i].start:d.toks[e-1].end])); c != "" {
			return c, e
		}
	}
	return "", i
}
