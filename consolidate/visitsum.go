package consolidate

import (
	_ "embed"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

//go:embed data/visit_span.txt
var visitSpanFile string

// spanLeads, spanNouns and visitEnds are the folded leads, nouns and ends
// of visit_span.txt.
var spanLeads, spanNouns, visitEnds = func() (leads [][]string, nouns map[string]bool, ends []string) {
	nouns = map[string]bool{}
	for _, line := range strings.Split(visitSpanFile, "\n") {
		f := strings.Fields(accord.Fold(line))
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		switch f[0] {
		case "lead":
			leads = append(leads, f[1:])
		case "noun":
			nouns[f[1]] = true
		case "end":
			ends = append(ends, " "+strings.Join(f[1:], " ")+" ")
		}
	}
	return leads, nouns, ends
}()

// ended reports whether a sentence says a visit has ended.
func ended(quote string) bool {
	f := " " + accord.Fold(quote) + " "
	return slices.ContainsFunc(visitEnds, func(w string) bool { return strings.Contains(f, w) })
}

// spanWords is how many words after its lead a noun of the visit may come
// ("in the course of the Chancellor's three-day official visit").
const spanWords = 8

// spanned reports whether a report's sentence places its contact within a
// visit as a whole ("During his stay, he held talks with ...").
func spanned(e *accord.Engagement) bool {
	for _, r := range e.Reports {
		// Within one clause: "During the meeting, they discussed the
		// visit" places the meeting in no visit.
		for _, cl := range strings.FieldsFunc(r.Quote, func(c rune) bool { return strings.ContainsRune(",;:.()!?", c) }) {
			if spannedClause(strings.Fields(accord.Fold(cl))) {
				return true
			}
		}
	}
	return false
}

// spannedClause reports whether a clause's words hold a lead followed
// within spanWords words by a noun of the visit.
func spannedClause(ws []string) bool {
	for i := range ws {
		for _, l := range spanLeads {
			if i+len(l) > len(ws) || !slices.Equal(ws[i:i+len(l)], l) {
				continue
			}
			end := min(len(ws), i+len(l)+spanWords)
			if slices.ContainsFunc(ws[i+len(l):end], func(w string) bool { return spanNouns[w] || spanNouns[strings.TrimSuffix(w, "s")] }) {
				return true
			}
		}
	}
	return false
}

// visitSummary finds the contact a visit's summary reports: an article
// that reports a visit as a whole ("concluding his four-day official
// visit") names its talks, meetings and signings within the stay, not on
// a day ("During his stay, he held talks with the Prime Minister"), so
// that only its publication dates them, or the day its article gives for
// the visit's end. Such a report (summaryDay) is the contact of the
// same kind and principals that another article dates by its text on an
// earlier day of the same visit: the visit is one its own article
// reports as ended ("concluding his visit", data/visit_span.txt), of the
// contact's principals, and the contact held during it is
// the only one of its kind and principals (of two, the summary does not
// say which).
//
// The rule is symmetric: a text-dated report finds the summary's report
// when that came first. A readout published the day its contact is held
// names that day; it never joins an earlier contact (a report of the same
// day is sameEvent's), so two meetings of the same leaders during one
// visit, each reported by its day, stay two. Calls (held at a distance,
// not during a visit of the two), visits and summits do not take part.
func (st *state) visitSummary(e *accord.Engagement) *accord.Engagement {
	if len(e.Date) != 10 || e.Type == accord.Visit || e.Type == accord.Summit || remoteType(e.Type) || len(e.Countries) == 0 {
		return nil
	}
	// A summary's visit is one its article reports as ended; the words of
	// its sentence are read only then, since every contact comes here.
	var buf [4]*accord.Engagement // on the stack: most contacts lie in one visit or none
	we := false
	var vs []*accord.Engagement
	if pubDated(e) {
		vs = st.holding(e, true, buf[:0])
		we = len(vs) > 0 && spanned(e)
	}
	if !we {
		if weak(e) {
			return nil // a readout of its own day's contact
		}
		vs = st.holding(e, false, buf[:0])
	}
	if len(vs) == 0 {
		return nil
	}
	se := st.sided(e) // once: nothing changes while the candidates are compared
	days := allDays
	days.skip = otherClass(e.Type)
	var best *accord.Engagement
	n := 0 // the contacts found, best's repeats left out
	for c := range st.candidatesFor(se, days) {
		if len(c.Date) != 10 || typeClass(c.Type) != typeClass(e.Type) || c == best {
			continue
		}
		w, t := e, c // the summary's report and the text-dated one
		if !we {
			w, t = c, e
		}
		// The dates first, the words of the reports last: most of a busy
		// season's contacts fail the first.
		if t.Date >= w.Date || weak(t) || sameArticle(c, e) || !summarises(w, t, vs) || summaryDay(t) || !summaryDay(w) {
			continue // a readout of its own day, or two summaries
		}
		sc := st.sided(c)
		if !twoSides(sc, se) || !sameScope(sc, se) || !st.samePrincipals(sc, se) {
			continue
		}
		n++
		if best == nil || c.Date < best.Date || c.Date == best.Date && c.ID < best.ID {
			best = c
		}
	}
	if n != 1 {
		return nil // none, or two contacts the summary may be of
	}
	return best
}

// holding returns (appended to buf) the held visits of e's principals that
// may hold it: for a summary (sum), those its article reports as ended,
// which it is dated during or up to lateWindow days after; else those it
// lies within. It walks the visits of e's month and the month before (a
// visit given by days may begin then), and for a summary the month before
// that, in place, as visitsOf walks them, without its iterator: every
// contact a text dates comes here.
func (st *state) holding(e *accord.Engagement, sum bool, buf []*accord.Engagement) []*accord.Engagement {
	m := month(e.Date)
	var months [3]string
	months[0], months[1] = m, addMonths(m, -1)
	if sum {
		months[2] = addMonths(m, -2)
	}
	for _, mm := range months {
		if mm == "" {
			continue
		}
		for _, v := range st.visitsMC[mcKey{mm, e.Countries[0]}] {
			// An entry only grows: the visit may have moved since.
			if v.Type != accord.Visit || month(v.Date) != mm || weak(v) || !st.parentPrincipals(e, v) {
				continue
			}
			if sum && !(lateOf(e.Date, v) && endedIn(v, e)) || !sum && !within(e, v) {
				continue
			}
			buf = append(buf, v)
		}
	}
	return buf
}

// pubDated reports whether no report dates a day-dated engagement but by
// the day it was published: by its publication, or by a date its text
// gives that is that day.
func pubDated(e *accord.Engagement) bool {
	if len(e.Date) != 10 || len(e.Reports) == 0 {
		return false
	}
	for _, r := range e.Reports {
		if r.DateBasis != accord.DateByPublication && r.Published != e.Date {
			return false
		}
	}
	return true
}

// summaryDay reports whether a day-dated report's day is not its
// contact's but its summary's: its sentence places the contact within a
// visit as a whole (spanned), and no report dates it but by the day it was
// published, by its publication or by a date its article gives for the
// visit's end ("arrived back in the capital on December 23, wrapping up
// a State visit ... During the trip, he held talks with ...").
func summaryDay(e *accord.Engagement) bool { return pubDated(e) && spanned(e) }

// summarises reports whether report w, of a visit's summary, may be of
// contact t held during one of the visits vs: a visit w's article reports
// as ended, which t lies within and w is dated during or after.
func summarises(w, t *accord.Engagement, vs []*accord.Engagement) bool {
	for _, v := range vs {
		if within(t, v) && lateOf(w.Date, v) && endedIn(v, w) {
			return true
		}
	}
	return false
}

// endedIn reports whether an article reporting w reports visit v as ended.
func endedIn(v, w *accord.Engagement) bool {
	for _, r := range v.Reports {
		if slices.ContainsFunc(w.Reports, func(x accord.Evidence) bool { return x.Article == r.Article }) && ended(r.Quote) {
			return true
		}
	}
	return false
}
