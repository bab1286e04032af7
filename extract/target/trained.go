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
