package target

import (
	"slices"
	"strings"

	"github.com/accordhq/accord"
)

// sharedFlowGoal returns the article's two parties as the holders of a sum
// that is a target the pair sets for money flowing from one of them to the
// other: "they have set a target of 3 trillion yen investment from A in B",
// a joint vision's subjectless item "the 2020-2024 target of JPY 2 trillion
// of … financing from A to B and setting a new target of JPY 6 trillion".
// A level both sides set is both sides' goal, whichever way the money goes
// (as "both leaders expressed confidence in an investment of … in B from
// A"). Nil when one side is named setting it ("A set a target of …"), when
// the target is a side's own ("A's target of …"), or when the flow is not
// between the two parties.
func (x *extractor) sharedFlowGoal(toks []token, named []mention, a amount) []string {
	if !x.l.currencies[a.unit] || a.ps < 2 || toks[a.ps-1].f != "of" || !x.l.setGoalNouns[toks[a.ps-2].f] {
		return nil
	}
	g := a.ps - 2
	ps := x.partiesOf()
	if len(ps) != 2 || !x.flowBetween(toks, named, ps) {
		return nil
	}
	// Who sets it: the last plural pronoun before the noun ("said they
	// have set a target of"), with no side named after it; else nobody at
	// all (a list item of a joint text).
	p := -1
	for i := g - 1; i >= 0; i-- {
		if toks[i].f == "they" || toks[i].f == "we" {
			p = i
			break
		}
	}
	for _, m := range named {
		q := m.s - 1
		if q > 0 && determiner[toks[q].f] {
			q--
		}
		if q >= 0 && preposition[toks[q].f] {
			continue // "… financing from A to B and setting a new target of": no setter
		}
		if m.e <= g && m.s > p {
			return nil // "Japan set a target of …", "Japan's target of …"
		}
	}
	return ps
}

// flowBetween reports whether the sentence names money flowing "from A
// to/in/into B" between the two parties ps.
func (x *extractor) flowBetween(toks []token, named []mention, ps []string) bool {
	for n, m := range named {
		if m.s == 0 || toks[m.s-1].f != "from" || m.firm || m.demonym || n+1 >= len(named) || m.e >= len(toks) {
			continue
		}
		switch toks[m.e].f {
		case "to", "in", "into":
		default:
			continue
		}
		to := named[n+1]
		k := m.e + 1
		if k < len(toks) && determiner[toks[k].f] {
			k++
		}
		if to.s == k && !to.firm && !to.demonym && to.code != m.code && slices.Contains(ps, m.code) && slices.Contains(ps, to.code) {
			return true
		}
	}
	return false
}

// financedAt reports whether sum a is named as financing: the word in its
// metric or just before it ("with a financing worth JPY 46 billion",
// "financing of JPY 30 billion"), as a borrower's release names a donor's
// loan without the donor.
func (x *extractor) financedAt(toks []token, a amount, metric string) bool {
	for _, w := range strings.Fields(accord.Fold(metric)) {
		if x.l.donorFinance[w] {
			return true
		}
	}
	for i := max(a.ps-3, 0); i < a.ps; i++ {
		if x.l.donorFinance[toks[i].f] {
			return true
		}
	}
	return false
}

// titledLeader returns the end of a leader's title and name after a
// demonym ending at toks[j] ("Japanese| Prime Minister Fumio Kishida on
// Friday"), with a day named after it, or j if none: the titled person
// speaks for the demonym's country, as "President Lee of Korea" does.
func (x *extractor) titledLeader(toks []token, j int) int {
	k := j
	for k < len(toks) && x.l.leaderTitles[toks[k].f] && x.capital(toks[k]) {
		k++
	}
	if k == j {
		return j
	}
	n := 0
	for k < len(toks) && n < 4 && toks[k].k == word && x.capital(toks[k]) && !x.l.leaderTitles[toks[k].f] {
		k, n = k+1, n+1
	}
	if n == 0 {
		return j
	}
	if k+1 < len(toks) && toks[k].f == "on" && weekday[toks[k+1].f] {
		k += 2 // "on Friday"
	}
	return k
}
