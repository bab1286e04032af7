package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// wrapUpDates dates by its visit the contacts of a wrap-up report that the
// text gives no day of. A report that a visit is over ("left Hanoi on
// February 28, concluding his three-day official visit") tells afterwards
// what was done during it ("PM A held talks with his counterpart; they
// witnessed the signing of …"): those contacts took place in the visit's
// month, not on the day the report was published, after the visit ended
// (and perhaps in the next month). Only a contact of the visit's countries
// is moved, and only when the day the visit ended, which the report gives,
// is before the publication's.
func (d *doc) wrapUpDates(held []eng) {
	if d.pub.IsZero() {
		return
	}
	pubDay := d.pub.Format("2006-01-02")
	for _, v := range held {
		if v.typ != accord.Visit || v.status != accord.StatusHeld {
			continue
		}
		// The day the visit ended, as the sentence telling it gives it:
		// a visit begun in one month may end in the next.
		end := d.visitEndDay(v.sent)
		if end == "" || end >= pubDay {
			continue
		}
		// A report of a visit's end follows it by days: a date a month or
		// more back is another's ("before her tenure comes to an end on
		// July 25", read as last July).
		if end < d.pub.AddDate(0, 0, -31).Format("2006-01-02") {
			continue
		}
		month := end[:7]
		countries := d.engCountries(v)
		for k := range held {
			e := &held[k]
			if e.typ == accord.Visit || e.status != accord.StatusHeld || !e.datePub && !(e.date == d.pub.Format("2006-01-02") && d.undated(e.sent)) {
				continue
			}
			cs := d.engCountries(*e)
			if len(cs) < 2 || !subsetStr(cs, countries) {
				continue
			}
			e.date, e.datePub = month, false
		}
	}
}

// undated reports whether sentence s gives no date of its own: a contact
// of it dated on the publication day took that day from the report.
func (d *doc) undated(s int) bool {
	if s < 0 || s >= len(d.sents) {
		return false
	}
	from, to := d.sentToks(s)
	return len(d.lx.dates(d.toks, from, to, d.pub)) == 0
}

// visitEndDay returns the day sentence s gives (YYYY-MM-DD), when it tells
// of a visit coming to its end (knowledge visit_ends: "left Hanoi on
// February 28, concluding his official visit"), else "".
func (d *doc) visitEndDay(s int) string {
	if s < 0 || s >= len(d.sents) {
		return ""
	}
	from, to := d.sentToks(s)
	ended := false
	for i := from; i < to; i++ {
		if d.lx.is(&d.toks[i], fVisitEnds) {
			ended = true
			break
		}
	}
	if !ended {
		return ""
	}
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.prec == precDay {
			return de.t.Format("2006-01-02")
		}
	}
	return ""
}

// engCountries returns the countries of contact e: its persons' and its
// countries named.
func (d *doc) engCountries(e eng) []string {
	var out []string
	for _, p := range e.persons {
		if c := d.persons[p].country; c != "" {
			out = appendStr(out, c)
		}
	}
	for _, c := range e.codes {
		out = appendStr(out, c)
	}
	return out
}

func subsetStr(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
