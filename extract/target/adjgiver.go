package target

import "slices"

// The giver named on the money itself (session 29, tus29): "announced $348
// million in additional U.S. humanitarian assistance" during a visit to
// Brazil, "an additional $7.2 million in US support", "$X of U.S.
// assistance to Maldives": the country that qualifies the funding noun the
// sum is "in" or "of" gives it, whatever place or recipient the sentence
// names first.

// fundingOwner returns the one country named as the adjective of the
// funding noun right after the sum ("in" or "of", words of addition, the
// country, up to two more words, the funding noun), or "".
func (x *extractor) fundingOwner(toks []token, a amount) string {
	// "USAID's $160 million contribution": the possessor of the sum, a
	// funding noun after it.
	if a.ps >= 3 && toks[a.ps-2].f == "'" && toks[a.ps-1].f == "s" && a.pe < len(toks) && x.l.funding[toks[a.pe].f] {
		for _, m := range x.mentions(toks) {
			if m.e == a.ps-2 && !m.firm && !m.program {
				return m.code
			}
		}
	}
	i := a.pe
	if i >= len(toks) || toks[i].f != "in" && toks[i].f != "of" {
		return ""
	}
	i++
	for i < len(toks) && (toks[i].f == "additional" || toks[i].f == "new" || toks[i].f == "further" || toks[i].f == "fresh") {
		i++
	}
	// (Cheap checks first: a capitalised word, a funding noun close after.)
	if i >= len(toks) || toks[i].k != word || !x.capital(toks[i]) || !x.fundingWord(toks, i+1, i+5) {
		return ""
	}
	for _, m := range x.mentions(toks) {
		if m.s != i || m.firm || m.program {
			continue
		}
		for j := m.e; j < len(toks) && j <= m.e+2; j++ {
			if toks[j].k != word {
				break
			}
			if x.l.funding[toks[j].f] {
				return m.code
			}
		}
	}
	return ""
}

// ownerGives puts a sum of money on the country its funding noun names
// (fundingOwner), when the holders found are another.
func (x *extractor) ownerGives(toks []token, a amount, holders []string) []string {
	if !x.l.currencies[a.unit] {
		return holders
	}
	c := x.fundingOwner(toks, a)
	if c == "" || slices.Equal(holders, []string{c}) {
		return holders
	}
	return []string{c}
}
