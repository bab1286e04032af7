package target

// reachWords may stand between "to" and the level a multiplied measure is
// to reach: "doubling trade to attain $500 billion", "to more than $500
// billion", "to reach about $500 billion".
var reachWords = map[string]bool{
	"attain": true, "reach": true, "achieve": true, "hit": true, "touch": true, "exceed": true,
	"surpass": true, "cross": true, "more": true, "than": true, "over": true, "about": true,
	"around": true, "nearly": true, "at": true, "least": true, "some": true, "roughly": true,
	"approximately": true, "almost": true,
}

// reachesAmount reports whether the words from toks[i] are a level to
// reach: a few reach words, then an amount.
func reachesAmount(toks []token, i int) bool {
	for n := 0; i < len(toks) && n < 3; i, n = i+1, n+1 {
		if toks[i].k == num || toks[i].k == punct && toks[i].f != "," || toks[i].upper {
			return n > 0
		}
		if !reachWords[toks[i].f] {
			return false
		}
	}
	return false
}

// baselineWords may stand between "from" and the level a goal starts
// from: "double trade from the existing approximately USD 56 billion".
var baselineWords = map[string]bool{
	"the": true, "existing": true, "current": true, "present": true, "today's": true, "its": true,
	"their": true, "our": true, "approximately": true, "about": true, "around": true, "some": true,
	"nearly": true, "almost": true, "roughly": true, "over": true, "just": true,
	"under": true, "below": true, "above": true,
}

// multipliedFrom reports whether amount a is the level a multiplier starts
// from: "will double bilateral trade from the existing USD 56 billion" names
// where trade is now, not where it is to be.
func multipliedFrom(toks []token, a amount, ams []amount) bool {
	k := a.ps - 1
	for n := 0; k >= 0 && n < 4 && baselineWords[toks[k].f]; n++ {
		k--
	}
	if k < 0 || toks[k].f != "from" {
		return false
	}
	for _, b := range ams {
		if b.unit == "times" && b.pe <= k {
			return true
		}
	}
	return false
}

// multipliedIt reads "a target of doubling it by 2030", "to triple it":
// a multiplier of a pronoun after a goal or plan word, whose measure is the
// one the sentences around it name (the caller finds it).
func multipliedIt(toks []token, i int) (amount, bool) {
	if i+1 >= len(toks) || toks[i+1].f != "it" || i == 0 {
		return amount{}, false
	}
	// Only as the object of a goal: "target of doubling it", "aim to
	// double it", "will double it"; not "double it up".
	switch toks[i-1].f {
	case "of", "to", "will", "would", "shall", "can", "could":
	default:
		return amount{}, false
	}
	if i+2 < len(toks) && toks[i+2].k == word && toks[i+2].f != "by" && toks[i+2].f != "within" && toks[i+2].f != "in" && toks[i+2].f != "over" {
		return amount{}, false
	}
	return amount{i: i, j: i + 2, ps: i, pe: i + 2, unit: "times", cmp: "eq", pron: true}, true
}
