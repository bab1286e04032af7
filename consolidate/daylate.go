package consolidate

import (
	"time"

	accord "github.com/accordhq/accord"
)

// dayLate finds the report of the same contact held in person a day apart
// when one of the two reports is dated only by its publication: a
// transcript or readout released the day after the contact, or on a site
// whose time zone is ahead of the place where it was held ("Remarks in the
// Oval Office" on the Australian Prime Minister's site, published on the
// 24th, of a meeting the White House dates the 23rd). The weak report must
// be the later by exactly one day (of two weak reports, the contact is of
// the earlier day) and come from another article; the
// principals and kind must agree, between two countries. Calls and
// messages, which a readout reports the day they happen, visits, which
// lateReport handles, and summits, which span days, do not take part.
func (st *state) dayLate(e *accord.Engagement) *accord.Engagement {
	if len(e.Date) != 10 || e.Type == accord.Visit || remoteType(e.Type) || e.Type == accord.Summit {
		return nil
	}
	we := weak(e)
	var best *accord.Engagement
	se := st.sided(e) // once: nothing changes while the candidates are compared
	near := nextDays(e.Date)
	near.skip = otherClass(e.Type)
	for c := range st.candidatesFor(se, near) {
		wc := weak(c)
		if len(c.Date) != 10 || typeClass(c.Type) != typeClass(e.Type) || !wc && !we || sameArticle(c, e) {
			continue
		}
		// The weak report is the later; of two weak ones, either may be,
		// and the contact is of the earlier day (merging keeps it).
		w, ev := e, c
		if wc && !we || wc && we && c.Date > e.Date {
			w, ev = c, e
		}
		if w.Date <= ev.Date || days(w.Date, ev.Date) != 1 {
			continue
		}
		// Two countries only: the leaders of a group meet, call and
		// gather on consecutive days ("call with European allies" before
		// and after another call).
		if sc := st.sided(c); !twoSides(sc, se) || !st.samePrincipals(sc, se) {
			continue
		}
		if best == nil || c.ID < best.ID {
			best = c
		}
	}
	return best
}

// remoteType reports whether a contact is held at a distance.
func remoteType(t accord.EngagementType) bool {
	return t == accord.PhoneCall || t == accord.VideoCall || t == accord.Message
}

// nextDays is what dayLate may match a report of day d with: engagements
// of the day before or after, whose day code is theirs.
func nextDays(d string) dayFilter {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return dayFilter{a: -2, b: -2} // days() finds no day next to d
	}
	return dayFilter{a: dateCode(t.AddDate(0, 0, -1).Format(time.DateOnly)), b: dateCode(t.AddDate(0, 0, 1).Format(time.DateOnly))}
}
