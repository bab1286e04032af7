package target

import "slices"

// receivedBy returns the country that states, as the subject of "will
// receive", a sum a partner gives it: "Israel will receive $38 billion in
// order to strengthen our military" (the recipient's own words for an
// assistance agreement). Its partner, the other side of the article,
// commits. ok is false unless the country directly precedes the verb
// ("will", "would", "is to", "is set to" between).
func (x *extractor) receivedBy(toks []token, a amount) (m mention, ok bool) {
	v := a.ps - 1
	if v < 2 || toks[v].f != "receive" {
		return m, false
	}
	k := v - 1
	switch toks[k].f {
	case "will", "would", "shall":
	case "to":
		k-- // "is to receive", "is set to receive"
		if k > 0 && toks[k].f == "set" {
			k--
		}
		if k < 0 || toks[k].f != "is" {
			return m, false
		}
	default:
		return m, false
	}
	for q := a.pe; q < len(toks) && !clauseEnd(toks[q]) && toks[q].f != "."; q++ {
		if toks[q].f == "from" {
			return m, false // "will receive $3 billion from the Fund": the giver is named
		}
	}
	for _, n := range x.mentions(toks[:k]) {
		if n.e == k && !n.demonym && !n.firm {
			return n, true
		}
	}
	return m, false
}

// receiverPartner returns the side of a two-party article other than the
// recipient code, or nil.
func (x *extractor) receiverPartner(code string) []string {
	ps := x.partiesOf()
	if len(ps) != 2 || !slices.Contains(ps, code) {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(ps), func(c string) bool { return c == code })
}
