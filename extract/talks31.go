package extract

import accord "github.com/accordhq/accord"

// undatedVisitByPurpose dates a visit ahead in a preview's first sentences
// by the contact it is for: in "A will begin a visit to C on Monday for
// talks with B" (or "for the Annual Consultation with B") the day went to
// the talks, the visit's purpose of the same sentence and persons, and the
// visit begins that day too. Without it the preview's visit, undated,
// stays ahead (previewVisit).
func undatedVisitByPurpose(invites []eng, last int) {
	for k := range invites {
		v := &invites[k]
		if v.typ != accord.Visit || v.date != "" || v.sent > last || len(v.persons) == 0 {
			continue
		}
		for _, t := range invites {
			if t.typ != accord.Visit && t.sent == v.sent && t.date != "" && overlap(t.persons, v.persons) {
				v.date = t.date
				if len(v.date) > 7 {
					v.date = v.date[:7] // a visit is dated by its month
				}
				break
			}
		}
	}
}
