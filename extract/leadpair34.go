package extract

// leadPairDay returns the day the lead sentence gives right after a
// coordinated subject ("A and B on Monday agreed …", "Pakistan and the
// United Kingdom yesterday agreed …") when the lead tells no contact of
// its own, or "". News agencies open with what the two sides agreed and
// its day, then name the contact where they agreed without repeating the
// day ("The ties were discussed in a meeting between C and D", "they noted
// during a meeting"): that contact is of the lead's day, not of the
// report's.
func (d *doc) leadPairDay(trs []trigger) string {
	if len(d.sents) < 2 || d.pub.IsZero() {
		return ""
	}
	for _, tr := range trs {
		if tr.sent == 0 {
			return "" // the lead's own contact dates what follows its way
		}
	}
	from, to := d.sentToks(0)
	ds := d.lx.dates(d.toks, from, to, d.pub)
	if len(ds) != 1 {
		return ""
	}
	de := ds[0]
	if de.prec != precDay || de.rng || de.t.After(d.pub) || de.t.Before(d.pub.AddDate(0, 0, -7)) || d.inDateline(de) {
		return ""
	}
	// The day follows the subject at once ("B on Monday", "Kingdom
	// yesterday"): not a day of a clause after the verb.
	k := de.tok - 1
	if k > from && d.toks[k].fold == "on" {
		k--
	}
	if k <= from || !d.toks[k].cap {
		return ""
	}
	// The subject coordinates two names: "A and B", "Pakistan and the
	// United Kingdom".
	for a := from + 1; a < k; a++ {
		if d.toks[a].fold != "and" || !d.toks[a-1].cap {
			continue
		}
		if n := a + 1; n <= k && (d.toks[n].cap || d.toks[n].fold == "the" && n+1 <= k && d.toks[n+1].cap) {
			return de.format()
		}
	}
	return ""
}
