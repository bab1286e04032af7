package target

// pastModifiers returns the index after at most two lowercase words of
// metrics.json added_modifiers at toks[k] ("additional", "further", "new"),
// when a noun follows them: "the drawdown of up to $N in additional
// security assistance for C" names the assistance; the adjective says it
// adds to earlier sums, not what they are for. Else k.
func (x *extractor) pastModifiers(toks []token, k, end int) int {
	h := k
	for h < end && h < k+2 && toks[h].k == word && !x.capital(toks[h]) && x.l.addedModifiers[toks[h].f] {
		h++
	}
	if h >= end || toks[h].k != word {
		return k
	}
	return h
}

// frontedPurpose returns the clause that opens the sentence and says what
// the money answers or serves, before the sum: "In response to the
// earthquake in C, the Government of J has decided to provide $N through
// international organizations" is aid in response to the earthquake; "To
// help C rebuild its schools, B will provide £N". Releases on emergency aid
// put the event first and leave the sum bare ("provide $N"); a reader names
// the money by that event. s == e when the sentence opens otherwise, the
// clause holds a figure, or it does not end in a comma before the sum.
func (x *extractor) frontedPurpose(toks []token, a amount) (int, int) {
	if a.ps < 5 {
		return 0, 0
	}
	s := 0
	switch {
	case toks[0].f == "in" && toks[1].f == "response" && toks[2].f == "to":
	case toks[0].f == "to" && toks[1].k == word && (x.l.purposeVerbs[toks[1].f] || x.l.tailVerbs[toks[1].f]):
	default:
		return 0, 0
	}
	for k := s; k < a.ps && k < s+16; k++ {
		if toks[k].k == num || toks[k].k == rng || year(toks[k]) > 0 {
			return 0, 0 // "In response to the 2024 appeal of $N …": a sum or a date, not an event
		}
		if toks[k].f == "," {
			if k-s < 4 || x.sumBetween(toks, k+1, a.ps) {
				// "…, the Government is providing an additional $1.1 billion …,
				// on top of the baseline budget of $4 billion": the clause
				// serves the first sum only.
				return 0, 0
			}
			return s, k
		}
	}
	return 0, 0
}

// sumBetween reports whether a figure stands in toks[s:e].
func (x *extractor) sumBetween(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].k == num || toks[k].k == rng {
			return true
		}
	}
	return false
}

// fundingRun reports whether the words at toks[k] before a preposition end
// in a funding head: "security assistance" of "security assistance for C"
// (npForward takes "for C" into the phrase, so its last word is C).
func (x *extractor) fundingRun(toks []token, k, end int) bool {
	e := k
	for e < end && e < k+4 && x.npWord(toks[e]) && !x.capital(toks[e]) {
		e++
	}
	return e > k && x.l.funding[toks[e-1].f]
}

// pastSource returns the index after a named source at toks[k] that a
// link of object or purpose follows ("from the Zembla Development Finance
// Corporation to support microfinance loans", "from BIL to assist with
// …"): who gives or lends the money is not what it is for; else k. Like
// pastChannel, only a capitalised name (with "the", "of", "for", "and"
// inside it and an abbreviation in brackets after it) is passed.
func (x *extractor) pastSource(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].f != "from" {
		return k
	}
	e := x.pastChannelName(toks, k+1)
	if e == k+1 || e >= len(toks) {
		return k
	}
	switch toks[e].f {
	case "to", "for", "toward", "towards":
		return e
	}
	return k
}

// pastChannelName returns the index after the capitalised name at toks[k]
// (after "the"), past an abbreviation in brackets; k when none stands there.
func (x *extractor) pastChannelName(toks []token, k int) int {
	e := k
	if e < len(toks) && toks[e].f == "the" {
		e++
	}
	n := e
	for e < len(toks) && (toks[e].k == word && x.capital(toks[e]) || toks[e].f == "'s" || toks[e].f == "’s" || e > n && e+1 < len(toks) && x.capital(toks[e+1]) && (toks[e].f == "for" || toks[e].f == "of" || toks[e].f == "and")) {
		e++
	}
	if e == n {
		return k
	}
	return skipAside(toks, e)
}
