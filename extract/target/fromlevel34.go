package target

// describesFromLevel reports whether the cue at toks[i] ("planned",
// "projected") only describes the level a change starts from: "up from
// the current planned generation share of 36 per cent", "from a planned
// 28%". Such a cue is part of the old level's noun phrase; it governs no
// amount after it, so the "up from" before it still marks that amount
// as the baseline (session 34, from JETP and energy-plan releases).
func describesFromLevel(toks []token, i int) bool {
	k := i - 1
	for n := 0; k >= 0 && n < 3 && (baselineWords[toks[k].f] || toks[k].f == "a" || toks[k].f == "an"); n++ {
		k--
	}
	return k >= 0 && toks[k].f == "from" && toks[i].k == word && (toks[i].f == "planned" || toks[i].f == "projected")
}

// shareGoal reports whether the statistic word at toks[i] is a share
// verb whose share, amount a, is set for a deadline still ahead: "so
// that renewable energy accounts for at least 47 percent of electricity
// generation by 2030" is a goal, where "accounts for 20 percent of
// exports" reports the present (session 34, from JETP and energy-plan
// releases).
func (x *extractor) shareGoal(toks []token, i int, a amount) bool {
	end, _ := x.l.shareVerbs.match(toks, i)
	if end <= i || a.unit != "percent" || end > a.ps || a.ps-end > 3 {
		return false
	}
	for _, t := range toks[end:a.ps] {
		if t.k != word { // only degree words ("at least", "about") between
			return false
		}
	}
	return futureDeadline(toks, a, x.pubYear)
}

// annualHead reports whether "annual" or "yearly" heads the measure that
// amount a sizes, the metric standing before the sum: "the annual
// bilateral trade target of 15 billion dollars within the next five
// years" is a yearly level, as "$15 billion annually in the next five
// years" is; the five years are when it is to be reached, not a span the
// sum is spread over (the caller asks only when the sentence gives such a
// span; a bare "annual trade" keeps no period, as before) (session 34, from a reference's restated
// India-Canada trade goal; trade-goal pages of PTI and UPI copies).
func (x *extractor) annualHead(toks []token, a amount, ms, me int) bool {
	if ms <= 0 || me > a.ps || ms >= len(toks) {
		return false
	}
	return x.l.annualHeads[toks[ms-1].f] || x.l.annualHeads[toks[ms].f]
}
