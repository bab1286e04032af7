package target

import "github.com/accordhq/accord"

// baselineStat reports whether the report phrase toks[i:end] ("last
// year", "so far") only dates the level a change starts from: "to
// increase bilateral trade from $65bn last year to $200bn by 2030". The
// phrase sits between a "from" amount and the "to" that introduces amount
// a, so it reports the baseline, not a (session 36, from trade-goal wire
// copy; "from $13.6 billion at present to …" and "from $65 billion in
// 2014 to …" were read already).
func (x *extractor) baselineStat(toks []token, i, end int, a amount) bool {
	if end >= a.ps || !levelTo[toks[a.ps-1].f] || end+2 < a.ps {
		return false // only "to"/"to reach" between the phrase and the goal
	}
	for _, b := range x.ams {
		if b.pe != i || b.unit != a.unit || b.ps == 0 {
			continue
		}
		k := b.ps - 1
		for n := 0; k > 0 && n < 4 && (baselineWords[toks[k].f] || toks[k].f == "more" || toks[k].f == "than" || toks[k].f == "less"); n++ {
			k--
		}
		return toks[k].f == "from"
	}
	return false
}

// capitalPair returns the two capitals that, joined by "and", open a clause
// as its subject: "Moscow and Beijing have agreed to increase trade",
// "Washington and Tokyo pledged $3 billion" stand for the two governments,
// as one capital does (capitalSubject). Each is returned as [start, end,
// country]; ok is false when toks[i] opens no such pair (session 36, from
// wire copy: TASS, the Moscow Times, Anadolu, UrduPoint).
func (x *extractor) capitalPair(toks []token, i int) (first, second [3]int, c1, c2 string, ok bool) {
	if !x.capital(toks[i]) || !x.clauseStart(toks, i) {
		return
	}
	e1, code1 := x.l.capitals.match(toks, i)
	if e1 <= 0 || e1+1 >= len(toks) || toks[e1].f != "and" || !x.capital(toks[e1+1]) {
		return
	}
	e2, code2 := x.l.capitals.match(toks, e1+1)
	if e2 <= 0 || code1 == code2 {
		return
	}
	j := e2
	for j < len(toks) && x.l.adverbs[toks[j].f] {
		j++
	}
	if j >= len(toks) || !x.l.subjVerbs[toks[j].f] {
		return
	}
	return [3]int{i, e1}, [3]int{e1 + 1, e2}, code1, code2, true
}

// subjectAside returns where a bracket or an apposition set between a
// subject and its verb ends, so that the verb after it is the subject's:
// "the government of X (head delegate: Minister A) pledged", "X, the
// conference's co-host, pledged", "the delegation of X, led by Minister
// A, announced". j is the token after the subject; j itself is returned
// when no aside opens there. The aside holds no sum and no clause end,
// and is short (session 36, from pledging-conference releases of foreign
// ministries and the wire copy of them).
func (x *extractor) subjectAside(toks []token, j int) int {
	if j+2 >= len(toks) {
		return j
	}
	closer := ""
	switch {
	case toks[j].f == "(":
		closer = ")"
	case toks[j].f == "," && (determiner[toks[j+1].f] || toks[j+1].f == "led" || toks[j+1].f == "headed" || toks[j+1].f == "which" || toks[j+1].f == "who" || toks[j+1].f == "represented"):
		closer = ","
	default:
		return j
	}
	limit := 14
	if closer == ")" {
		limit = 30 // a bracket closes itself: "(head delegate: Deputy Minister for … of the Foreign Ministry)"
	}
	for k := j + 1; k < len(toks) && k-j <= limit; k++ {
		t := toks[k]
		if t.k == num || clauseEnd(t) && t.f != ":" || t.f == "(" || t.f == "$" {
			return j
		}
		if t.f == closer {
			if closer == ")" && k-j < 4 {
				return j // "(JBIC)": a short name's letters, part of the subject's name
			}
			return k + 1
		}
	}
	return j
}

// gappedDonor returns the country of a donor list whose verb is left out
// after the first: "Norway pledged $13.6 million, Turkey $10 million and
// Canada $7.7 million", "Switzerland promised $381 million and the
// Netherlands $209.5 million". Amount k follows, in the same currency, the
// amount read just before it (prev, held by one country), with only a
// comma or "and" and one country's name between them; that country gives
// it as the first gives its own. "" when amount k is no such part
// (session 36, from pledging-conference reports of UN briefings and wire
// copy).
func (x *extractor) gappedDonor(toks []token, ams []amount, k, prevK int, prev accord.Target) string {
	if k == 0 || prevK != k-1 || len(prev.Holders) != 1 || prev.Unit != ams[k].unit || !x.l.currencies[prev.Unit] {
		return ""
	}
	a, b := ams[k-1], ams[k]
	p := a.pe
	if p < b.ps && toks[p].f == "," {
		p++
	}
	if p < b.ps && toks[p].f == "and" {
		p++
	}
	if p == a.pe || p < b.ps && toks[p].f == "the" {
		if p == a.pe {
			return "" // no comma or "and": not a list
		}
		p++
	}
	ms := x.mentionsIn(toks[p:b.ps])
	if len(ms) != 1 || ms[0].s != 0 || ms[0].e != b.ps-p || ms[0].demonym || ms[0].code == prev.Holders[0] {
		return ""
	}
	// The donor before is the last country named before its sum, as its
	// subject ("Norway pledged $13.6 million, Turkey …", or a gapped donor
	// itself); a country named between them is a recipient ("to Kenya $5
	// million, Uganda $3 million").
	before := x.mentionsIn(toks[:a.ps])
	if len(before) == 0 || before[len(before)-1].code != prev.Holders[0] {
		return ""
	}
	if b.pe < len(toks) && (x.l.subjVerbs[toks[b.pe].f] || partVerbs[toks[b.pe].f] && toks[b.pe].f != "with") {
		return "" // "…, Turkey $10 million was …": a clause of its own
	}
	return ms[0].code
}
