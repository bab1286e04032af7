package target

import "slices"

// receivedBy returns the country that states, as the subject of "will
// receive", a sum a partner gives it: "Israel will receive $38 billion in
// order to strengthen our military" (the recipient's own words for an
// assistance agreement). Its partner, the other side of the article,
// commits. ok is false unless the country directly precedes the verb
// ("will", "would", "is to", "is set to" between).
func (x *extractor) receivedBy(toks []token, a amount) (m mention, giver string, ok bool) {
	v := a.ps - 1
	if v < 2 || toks[v].f != "receive" {
		return m, "", false
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
			return m, "", false
		}
	default:
		return m, "", false
	}
	for q := a.pe; q < len(toks) && !clauseEnd(toks[q]) && toks[q].f != "."; q++ {
		if toks[q].f == "from" {
			// "will receive $3 billion from the Fund": the giver is named,
			// and holds it when it is a country or its body ("Ethiopia
			// will receive USD 100 million from KOICA").
			giver = x.countryAt(toks, q+1)
			if giver == "" {
				return m, "", false
			}
			break
		}
	}
	for _, n := range x.mentions(toks[:k]) {
		if n.e == k && !n.demonym && !n.firm && n.code != giver {
			return n, giver, true
		}
	}
	return m, "", false
}

// countryAt returns the country named at toks[k] ("Korea", "the Korean
// government", "KOICA"), or "".
func (x *extractor) countryAt(toks []token, k int) string {
	if k < len(toks) && toks[k].f == "the" {
		k++
	}
	for _, n := range x.mentions(toks) {
		if n.s == k && !n.firm && !n.program && (!n.demonym || n.e < len(toks) && (toks[n.e].f == "government" || toks[n.e].f == "side")) {
			return n.code
		}
	}
	return ""
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
