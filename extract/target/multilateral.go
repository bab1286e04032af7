package target

// multilateralGiver reports whether amount a is committed by a lender or
// fund of many states, which no country holds: the institution is the
// subject of the clause that gives the sum ("The African Development Bank
// is announcing its intention to finance $370 million", "…, the IMF has
// doubled Kenya's program financing to $4.4 billion"), or owns the goal
// the sum measures ("supported by the World Bank's goal of tripling
// annual guarantee issuance to $20 billion"). "The World Bank and Japan
// will provide" names a country beside it, and "$15 million to the African
// Development Bank" names it as the recipient: neither is such a case.
func (x *extractor) multilateralGiver(toks []token, a amount) bool {
	for i := 0; i < a.ps; i++ {
		end, _ := x.l.multilaterals.match(toks, i)
		if end <= 0 || end > a.ps {
			continue
		}
		j := end
		if j < a.ps && toks[j].f == "(" {
			if c := closing(toks, j); c > 0 && c < a.ps {
				j = c + 1 // the African Development Bank (AfDB)
			}
		}
		// "the World Bank's goal of …": its own goal, wherever it stands.
		if j+2 < a.ps && toks[j].f == "'" && toks[j+1].f == "s" && x.l.goalNouns[toks[j+2].f] && !clauseBetween(toks, j, a.ps) && !x.otherActor(toks, j, a.ps) {
			return true
		}
		p := i - 1
		if p >= 0 && determiner[toks[p].f] {
			p--
		}
		if p >= 0 && toks[p].k != punct {
			continue // "to the World Bank", "Japan and the World Bank": not the subject alone
		}
		for j < a.ps && x.l.adverbs[toks[j].f] {
			j++
		}
		if j < a.ps && x.l.subjVerbs[toks[j].f] && !clauseBetween(toks, j, a.ps) && !x.otherActor(toks, j, a.ps) {
			return true
		}
	}
	return false
}

// otherActor reports whether a country or a country's body, not as a
// possessor, stands between toks[from] and toks[to]: "The Bank committed
// $500 million and, today, Italy committed a further $320 million", "…
// linked to $20 million that the U.S. Agency for International Development
// plans to use" — the later sum is that one's ("raised Kenya's program
// financing" is not).
func (x *extractor) otherActor(toks []token, from, to int) bool {
	for _, m := range x.mentions(toks) {
		if m.s < from || m.s >= to || m.demonym {
			continue
		}
		if m.e+1 < len(toks) && toks[m.e].f == "'" && toks[m.e+1].f == "s" {
			continue
		}
		return true
	}
	return false
}

// clauseBetween reports whether a clause break (";", ":") or a relative
// clause ("…, which would be linked to $20 million …") stands between
// toks[from] and toks[to].
func clauseBetween(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if clauseEnd(toks[i]) || toks[i].f == "which" || toks[i].f == "who" || toks[i].f == "whose" {
			return true
		}
	}
	return false
}

// sizesWant reports whether a noun of want closes the amount's own noun
// phrase, a few words after it: "the $40+ trillion infrastructure need", "a
// $2 billion financing gap" size what is lacking; "$1.2 million to address
// Kenya's affordability gap" is money against it.
func (x *extractor) sizesWant(toks []token, a amount) bool {
	// "with an estimated surplus of $20 billion in China's favour": the
	// size of a balance, named before the amount, unless a verb of change
	// governs it ("reduce the deficit by $5 billion").
	if p := a.ps - 2; p >= 0 && toks[a.ps-1].f == "of" && x.l.gapNouns[toks[p].f] {
		return true
	}
	for k := a.pe; k < len(toks) && k <= a.pe+3; k++ {
		t := toks[k]
		if t.k != word || t.f == "to" || t.f == "for" || t.f == "in" || t.f == "of" {
			return false
		}
		if x.l.gapNouns[t.f] {
			return true
		}
	}
	return false
}
