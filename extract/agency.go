package extract

import (
	"time"

	"github.com/accordhq/accord"
)

// anaphorDates reports whether "In the phone call, which took place on Monday
// afternoon, …" dates a contact read before it: a definite mention of a
// contact of the same kind, with a recent day of its own, where the earlier
// report gave no date (the publication date stood). Agency copy often names
// the call in its lead and its day only in the next sentence; without this
// the two reports are two calls, one on each day.
func (d *doc) anaphorDates(held []eng, tr trigger, date *dateExpr) int {
	if date == nil || date.prec != precDay || tr.typ == accord.Visit {
		return -1
	}
	k := lastOfClass(held, tr.typ)
	if k < 0 || !held[k].datePub || class(held[k].typ) != class(tr.typ) || !d.recent(date.format()) {
		return -1
	}
	// The day belongs to the mention only after it ("the call, which took
	// place on Monday", "the meeting held on May 2"), not before it ("On
	// Monday, the talks …" opens a new paragraph's contact).
	if date.tok < tr.j {
		return -1
	}
	return k
}

// inDateline reports whether a date is the filing date of an agency's
// dateline ("TEHRAN, Dec. 14 (MNA) –", "Moscow, May 31 (IANS)", "Baku,
// December 8, AZERTAC"): a place opening the first sentence, the date, then
// the agency or a dash. That date is when the report was filed, not when its
// contact happened, so it dates nothing the text does not.
func (d *doc) inDateline(de dateExpr) bool {
	if de.tok >= len(d.toks) || d.toks[de.tok].sent != 0 || de.tok == 0 || de.tok > 5 {
		return false
	}
	// The place: capitalised words, a comma between its parts ("TASHKENT,
	// Uzbekistan,"), then a comma right before the date.
	if d.toks[de.tok-1].text != "," || !d.toks[0].word {
		return false
	}
	for k := 0; k < de.tok-1; k++ {
		if t := d.toks[k]; !(t.word && t.cap) && t.text != "," {
			return false
		}
	}
	// The agency or a dash right after it, or a stop that ends the line
	// ("TASHKENT, Uzbekistan, June 11. President …").
	for k := de.end; k < len(d.toks) && k <= de.end+1; k++ {
		switch t := d.toks[k]; {
		case t.text == "(" || t.text == "/" || t.text == "–" || t.text == "—" || t.text == "-" || t.upper:
			return true
		case t.text == "." && t.sent == 0 && (k+1 == len(d.toks) || d.toks[k+1].sent > 0):
			return true
		case t.text != ",":
			return false
		}
	}
	return false
}

// filingDay returns the day of an agency dateline a few days before pub,
// the day the report was filed: a copy republished later ("BEIJING, May 13
// (Xinhua) --" on a page of May 14) tells its "today", "on Tuesday" and its
// undated contacts from that day, not from the page's. Zero when none.
func (d *doc) filingDay(pub time.Time) time.Time {
	if pub.IsZero() || len(d.toks) == 0 {
		return time.Time{}
	}
	from, to := d.sentToks(0)
	if to-from > 8 {
		to = from + 8
	}
	for _, de := range d.lx.dates(d.toks, from, to, pub) {
		if de.prec == precDay && d.inDateline(de) && de.t.Before(pub) && !de.t.Before(pub.AddDate(0, 0, -3)) {
			return de.t
		}
	}
	return time.Time{}
}
