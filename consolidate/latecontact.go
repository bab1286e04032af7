package consolidate

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// lateContact finds the contact a later report of a visit restates without
// a date: a joint statement or a news agency's round-up, published days
// after the leaders met, says "X welcomed Y to the capital for his first
// official visit" or "Y held a visit to Z where he took part in the
// leaders' meeting", so that only its publication dates the meeting. Such
// a report (weak) is the contact of the same kind and principals, between
// two countries, that another article dates by its text 2 to visitWindow
// days earlier (a day earlier is dayLate's), when both lie within one visit
// the weak report's own article reports (summedIn), and only one such
// contact is known (of two, the report does not say which).
//
// The rule is symmetric, as visitSummary is: a text-dated report finds
// the weak one when that came first. Calls (held at a distance, not during
// a visit), visits and summits do not take part; a readout published the
// day of its contact is of that day and joins it by date.
func (st *state) lateContact(e *accord.Engagement) *accord.Engagement {
	if len(e.Date) != 10 || e.Type == accord.Visit || e.Type == accord.Summit || remoteType(e.Type) || len(e.Countries) == 0 {
		return nil
	}
	we := weak(e)
	// What e itself must be, before the candidates of three months are
	// walked: a weak report that looks back on a visit its article
	// reports, or a dated contact held within a visit the record knows.
	if we && (!st.inOwnVisit(e) || !namesVisit(e) || relativeDay(e.Reports[0].Quote)) || !we && !st.inSomeVisit(e) {
		return nil
	}
	se := st.sided(e) // once: nothing changes while the candidates are compared
	days := allDays
	days.skip = otherClass(e.Type)
	var best *accord.Engagement
	n := 0 // the contacts found, best's repeats left out
	for c := range st.candidatesFor(se, days) {
		if len(c.Date) != 10 || typeClass(c.Type) != typeClass(e.Type) || c == best || weak(c) == we {
			continue
		}
		w, t := e, c // the weak report and the text-dated one
		if !we {
			w, t = c, e
		}
		// The dates first, the articles and principals last: most of a busy
		// season's contacts fail the first.
		if d := days2(t.Date, w.Date); d < 2 || d > visitWindow || sameArticle(c, e) {
			continue
		}
		sc := st.sided(c)
		if !namesVisit(w) || relativeDay(w.Reports[0].Quote) || !twoSides(sc, se) || !sameScope(sc, se) || !st.samePrincipals(sc, se) || !st.summedIn(w, t) {
			continue
		}
		n++
		if best == nil || c.Date < best.Date || c.Date == best.Date && c.ID < best.ID {
			best = c
		}
	}
	if n != 1 {
		return nil // none, or two contacts the report may be of
	}
	return best
}

// A weak report whose sentence dates its contact by the release's day
// ("hosted the Prime Minister at the White House yesterday") is of a day
// near its publication, not a look back on the visit: it stays apart
// (lateContact checks its first report: a weak report is one sentence).
//
// namesVisit reports whether a report's sentence names the visit it
// places the contact in ("welcomed the Prime Minister to the capital for
// his first official visit", "held a visit to the city, where he took part
// in the leaders' meeting"): it looks back on the visit, where a readout of
// the day's contact names the contact alone.
func namesVisit(e *accord.Engagement) bool {
	for _, r := range e.Reports {
		for _, w := range strings.Fields(accord.Fold(r.Quote)) {
			w = strings.Trim(w, ",;:.()!?'\"")
			if spanNouns[w] || spanNouns[strings.TrimSuffix(w, "s")] {
				return true
			}
		}
	}
	return false
}

// days2 returns how many days day b is after day a (negative when before).
func days2(a, b string) int {
	if b < a {
		return -days(a, b)
	}
	return days(a, b)
}

