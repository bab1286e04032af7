package extract

import "strconv"

// visitNounHeadline reports whether a headline names a visit as a noun,
// the way leaders' offices and foreign ministries head the release that
// announces one: "Official Visit of Prime Minister A, 14 to 16 April",
// "Visit of Prime Minister A to C (19 to 21 December)", "PM A's official
// visit to C, 26 to 29 September". Such headlines also head reports of a
// visit held, so previewVisit takes one as a preview only when the body
// opens with the visit ahead.
func (d *doc) visitNounHeadline() bool {
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.fold != "visit" || !t.cap {
			continue
		}
		// ("Visit by A, Minister of C": the notice of the Singapore style.)
		if i+1 < len(d.toks) && (d.toks[i+1].fold == "of" || d.toks[i+1].fold == "by") {
			return true
		}
		o := i - 1
		for o > 0 && d.lx.visitKinds[d.toks[o].fold] {
			o--
		}
		if o >= 1 && possessive(d.toks[o]) && i+1 < len(d.toks) && d.toks[i+1].fold == "to" {
			return true
		}
	}
	return false
}

// visitsHeadline returns the country of the place a headline's verb
// "visits" at toks[k] names right after it ("A visits Qatar", "A visits
// Kyiv"), or "". Only after a subject: "Visits" opening a headline is a
// noun ("Visits to Qatar and Oman").
func (d *doc) visitsHeadline(k int) string {
	if k == 0 || k+1 >= len(d.toks) || d.toks[k].fold != "visits" {
		return ""
	}
	return d.countryAt(k+1, len(d.toks))
}

// visitOpensBy reports whether sentence s dates a visit that opens on the
// day of publication or the next, as a leader's office or a ministry
// announces one on its eve or its first day (a release days ahead, "State
// Visit of A to C (January 25-26)" published on the 22nd, stays a plan).
func (d *doc) visitOpensBy(s int) bool {
	from, to := d.sentToks(s)
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.prec == precDay {
			first := de.t
			// "from 4 to 6 May": the date read is the last day; the span
			// opens on the number before "to".
			if k := de.tok; d.toks[k].num && k+1 < to && d.toks[k+1].fold == "to" {
				if n, err := strconv.Atoi(d.toks[k].text); err == nil && n >= 1 && n < de.t.Day() {
					first = de.t.AddDate(0, 0, n-de.t.Day())
				}
			}
			return !first.Before(d.pub.AddDate(0, 0, -1)) && !first.After(d.pub.AddDate(0, 0, 1))
		}
	}
	return false
}
