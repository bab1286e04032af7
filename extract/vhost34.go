package extract

import accord "github.com/accordhq/accord"

// onePerCountry leaves a visit one person of each country: the visitor and
// the host who received them. A visit is one traveller's stay; the
// minister who accompanied the guest, the spouse at the host's side, the
// speaker of the remarks or a predecessor named with an earlier visit of
// the same pair is no side of it (the references code them in the
// meetings they joined, not in the visit). Of several persons of one
// country the leader goes before a minister, a minister before others,
// then the first named; a predecessor only when no one else is left.
func (d *doc) onePerCountry(held []eng) {
	for k := range held {
		e := &held[k]
		if e.typ != accord.Visit || len(e.persons) < 2 || len(e.persons)+len(e.codes) < 3 {
			continue
		}
		keep := e.persons[:0:0]
		for _, p := range e.persons {
			c := d.persons[p].country
			at := -1
			for j, q := range keep {
				if c != "" && d.persons[q].country == c {
					at = j
				}
			}
			switch {
			case at < 0:
				keep = append(keep, p)
			case d.visitSideBefore(p, keep[at]):
				keep[at] = p
			}
		}
		if len(keep)+len(e.codes) >= 2 && len(keep) < len(e.persons) {
			e.persons = keep
		}
	}
}

// visitSideBefore reports whether person p stands for its country in a
// visit before person q of the same country.
func (d *doc) visitSideBefore(p, q int) bool {
	if fp, fq := d.onlyFormer(p), d.onlyFormer(q); fp != fq {
		return fq
	}
	if rp, rq := visitRank(d.persons[p].level), visitRank(d.persons[q].level); rp != rq {
		return rp < rq
	}
	return d.persons[p].first < d.persons[q].first
}

// visitRank orders levels for a visit's side: leaders, then ministers,
// then everyone else.
func visitRank(level string) int {
	switch level {
	case "head_of_state", "head_of_government":
		return 0
	case "minister":
		return 1
	}
	return 2
}
