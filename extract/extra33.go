package extract

// countedAgo reports whether the "than" at toks[k] counts a span back from
// the report ("less than two weeks ago", "more than a month ago"): "ago"
// within the next four words, before any comma. Such a "than" measures the
// past, so it does not block pastAfter the way a comparison's does ("closer
// than last year").
func (d *doc) countedAgo(k, to int) bool {
	if d.toks[k].fold != "than" || k == 0 {
		return false
	}
	if f := d.toks[k-1].fold; f != "less" && f != "more" && f != "fewer" {
		return false
	}
	for q := k + 1; q < to && q <= k+4; q++ {
		switch d.toks[q].fold {
		case "ago":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// elapsedAfter reports whether person mention m stands, in tr's sentence,
// after an opener of an earlier event dated from the contact ("held talks
// on Tuesday, a week after President A made a surprise trip to C"): A is
// of that trip, not a side of the talks. Only after the contact's phrase:
// "A week after the election A met B" opens the sentence with B a side.
func (d *doc) elapsedAfter(tr trigger, m *pmention) bool {
	return d.openerBefore(tr, m, d.lx.elapsedOpeners)
}
