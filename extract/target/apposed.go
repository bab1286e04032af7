package target

import "github.com/accordhq/accord"

// apposedSum returns the funding a sum set apart after its object sizes:
// "extends an ODA loan to C for the Y Project: up to 20 billion yen" (a
// foreign ministry's house style). The colon before the sum (or a comma
// before its "of") stops the usual reading, which takes the noun right
// before "of" or the sum. The metric is the last
// funding noun phrase of the clause before the separator ("grant aid",
// "ODA loan"); "" when there is none.
func (x *extractor) apposedSum(toks []token, a amount) (string, int, int) {
	j := a.ps - 1
	of := false
	for j >= 0 && j >= a.ps-4 {
		switch toks[j].f {
		case "up", "to", "approximately", "about", "around", "some", "nearly":
			j--
			continue
		case "of":
			if !of {
				of = true
				j--
				continue
			}
		}
		break
	}
	if j < 1 || !(toks[j].f == "," && of || toks[j].f == ":" && !of || j == a.ps-1 && setOffSum(toks, a)) {
		return "", -1, -1
	}
	floor := 0 // the clause before the separator is another segment
	for k := j - 1; k > floor && k >= j-25; k-- {
		f := toks[k].f
		if f == "," || f == ";" || f == ":" {
			if k < j-1 && toks[k].f != "," {
				break
			}
		}
		if !x.l.funding[f] && f != "aid" && f != "assistance" && f != "loan" && f != "loans" && f != "grant" {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].f == "aid" || toks[k+1].f == "assistance" || toks[k+1].f == "loan") {
			continue // "grant aid": the phrase ends at its last word
		}
		s, e := x.npBack(toks, k+1, floor)
		if e > s && x.valid(toks, s, e) {
			m := x.phrase(toks, s, e)
			if e < j && (toks[e].f == "for" || toks[e].f == "to") {
				// "grant aid for the Project for X": the object after the
				// funding, up to the separator, as objectTail adds it.
				m += accord.MetricTail + x.text[toks[e].s:toks[j-1].e]
			}
			return m, s, e
		}
	}
	return "", -1, -1
}

// apposedHead returns the index of the last funding noun of the clause
// before the comma at toks[c] that sets a sum apart ("grant aid for the
// Project for X, of up to …"), or -1: the words between are the object's,
// without a clause end or another sum's "to".
func (x *extractor) apposedHead(toks []token, c int) int {
	for k := c - 1; k >= 0 && k >= c-25; k-- {
		f := toks[k].f
		if clauseEnd(toks[k]) || f == "." || f == "to" {
			return -1
		}
		if x.l.funding[f] && (k+1 >= len(toks) || !x.l.funding[toks[k+1].f]) {
			return k
		}
	}
	return -1
}
