package target

// decisionReached reports whether the words of report at toks[i:end] tell
// of a decision the parties reached, not of a level reached: "reached a
// consensus on raising two-way trade to …", "have reached an understanding
// to lift …", "The agreement was reached to boost bilateral trade to …".
// What follows is the level they decided to seek.
func (x *extractor) decisionReached(toks []token, i, end int) bool {
	last := toks[end-1].f
	if last == "was" || last == "were" || last == "been" {
		if end < len(toks) && toks[end].f == "reached" {
			return x.decisionSubject(toks, i)
		}
		return false
	}
	if last != "reached" {
		return false
	}
	if p := i - 1; p >= 0 && (toks[p].f == "was" || toks[p].f == "were" || toks[p].f == "been") {
		return x.decisionSubject(toks, p)
	}
	// "reached (a|an|the) (common|broad …) consensus"
	j := end
	if j < len(toks) && (toks[j].f == "a" || toks[j].f == "an" || toks[j].f == "the") {
		j++
	}
	if j+1 < len(toks) && toks[j].k == word && !x.l.decisionNouns[toks[j].f] && x.l.decisionNouns[toks[j+1].f] {
		j++ // one adjective
	}
	return j < len(toks) && x.l.decisionNouns[toks[j].f]
}

// decisionSubject reports whether a decision noun is the subject of the
// passive whose auxiliary stands at toks[i] ("the agreement was", "a
// consensus has been").
func (x *extractor) decisionSubject(toks []token, i int) bool {
	p := i - 1
	if toks[i].f == "been" && p >= 0 && x.l.perfect[toks[p].f] {
		p--
	}
	return p >= 0 && x.l.decisionNouns[toks[p].f]
}

// levelSoughtAfter reports whether a level verb at or after toks[from]
// takes amount a, or an amount of the sentence before it that a
// continues ("toward lifting two-way trade to $100 billion in 2023 and
// $150 billion by 2030").
func (x *extractor) levelSoughtAfter(toks []token, a amount, from int) bool {
	if x.levelVerbOf(toks, a) >= from {
		return true
	}
	for k, b := range x.ams {
		if k+1 < len(x.ams) && x.ams[k+1].ps == a.ps && b.ps > from && b.unit == a.unit && levelChained(toks, b, a) {
			return x.levelVerbOf(toks, b) >= from
		}
	}
	return false
}

// levelChained reports whether amount b follows amount a as a further
// level of the same verb: only "and", a comma and a deadline ("by 2030",
// "in 2023") stand between them ("to $100 billion in 2023 and $150
// billion by 2030"), not another verb ("to $35 per month, to capping … at
// $2,000").
func levelChained(toks []token, a, b amount) bool {
	and := false
	for _, t := range toks[a.pe:b.ps] {
		switch {
		case t.f == "and":
			and = true
		case t.f == "," || t.f == "in" || t.f == "by" || year(t) > 0:
		default:
			return false
		}
	}
	return and
}
