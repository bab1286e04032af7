package extract

// clauseEnds reports whether a date closes the clause of the contact tr
// before a coordinated clause of the later contact o begins: "called on A
// and B on 30 July, and called on C earlier today" dates the first calls,
// however near the date stands to the second verb.
func (d *doc) clauseEnds(de dateExpr, tr, o trigger) bool {
	if de.tok < tr.j || de.end > o.i || o.i-de.end > 3 {
		return false
	}
	comma := false
	for k := de.end; k < o.i; k++ {
		switch d.toks[k].fold {
		case ",":
			comma = true
		case "and", "then", "also", "later":
		default:
			return false
		}
	}
	return comma
}

// callsOn reports whether a reception phrase has the caller as its subject
// ("called on President A and Prime Minister B"): protocol makes a courtesy
// call on each office holder, so each host is a reception of their own,
// unlike "A received B and C", one reception of the guests together.
func callsOn(form string) bool {
	switch form {
	case "called on", "calls on", "paid a call on", "paid a courtesy call", "courtesy calls":
		return true
	}
	return false
}

// hostedVisit reports whether the guest after "hosted" at toks[k] is hosted
// to or for a visit: "hosted Minister A to the latter's introductory visit",
// "hosted B for his official visit"; not "hosted B to meals during his
// visit", a meal of the visit.
func (d *doc) hostedVisit(k int) bool {
	sent := d.toks[k-1].sent
	for i := k; i < len(d.toks) && i < k+16 && d.toks[i].sent == sent; i++ {
		if f := d.toks[i].fold; f != "to" && f != "for" {
			continue
		}
		for j := i + 1; j <= i+5 && j < len(d.toks) && d.toks[j].sent == sent; j++ {
			f := d.toks[j].fold
			if f == "visit" {
				return true
			}
			if !visitOwnerWord[f] && !personalOwner[f] && !protocolWord[f] {
				break
			}
		}
	}
	return false
}

// visitOwnerWord are the words between "hosted B to" and "visit" that own
// or qualify it: "the latter's introductory visit".
var visitOwnerWord = map[string]bool{"the": true, "latter": true, "'s": true, "introductory": true, "inaugural": true, "farewell": true}
