package consolidate

import (
	"time"

	accord "github.com/accordhq/accord"
)

// tripSpan is how many days before its publication a visit's summary
// ("wraps up a three-day State visit … during the trip, he also had
// meetings with A") may tell a contact again: the length of a long visit.
const tripSpan = 7

// summedUp finds the contact a visit's summary tells again: one of two
// reports of the same principals and kind, from other articles, is dated
// only by its publication and its article reports the visit of those
// principals' countries; the other, dated by its text by a report
// published that day, lies one to tripSpan days before it. A summary lists what was done during the stay,
// so its undated contact is the one the day's own readout dated. Of
// several, the latest before the summary (ties by id). Calls and
// messages, which a readout tells the day they happen, visits and
// summits, which span days, do not take part; nor do a group's contacts.
func (st *state) summedUp(e *accord.Engagement) *accord.Engagement {
	if len(e.Date) != 10 || e.Type == accord.Visit || remoteType(e.Type) || e.Type == accord.Summit {
		return nil
	}
	t, err := time.Parse(time.DateOnly, e.Date)
	if err != nil {
		return nil
	}
	we := weak(e)
	if we && !st.inSummary(e) {
		return nil
	}
	se := st.sided(e)
	win := dayFilter{a: dateCode(t.AddDate(0, 0, -tripSpan).Format(time.DateOnly)), b: dateCode(t.AddDate(0, 0, tripSpan).Format(time.DateOnly)), ranged: true}
	win.skip = otherClass(e.Type)
	var best *accord.Engagement
	for c := range st.candidatesFor(se, win) {
		wc := weak(c)
		if len(c.Date) != 10 || wc == we || typeClass(c.Type) != typeClass(e.Type) || sameArticle(c, e) {
			continue
		}
		w, ev := e, c
		if wc {
			w, ev = c, e
		}
		if ev.Date >= w.Date || days(w.Date, ev.Date) > tripSpan || !readoutOfDay(ev) || wc && !st.inSummary(c) {
			continue
		}
		if sc := st.sided(c); !twoSides(sc, se) || !st.samePrincipals(sc, se) {
			continue
		}
		if best == nil || c.Date > best.Date || c.Date == best.Date && c.ID < best.ID {
			best = c
		}
	}
	return best
}

// readoutOfDay reports whether a report published the day it tells dates
// e: the day's own readout, not a later text recalling a meeting of
// officials "on October 3" among its fact sheet's items.
func readoutOfDay(e *accord.Engagement) bool {
	for _, r := range e.Reports {
		if r.DateBasis != accord.DateByPublication && len(r.Published) >= 10 && r.Published[:10] == e.Date {
			return true
		}
	}
	return false
}

// inSummary reports whether an article of e also reports a visit of e's
// countries in the month of e or the month before.
func (st *state) inSummary(e *accord.Engagement) bool {
	if len(e.Countries) == 0 {
		return false
	}
	for v := range st.visitsOf(e.Date, e.Countries[0]) {
		if v.Type != accord.Visit || !sameArticle(v, e) || !subset(e.Countries, v.Countries) {
			continue
		}
		if m := month(v.Date); m == month(e.Date) || m == addMonths(month(e.Date), -1) {
			return true
		}
	}
	return false
}
