package extract

// onWeekdayDateEndingAt returns the index of "on" when toks[..q] ends with
// a weekday told with its date, "on Monday (August 5)", "on Monday (Aug.
// 5)", "on Monday, August 5", in the sentence of toks[q]; else -1. Agency
// copy dates a signing so between its subject and its verb ("Jamaica and
// Kenya on Monday (August 5) signed three agreements"), as "on Monday"
// alone (onDateEndingAt reads "on August 5").
func (d *doc) onWeekdayDateEndingAt(q int) int {
	if q < 2 || q >= len(d.toks) {
		return -1
	}
	sent := d.toks[q].sent
	in := func(p int) bool { return p >= 0 && d.toks[p].sent == sent }
	weekdayOn := func(p int) int {
		if in(p-1) && d.lx.isWeekday(d.toks[p].fold) && d.toks[p-1].fold == "on" {
			return p - 1
		}
		return -1
	}
	// "on Monday (August 5)": a date of a month word and a number within
	// the brackets.
	if d.toks[q].text == ")" {
		month, num := false, false
		for p := q - 1; in(p) && p >= q-5; p-- {
			switch t := d.toks[p]; {
			case t.text == "(":
				if month && num && in(p-1) {
					return weekdayOn(p - 1)
				}
				return -1
			case d.lx.months[t.fold] > 0 || d.lx.months[trimDot(t.fold)] > 0:
				month = true
			case t.num:
				num = true
			case t.text == "." || t.text == ",":
			default:
				return -1
			}
		}
		return -1
	}
	// "on Monday, August 5": the date after the weekday and a comma.
	p := -1
	switch {
	case in(q-1) && d.toks[q].num && d.lx.months[d.toks[q-1].fold] > 0: // August 5
		p = q - 2
	case in(q-1) && d.lx.months[d.toks[q].fold] > 0 && d.toks[q-1].num: // 5 August
		p = q - 2
	}
	if p >= 1 && in(p) && d.toks[p].text == "," {
		return weekdayOn(p - 1)
	}
	return -1
}

// trimDot is f without a final full stop ("aug." of "Aug.").
func trimDot(f string) string {
	if n := len(f); n > 1 && f[n-1] == '.' {
		return f[:n-1]
	}
	return f
}
