package extract

// tripDays returns the number of days of "the past few days", "the last
// four days" when toks[k] is the unit "days" of such a span, no longer
// than a journey abroad; 0 otherwise. A leader's arrival or post-visit
// statement ("Over the past four days, I met with President A, Vice
// President B …") tells the contacts of the trip it closes, not contacts
// recalled from before it, as "In the last six months," does. "Few" and
// "several" count as a week.
func (d *doc) tripDays(k int) int {
	if k < 1 || d.toks[k].fold != "days" {
		return 0
	}
	switch d.toks[k-1].fold {
	case "two", "2":
		return 2
	case "three", "3":
		return 3
	case "four", "4":
		return 4
	case "five", "5":
		return 5
	case "six", "6":
		return 6
	case "few", "several", "seven", "7":
		return 7
	}
	return 0
}

// tripDaysMonth dates a contact of a sentence opened by a trip's span up
// to the report ("Over the past four days," before toks[i]) by the month
// of the report; nil for no such opening. The day of each contact is not
// told (a span across the turn of a month keeps the report's month: the
// report's day would be no nearer).
func (d *doc) tripDaysMonth(from, i int) *dateExpr {
	if d.pub.IsZero() || from+4 >= i {
		return nil
	}
	k := from
	if f := d.toks[k].fold; f != "in" && f != "over" && f != "during" {
		return nil
	}
	k++
	if d.toks[k].fold == "the" {
		k++
	}
	if f := d.toks[k].fold; f != "last" && f != "past" {
		return nil
	}
	k += 2
	if k+1 >= i || d.toks[k+1].text != "," {
		return nil
	}
	if d.tripDays(k) == 0 {
		return nil
	}
	return &dateExpr{tok: from, end: k + 1, t: d.pub, prec: precMonth}
}

// youAreHere reports whether toks[from:to) tells the addressee is in
// host: "you are here in C", "you are in <a city of C>" ("Mr A, … you
// have come for Victory Day and are here in Russia"), with "you" the
// subject up to ten words before and no "when" or "if" before it. A host's turn says it to the guest as
// "welcome to C" does (hostWelcomes).
func (d *doc) youAreHere(from, to int, host string) bool {
	you := -1
	for k := from; k+2 < to; k++ {
		switch f := d.toks[k].fold; {
		case f == "you":
			you = k
			// "when you are in Moscow next year": a condition, ahead.
			if k > from && youConditions[d.toks[k-1].fold] {
				you = -1
			}
		case f == "." || f == ";" || f == "?":
			you = -1
		case you >= 0 && k-you <= 10 && (f == "are" || f == "’re" || f == "'re"):
			q := k + 1
			if d.toks[q].fold == "here" || d.toks[q].fold == "now" {
				q++
			}
			if q+1 < to && d.toks[q].fold == "in" && d.countryOrCapitalAt(q+1) && d.countryAt(q+1, to) == host && !d.namesVenue(q+1, to) {
				return true
			}
		}
	}
	return false
}

var youConditions = map[string]bool{"when": true, "whenever": true, "if": true, "once": true, "until": true, "before": true, "after": true, "while": true}
