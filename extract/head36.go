package extract

import "slices"

// headlineSurnames returns the body's persons that a headline names by
// family name alone, as agencies and newspapers write their subjects
// ("A, B hold joint press conference after talks", "A holds press
// conference with B"): for each capitalised headline word no title or
// name of the headline covers, the one person of the body, other than
// those in have, whose name of two words or more ends in it. Nil when a
// word ends the names of two of the body's persons (which is meant cannot
// be told), or fewer than need persons result, counting have.
func (d *doc) headlineSurnames(title *doc, have []int, need int) []int {
	var out []int
	for i, t := range title.toks {
		if !t.word || !t.cap || t.upper || len(t.text) < 3 || title.at[i] != 0 || slices.ContainsFunc(title.mentions, func(m *pmention) bool { return i >= m.i && i < m.j }) {
			continue
		}
		found, n := -1, 0
		for pi, q := range d.persons {
			if slices.Contains(have, pi) || len(q.core) < 2 || q.core[len(q.core)-1] != t.fold || q.honoured {
				continue
			}
			if n++; n > 1 {
				return nil // two persons of that family name
			}
			found = pi
		}
		if found >= 0 {
			out = appendInt(out, found)
		}
	}
	if len(out)+len(have) < need {
		return nil
	}
	return out
}
