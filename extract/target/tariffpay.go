package target

// pays reports whether a country ending at toks[e-1] is the subject of a
// verb of bearing a tariff: "Vietnam will pay a 20% tariff", "Japan
// accepts a 15% tariff on its exports", "Vietnam will face a 20% tariff".
// Only auxiliaries and adverbs may stand between.
func (x *extractor) pays(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+4; k++ {
		f := toks[k].f
		if x.l.tariffPayers[f] {
			// the tariff must be what is borne: a tariff word in the few words after
			for j := k + 1; j < len(toks) && j < k+7; j++ {
				if x.l.counterpart[toks[j].f] {
					return true
				}
			}
			return false
		}
		if f != "will" && f != "would" && f != "shall" && f != "to" && f != "also" && f != "has" && f != "have" && f != "agreed" && !x.l.adverbs[f] {
			return false
		}
	}
	return false
}

// movedTo reports whether "to", "into" or "in" at toks[p] ends a clause of
// sending goods: a verb of sending in the few words before it, nothing
// closing the clause between ("will be able to export up to 100,000 cars
// per year to the US", "goods sold directly into America"). "in" only
// after a verb of selling ("goods sold in America").
func (x *extractor) movedTo(toks []token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-8; k-- {
		f := toks[k].f
		if clauseEnd(toks[k]) || f == "," || f == "from" {
			return false
		}
		if x.l.tariffMovers[f] {
			return toks[p].f != "in" || f == "sold" || f == "sell" || f == "sells" || f == "selling"
		}
	}
	return false
}
