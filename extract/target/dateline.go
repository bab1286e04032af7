package target

// mentionsRead returns the countries a sentence names (mentionsIn), less those
// of a wire dateline at its start when the sentence names a country after
// it: in "UNITED NATIONS, United States (AFP) - China on Monday pledged
// $100 million", the United States is where the story was filed, not who
// pledged. A dateline's country stays when it is the only one named ("OSLO,
// Norway (AFP) - The two sides agreed …": the host is often a side).
func (x *extractor) mentionsRead(toks []token) []mention {
	ms := x.mentionsIn(toks)
	d := datelineEnd(toks)
	if d <= 0 || len(ms) == 0 || ms[0].s >= d {
		return ms
	}
	after := false
	for _, m := range ms {
		if m.s >= d {
			after = true
			break
		}
	}
	if !after {
		return ms
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.s >= d {
			out = append(out, m)
		}
	}
	return out
}

// datelineEnd returns where the text after a wire dateline starts: a place
// in capitals, perhaps its country after a comma, perhaps the agency in
// brackets, then a spaced dash ("GENEVA, Switzerland (AFP) -", "UNITED
// NATIONS, United States, (APP) -", "OSLO (Reuters) —"). Else -1.
func datelineEnd(toks []token) int {
	if len(toks) < 4 || toks[0].k != word || !toks[0].upper || len(toks[0].f) < 2 {
		return -1
	}
	i := 1
	for i < len(toks) && toks[i].k == word && toks[i].upper {
		i++ // UNITED NATIONS
	}
	marked := false // a comma or a bracket after the place: not a heading word in capitals
	for n := 0; i < len(toks) && n < 25; i, n = i+1, n+1 {
		switch f := toks[i].f; f {
		case ",", "(":
			marked = true
		case "-", "—", "–":
			if marked && toks[i].sp && i+1 < len(toks) && toks[i+1].sp {
				return i + 1
			}
			if toks[i].sp && i+1 < len(toks) && toks[i+1].sp && i > 0 && toks[i-1].f == ")" {
				return i + 1
			}
		case ".", ";", ":":
			return -1
		}
	}
	return -1
}
