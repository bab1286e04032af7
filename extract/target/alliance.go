package target

// allianceGoal reports whether the goal at amount a is an alliance's
// members', held by no one country: "More than 20 NATO allies will spend
// 2% of their GDP on defence", "18 of the alliance's 31 countries are set
// to meet the target of two percent", "urging NATO countries to allocate
// 3.5%". The members, named as one body before the amount in its clause,
// stand for the alliance; a country named in that clause ("Canada will
// meet NATO's 2% target", "the United States and its allies") holds it,
// and "our allies", "with allies" bring the speaker in. The members
// must be the subject ("allies will", "members have pledged") or the ones
// urged ("urging NATO countries to allocate").
func (x *extractor) allianceGoal(toks []token, a amount) bool {
	start := 0
	for i := a.ps - 1; i >= 0; i-- {
		if clauseEnd(toks[i]) {
			start = i + 1
			break
		}
	}
	found := false
	for i := start; i < a.ps; i++ {
		end, _ := x.l.allianceMembers.match(toks, i)
		if end <= 0 || end > a.ps {
			continue
		}
		if i > 0 {
			switch toks[i-1].f {
			case "our", "its", "their", "his", "her", "and", "with", "other", "fellow":
				i = end - 1
				continue // "the United States and its allies", "with our allies"
			}
		}
		if !x.allianceSubject(toks, i, end, a.ps) {
			i = end - 1
			continue // "will tell allies in Vilnius that …": not who holds it
		}
		found = true
		break
	}
	if !found {
		return false
	}
	for _, m := range x.mentions(toks) {
		if m.s >= start && m.s < a.ps && !m.demonym {
			return false // a country in the clause holds it
		}
	}
	return true
}

// allianceSubject reports whether the members named at toks[s:e] are the
// subject of what follows, before toks[ps]: a subject verb after them
// (past adverbs and a count, "the alliance's 31 countries are set to"),
// "to" after them when an urge verb asks them ("urging allies to"), or a
// goal noun after their possessive ("the alliance's spending target").
func (x *extractor) allianceSubject(toks []token, s, e, ps int) bool {
	j := e
	for j < ps && x.l.adverbs[toks[j].f] {
		j++
	}
	if j+1 < ps && toks[j].k == num && toks[j+1].k == word {
		j += 2 // "the alliance's 31 countries"
	}
	if j >= ps {
		return false
	}
	if toks[e-1].f == "s" && e >= 2 && toks[e-2].f == "'" {
		// "the alliance's previous defence spending target of two percent":
		// the alliance's own goal.
		for k := e; k < ps && k < e+5; k++ {
			if x.l.goalNouns[toks[k].f] {
				return true
			}
		}
	}
	if x.l.subjVerbs[toks[j].f] {
		return true
	}
	if toks[j].f != "to" {
		return false
	}
	for k := max(0, s-3); k < s; k++ {
		if end, _ := x.l.urgeVerbs.match(toks, k); end == s {
			return true
		}
	}
	return false
}
