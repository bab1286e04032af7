package target

// trainedCounted returns the end of the trainees counted by the number at
// toks[i:j] when a training verb comes right before it, past any words of
// approximation: "will train 50,000 people", "training more than 1
// million officials" (up to two modifiers: "5,000 young civil servants").
// People are counted only so: a number of people elsewhere is mostly a
// statistic ("a market of 1.3 billion people", "killed 200 people").
func (x *extractor) trainedCounted(toks []token, i, j int) int {
	k := x.beforeDegree(toks, i)
	if k < 1 || !x.l.trainVerbs[toks[k-1].f] {
		return 0
	}
	for m := j; m < len(toks) && m <= j+2; m++ {
		if end, _ := x.l.trainees.match(toks, m); end > 0 {
			return end
		}
		if toks[m].k != word || x.l.stop[toks[m].f] {
			break
		}
	}
	return 0
}

// roundsOf returns the end of "rounds of … ammunition" right after the
// number at toks[j], the ammunition word at most four words after "of"
// ("36,000 rounds of 155mm artillery ammunition", "20,000 rounds of 120
// mm mortar ammunition"), or 0: rounds alone may be of funding or talks.
func (x *extractor) roundsOf(toks []token, j int) int {
	if j+2 >= len(toks) || !x.l.roundNouns[toks[j].f] || toks[j+1].f != "of" {
		return 0
	}
	for k := j + 2; k < len(toks) && k <= j+6; k++ {
		if x.l.ammunition[toks[k].f] {
			return k + 1
		}
		if toks[k].k == punct && toks[k].f != "-" {
			return 0
		}
	}
	return 0
}
