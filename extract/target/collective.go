package target

// groupGoal reports whether the goal at amount a is held by a class of
// countries as one body: "the goal of developed countries to jointly
// mobilize $100 billion", "for developed countries to achieve the
// long-term finance of 100 billion dollars a year by 2020", "developed
// countries agreed to provide up to $30 billion". The class names no
// country, so the goal is no one country's, however many of its members
// the sentence names before it ("Australia, with the United Kingdom, led
// developed countries to deliver a roadmap to meeting the collective goal
// of …"). A country named between the class and the amount ("developed
// countries must do more, and Canada will give $5 billion") holds it; so
// do "our", "its", "other" members.
func (x *extractor) groupGoal(toks []token, a amount) bool {
	w := estimateWords()
	start := 0
	for i := a.ps - 1; i >= 0; i-- {
		if clauseEnd(toks[i]) {
			start = i + 1
			break
		}
	}
	from := -1
	for i := start; i < a.ps; i++ {
		end, _ := w.groups.match(toks, i)
		if end <= 0 || end > a.ps {
			continue
		}
		if i > 0 {
			switch toks[i-1].f {
			case "our", "its", "their", "other", "fellow", "with", "and":
				i = end - 1
				continue
			}
		}
		from = end
	}
	if from < 0 {
		return false
	}
	for _, m := range x.mentions(toks) {
		if m.s >= from && m.s < a.ps && !x.currencyAfter(m.s) {
			return false
		}
	}
	return true
}

// currencyAfter reports whether toks[s] comes right after an amount: "$30
// billion U.S." names the dollar, not a country.
func (x *extractor) currencyAfter(s int) bool {
	for _, b := range x.ams {
		if b.pe == s {
			return true
		}
	}
	return false
}