// inOwnVisit reports whether w's article reports a visit of w's
// principals, of w's month or the month before.
func (st *state) inOwnVisit(w *accord.Engagement) bool {
	m := month(w.Date)
	for _, mm := range [2]string{m, addMonths(m, -1)} {
		for _, v := range st.visitsMC[mcKey{mm, w.Countries[0]}] {
			if v.Type == accord.Visit && month(v.Date) == mm && !weak(v) && sameArticle(v, w) && st.parentPrincipals(w, v) {
				return true
			}
		}
	}
	return false
}

// inSomeVisit reports whether a visit the record dates by its text, of
// one of t's countries, holds t (summedIn's visit, its principals left to
// the candidates' test).
func (st *state) inSomeVisit(t *accord.Engagement) bool {
	// A visit holding t began in t's month or, given by days, the month
	// before (within): summedIn's months. The month before is looked up
	// only when t's own has none (addMonths allocates).
	m := month(t.Date)
	holds := func(mm string) bool {
		for _, v := range st.visitsMC[mcKey{mm, t.Countries[0]}] {
			if v.Type == accord.Visit && !weak(v) && within(t, v) {
				return true
			}
		}
		return false
	}
	return holds(m) || holds(addMonths(m, -1))
}

// summedIn reports whether weak report w's article reports a visit of w's
// principals, dated by a text, that holds text-dated contact t, w being dated during it or
// up to visitWindow days after it: the article looks back on that visit.
func (st *state) summedIn(w, t *accord.Engagement) bool {
	m := month(w.Date)
	for _, mm := range [2]string{m, addMonths(m, -1)} {
		if mm == "" {
			continue
		}
		for _, v := range st.visitsMC[mcKey{mm, w.Countries[0]}] {
			// An entry only grows: the visit may have moved since.
			if v.Type != accord.Visit || month(v.Date) != mm || weak(v) || !sameArticle(v, w) || !st.parentPrincipals(w, v) {
				continue
			}
			if endedIn(v, w) {
				// visitSummary's: an article that says the visit ended sums
				// up the contacts it places within the stay, and a contact it
				// does not place so is of the day it dates.
				continue
			}
			if within(t, v) && (within(w, v) || days2(lastDay(v), w.Date) <= visitWindow) {
				return true
			}
		}
	}
	return false
}

// sidesCall finds, for a call that only its release dates, the other
// side's release of the same call a day apart, that only its release
// dates too: each side's office or agency puts out its readout when it
// will, often the next morning, and with no date in either text the two
// are one call, of the earlier day (addHeldEngagement keeps it). Every
// report of each must come from one side's publisher, the two sides'
// different, between two countries, of the same principals. A readout
// that names its day or "today" is of that day (a text date): two calls
// on consecutive days that the texts date stay two, and so do two
// releases of one side.
func (st *state) sidesCall(e *accord.Engagement) *accord.Engagement {
	if len(e.Date) != 10 || !remoteType(e.Type) || !weak(e) || !homed(e) {
		return nil
	}
	var best *accord.Engagement
	se := st.sided(e) // once: nothing changes while the candidates are compared
	near := nextDays(e.Date)
	near.skip = otherClass(e.Type)
	for c := range st.candidatesFor(se, near) {
		if len(c.Date) != 10 || typeClass(c.Type) != typeClass(e.Type) || !weak(c) || days(c.Date, e.Date) != 1 || sameArticle(c, e) {
			continue
		}
		sc := st.sided(c)
		if !twoSides(sc, se) {
			continue
		}
		sides := union(sc.Countries, se.Countries)
		a, b := soleHome(e), soleHome(c)
		if a == "" || b == "" || a == b || len(sides) != 2 || !slices.Contains(sides, a) || !slices.Contains(sides, b) || !st.samePrincipals(sc, se) {
			continue
		}
		if best == nil || c.ID < best.ID {
			best = c
		}
	}
	return best
}

// soleHome returns the home country every report of e names for its
// publisher, or "" when a report names none or two differ.
func soleHome(e *accord.Engagement) string {
	h := ""
	for _, r := range e.Reports {
		if r.Home == "" || h != "" && r.Home != h {
			return ""
		}
		h = r.Home
	}
	return h
}
