package extract

import "strings"

// leaderPairWitnesses gives the two leaders that a demonym pair names as
// the witnesses of a signing ("The Vietnamese and Singaporean PMs witnessed
// the signing of several agreements", as a wrap-up of a visit tells it):
// each country's leader the text names, the principal first. Nil when the
// pair's noun is no leaders' plural (knowledge leader_plurals: "the
// Peruvian and Chilean defence ministers signed" names unnamed ministers)
// or the text does not name both.
func (d *doc) leaderPairWitnesses(tr trigger, from int, pair []string, principals []int) []int {
	if !strings.HasPrefix(tr.form, "witness") || tr.i < from+1 || !d.lx.leaderPlurals[d.toks[d.auxStart(from, tr.i)-1].fold] {
		return nil
	}
	return d.sidesOf(pair, principals)
}

// auxStart is where the auxiliaries before a verb at i begin ("have
// witnessed"): the verb's subject ends just before.
func (d *doc) auxStart(from, i int) int {
	for i > from+1 && d.lx.signingAuxiliaries[d.toks[i-1].fold] {
		i--
	}
	return i
}
