package target

import "slices"

// pairUrged returns the article's two parties when a leader asks them to
// reach amount a: "PM A asked the countries to cooperate closely to soon
// raise their trade to 100 billion USD by 2023", "urged both sides to
// lift two-way trade to $10 billion". The one who asks sets the pair a
// goal; both hold it, not the asker's country (the subject). nil when
// the request does not reach the amount (a clause or a comma between)
// or the sentence names a country outside the pair.
func (x *extractor) pairUrged(toks []token, named []mention, a amount) []string {
	ps := x.partiesOf()
	if len(ps) != 2 {
		return nil
	}
	for i := 0; i < a.ps; i++ {
		end, _ := x.l.urgeVerbs.match(toks, i)
		if end <= 0 || end >= a.ps {
			continue
		}
		e, _ := x.l.jointSubjects.match(toks, end)
		if e <= 0 {
			e, _ = x.l.urgedPairs.match(toks, end)
		}
		if e <= 0 || e >= a.ps || toks[e].f != "to" {
			continue
		}
		for k := e; k < a.ps; k++ {
			if clauseEnd(toks[k]) || toks[k].f == "," {
				return nil
			}
		}
		for _, m := range named {
			if m.s < a.pe && !m.demonym && !slices.Contains(ps, m.code) {
				return nil // "urged Japan and Korea to …" in another pair's article
			}
		}
		return ps
	}
	return nil
}
