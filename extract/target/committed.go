package target

// committedNow reports whether toks[v], right before amount a, is
// "committed" in a present perfect that commits the sum now to a purpose
// named after it: "The New Zealand Government has committed $5.125
// million to the humanitarian effort", "We have committed $5 million to
// the UNHCR supplementary appeal". The verb then names the sum's kind as
// "will commit" does. Not "DFC has committed over $5 billion to projects
// since the Summit", "so far", "in 2023": money committed over a past
// span is a running total; nor the simple past ("DfID committed £75
// million"), which reports.
func (x *extractor) committedNow(toks []token, v int, a amount) bool {
	if v < 1 || toks[v].f != "committed" {
		return false
	}
	k := v - 1
	for k > 0 && x.l.adverbs[toks[k].f] {
		k--
	}
	if toks[k].f != "has" && toks[k].f != "have" && !x.governmentCommitted(toks, v) {
		return false
	}
	if a.pe+1 >= len(toks) || toks[a.pe].f != "to" && toks[a.pe].f != "for" || toks[a.pe+1].k != word {
		return false
	}
	for i := range toks {
		if end, _ := x.l.reportTimes.match(toks, i); end > 0 {
			return false
		}
		if y := year(toks[i]); y > 0 && i > 0 && (toks[i-1].f == "in" || toks[i-1].f == "year") {
			return false // "In 2023, DFC has committed …", "in fiscal year 2024"
		}
	}
	return true
}
